import Negotiator from 'negotiator';
import { LOCALES, type Locale } from './render.js';

const isLocale = (language: string | undefined): language is Locale =>
  (LOCALES as readonly (string | undefined)[]).includes(language);

/**
 * Browsers send the same few headers again and again ("fr-FR,fr;q=0.9,en;q=0.8"): each is parsed
 * once. Past the limit the map starts over, so odd headers cannot grow it.
 */
const CHOSEN_LIMIT = 512;
const chosen = new Map<string, Locale>();

/**
 * The language of the answer, from an `Accept-Language` header: the client's preferred language
 * among ours by quality value (`q=0` refuses one), a regional tag counting for its language
 * (`fr-CA` → `fr`); `*`, no header or no match gives English.
 */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (acceptLanguage === undefined) return 'en';
  let locale = chosen.get(acceptLanguage);
  if (locale === undefined) {
    const language = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([
      ...LOCALES,
    ]);
    locale = isLocale(language) ? language : 'en';
    if (chosen.size >= CHOSEN_LIMIT) chosen.clear();
    chosen.set(acceptLanguage, locale);
  }
  return locale;
}
