import Negotiator from 'negotiator';
import { LOCALES, type Locale } from './render.js';

const isLocale = (language: string | undefined): language is Locale =>
  (LOCALES as readonly (string | undefined)[]).includes(language);

/**
 * The language of the answer, from an `Accept-Language` header: the client's preferred language
 * among ours by quality value (`q=0` refuses one), a regional tag counting for its language
 * (`fr-CA` → `fr`); `*`, no header or no match gives English.
 */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const language = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...LOCALES]);
  return isLocale(language) ? language : 'en';
}
