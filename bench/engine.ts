import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { readSeed } from '../src/catalogue/catalogue-seed.js';
import type { CatalogueSnapshot, Ingredient, Recommendation } from '../src/engine/types.js';
import { PROJECT_ROOT } from './paths.js';
import { TYPICAL_PROFILES } from './profiles.js';

type Recommend = typeof import('../src/engine/recommend.js').recommend;

/**
 * The engine as `npm start` runs it: tsc's output in dist/ (built by the bench first), not tsx's
 * transform, which wraps every closure the engine makes in a naming helper and so times itself.
 */
async function compiledRecommend(): Promise<Recommend> {
  const url = pathToFileURL(resolve(PROJECT_ROOT, 'dist/src/engine/recommend.js')).href;
  const engine = (await import(url)) as { recommend: Recommend };
  return engine.recommend;
}

export interface EngineTiming {
  profile: string;
  weeks: number;
  /** Per call, in microseconds. */
  medianUs: number;
  p99Us: number;
  samples: number;
}

/** The seed catalogue as the repository would snapshot it, without a database (the engine needs none). */
export function seedSnapshot(): CatalogueSnapshot {
  const list: Ingredient[] = readSeed()
    .map((item) => ({ ...item, updatedAt: '2026-11-01T00:00:00.000Z' }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return { version: 'bench', ingredients: list, bySlug: new Map(list.map((item) => [item.slug, item])) };
}

// Written by every call so the optimiser cannot drop recommend() as dead code.
let sink: Recommendation | undefined;

/**
 * `recommend()` alone, compiled, per typical profile, at 12 and 52 weeks: the part of a
 * recommendation request that is ours rather than Fastify's or zod's. Synchronous
 * runs (runSync) because the engine is synchronous: an awaited task would add a
 * microtask hop to every sample, which at ~10 µs is not noise.
 */
export async function benchEngine(options: { timeMs: number; warmupMs: number }): Promise<EngineTiming[]> {
  const recommend = await compiledRecommend();
  const catalogue = seedSnapshot();
  const bench = new Bench({
    time: options.timeMs,
    warmupTime: options.warmupMs,
    iterations: 200,
    // Each sample times one call, so the timer's own cost would otherwise be counted in.
    subtractTimerOverhead: true,
  });
  const tasks: { name: string; profile: string; weeks: number }[] = [];
  for (const [profile, base] of Object.entries(TYPICAL_PROFILES)) {
    for (const weeks of [12, 52]) {
      const name = `${profile}/${weeks}w`;
      const input = { ...base, weeks };
      bench.add(name, () => {
        sink = recommend(input, catalogue);
      });
      tasks.push({ name, profile, weeks });
    }
  }
  bench.runSync();
  if (sink === undefined) throw new Error('the engine benchmark never ran');

  return tasks.map(({ name, profile, weeks }) => {
    const result = bench.getTask(name)?.result;
    if (result?.state !== 'completed') {
      const reason = result?.state === 'errored' ? String(result.error) : result?.state;
      throw new Error(`engine task ${name} did not complete: ${reason}`);
    }
    return {
      profile,
      weeks,
      medianUs: result.latency.p50 * 1000,
      p99Us: result.latency.p99 * 1000,
      samples: result.latency.samplesCount,
    };
  });
}
