import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { seedCatalogue } from '../../src/catalogue/catalogue-seed.js';
import { IngredientRepository } from '../../src/catalogue/ingredient-repository.js';
import { type Db, migrateDatabase, openDatabase } from '../../src/db/connection.js';

export const FIXED_NOW = new Date('2026-11-25T12:00:00.000Z');

export interface TestDatabase {
  db: Db;
  path: string;
  repository: IngredientRepository;
  cleanup: () => void;
}

/** A fresh, migrated database file in its own temp folder; seeded unless told not to. */
export function createTestDatabase(options: { seed?: boolean } = {}): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'regimen-test-'));
  const path = join(dir, 'regimen.db');
  const db = openDatabase(path);
  migrateDatabase(db);
  const repository = new IngredientRepository(db);
  if (options.seed !== false) seedCatalogue(repository, FIXED_NOW.toISOString());
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

/** The whole app around a fresh database, as `npm start` builds it, with a fixed clock. */
export async function createTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const database = createTestDatabase(options);
  const app = await buildApp({ db: database.db, now: () => FIXED_NOW });
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
