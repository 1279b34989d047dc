import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import type { Area } from '../vocabulary.js';

/** One pea-sized amount covers the face; one more covers the other areas together. */
export const AMOUNTS = { face: 1, beyondFace: 1 } as const;

/** The amount note for the areas a retinoid step covers. */
export const amountNote = (areas: readonly Area[]) =>
  message('retinoid-amount', {
    areas: areas.includes('decolletage')
      ? 'faceNeckDecolletage'
      : areas.includes('neck')
        ? 'faceNeck'
        : 'face',
  });

/**
 * `retinoid.amount`: notes a pea-sized amount for the whole face (and a second one for neck and
 * décolletage), applied at bedtime to dry skin.
 * Why: more brings irritation, not benefit. Source: DermNet Topical retinoids.
 */
export const retinoidAmount = {
  id: 'retinoid.amount',
  reads: ['concerns', 'pregnancy'],
  params: {},
  sources: [SOURCES['dermnet-retinoids']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
