import { loadConfig } from '../config.js';
import { type Db, migrateDatabase, openDatabase } from '../db/connection.js';

/** A failure the CLI reports as one line on stderr, exiting non-zero. */
export class CliError extends Error {}

/** Opens the configured database, migrated, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (db: Db) => T | Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH);
  try {
    migrateDatabase(db);
    return await work(db);
  } finally {
    db.$client.close();
  }
}
