import type { Profile } from '../src/engine/types.js';
import { CONCERNS, PREGNANCY_STATUSES, SKIN_TYPES } from '../src/engine/vocabulary.js';

/**
 * A small seeded PRNG (mulberry32). Seeded rather than Math.random so every run,
 * and every round of one run, sends the same sequence of profiles: a change in
 * req/s between two runs is then the code's doing, not the dice's.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `count` distinct items, in random order (a partial Fisher–Yates shuffle). */
function pickDistinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let index = 0; index < count; index++) {
    const swap = index + Math.floor(random() * (pool.length - index));
    [pool[index], pool[swap]] = [pool[swap]!, pool[index]!];
  }
  return pool.slice(0, count);
}

const DAY_MS = 86_400_000;
const FIRST_START = Date.UTC(2026, 0, 1);

/** The JSON body of a recommendation request, as a client would send it. */
export interface RecommendationBody {
  skinType: Profile['skinType'];
  sensitive: boolean;
  concerns: Profile['concerns'];
  pregnancy: Profile['pregnancy'];
  retinoidWeeks: number;
  startDate: string;
  weeks: number;
}

/**
 * A random valid request: every field the engine branches on varies, so the load
 * covers retinoid ramps, pregnancy exclusions, acids and sensitive skin rather
 * than one cached-looking path.
 */
export function randomRecommendationBody(random: () => number): RecommendationBody {
  // Half of the profiles are retinoid beginners: the ramp is the engine's busiest path.
  const retinoidWeeks = random() < 0.5 ? 0 : Math.floor(random() * 105);
  const startDate = new Date(FIRST_START + Math.floor(random() * 730) * DAY_MS).toISOString().slice(0, 10);
  return {
    skinType: pick(random, SKIN_TYPES),
    sensitive: random() < 0.3,
    concerns: pickDistinct(random, CONCERNS, 1 + Math.floor(random() * 5)),
    pregnancy: pick(random, PREGNANCY_STATUSES),
    retinoidWeeks,
    startDate,
    weeks: 12,
  };
}

const defaults = {
  sensitive: false,
  pregnancy: 'none',
  retinoidWeeks: 0,
  avoid: [],
  lifestyle: { sunExposure: 'moderate', smoker: false, alcohol: false },
  startDate: '2026-12-01',
  weeks: 12,
} satisfies Omit<Profile, 'skinType' | 'concerns'>;

/** Profiles people typically send, for the engine micro-benchmark (weeks set per task). */
export const TYPICAL_PROFILES: Record<string, Profile> = {
  // The README's example request.
  'dry-firmness': { ...defaults, skinType: 'dry', concerns: ['firmness', 'dryness'] },
  'oily-sensitive-pores': {
    ...defaults,
    skinType: 'oily',
    sensitive: true,
    concerns: ['pores', 'texture', 'redness'],
  },
  'pregnant-dark-spots': {
    ...defaults,
    skinType: 'normal',
    pregnancy: 'pregnant',
    concerns: ['dark-spots', 'dullness'],
  },
  'retinoid-veteran': {
    ...defaults,
    skinType: 'combination',
    retinoidWeeks: 40,
    concerns: ['fine-lines', 'firmness', 'dark-spots', 'texture', 'dullness'],
    avoid: ['glycolic-acid'],
    lifestyle: { sunExposure: 'high', smoker: true, alcohol: false },
  },
};
