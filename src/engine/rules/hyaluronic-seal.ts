import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

export const SEALED_NOTE = message('hyaluronic-sealed');

/**
 * `hyaluronic.seal`: notes that a humectant works best under a moisturizer that seals it in; the
 * catalogue keeps both molecular sizes of hyaluronic acid.
 * Why: water drawn in by a humectant evaporates without an emollient on top. Source: Nebraska Medicine;
 * the 8-week low-weight hyaluronic acid trial; the Supermood serum article.
 */
export const hyaluronicSeal = {
  id: 'hyaluronic.seal',
  reads: ['skinType', 'concerns'],
  title: 'Seal hyaluronic acid in with a moisturizer',
  rationale:
    'The engine adds a note that a humectant like hyaluronic acid should be covered by a moisturizer ' +
    'that locks the water in. The catalogue keeps the two sizes apart: high-molecular-weight sodium ' +
    'hyaluronate hydrates the surface, while low-molecular-weight hydrolyzed hyaluronic acid gets ' +
    'further into the skin. Without an emollient on top the water a humectant draws in can ' +
    'evaporate, and very small hyaluronic acid has been shown to reduce wrinkle depth over 8 weeks.',
  sources: [SOURCES['nebraska-moisturizer'], SOURCES['ha-low-weight-trial'], SOURCES.article],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
