import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CommitWatch } from '../../src/db/commit-watch.js';
import { closeDatabase, openDatabase } from '../../src/db/connection.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-commit-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two connections to one WAL file, as a server worker and the CLI have. */
function pair(name: string) {
  const path = join(dir, name);
  const server = openDatabase(path);
  server.$client.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
  const cli = openDatabase(path);
  return { server, cli, close: () => [server, cli].forEach(closeDatabase) };
}

describe('CommitWatch', () => {
  it('says nothing moved until another connection commits, then says so once', () => {
    const { server, cli, close } = pair('other.db');
    try {
      const watch = new CommitWatch(server.$client);
      expect(watch.moved()).toBe(true); // the first look has nothing to compare with
      expect(watch.moved()).toBe(false);
      cli.$client.prepare('SELECT count(*) FROM notes').get();
      expect(watch.moved()).toBe(false); // a read commits nothing
      cli.$client.prepare('INSERT INTO notes (text) VALUES (?)').run('from the CLI');
      expect(watch.moved()).toBe(true);
      expect(watch.moved()).toBe(false);
      for (let i = 0; i < 3; i++)
        cli.$client.prepare('INSERT INTO notes (text) VALUES (?)').run(`again ${i}`);
      expect(watch.moved()).toBe(true);
    } finally {
      close();
    }
  });

  it("sees its own connection's commits and a checkpoint that restarts the WAL", () => {
    const { server, cli, close } = pair('own.db');
    try {
      const watch = new CommitWatch(server.$client);
      watch.moved();
      server.$client.prepare('INSERT INTO notes (text) VALUES (?)').run('from the server');
      expect(watch.moved()).toBe(true);
      cli.$client.pragma('wal_checkpoint(TRUNCATE)');
      cli.$client.prepare('INSERT INTO notes (text) VALUES (?)').run('after the restart');
      expect(watch.moved()).toBe(true);
      expect(watch.moved()).toBe(false);
    } finally {
      close();
    }
  });

  it('always says "moved" where there is no shared header to read, so callers ask SQLite', () => {
    const memory = openDatabase(':memory:');
    try {
      const watch = new CommitWatch(memory.$client);
      expect([watch.moved(), watch.moved(), watch.moved()]).toEqual([true, true, true]);
    } finally {
      closeDatabase(memory);
    }
  });
});
