import { writeSync } from 'node:fs';
import type { FastifyServerOptions } from 'fastify';
import type pino from 'pino';

/** What a batch goes to: sonic-boom (`pino.destination`) in the server. */
export type LineSink = Pick<ReturnType<typeof pino.destination>, 'write' | 'flushSync'>;

/** How often, 1 ms apart, an exit retries writing to a full pipe before it gives the lines up. */
const EXIT_WRITE_TRIES = 1_000;

/** `text` written to `fd` before returning, however many writes a full pipe takes; at exit, errors are dropped. */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  for (let tries = 0; offset < bytes.length && tries < EXIT_WRITE_TRIES; ) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return;
      tries++;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/**
 * Log lines gathered into writes of about `batchChars` characters before sonic-boom sees them.
 * sonic-boom's own `minLength` buffering appends each line to one growing string and measures
 * that string's UTF-8 length on every write, which flattens it: about 3 µs a line at 4 KB. One
 * join per batch costs a tenth of that. `sink` writes each batch as it comes (no `minLength`).
 */
export class BatchedLines {
  readonly #sink: LineSink;
  /** The descriptor `sink` writes to, written directly only at exit. */
  readonly #fd: number;
  readonly #batchChars: number;
  #lines: string[] = [];
  #chars = 0;

  constructor(sink: LineSink, fd: number, batchChars: number) {
    this.#sink = sink;
    this.#fd = fd;
    this.#batchChars = batchChars;
  }

  write(line: string): void {
    this.#lines.push(line);
    this.#chars += line.length;
    if (this.#chars >= this.#batchChars) this.#pass();
  }

  /** Hands what is gathered to sonic-boom, which writes it asynchronously (pino's `flush(cb)`). */
  flush(done?: (error?: Error) => void): void {
    this.#pass();
    done?.();
  }

  /**
   * Writes whatever sonic-boom still queues, then what is gathered here, before returning: for an
   * exit. (Handed to sonic-boom, the gathered lines would start an asynchronous write that an exit
   * does not wait for.)
   */
  flushSync(): void {
    this.#sink.flushSync();
    const batch = this.#take();
    if (batch !== '') writeAllSync(this.#fd, batch);
  }

  #pass(): void {
    const batch = this.#take();
    if (batch !== '') this.#sink.write(batch);
  }

  #take(): string {
    if (this.#lines.length === 0) return '';
    const batch = this.#lines.length === 1 ? this.#lines[0]! : this.#lines.join('');
    this.#lines = [];
    this.#chars = 0;
    return batch;
  }
}

/**
 * The service's logger: JSON lines at `level` to `stream`, through Fastify's request and reply
 * serializers, which write the method, URL, host and address but no `Authorization` header, so a
 * token never reaches the logs (tests/http/request-log.test.ts holds us to it). No pino `redact`: it found
 * nothing to hide on those lines and cost about 5 µs each.
 */
export function loggerOptions(
  level: string,
  stream: { write(line: string): void },
): FastifyServerOptions['logger'] {
  return { level, stream };
}
