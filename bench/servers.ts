import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { MemoryMessage, MemorySample, ParentMessage, ReadyLine } from './child-protocol.js';
import { BENCH_DIR, PROJECT_ROOT } from './paths.js';

export type { MemorySample };
export type MemoryReport = Omit<MemoryMessage, 'type'>;

export interface ServerHandle {
  name: string;
  pid: number;
  url: string;
  memory(): Promise<MemoryReport>;
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

function isMemoryMessage(value: unknown): value is MemoryMessage {
  return value !== null && typeof value === 'object' && 'type' in value && value.type === 'memory';
}

function isReadyLine(value: unknown): value is ReadyLine {
  return value !== null && typeof value === 'object' && 'port' in value && typeof value.port === 'number';
}

/**
 * Starts `bench/<script>` in its own Node process (so the load generator never shares
 * a CPU queue or an event loop with the server it measures) and resolves once the
 * server has printed its port.
 */
export async function startServer(
  name: string,
  script: string,
  env: Record<string, string> = {},
  /** Extra Node flags, e.g. `--cpu-prof` for bench/profile.ts. */
  nodeArgs: readonly string[] = [],
): Promise<ServerHandle> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', resolve(BENCH_DIR, script)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (child.pid === undefined || child.stdout === null) throw new Error(`${name}: could not spawn`);
  const pid = child.pid;

  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no port within 60 s`)), 60_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        if (isReadyLine(parsed)) {
          clearTimeout(timer);
          resolvePort(parsed.port);
        }
      } catch {
        // Not the ready line: a server may print other things.
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited with code ${String(code)} before listening`));
    });
  });

  const send = (message: ParentMessage) => child.send(message);

  return {
    name,
    pid,
    url: `http://127.0.0.1:${port}`,
    memory: async () => {
      const reply = new Promise<MemoryReport>((resolveMemory, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: no memory answer`)), 10_000);
        const onMessage = (message: unknown) => {
          if (!isMemoryMessage(message)) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolveMemory({ live: message.live, settled: message.settled });
        };
        child.on('message', onMessage);
      });
      send({ type: 'memory' });
      return reply;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
