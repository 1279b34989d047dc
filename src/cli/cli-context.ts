import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { closeDatabase, type Db, migrateDatabase, openDatabase } from '../db/connection.js';

/** A failure the CLI reports as one line on stderr, exiting non-zero. */
export class CliError extends Error {}

export interface DatabaseUse {
  /**
   * Whether this command may create the database file when it is missing (migrations,
   * seeding, imports, new keys). Read commands must not: a typo in DATABASE_PATH would
   * otherwise answer from a new, empty database and leave the file behind.
   */
  create?: boolean;
}

const isFile = (path: string) => path !== ':memory:' && !path.startsWith('file:');

/** Opens the configured database, migrated, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (db: Db) => T | Promise<T>, use: DatabaseUse = {}): Promise<T> {
  const path = loadConfig().DATABASE_PATH;
  const missing = isFile(path) && !existsSync(path);
  if (missing && !use.create) {
    throw new CliError(
      `no database at ${resolve(path)}; check DATABASE_PATH, or create one with 'regimen db migrate'`,
    );
  }
  const db = openDatabase(path);
  let result: T;
  try {
    migrateDatabase(db);
    result = await work(db);
  } catch (error) {
    closeDatabase(db);
    // A command that failed on a database it had just created leaves no empty file behind.
    if (missing) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    throw error;
  }
  closeDatabase(db);
  // Said on stderr so stdout stays what scripts read (a token, an export).
  if (missing) process.stderr.write(`regimen: created a new database at ${resolve(path)}\n`);
  return result;
}
