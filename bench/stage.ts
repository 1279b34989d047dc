import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { autocannonGenerator } from './autocannon.js';
import type { CapturedAnswer } from './capture.js';
import type { Route } from './http.js';
import type { LoadGenerator } from './load.js';
import { PROJECT_ROOT } from './paths.js';
import { type ServerHandle, startApiServer, startBenchServer } from './servers.js';
import { findWrk, wrkGenerator } from './wrk.js';

/** The API is measured compiled, as `npm start` serves it: build dist/ first so it is current. */
export function buildDist(log: (line: string) => void): void {
  log('npm run build (the API is measured as compiled JavaScript)…');
  const { status } = spawnSync(process.execPath, ['scripts/build.js'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (status !== 0) throw new Error(`npm run build failed (exit ${String(status)})`);
}

/** wrk when it is there or can be installed; autocannon otherwise, saying why. */
export function chooseGenerator(log: (line: string) => void): LoadGenerator {
  const found = findWrk(log);
  const generator = 'path' in found ? wrkGenerator(found.path) : autocannonGenerator(found.reason);
  log(`load generator: ${generator.description}`);
  return generator;
}

/**
 * The shipped defaults but for two settings: a rate limit no bench run reaches (the
 * limiter still counts every request and sends its headers) and the worker count.
 */
export const apiEnv = (workers: number): Record<string, string> => ({
  RATE_LIMIT_MAX: '1000000',
  WORKERS: String(workers),
});

export function startApi(name: string, dir: string, workers: number, nodeArgs: readonly string[] = []) {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  return startApiServer(name, { dir: folder, env: apiEnv(workers), nodeArgs });
}

/** A route's same-bytes ceiling: real answers fetched from `api`, replayed by bench/bare-server.ts. */
export async function startCeiling(
  route: Route,
  api: ServerHandle,
  dir: string,
): Promise<{ server: ServerHandle; answers: CapturedAnswer[] }> {
  const answers = await route.captureCeiling(api.url);
  const bad = answers.find((answer) => answer.status !== 200);
  if (bad) throw new Error(`${route.id}: the API answered ${bad.status} to ${bad.method} ${bad.url}`);
  const file = join(dir, `ceiling-${route.id}.json`);
  writeFileSync(file, JSON.stringify(answers));
  const server = await startBenchServer(`ceiling-${route.id}`, 'bare-server.ts', { BENCH_ANSWERS: file });
  return { server, answers };
}
