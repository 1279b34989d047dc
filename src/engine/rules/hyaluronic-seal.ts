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
  params: {},
  sources: [SOURCES['nebraska-moisturizer'], SOURCES['ha-low-weight-trial'], SOURCES.article],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
