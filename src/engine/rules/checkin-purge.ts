import { isExfoliatingAcid, isRetinoid } from '../ingredient-facts.js';
import { type Message, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { CheckIn, Ingredient, Rule } from '../types.js';
import type { Reaction } from '../vocabulary.js';

export const PURGE_REACTION: Reaction = 'breakout';
/** Weeks of use (from the first night, a retinoid's earlier weeks included) in which a breakout is expected. */
export const PURGE_WEEKS = 6;

/** Whether a breakout is the expected purge: not severe, in the first weeks of a retinoid or an acid. */
export const isPurge = (checkIn: CheckIn, ingredient: Ingredient, weekOfUse: number): boolean =>
  checkIn.reaction === PURGE_REACTION &&
  checkIn.severity !== 'severe' &&
  (isRetinoid(ingredient) || isExfoliatingAcid(ingredient)) &&
  weekOfUse <= PURGE_WEEKS;

export const purgeWarning = (checkIn: CheckIn, reaction: Message, ingredient: Ingredient) =>
  message('warning-purging', { reaction, date: checkIn.date, name: ingredient.name, weeks: PURGE_WEEKS });

/**
 * `checkin.purge`: on a breakout that is not severe in the first 6 weeks of use of a retinoid or an acid,
 * changes nothing and explains that this is an expected, passing adjustment (purging).
 * Why: faster skin turnover brings blemishes up sooner at first. Source: DermNet, Topical retinoids.
 */
export const checkinPurge = {
  id: 'checkin.purge',
  reads: ['checkIns', 'retinoidWeeks'],
  params: { purgeWeeks: PURGE_WEEKS },
  sources: [SOURCES['dermnet-retinoids']],
  strength: 'conditional',
  certainty: 'low',
} as const satisfies Rule;
