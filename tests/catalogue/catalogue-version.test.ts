import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bumpVersion, CatalogueVersion } from '../../src/catalogue/catalogue-version.js';
import { closeDatabase, type Db, migrateDatabase, openDatabase } from '../../src/db/connection.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function twoConnections(name: string): { server: Db; other: Db; close: () => void } {
  const path = join(dir, `${name}.db`);
  const server = openDatabase(path);
  migrateDatabase(server);
  bumpVersion(server);
  const other = openDatabase(path);
  return {
    server,
    other,
    close: () => {
      closeDatabase(other);
      closeDatabase(server);
    },
  };
}

it("keeps a version confirmed in this turn of the event loop, and sees another process's commit in the next", async () => {
  const { server, other, close } = twoConnections('other-process');
  try {
    const version = new CatalogueVersion(server);
    await nextTurn();
    const before = version.current();
    // A commit this process does not count, as another process's would be.
    other.$client.prepare('UPDATE catalogue_meta SET version = version + 1 WHERE id = 1').run();
    // No request sent after that commit can be read in this turn.
    expect(version.current()).toBe(before);
    await nextTurn();
    const after = version.current();
    expect(after).not.toBe(before);
    expect(after).toBe(version.read());
  } finally {
    close();
  }
});

it("sees this process's own writes at once, on any connection, within the same turn", async () => {
  const { server, other, close } = twoConnections('this-process');
  try {
    const version = new CatalogueVersion(server);
    const before = version.current();
    bumpVersion(other);
    const after = version.current();
    expect(after).not.toBe(before);
    expect(after).toBe(version.read());
    bumpVersion(server);
    expect(version.current()).toBe(version.read());
    expect(version.current()).not.toBe(after);
  } finally {
    close();
  }
});
