import { isActive } from '../ingredient-facts.js';
import { wantsFirming } from '../rules/goals-firming-actives.js';
import { retinoidIsNew } from '../rules/retinoid-experience.js';
import type { Profile } from '../types.js';
import { allPicks, type Pick, type Role, type Selection } from './select.js';

/** Roles of the serum and treatment steps: only these are spaced, patch-tested and given a strength. */
const TREATING_ROLES: readonly Role[] = ['retinoid', 'acid', 'antioxidant', 'serum'];

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
  /** Picks of serum and treatment steps (base steps are never spaced or patch-tested). */
  treating: ReadonlySet<Pick>;
  /** Treating picks that are actives (spaced, patch-tested, given a strength). */
  actives: ReadonlySet<Pick>;
  /** Picks the person is not already using. */
  fresh: ReadonlySet<Pick>;
}

export function deriveFacts(profile: Profile, selection: Selection, startDay: number): RoutineFacts {
  const picks = allPicks(selection);
  const treating = new Set<Pick>();
  const actives = new Set<Pick>();
  const fresh = new Set<Pick>();
  for (const pick of picks) {
    if (TREATING_ROLES.includes(pick.role)) {
      treating.add(pick);
      if (isActive(pick.ingredient)) actives.add(pick);
    }
    if (pick.role !== 'retinoid' || retinoidIsNew(profile)) fresh.add(pick);
  }
  return {
    profile,
    selection,
    picks,
    startDay,
    length: profile.weeks * 7,
    firming: wantsFirming(profile),
    treating,
    actives,
    fresh,
  };
}
