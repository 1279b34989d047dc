import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions, LightMyRequestCallback, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { seedCatalogue } from '../../src/catalogue/catalogue-seed.js';
import { catalogueWriters } from '../../src/catalogue/catalogue-writers.js';
import { IngredientRepository } from '../../src/catalogue/ingredient-repository.js';
import { type Db, migrateDatabase, openDatabase } from '../../src/db/connection.js';
import type { ProductLookup } from '../../src/products/product-lookup.js';
import { ProductRepository } from '../../src/products/product-repository.js';
import { seedProducts } from '../../src/products/product-seed.js';
import { readCosingSeed } from '../../src/reference/cosing-seed.js';
import type { ReferenceEntry } from '../../src/reference/inci-names.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { assertMatchesContract } from './contract.js';

export const FIXED_NOW = new Date('2026-11-25T12:00:00.000Z');

export interface TestDatabase {
  db: Db;
  path: string;
  repository: IngredientRepository;
  cleanup: () => void;
}

let shippedReference: ReferenceEntry[] | undefined;

/** The CosIng extract shipped in seed/, read once per test worker (reading it takes seconds). */
export function shippedCosing(): ReferenceEntry[] {
  shippedReference ??= readCosingSeed();
  return shippedReference;
}

export interface TestDatabaseOptions {
  /** Seed the catalogue (default true). */
  seed?: boolean;
  /** Load the shipped CosIng reference (28,700 names; default false, as it costs seconds). */
  reference?: boolean;
  /** Seed the products of seed/products.yaml (default false), after the reference when both. */
  products?: boolean;
}

/**
 * A fresh, migrated database file in its own temp folder; its ingredients seeded unless
 * told not to, the reference and the products only when asked.
 */
export function createTestDatabase(options: TestDatabaseOptions = {}): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'regimen-test-'));
  const path = join(dir, 'regimen.db');
  const db = openDatabase(path);
  migrateDatabase(db);
  const repository = new IngredientRepository(db);
  if (options.seed !== false) seedCatalogue(repository, FIXED_NOW.toISOString());
  if (options.reference === true) new ReferenceRepository(db).replaceAll(shippedCosing());
  if (options.products) {
    const products = new ProductRepository(db);
    seedProducts(products, catalogueWriters(db, () => FIXED_NOW, { products }).products);
  }
  return {
    db,
    path,
    repository,
    cleanup: () => {
      try {
        db.$client.close();
      } catch {
        // Already closed by the test.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  close: () => Promise<void>;
}

function requestLine(options: InjectOptions | string): { method: string; url: string } {
  if (typeof options === 'string') return { method: 'GET', url: options };
  const target = options.url ?? options.path ?? '/';
  return { method: options.method ?? 'GET', url: typeof target === 'string' ? target : target.pathname };
}

/** The body as the client reads it once it has undone any `Content-Encoding`. */
export function decodedBody(response: LightMyRequestResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
  return response.body;
}

function proveAgainstContract(options: InjectOptions | string, response: LightMyRequestResponse): void {
  const contentType = response.headers['content-type'];
  assertMatchesContract({
    ...requestLine(options),
    status: response.statusCode,
    contentType: typeof contentType === 'string' ? contentType : undefined,
    body: decodedBody(response),
  });
}

/**
 * Makes every `app.inject(...)` prove its response against openapi.yaml (see
 * contract.ts): a response the contract does not describe fails the test that
 * caused it. The chained form (`app.inject().get(...)`) is left unchecked.
 */
export function checkedAgainstContract(app: FastifyInstance): FastifyInstance {
  const inject = app.inject.bind(app) as (
    options?: InjectOptions | string,
    callback?: LightMyRequestCallback,
  ) => unknown;
  const checked = (options?: InjectOptions | string, callback?: LightMyRequestCallback) => {
    if (options === undefined) return inject();
    if (callback) {
      return inject(options, (error, response) => {
        if (error || !response) return callback(error, response);
        try {
          proveAgainstContract(options, response);
        } catch (failure) {
          return callback(failure as Error, response);
        }
        return callback(undefined, response);
      });
    }
    return (inject(options) as Promise<LightMyRequestResponse>).then((response) => {
      proveAgainstContract(options, response);
      return response;
    });
  };
  app.inject = checked as FastifyInstance['inject'];
  return app;
}

/**
 * The whole app around a fresh database, as `npm start` builds it, with a fixed clock;
 * every injected response is proved against openapi.yaml. Load shedding is set aside (it has its own
 * test): on a busy machine running test files in parallel, a stalled event loop would otherwise turn
 * requests into 503s.
 */
export async function createTestApp(
  options: TestDatabaseOptions & { rateLimitMax?: number; productLookup?: ProductLookup } = {},
): Promise<TestApp> {
  const database = createTestDatabase(options);
  const app = checkedAgainstContract(
    await buildApp({
      db: database.db,
      now: () => FIXED_NOW,
      // A long sample interval too: under-pressure counts an interval with no delay sample at all (a
      // test blocking the loop longer than the interval) as an infinite delay, and sheds the next requests.
      loadShedding: { maxEventLoopDelay: 60_000, sampleInterval: 60_000 },
      ...(options.rateLimitMax === undefined ? {} : { rateLimitMax: options.rateLimitMax }),
      ...(options.productLookup === undefined ? {} : { products: options.productLookup }),
    }),
  );
  await app.ready();
  return {
    ...database,
    app,
    close: async () => {
      await app.close();
      database.cleanup();
    },
  };
}
