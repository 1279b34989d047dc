/**
 * `npm run bench [-- --quick]`: HTTP throughput and latency against a bare Fastify
 * ceiling, the engine alone, the two bulk imports, and the API server's memory,
 * printed as one table and written to bench/results.json.
 *
 * It exits 0 even when a target is missed: a benchmark reports, the table says what
 * missed, and CI decides what to do with that. It exits non-zero only when it could
 * not measure (a server would not start, a request shape was rejected…).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchEngine, type EngineTiming } from './engine.js';
import { measureHttp, type TargetId, type TargetSummary } from './http.js';
import { benchCatalogueImport, benchCosingImport, COSING_PATH } from './imports.js';
import { BENCH_DIR } from './paths.js';
import {
  describeMachine,
  type Figure,
  formatInteger,
  renderMarkdown,
  renderTable,
  statusOf,
  writeResults,
} from './report.js';
import { type MemoryReport, type MemorySample, startServer } from './servers.js';
import { makeTempDir, removeTempDir } from './temp.js';

const quick = process.argv.includes('--quick');

/** Quick keeps the whole run under a minute; full runs long enough for stable medians. */
const settings = quick
  ? { rounds: 3, seconds: 2, warmupSeconds: 1, engineMs: 150, engineWarmupMs: 50, importRuns: 1 }
  : { rounds: 5, seconds: 10, warmupSeconds: 3, engineMs: 1500, engineWarmupMs: 300, importRuns: 3 };

/** Each API route's floor, as a fraction of the bare route's req/s. */
const RATIO_TARGETS: Partial<Record<Exclude<TargetId, 'bare'>, number>> = {
  recommendations: 0.5,
  slug: 0.8,
  list: 0.6,
};
const ENGINE_TARGET_US: Record<number, number> = { 12: 20, 52: 80 };
/** Recommendations with 5 own products, as a fraction of the same profiles' req/s without. */
const OWN_PRODUCTS_TARGET = 0.5;
const COSING_TARGET_S = 1.5;
const CATALOGUE_ROWS = 10_000;
const CATALOGUE_TARGET_S = 1;
const RSS_TARGET_MB = 150;
const GROWTH_TARGET = 0.1;

const MB = 1024 * 1024;
const log = (line: string) => process.stderr.write(`${line}\n`);

function engineFigures(timings: readonly EngineTiming[]): Figure[] {
  return [12, 52].map((weeks) => {
    const forWeeks = timings.filter((timing) => timing.weeks === weeks);
    const worst = forWeeks.reduce((a, b) => (b.medianUs > a.medianUs ? b : a));
    const worstP99 = Math.max(...forWeeks.map((timing) => timing.p99Us));
    const target = ENGINE_TARGET_US[weeks]!;
    return {
      figure: `recommend() alone, ${weeks} wk: median per call (worst of ${forWeeks.length} profiles)`,
      value: `${worst.medianUs.toFixed(1)} µs (${worst.profile}); p99 ≤ ${worstP99.toFixed(1)} µs`,
      target: `≤ ${target} µs`,
      status: statusOf(worst.medianUs <= target),
    };
  });
}

/** What 5 own products cost: the same random profiles with and without them. */
function ownProductsFigure(summaries: readonly TargetSummary[]): Figure {
  const without = summaries.find((summary) => summary.id === 'recommendations')!;
  const withProducts = summaries.find((summary) => summary.id === 'recommendations-own')!;
  const ratio = withProducts.requestsPerSecond / without.requestsPerSecond;
  return {
    figure: 'HTTP POST /v1/recommendations with 5 own products vs the same profiles without',
    value: `${ratio.toFixed(2)}× (${formatInteger(withProducts.requestsPerSecond)} vs ${formatInteger(without.requestsPerSecond)} req/s)`,
    target: `≥ ${OWN_PRODUCTS_TARGET.toFixed(1)}×, all 2xx`,
    status: statusOf(ratio >= OWN_PRODUCTS_TARGET && withProducts.bad === 0),
  };
}

function httpFigures(summaries: readonly TargetSummary[]): Figure[] {
  const bare = summaries.find((summary) => summary.id === 'bare')!;
  return summaries.map((summary) => {
    const latency = `p50 ${summary.p50Ms.toFixed(2)} ms, p99 ${summary.p99Ms.toFixed(2)} ms`;
    const failures = Object.entries(summary.statuses)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, n]) => `${formatInteger(n)}× ${code}`);
    const badNote = summary.bad > 0 ? `; NOT 2xx: ${failures.join(', ') || formatInteger(summary.bad)}` : '';
    if (summary.id === 'bare') {
      return {
        figure: `HTTP ${summary.label} (ceiling)`,
        value: `${formatInteger(summary.requestsPerSecond)} req/s; ${latency}${badNote}`,
        target: 'all 2xx',
        status: summary.bad > 0 ? 'MISS' : 'info',
      };
    }
    const ratio = summary.requestsPerSecond / bare.requestsPerSecond;
    const floor = RATIO_TARGETS[summary.id];
    const bytes = `${formatInteger(summary.bytesPerAnswer)} B/answer`;
    const value = `${formatInteger(summary.requestsPerSecond)} req/s = ${ratio.toFixed(2)}× bare; ${bytes}; ${latency}${badNote}`;
    // The 52-week and compressed cases report what they cost; only the 12-week plain case has a floor.
    if (floor === undefined) {
      return {
        figure: `HTTP ${summary.label}`,
        value,
        target: 'all 2xx',
        status: summary.bad > 0 ? 'MISS' : 'info',
      };
    }
    return {
      figure: `HTTP ${summary.label}`,
      value,
      target: `≥ ${floor.toFixed(1)}× bare, all 2xx`,
      status: statusOf(ratio >= floor && summary.bad === 0),
    };
  });
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);
const inMegabytes = (sample: MemorySample): Record<string, number> =>
  Object.fromEntries(Object.entries(sample).map(([key, bytes]) => [`${key}Mb`, Number(mb(bytes))]));

function memoryFigures(reports: readonly MemoryReport[]): Figure[] {
  const last = reports.at(-1)!.live;
  // The trend is read after a full GC: live RSS swings by tens of MB with the young
  // generation, which would hide a real leak or invent one.
  const settled = reports.map((report) => report.settled ?? report.live);
  const first = settled[0]!;
  const final = settled.at(-1)!;
  const growth = (final.rss - first.rss) / first.rss;
  const heapGrowth = (final.heapUsed - first.heapUsed) / first.heapUsed;
  const signed = (fraction: number) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`;
  return [
    {
      figure: 'API server RSS after the HTTP rounds (as found, no forced GC)',
      value: `${mb(last.rss)} MB (JS heap ${mb(last.heapUsed)} of ${mb(last.heapTotal)} MB); after GC ${mb(final.rss)} MB`,
      target: `≤ ${RSS_TARGET_MB} MB`,
      status: statusOf(last.rss / MB <= RSS_TARGET_MB),
    },
    {
      figure: `API server RSS growth after GC, round 1 → ${reports.length}`,
      value: `${signed(growth)} (${settled.map((sample) => (sample.rss / MB).toFixed(0)).join(' → ')} MB); JS heap ${signed(heapGrowth)}`,
      target: `≤ +${GROWTH_TARGET * 100} %`,
      status: statusOf(growth <= GROWTH_TARGET),
    },
  ];
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = describeMachine();
  log(
    `regimen bench (${quick ? 'quick' : 'full'}): node ${machine.node}, ${machine.nproc} CPUs, ${machine.cpu}`,
  );
  // Other work on the machine moves every figure; say so rather than let a busy box pass as slow code.
  const loadAtStart = loadavg()[0]!;
  if (loadAtStart > machine.nproc * 0.5) {
    log(`warning: load average ${loadAtStart.toFixed(1)} on ${machine.nproc} CPUs; figures will be noisy`);
  }

  // Engine and imports first, while no server is running to compete for the CPUs.
  log('engine: recommend() with tinybench…');
  const engine = benchEngine({ timeMs: settings.engineMs, warmupMs: settings.engineWarmupMs });
  for (const timing of engine) {
    log(
      `  ${`${timing.profile}/${timing.weeks}w`.padEnd(28)} median ${timing.medianUs.toFixed(1)} µs  p99 ${timing.p99Us.toFixed(1)} µs  (${timing.samples} samples)`,
    );
  }

  log('imports…');
  const cosing = benchCosingImport(settings.importRuns);
  const catalogue = benchCatalogueImport(CATALOGUE_ROWS, settings.importRuns);
  log(`  cosing ${cosing ? `${cosing.all.map((s) => s.toFixed(2)).join(', ')} s` : 'skipped'}`);
  log(`  catalogue ${catalogue.all.map((s) => s.toFixed(2)).join(', ')} s`);

  log(
    `http: ${settings.rounds} rounds × ${settings.seconds} s per target, ${settings.warmupSeconds} s warm-up, 10 connections…`,
  );
  const dbDir = makeTempDir('api');
  const [bareServer, apiServer] = await Promise.all([
    startServer('bare', 'bare-server.ts'),
    startServer('api', 'api-server.ts', { BENCH_DB_DIR: dbDir, RATE_LIMIT_MAX: '0' }, ['--expose-gc']),
  ]);
  const memory: MemoryReport[] = [];
  let http: TargetSummary[];
  try {
    http = await measureHttp({
      rounds: settings.rounds,
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      servers: { bare: bareServer, api: apiServer },
      afterRound: async () => {
        memory.push(await apiServer.memory());
      },
      log,
    });
  } finally {
    await Promise.all([bareServer.stop(), apiServer.stop()]);
    removeTempDir(dbDir);
  }

  const figures: Figure[] = [
    ...httpFigures(http),
    ownProductsFigure(http),
    ...engineFigures(engine),
    cosing
      ? {
          figure: `CosIng reference import (${formatInteger(cosing.rows)} rows: read, parse, replaceAll)`,
          value: `${cosing.seconds.toFixed(2)} s`,
          target: `≤ ${COSING_TARGET_S} s`,
          status: statusOf(cosing.seconds <= COSING_TARGET_S),
        }
      : {
          figure: 'CosIng reference import',
          value: `skipped: ${COSING_PATH} is absent`,
          target: `≤ ${COSING_TARGET_S} s`,
          status: 'skipped',
        },
    {
      figure: `Catalogue import (${formatInteger(CATALOGUE_ROWS)} rows: CatalogueWriter.importRows)`,
      value: `${catalogue.seconds.toFixed(2)} s`,
      target: `≤ ${CATALOGUE_TARGET_S} s`,
      status: statusOf(catalogue.seconds <= CATALOGUE_TARGET_S),
    },
    ...memoryFigures(memory),
  ];

  const durationSeconds = (performance.now() - started) / 1000;
  const missed = figures.filter((figure) => figure.status === 'MISS');
  process.stdout.write(`\n${renderTable(figures)}\n\n`);
  process.stdout.write(
    missed.length === 0
      ? 'Every target met.\n'
      : `Missed ${missed.length} target${missed.length === 1 ? '' : 's'}:\n${missed
          .map((figure) => `  - ${figure.figure}: ${figure.value} (target ${figure.target})`)
          .join('\n')}\n`,
  );
  process.stdout.write(`Took ${durationSeconds.toFixed(1)} s.\n`);

  const resultsPath = resolve(BENCH_DIR, 'results.json');
  writeResults(resultsPath, {
    mode: quick ? 'quick' : 'full',
    finishedAt: new Date().toISOString(),
    durationSeconds: Number(durationSeconds.toFixed(1)),
    machine,
    loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number(loadavg()[0]!.toFixed(2)) },
    settings,
    figures,
    markdown: renderMarkdown(figures),
    http,
    engine,
    imports: { cosing: cosing ?? null, catalogue },
    memory: memory.map((report) => ({
      live: inMegabytes(report.live),
      settled: report.settled && inMegabytes(report.settled),
    })),
  });
  process.stdout.write(`Wrote ${resultsPath}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
