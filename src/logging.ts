import { writeSync } from 'node:fs';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import pino from 'pino';

/**
 * What a batch goes to: sonic-boom (`pino.destination`) in its `buffer` content mode in the server.
 * (Its types name strings only; in that mode it takes Buffers.)
 */
export interface LineSink {
  write(batch: Buffer): unknown;
  flushSync(): void;
}

/** How often, 1 ms apart, an exit retries writing the gathered lines to a full pipe before it gives them up. */
const EXIT_WRITE_TRIES = 1_000;

/** `bytes` written to `fd` before returning, however many writes a full pipe takes; at exit, errors are dropped. */
function writeAllSync(fd: number, bytes: Buffer): void {
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
 * Log lines gathered into writes of at most `batchBytes` bytes, each ending at the end of a line
 * (a longer line goes alone), before sonic-boom sees them. Each line is encoded into one reused
 * buffer as it comes, so no line is kept as a string until its batch leaves: kept strings (ropes
 * of a dozen pieces each, about 200 to a 64 KB batch) outlived the young generation, and encoding
 * at once took a small GET's CPU to 0.96×. (sonic-boom's own `minLength` buffering appends each
 * line to one growing string and measures its UTF-8 length on every write: about 3 µs a line.)
 */
export class BatchedLines {
  readonly #sink: LineSink;
  /** The descriptor `sink` writes to, written directly only at exit. */
  readonly #fd: number;
  readonly #batchBytes: number;
  #batch: Buffer;
  #used = 0;

  constructor(sink: LineSink, fd: number, batchBytes: number) {
    this.#sink = sink;
    this.#fd = fd;
    this.#batchBytes = batchBytes;
    this.#batch = Buffer.allocUnsafeSlow(batchBytes);
  }

  write(line: string): void {
    const room = this.#batchBytes - this.#used;
    // A UTF-16 unit is at most 3 UTF-8 bytes: measure only a line that may not fit.
    const bytes = line.length * 3 > room ? Buffer.byteLength(line) : 0;
    if (bytes > room) {
      this.#pass();
      if (bytes > this.#batchBytes) {
        const alone = Buffer.allocUnsafeSlow(bytes);
        alone.write(line);
        this.#sink.write(alone);
        return;
      }
    }
    this.#used += this.#batch.write(line, this.#used);
  }

  /** Hands what is gathered to the sink, which writes it in its own time (pino's `flush(cb)` calls this). */
  flush(done?: (error?: Error) => void): void {
    this.#pass();
    done?.();
  }

  /**
   * Writes whatever the sink still queues (but a write it is retrying after `EAGAIN`), then what
   * is gathered here, before returning: for an exit. (Handed to an asynchronous sink, the gathered
   * lines would start a write that an exit does not wait for.)
   */
  flushSync(): void {
    this.#sink.flushSync();
    if (this.#used === 0) return;
    writeAllSync(this.#fd, this.#batch.subarray(0, this.#used));
    this.#used = 0;
  }

  #pass(): void {
    if (this.#used === 0) return;
    // A copy of exactly the bytes used: the sink holds a batch until its write completes (longer
    // when stdout backs up), and a view would hold the whole buffer however little it carries.
    const batch = Buffer.allocUnsafeSlow(this.#used);
    this.#batch.copy(batch, 0, 0, this.#used);
    this.#used = 0;
    this.#sink.write(batch);
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

const { chindingsSym, streamSym } = pino.symbols;

/**
 * Writes the "request completed" line as `log.info({ req, res, responseTime }, …)` writes it
 * through Fastify's request and reply serializers, but in one template instead of pino's generic
 * walk of the fields: about a tenth of a small GET's CPU. The line is the same, field for field
 * and in order, for the options {@link loggerOptions} gives (pino's default level, time and message
 * keys; no formatters, mixin or hooks); tests/http/request-log.test.ts compares the two. `log` is
 * the request's child logger, so the line carries its `reqId` and honours its level. A logger that
 * is not pino's (no bindings text under pino's symbol) logs the usual way.
 */
export function writeRequestCompleted(
  log: FastifyBaseLogger,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  // pino keeps the bindings as JSON text and the stream under its exported symbols.
  const logger = log as Partial<pino.Logger> & Record<symbol, unknown>;
  const bindings = logger[chindingsSym];
  const stream = logger[streamSym] as { write?: unknown } | undefined;
  if (
    typeof bindings !== 'string' ||
    typeof stream?.write !== 'function' ||
    typeof logger.isLevelEnabled !== 'function'
  ) {
    log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    return;
  }
  if (!logger.isLevelEnabled('info')) return;
  // Fastify's `req` serializer, field for field (JSON.stringify drops the undefined ones, as pino does).
  const req = JSON.stringify({
    method: request.method,
    url: request.url,
    version: request.headers['accept-version'],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  });
  (stream as { write(line: string): void }).write(
    `{"level":30,"time":${Date.now()}${bindings},"req":${req},` +
      `"res":{"statusCode":${reply.statusCode}},"responseTime":${reply.elapsedTime},"msg":"request completed"}\n`,
  );
}
