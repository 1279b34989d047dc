import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ParentMessage, ReadyLine } from './child-protocol.js';
import { BENCH_DIR, PROJECT_ROOT } from './paths.js';
import { treeCpuSeconds, treeRss } from './proc.js';

export interface ServerHandle {
  name: string;
  pid: number;
  url: string;
  /** Resident memory of the server's processes (a cluster's primary and workers), bytes. */
  rss(): number;
  /** CPU seconds the server's processes have used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Every child still running, so an exit path of any kind can end them. */
const running = new Set<ChildProcess>();

// A last resort for crashes and Ctrl-C: `exit` handlers must be synchronous, and
// SIGKILL is; the orderly path (stop()) has already emptied the set by then.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

function track(name: string, child: ChildProcess): number {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (child.pid === undefined) throw new Error(`${name}: could not spawn`);
  return child.pid;
}

async function stopChild(child: ChildProcess, ask: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  ask();
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function handle(name: string, child: ChildProcess, pid: number, url: string, ask: () => void): ServerHandle {
  return {
    name,
    pid,
    url,
    rss: () => treeRss(pid),
    cpuSeconds: () => treeCpuSeconds(pid),
    stop: () => stopChild(child, ask),
  };
}

const isReadyLine = (value: unknown): value is ReadyLine =>
  value !== null && typeof value === 'object' && 'port' in value && typeof value.port === 'number';

/**
 * Starts `bench/<script>` (a bench-only server such as the same-bytes ceiling) in its own
 * Node process, so the load generator never shares a CPU queue or an event loop with the
 * server it measures, and resolves once the server has printed its port.
 */
export async function startBenchServer(
  name: string,
  script: string,
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<ServerHandle> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', resolve(BENCH_DIR, script)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const pid = track(name, child);
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no port within 60 s`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        if (isReadyLine(parsed)) {
          clearTimeout(timer);
          resolvePort(parsed.port);
        }
      } catch {
        // Not the ready line.
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited with code ${String(code)} before listening`));
    });
  });
  return handle(name, child, pid, `http://127.0.0.1:${port}`, () =>
    child.send({ type: 'stop' } satisfies ParentMessage),
  );
}

/** A loopback port free right now (the compiled server takes PORT, not an ephemeral 0 it would have to report). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return address.port;
}

/** Settings the service reads that the bench must not inherit from the caller's shell. */
const SERVICE_SETTINGS = [
  'HOST',
  'PORT',
  'LOG_LEVEL',
  'DATABASE_PATH',
  'CORS_ORIGINS',
  'RATE_LIMIT_MAX',
  'WORKERS',
];

export interface ApiOptions {
  /** A folder the caller owns: the SQLite file and the server's log go there. */
  dir: string;
  /** Overrides of the shipped defaults (the bench sets RATE_LIMIT_MAX and WORKERS only). */
  env: Record<string, string>;
  /** Node flags before the script, e.g. `--cpu-prof` for bench/profile.ts. */
  nodeArgs?: readonly string[];
}

/**
 * The API exactly as `npm start` runs it: compiled JavaScript from dist/ (the caller
 * builds it), the shipped defaults (helmet, CORS, rate limiting, LOG_LEVEL=info), a fresh
 * database it seeds itself. Its log goes to a file, as a deployment's would, not to a
 * pipe this process would have to drain. Ready once `/healthz` answers.
 */
export async function startApiServer(name: string, options: ApiOptions): Promise<ServerHandle> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of SERVICE_SETTINGS) delete env[key];
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_PATH: join(options.dir, 'regimen.db'),
    ...options.env,
  });
  const logFd = openSync(join(options.dir, 'server.log'), 'a');
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--enable-source-maps', 'dist/src/server.js'],
    { cwd: PROJECT_ROOT, env, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const pid = track(name, child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name}: exited with ${child.exitCode}; see ${options.dir}/server.log`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${name}: /healthz did not answer within 60 s`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return handle(name, child, pid, url, () => child.kill('SIGTERM'));
}
