import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `hyaluronic.seal`: notes that hyaluronic acid works best under a sealing moisturizer, and keeps its
 * high- and low-molecular-weight forms as separate catalogue ingredients.
 * Why: A humectant pulls in water that an emollient must hold in place, and the two sizes act at different
 * depths. Source: Nebraska Medicine on moisturizers for dry skin; the 8-week low-molecular-weight
 * hyaluronan trial; the Supermood serum article.
 */
export const hyaluronicSeal = {
  id: 'hyaluronic.seal',
  title: 'Seal hyaluronic acid in with a moisturizer',
  rationale:
    'The engine adds a note that a humectant like hyaluronic acid should be covered by a moisturizer ' +
    'that locks the water in. The catalogue keeps the two sizes apart: high-molecular-weight sodium ' +
    'hyaluronate hydrates the surface, while low-molecular-weight hydrolyzed hyaluronic acid gets ' +
    'further into the skin. Without an emollient on top the water a humectant draws in can ' +
    'evaporate, and very small hyaluronic acid has been shown to reduce wrinkle depth over 8 weeks.',
  sources: [SOURCES['nebraska-moisturizer'], SOURCES['ha-low-weight-trial'], SOURCES.article],
} as const satisfies Rule;
