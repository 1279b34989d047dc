import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { OwnProduct, Rule } from '../types.js';

/** The warning for a product whose list holds entries that matched nothing: it names every one. */
export const unknownWarning = (product: OwnProduct) =>
  message('warning-product-unknown', {
    name: product.name,
    count: product.unknown.length,
    unknown: product.unknown.join(', '),
  });

/** The warning for a product the engine cannot place: it knows none of its ingredients, nor its kind. */
export const notPlacedWarning = (product: OwnProduct) =>
  message('warning-product-not-placed', { name: product.name, kindGiven: product.kind !== null });

/**
 * `product.unknown`: lists every ingredient of a product that matches nothing in the catalogue (nor the
 * CosIng reference), never dropping one silently; a product nothing is known of is not placed.
 * Why: an unknown name may hide an allergen or an active. Source: CosIng.
 */
export const productUnknown = {
  id: 'product.unknown',
  reads: ['ownProducts'],
  params: {},
  sources: [SOURCES.cosing],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
