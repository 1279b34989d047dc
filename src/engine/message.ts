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
  'warning-product-conflict',
  'conflict-two-retinoids',
  'conflict-two-acids',
  'conflict-retinoid-acid',
  'conflict-retinoid-and-acid',
  'conflict-daily-limit',
  'conflict-pregnancy',
  'conflict-avoided',
  'conflict-too-harsh',
  'conflict-redness-acid',
  'conflict-evening-only',
  'conflict-serum-cap',
  'fix-left-out',
  'fix-other-nights',
  'fix-one-session',
  'warning-product-unknown',
  'warning-product-not-placed',
  'warning-product-not-broad-spectrum',
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
  'effect-product-placed',
  'effect-product-fixed',
  'effect-suggested',
] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

/** A message, built without a params object when it has none (these are shared constants). */
export const message = (code: MessageCode, params?: Message['params']): Message =>
  params === undefined ? { code } : { code, params };
