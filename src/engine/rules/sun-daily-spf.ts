import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import { AREAS, type Area, type UvSpectrum } from '../vocabulary.js';

/** The lowest sun protection factor the sunscreen step asks for. */
export const MIN_SPF = 30;
/** Where the sunscreen always goes, before adding every area another step treats. */
export const SUNSCREEN_AREAS: readonly Area[] = ['face', 'neck'];
/** The UV bands each spectrum value blocks; broad-spectrum means both bands together. */
export const BANDS: Record<UvSpectrum, readonly ('uva' | 'uvb')[]> = {
  uva: ['uva'],
  uvb: ['uvb'],
  broad: ['uva', 'uvb'],
};

/** A UV filter can serve the morning sunscreen only when it does not itself sensitize skin to UV. */
export const canBeSunscreen = (ingredient: Ingredient): boolean => !ingredient.photosensitizing;

const blocks = (ingredient: Ingredient, band: 'uva' | 'uvb') =>
  ingredient.uvSpectrum !== null && BANDS[ingredient.uvSpectrum].includes(band);

/**
 * The filters a sunscreen names, from candidates best first: one broad filter when there is one, else
 * the best UVA and the best UVB filter; none when the candidates cannot cover both bands.
 */
export function broadSpectrumFilters(candidates: readonly Ingredient[]): Ingredient[] {
  const broad = candidates.find((filter) => blocks(filter, 'uva') && blocks(filter, 'uvb'));
  if (broad) return [broad];
  const uva = candidates.find((filter) => blocks(filter, 'uva'));
  const uvb = candidates.find((filter) => blocks(filter, 'uvb'));
  return uva && uvb ? [uva, uvb] : [];
}

/** The sunscreen covers its own areas and every area any other step treats, in a fixed order. */
export const sunscreenAreas = (treated: ReadonlySet<Area>): Area[] =>
  AREAS.filter((area) => SUNSCREEN_AREAS.includes(area) || treated.has(area));

export const SUNSCREEN_NOTE = message('sunscreen-daily', { spf: MIN_SPF });

/**
 * `sun.daily-spf`: adds broad-spectrum SPF 30 or higher as the last morning step, every day, never
 * dropped; broad-spectrum from the chosen filters' `uvSpectrum`; it covers every area the routine treats.
 * Why: UV drives photoageing and sagging. Source: AAD Sunscreen FAQs; Nebraska Medicine; the Supermood
 * serum article.
 */
export const sunDailySpf = {
  id: 'sun.daily-spf',
  reads: ['avoid'],
  params: { minSpf: MIN_SPF },
  sources: [SOURCES['aad-sunscreen'], SOURCES['nebraska-moisturizer'], SOURCES.article],
  strength: 'strong',
  certainty: 'high',
} as const satisfies Rule;
