import { isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { type Message, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { CheckIn, Ingredient, Rule } from '../types.js';
import type { Reaction, Severity } from '../vocabulary.js';

/** Any severity of these reactions stops the implicated actives. */
export const STOP_REACTIONS: readonly Reaction[] = ['burning', 'swelling'];
export const STOP_SEVERITY: Severity = 'severe';
/** Days without the implicated actives, from the day after the check-in. */
export const STOP_DAYS = 7;
/** A restarted retinoid begins again at this week of its ramp (its first stage). */
export const RESTART_RAMP_WEEK = 1;

/** Whether a check-in stops what it implicates: anything severe, or any burning or swelling. */
export const stops = (checkIn: CheckIn): boolean =>
  checkIn.severity === STOP_SEVERITY || STOP_REACTIONS.includes(checkIn.reaction);

/** How a stopped active comes back: a retinoid at its first stage, an acid at its first-weeks cap. */
const restartOf = (ingredient: Ingredient) =>
  isRetinoid(ingredient) ? 'ramp' : isExfoliatingAcid(ingredient) ? 'acid' : 'plain';

/** "After the severe burning you reported on …, stop Retinol from … to …; it restarts on …". */
export const stopWarning = (
  checkIn: CheckIn,
  reaction: Message,
  ingredient: Ingredient,
  from: string,
  to: string,
  restart: string,
) =>
  message('warning-stop-and-seek-advice', {
    reaction,
    date: checkIn.date,
    name: ingredient.name,
    from,
    to,
    restart,
    restartAs: restartOf(ingredient),
  });

/**
 * The warning when nothing of the routine could be stopped: the check-in named something the routine
 * does not schedule as an active (`name`), or no active was on the skin that day or the day before.
 */
export const stopElsewhereWarning = (checkIn: CheckIn, reaction: Message, name: string | null) =>
  message('warning-stop-and-seek-advice-other', {
    reaction,
    date: checkIn.date,
    named: name !== null,
    name: name ?? '',
  });

/**
 * `checkin.stop`: on a severe reaction, or any burning or swelling, stops the implicated actives for 7
 * days, then restarts each at the first stage of its ramp (an acid at its first-weeks cap), and warns to
 * stop and seek medical advice if swelling or blistering persists.
 * Why: burning, swelling or a severe reaction is a reason to stop, not to adjust. Source: AAD How to test
 * skin care products before use; DermNet, Topical retinoids.
 */
export const checkinStop = {
  id: 'checkin.stop',
  reads: ['checkIns'],
  params: { stopDays: STOP_DAYS, restartWeek: RESTART_RAMP_WEEK },
  sources: [SOURCES['aad-patch-test'], SOURCES['dermnet-retinoids']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
