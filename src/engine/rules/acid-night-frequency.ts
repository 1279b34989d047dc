import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Profile, Rule } from '../types.js';
import type { Concern } from '../vocabulary.js';
import { concernWord, orList } from './rule-text.js';

/** Concerns an exfoliating acid is chosen for. */
export const ACID_CONCERNS: readonly Concern[] = ['texture', 'dullness', 'pores', 'dark-spots'];
/** Weeks of use (from the acid's first night) held to the starting cap. */
export const FIRST_WEEKS = 4;
export const NIGHTS_FIRST_WEEKS = 1;
export const NIGHTS_LATER = 2;
/** Dry or sensitive skin stays at this many nights after the first weeks. */
export const NIGHTS_LATER_DRY_OR_SENSITIVE = 1;

const staysLow = (profile: Profile) => profile.skinType === 'dry' || profile.sensitive;

/** Most nights an acid may be used in its `acidWeek`-th week of use. */
export const acidNightsInWeek = (acidWeek: number, profile: Profile): number =>
  acidWeek <= FIRST_WEEKS
    ? NIGHTS_FIRST_WEEKS
    : staysLow(profile)
      ? NIGHTS_LATER_DRY_OR_SENSITIVE
      : NIGHTS_LATER;

/** Sensitive skin takes the least irritating acid that serves the concern. */
export const gentlestFirst = (profile: Profile): boolean => profile.sensitive;

/** "1 night a week from DATE for its first 4 weeks, then 2 nights a week", or one cap throughout. */
export const acidFrequency = (profile: Profile, startDate: string) => {
  const later = acidNightsInWeek(FIRST_WEEKS + 1, profile);
  return message('acid-frequency', {
    first: NIGHTS_FIRST_WEEKS,
    firstWeeks: FIRST_WEEKS,
    later,
    changes: later !== NIGHTS_FIRST_WEEKS,
    date: startDate,
  });
};

export const keptToOneNote = (profile: Profile) =>
  staysLow(profile) ? message('acid-kept-to-one', { nights: NIGHTS_LATER_DRY_OR_SENSITIVE }) : undefined;

/**
 * `acid.night-frequency`: schedules an exfoliating acid in the evening only, at most 1 night a week for
 * its first 4 weeks of use (counted from its first night), then at most 2 (dry or sensitive skin: 1);
 * chosen for texture, dullness, pores and dark spots; for sensitive skin the least irritating acid.
 * Why: over-exfoliating harms the barrier and raises sun sensitivity. Source: FDA AHA guidance; AAD.
 */
export const acidNightFrequency = {
  id: 'acid.night-frequency',
  reads: ['skinType', 'sensitive', 'concerns'],
  params: {
    nightsFirstWeeks: NIGHTS_FIRST_WEEKS,
    firstWeeks: FIRST_WEEKS,
    nightsLater: NIGHTS_LATER,
    nightsLaterDryOrSensitive: NIGHTS_LATER_DRY_OR_SENSITIVE,
    concerns: orList(ACID_CONCERNS.map(concernWord)),
  },
  sources: [SOURCES['fda-aha'], SOURCES['aad-exfoliation']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
