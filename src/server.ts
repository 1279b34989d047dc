import cluster from 'node:cluster';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp } from './app.js';
import { seedIfEmpty } from './catalogue/catalogue-seed.js';
import { catalogueWriters } from './catalogue/catalogue-writers.js';
import { IngredientRepository } from './catalogue/ingredient-repository.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { closeDatabase, migrateDatabase, openDatabase } from './db/connection.js';
import { BatchedLines, type LineSink, loggerOptions } from './logging.js';
import { ProductRepository } from './products/product-repository.js';
import { seedProductsIfEmpty } from './products/product-seed.js';
import { loadReferenceIfEmpty } from './reference/cosing-seed.js';
import { ReferenceRepository } from './reference/reference-repository.js';

/** How long in-flight requests get to finish after SIGTERM/SIGINT. */
const GRACE_MS = 10_000;
/**
 * Log lines go out in writes of up to this many bytes, each ending at a line's end, rather than
 * one write per request: at info level every request logs a line, and its own write was a sixth of
 * a small GET's CPU. Each write still goes through the thread pool (a stalled reader of stdout
 * fills a bounded queue instead of blocking requests), so fewer, larger writes cost less: 64 KB
 * batches took a small GET's CPU to 0.96× of synchronous 16 KB ones.
 */
const LOG_BATCH_BYTES = 65_536;
/**
 * Workers share the primary's stdout, often a pipe. A pipe write of up to this many bytes (Linux's
 * `PIPE_BUF`) is never interleaved with another process's; a larger one can be, mid-line, once the
 * reader falls behind. (A single line longer than this, a request with a 4 KB URL, still can.)
 */
const PIPE_ATOMIC_BYTES = 4_096;
/**
 * Lines waiting for a log reader that has stopped reading are dropped, whole batches at a time,
 * past this many bytes, rather than growing the process without bound.
 */
const LOG_QUEUE_BYTES = 16 * 1024 * 1024;
const STDOUT = 1;
/** A quiet server's lines wait at most this long in the buffer. */
const LOG_FLUSH_MS = 200;

/**
 * Open, migrate and (first time) seed the database: the catalogue from seed/, the CosIng
 * reference from the shipped extract, then the products (their lists are read against both);
 * returns what was seeded.
 */
function prepareDatabase(config: Config) {
  const db = openDatabase(config.DATABASE_PATH);
  migrateDatabase(db);
  const seeded = seedIfEmpty(new IngredientRepository(db), new Date().toISOString());
  const reference = loadReferenceIfEmpty(new ReferenceRepository(db));
  const products = new ProductRepository(db);
  const writers = catalogueWriters(db, () => new Date(), { products });
  const seededProducts = seedProductsIfEmpty(products, writers.products);
  // Products stored before the reference (`regimen products import` on a new file) were read
  // without its names: read them again now that it is there.
  if (reference && !seededProducts) writers.derivations.followAll(new Date().toISOString());
  return { db, seeded, reference, seededProducts };
}

/**
 * One server process: its own connection to the SQLite file, listening on the port
 * (shared with the other workers under node:cluster), stopping gracefully.
 */
async function serve(config: Config, prepared = false): Promise<void> {
  // Under the cluster the primary has migrated and seeded already.
  const { db, seeded, reference, seededProducts } = prepared
    ? {
        db: openDatabase(config.DATABASE_PATH),
        seeded: undefined,
        reference: undefined,
        seededProducts: undefined,
      }
    : prepareDatabase(config);
  // sonic-boom joins queued batches up to `maxWrite`: it must not join them past the batch size.
  const batchBytes = cluster.isWorker ? PIPE_ATOMIC_BYTES : LOG_BATCH_BYTES;
  const boom = pino.destination({
    dest: STDOUT,
    sync: false,
    maxWrite: batchBytes,
    maxLength: LOG_QUEUE_BYTES,
    contentMode: 'buffer',
  });
  const sink: LineSink = {
    // In `buffer` mode sonic-boom takes Buffers; its types name strings only.
    write: (batch) => boom.write(batch as unknown as string),
    flushSync: () => boom.flushSync(),
  };
  const logStream = new BatchedLines(sink, STDOUT, batchBytes);
  // Every exit writes what is still gathered, however it comes: a graceful stop, an uncaught error,
  // the grace period running out, a failed listen.
  process.once('exit', () => logStream.flushSync());
  const flushing = setInterval(() => logStream.flush(), LOG_FLUSH_MS).unref();
  const app = await buildApp({
    db,
    logger: loggerOptions(config.LOG_LEVEL, logStream),
    corsOrigins: config.CORS_ORIGINS,
    rateLimitMax: config.RATE_LIMIT_MAX,
  });
  if (seeded) app.log.info({ created: seeded.created }, 'seeded an empty catalogue from seed/');
  if (reference) app.log.info({ names: reference.namesLoaded }, 'loaded the CosIng reference from seed/');
  if (seededProducts) app.log.info({ created: seededProducts.created }, 'seeded empty products from seed/');

  // In-flight requests get up to 10 s to finish; the database closes after the app.
  closeWithGrace({ delay: GRACE_MS }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an uncaught error');
    else app.log.info({ signal }, 'closing');
    await app.close();
    closeDatabase(db);
    clearInterval(flushing);
  });

  await app.listen({ host: config.HOST, port: config.PORT });
  logStream.flush();
}

/**
 * The cluster primary: migrates and seeds once, forks the workers (which share the
 * port), replaces a worker that dies, and on SIGTERM/SIGINT passes the signal on and
 * exits once every worker has finished its in-flight requests.
 */
function supervise(config: Config): void {
  const { db, seeded, reference, seededProducts } = prepareDatabase(config);
  closeDatabase(db);
  const log = (message: string, fields: Record<string, unknown> = {}) =>
    process.stdout.write(
      `${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, ...fields, msg: message })}\n`,
    );
  if (seeded) log('seeded an empty catalogue from seed/', { created: seeded.created });
  if (reference) log('loaded the CosIng reference from seed/', { names: reference.namesLoaded });
  if (seededProducts) log('seeded empty products from seed/', { created: seededProducts.created });

  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < config.WORKERS; i++) fork();
  log(`primary started ${config.WORKERS} workers`, { workers: config.WORKERS });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log('all workers stopped');
        process.exit(0);
      }
      return;
    }
    log('worker died; starting another', { worker: worker.process.pid, code, signal });
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log('closing', { signal });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    // Workers have GRACE_MS to finish; past that (and a margin) the primary gives up on them.
    setTimeout(() => process.exit(1), GRACE_MS + 2_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) await serve(config, true);
  else if (config.WORKERS > 1) supervise(config);
  else await serve(config);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Failed to start: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
