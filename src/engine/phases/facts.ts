import { isActive } from '../ingredient-facts.js';
import { wantsFirming } from '../rules/goals-firming-actives.js';
import { retinoidIsNew } from '../rules/retinoid-experience.js';
import type { Profile } from '../types.js';
import { allPicks, type Pick, type Selection } from './select.js';

/**
 * What every later phase needs to know, derived once from the profile and the selection, so no
 * phase re-derives it: which picks are actives, which are new, and the schedule's size.
 */
export interface RoutineFacts {
  profile: Profile;
  selection: Selection;
  /** Every pick, in a fixed order. */
  picks: readonly Pick[];
  /** Day number (days since 1970-01-01) of the schedule's first day. */
  startDay: number;
  /** Days in the schedule: weeks × 7. */
  length: number;
  firming: boolean;
  /** Picks that are actives (spaced, patch-tested). */
  actives: ReadonlySet<Pick>;
  /** Picks the person is not already using. */
  fresh: ReadonlySet<Pick>;
}

export function deriveFacts(profile: Profile, selection: Selection, startDay: number): RoutineFacts {
  const picks = allPicks(selection);
  const actives = new Set<Pick>();
  const fresh = new Set<Pick>();
  for (const pick of picks) {
    if (isActive(pick.ingredient)) actives.add(pick);
    if (pick.role !== 'retinoid' || retinoidIsNew(profile)) fresh.add(pick);
  }
  return {
    profile,
    selection,
    picks,
    startDay,
    length: profile.weeks * 7,
    firming: wantsFirming(profile),
    actives,
    fresh,
  };
}
