import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import type { Area } from '../vocabulary.js';

/** The lowest sun protection factor the sunscreen step asks for. */
export const MIN_SPF = 30;
/** Where the sunscreen goes. */
export const SUNSCREEN_AREAS: readonly Area[] = ['face', 'neck'];

/** A UV filter can serve the morning sunscreen only when it does not itself sensitize skin to UV. */
export const canBeSunscreen = (ingredient: Ingredient): boolean => !ingredient.photosensitizing;

export const SUNSCREEN_NOTE = message('sunscreen-daily', { spf: MIN_SPF });

/**
 * `sun.daily-spf`: adds broad-spectrum SPF 30 or higher as the last morning step, every day; the step is
 * never dropped.
 * Why: UV drives photoageing and sagging. Source: AAD Sunscreen FAQs; Nebraska Medicine; the Supermood
 * serum article.
 */
export const sunDailySpf = {
  id: 'sun.daily-spf',
  title: `Finish every morning with broad-spectrum SPF ${MIN_SPF} or higher`,
  rationale:
    `Every morning of the schedule ends with a broad-spectrum sunscreen of SPF ${MIN_SPF} or more. ` +
    'The step is never removed: if the person avoids every UV filter in the catalogue, it stays as a ' +
    'generic sunscreen step and a warning is raised. Ultraviolet light is one of the biggest drivers ' +
    'of sagging and photoageing, and daily protection is recommended for everyone.',
  sources: [SOURCES['aad-sunscreen'], SOURCES['nebraska-moisturizer'], SOURCES.article],
} as const satisfies Rule;
