/**
 * What the engine says, as codes with parameters instead of sentences: a message catalogue
 * outside the engine (`src/messages/`) renders them in the reader's language.
 */

/** A parameter value: plain data, or nested messages rendered first (a list is joined). */
export type MessageParam = string | number | boolean | Message | readonly Message[];

export interface Message {
  readonly code: MessageCode;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** Every code the engine can emit; each message catalogue must hold all of them. */
export const MESSAGE_CODES = [
  // frequencies
  'every-morning',
  'every-evening',
  'every-morning-optional',
  'every-evening-optional',
  'every-session-from',
  'ramp-from',
  'ramp-stages',
  'ramp-stage-counted',
  'ramp-stage-every',
  'acid-frequency',
  'frequency-adjusted',
  'paused-after-reaction',
  'ramp-after-reaction',
  // step notes
  'cleanser-texture',
  'moisturizer-texture',
  'toner-optional',
  'starts-after-previous-active',
  'starts-after-patch-test',
  'antioxidant-under-sunscreen',
  'hyaluronic-twice-daily-cap',
  'extend-to-areas',
  'leave-on-overnight',
  'hyaluronic-sealed',
  'sunscreen-daily',
  'retinoid-amount',
  'retinoid-breastfeeding-areas',
  'retinoid-not-with-acid',
  'retinoid-experience',
  'acid-evening-only',
  'acid-not-with-retinoid',
  'acid-kept-to-one',
  // warnings
  'warning-pregnancy',
  'warning-breastfeeding',
  'warning-avoided-step',
  'warning-avoided',
  'warning-no-uv-filter',
  'warning-sun-sensitivity',
  'warning-deferred',
  'warning-deferred-patch',
  'warning-patch-test',
  'warning-patch-test-base',
  'warning-concern-uncovered',
  'warning-no-broad-spectrum',
  'warning-stop-and-seek-advice',
  'warning-stop-and-seek-advice-other',
  'warning-purging',
  'check-in-reaction',
  // ingredient-list analysis (POST /v1/products/analyze)
  'analysis-unknown-ingredients',
  'analysis-close-spellings',
  'analysis-may-contain',
  'analysis-not-pregnancy-safe',
  'analysis-photosensitizing',
  // strength
  'strength-range',
  'strength-low-end',
  'strength-at-most',
  'strength-lowest-sold',
  // expectations, lifestyle, disclaimer
  'expectation',
  'result-firmness',
  'result-fine-lines',
  'result-dryness',
  'result-redness',
  'result-texture',
  'result-dullness',
  'result-pores',
  'result-dark-spots',
  'concern-firmness',
  'concern-fine-lines',
  'concern-dryness',
  'concern-dullness',
  'concern-dark-spots',
  'concern-texture',
  'concern-pores',
  'concern-redness',
  'lifestyle-sun-exposure',
  'lifestyle-smoking',
  'lifestyle-alcohol',
  'disclaimer',
  // trace effects
  'effect-chose',
  'effect-left-out',
  'effect-excluded',
  'effect-scheduled-nights',
  'effect-first-use',
  'effect-patch-window',
  'effect-evening-only',
  'effect-areas',
  'effect-warned',
  // words of the vocabulary and a ramp stage, as rule titles and rationales state them
  'skin-type-dry',
  'skin-type-combination',
  'skin-type-normal',
  'skin-type-oily',
  'irritation-low',
  'irritation-medium',
  'irritation-high',
  'evidence-strong',
  'evidence-moderate',
  'evidence-limited',
  'area-face',
  'area-neck',
  'area-decolletage',
  'rule-ramp-stage',
  // the calendar file (Accept: text/calendar): rendered by the service from the answer, not emitted by the engine
  'calendar-name',
  'calendar-session',
  'calendar-step',
  'calendar-alarm',
  'calendar-patch',
  'effect-adjusted',
] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

/** A message, built without a params object when it has none (these are shared constants). */
export const message = (code: MessageCode, params?: Message['params']): Message =>
  params === undefined ? { code } : { code, params };
