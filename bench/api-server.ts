/**
 * The real API as `npm start` builds it (migrated, seeded SQLite file, the whole
 * plugin stack) but on a throwaway database and an ephemeral port, logging off so
 * the benchmark measures the service rather than the terminal.
 *
 * bench/run.ts passes BENCH_DB_DIR (a temp folder it owns and removes even if this
 * process is killed); started by hand, e.g. under `node --cpu-prof`, it makes and
 * removes its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { seedCatalogue } from '../src/catalogue/catalogue-seed.js';
import { IngredientRepository } from '../src/catalogue/ingredient-repository.js';
import { loadConfig } from '../src/config.js';
import { migrateDatabase, openDatabase } from '../src/db/connection.js';
import { serveForBench } from './child-protocol.js';

const given = process.env.BENCH_DB_DIR;
const dir = given ?? mkdtempSync(join(tmpdir(), 'regimen-bench-api-'));
const db = openDatabase(join(dir, 'regimen.db'));
migrateDatabase(db);
seedCatalogue(new IngredientRepository(db), new Date().toISOString());

// The service's own config reader, so RATE_LIMIT_MAX=0 from bench/run.ts turns rate
// limiting off exactly as it would for `npm start`: 10 connections flat out would
// otherwise spend the minute's allowance in a tenth of a second and measure 429s.
const config = loadConfig();
const app = await buildApp({ db, logger: false, rateLimitMax: config.RATE_LIMIT_MAX });
await serveForBench(app, () => {
  db.$client.close();
  if (given === undefined) rmSync(dir, { recursive: true, force: true });
});
