/**
 * Where a route's time goes: `npx tsx bench/profile.ts <route> [seconds] [frame-regex…]`
 * with route one of recommendations, recommendations-52, recommendations-br-12,
 * recommendations-br-52, list, slug (default recommendations).
 *
 * Builds dist/, starts the compiled API (one worker, the bench's settings) under
 * `node --cpu-prof`, loads it with the same requests as bench/run.ts, stops it (the
 * profile is written on a clean exit) and prints the top self-time functions, self time
 * by package or file, and the inclusive time of frames matching the given regexes. The
 * .cpuprofile is kept for Chrome DevTools.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatRows, summariseProfile } from './cpuprofile.js';
import { routes } from './http.js';
import { buildDist, chooseGenerator, startApi } from './stage.js';
import { makeTempDir, removeTempDir } from './temp.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const [routeArg = 'recommendations', secondsArg = '10', ...patterns] = process.argv.slice(2);
const route = routes().find((candidate) => candidate.id === routeArg);
if (!route) {
  log(
    `usage: tsx bench/profile.ts ${routes()
      .map((candidate) => candidate.id)
      .join('|')} [seconds] [frame-regex…]`,
  );
  process.exit(2);
}

// Kept after the run (not a temp dir the exit hook removes): the point is to open it.
const profileDir = join('/tmp', `regimen-cpuprofile-${process.pid}`);
const generator = chooseGenerator(log);
buildDist(log);
const dir = makeTempDir('profile');
const server = await startApi('api', dir, 1, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
try {
  await generator.run(server.url, route.spec(-1), 2);
  const round = await generator.run(server.url, route.spec(0), Number(secondsArg));
  process.stdout.write(
    `${route.label}: ${Math.round(round.requestsPerSecond)} req/s, p50 ${round.p50Ms.toFixed(2)} ms, ` +
      `p99 ${round.p99Ms.toFixed(2)} ms, ${round.bad} not 2xx (under the profiler)\n\n`,
  );
} finally {
  await server.stop();
  removeTempDir(dir);
}

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
