import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `routine.layer-order`: orders every session from the lightest texture to the heaviest, with sunscreen as
 * the last morning step.
 * Why: Thin products must reach the skin before heavier ones cover it. Source: Cleveland Clinic on skin
 * care product order; Nebraska Medicine on moisturizers for dry skin.
 */
export const routineLayerOrder = {
  id: 'routine.layer-order',
  title: 'Layer each session from thinnest to thickest',
  rationale:
    'Within each session the steps run from the lightest texture to the heaviest: cleanser, toner, ' +
    'water-based serums, treatments, then moisturizer, with sunscreen always the final morning step. ' +
    'Light products applied first can reach the skin, heavier ones on top would block them, and ' +
    'sunscreen protects best as the outermost layer.',
  sources: [SOURCES['cc-order'], SOURCES['nebraska-moisturizer']],
} as const satisfies Rule;
