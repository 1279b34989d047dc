import type { FastifyInstance } from 'fastify';

/**
 * The tiny protocol between bench/run.ts and a server under test. The port goes
 * over stdout (one JSON line) so a server can also be started by hand and read by
 * eye; memory queries and stop requests go over the IPC channel so they never mix
 * with anything the server might print.
 */
export type ParentMessage = { type: 'memory' } | { type: 'stop' };
/** The parts of process.memoryUsage() that tell a leak (heap) from a big runtime (rss). */
export type MemorySample = Pick<NodeJS.MemoryUsage, 'rss' | 'heapTotal' | 'heapUsed' | 'external'>;
export interface MemoryMessage {
  type: 'memory';
  /** As found: what the process holds while serving, young-generation garbage included. */
  live: MemorySample;
  /**
   * After a full GC (when the server runs with --expose-gc): what survives. Under load
   * V8 grows and shrinks its young generation by tens of MB, so only this figure shows
   * a leak as a trend rather than as noise.
   */
  settled: MemorySample | null;
}
export interface ReadyLine {
  port: number;
}

function sampleMemory(): MemorySample {
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  return { rss, heapTotal, heapUsed, external };
}

function isParentMessage(value: unknown): value is ParentMessage {
  if (value === null || typeof value !== 'object' || !('type' in value)) return false;
  return value.type === 'memory' || value.type === 'stop';
}

/**
 * Listens on an ephemeral loopback port, announces it, answers memory queries, and
 * shuts down cleanly on a stop message, SIGTERM/SIGINT, or when the parent goes away
 * (the IPC channel closes): a crashed bench run must never leave a server behind.
 */
export async function serveForBench(app: FastifyInstance, cleanup: () => void = () => {}): Promise<void> {
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await app.close();
    } finally {
      cleanup();
      process.exit(0);
    }
  };

  process.on('message', (message: unknown) => {
    if (!isParentMessage(message)) return;
    if (message.type === 'stop') {
      void stop();
      return;
    }
    const live = sampleMemory();
    let settled: MemorySample | null = null;
    if (globalThis.gc) {
      globalThis.gc();
      settled = sampleMemory();
    }
    process.send?.({ type: 'memory', live, settled } satisfies MemoryMessage);
  });
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  process.stdout.write(`${JSON.stringify({ port: address.port } satisfies ReadyLine)}\n`);
}
