import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, migrateDatabase, openDatabase } from '../src/db/connection.js';

/** Temp folders not yet removed; the exit hook removes them whatever way the run ends. */
const folders = new Set<string>();

process.on('exit', () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

export function makeTempDir(label: string): string {
  const folder = mkdtempSync(join(tmpdir(), `regimen-bench-${label}-`));
  folders.add(folder);
  return folder;
}

export function removeTempDir(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  folders.delete(folder);
}

/**
 * A fresh, migrated SQLite file with the service's pragmas (WAL, synchronous=NORMAL):
 * imports are timed against the same storage settings production uses, not `:memory:`.
 */
export function withTempDatabase<T>(label: string, use: (db: Db) => T): T {
  const folder = makeTempDir(label);
  const db = openDatabase(join(folder, 'regimen.db'));
  try {
    migrateDatabase(db);
    return use(db);
  } finally {
    db.$client.close();
    removeTempDir(folder);
  }
}
