/**
 * Where a route's time goes: `npx tsx bench/profile.ts <target> [seconds] [frame-regex…]`
 * with target one of recommendations, list, slug, bare (default recommendations).
 *
 * Starts bench/api-server.ts (bench/bare-server.ts for bare) under `node --cpu-prof`, loads it with the same requests
 * as bench/run.ts, stops it (the profile is written on a clean exit) and prints the
 * top self-time functions, self time by package or file, and the inclusive time of
 * frames matching the given regexes. The .cpuprofile is kept for Chrome DevTools.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatRows, summariseProfile } from './cpuprofile.js';
import { httpTargets, runRound, type TargetId, warmUp } from './http.js';
import { startServer } from './servers.js';
import { makeTempDir, removeTempDir } from './temp.js';

const [targetArg = 'recommendations', secondsArg = '10', ...patterns] = process.argv.slice(2);
const target = httpTargets().find((candidate) => candidate.id === (targetArg as TargetId));
if (!target) {
  process.stderr.write(
    'usage: tsx bench/profile.ts recommendations|list|slug|bare [seconds] [frame-regex…]\n',
  );
  process.exit(2);
}

// Kept after the run (not a temp dir the exit hook removes): the point is to open it.
const profileDir = join('/tmp', `regimen-cpuprofile-${process.pid}`);
const dbDir = makeTempDir('profile');
const server = await startServer(
  target.server,
  `${target.server}-server.ts`,
  { BENCH_DB_DIR: dbDir, RATE_LIMIT_MAX: '0' },
  ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
);
try {
  await warmUp(server.url, target, 2);
  const round = await runRound(server.url, target, 0, Number(secondsArg));
  process.stdout.write(
    `${target.label}: ${Math.round(round.requestsPerSecond)} req/s, p50 ${round.p50Ms.toFixed(2)} ms, ` +
      `p99 ${round.p99Ms.toFixed(2)} ms, ${round.bad} not 2xx (under the profiler)\n\n`,
  );
} finally {
  await server.stop();
  removeTempDir(dbDir);
}

// --cpu-prof writes one file per thread (the tsx loader thread too): take the biggest, the main thread.
const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
const summaries = files.map((name) => ({
  name,
  summary: summariseProfile(join(profileDir, name), {
    inclusivePatterns: patterns.map((pattern) => new RegExp(pattern)),
  }),
}));
const main = summaries.sort((a, b) => b.summary.totalMs - a.summary.totalMs)[0];
if (!main) throw new Error(`no .cpuprofile in ${profileDir}`);
const { summary } = main;
process.stdout.write(
  `${join(profileDir, main.name)}: ${summary.totalMs.toFixed(0)} ms busy (idle excluded)\n\n`,
);
process.stdout.write(`${formatRows('Self time by origin', summary.selfByOrigin)}\n\n`);
process.stdout.write(`${formatRows('Self time by function', summary.selfByFunction)}\n\n`);
if (patterns.length > 0) process.stdout.write(`${formatRows('Inclusive time', summary.inclusive)}\n`);
