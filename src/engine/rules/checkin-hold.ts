import { isRetinoid } from '../ingredient-facts.js';
import { SOURCES } from '../sources.js';
import type { CheckIn, Ingredient, Rule } from '../types.js';
import type { Reaction, Severity } from '../vocabulary.js';

/** The reactions that hold a retinoid's ramp when mild. */
export const HOLD_REACTIONS: readonly Reaction[] = ['dryness', 'peeling', 'redness', 'stinging'];
export const HOLD_SEVERITY: Severity = 'mild';
/** Weeks of use the ramp stands still for after each such check-in. */
export const HELD_WEEKS = 1;

/** Whether a check-in holds this ingredient's ramp: a mild, expected irritation from a retinoid. */
export const holdsRamp = (checkIn: CheckIn, ingredient: Ingredient): boolean =>
  isRetinoid(ingredient) && checkIn.severity === HOLD_SEVERITY && HOLD_REACTIONS.includes(checkIn.reaction);

/**
 * The ramp weeks of a stretch after a hold in its week `week` (0-based): the next week repeats that
 * week's ramp week, and everything after comes one week later (the list keeps its length).
 */
export function heldRampWeeks(rampWeeks: readonly number[], week: number): number[] {
  const held = [...rampWeeks.slice(0, week + 1)];
  for (let i = 0; i < HELD_WEEKS; i++) held.push(rampWeeks[week]!);
  return [...held, ...rampWeeks.slice(week + 1)].slice(0, rampWeeks.length);
}

/**
 * `checkin.hold`: on a mild dryness, peeling, redness or stinging from a retinoid, pauses its ramp: the
 * next week of use repeats the current count instead of advancing.
 * Why: mild irritation means the skin needs longer at this step, not a stop. Source: DermNet, Topical
 * retinoids; the Supermood serum article.
 */
export const checkinHold = {
  id: 'checkin.hold',
  reads: ['checkIns', 'sensitive'],
  params: { heldWeeks: HELD_WEEKS },
  sources: [SOURCES['dermnet-retinoids'], SOURCES.article],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
