import type { FastifyInstance } from 'fastify';

/**
 * The tiny protocol between bench/run.ts and a bench-only server (a same-bytes ceiling).
 * The port goes over stdout (one JSON line) so a server can also be started by hand and
 * read by eye; the stop request goes over the IPC channel so it never mixes with
 * anything the server might print. Memory and CPU are read from /proc (bench/proc.ts).
 */
export type ParentMessage = { type: 'stop' };
export interface ReadyLine {
  port: number;
}

const isStop = (value: unknown): value is ParentMessage =>
  value !== null && typeof value === 'object' && 'type' in value && value.type === 'stop';

/**
 * Listens on an ephemeral loopback port, announces it, and shuts down cleanly on a stop
 * message, SIGTERM/SIGINT, or when the parent goes away (the IPC channel closes): a
 * crashed bench run must never leave a server behind.
 */
export async function serveForBench(app: FastifyInstance): Promise<void> {
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await app.close();
    } finally {
      process.exit(0);
    }
  };

  process.on('message', (message: unknown) => {
    if (isStop(message)) void stop();
  });
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  process.stdout.write(`${JSON.stringify({ port: address.port } satisfies ReadyLine)}\n`);
}
