import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { seedCatalogue } from '../../src/catalogue/catalogue-seed.js';
import { IngredientRepository } from '../../src/catalogue/ingredient-repository.js';
import { type Db, migrateDatabase, openDatabase } from '../../src/db/connection.js';
import { regimen } from '../cli/cli-helpers.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';
import { checkedAgainstContract, FIXED_NOW } from '../helpers/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-freshness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string): Promise<{ db: Db; app: FastifyInstance; close: () => Promise<void> }> {
  const db = openDatabase(path);
  migrateDatabase(db);
  const app = checkedAgainstContract(await buildApp({ db, rateLimitMax: 0 }));
  return {
    db,
    app,
    close: async () => {
      await app.close();
      db.$client.close();
    },
  };
}

const etagOf = async (app: FastifyInstance) =>
  (await app.inject('/v1/ingredients?limit=100')).headers.etag as string;

describe('catalogue version across a backup restore', () => {
  it('never shows an ETag again for different content, so If-None-Match gets 200', async () => {
    const path = join(dir, 'live.db');
    const backup = join(dir, 'backup.db');
    let server = await open(path);
    seedCatalogue(new IngredientRepository(server.db), FIXED_NOW.toISOString());
    const token = new ApiKeyRepository(server.db).create(
      'staff',
      ['catalogue:write'],
      FIXED_NOW.toISOString(),
    );
    const write = (slug: string) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/ingredients',
        payload: humectantRow(slug),
        headers: { authorization: `Bearer ${token}` },
      });

    const atBackup = await etagOf(server.app);
    expect(regimen(path, ['db', 'backup', backup]).status).toBe(0);
    expect((await write('written-before-restore')).statusCode).toBe(201);
    const seenForOtherContent = await etagOf(server.app);
    await server.close();

    // Restore: the server is stopped and the backup copied over the live file.
    for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    copyFileSync(backup, path);
    server = await open(path);
    // The restored content is the content the backup's ETag named: that ETag is still true.
    expect(await etagOf(server.app)).toBe(atBackup);

    expect((await write('written-after-restore')).statusCode).toBe(201);
    const now = await etagOf(server.app);
    expect(now).not.toBe(seenForOtherContent);
    expect(now).not.toBe(atBackup);
    const conditional = await server.app.inject({
      url: '/v1/ingredients?limit=100',
      headers: { 'if-none-match': seenForOtherContent },
    });
    expect(conditional.statusCode).toBe(200);
    const slugs = conditional.json().items.map((item: { slug: string }) => item.slug);
    expect(slugs).toContain('written-after-restore');
    expect(slugs).not.toContain('written-before-restore');
    await server.close();
  });
});

describe('catalogue freshness', () => {
  it('sees a write by another connection on the next request (SQLite data_version)', async () => {
    const path = join(dir, 'other-connection.db');
    const server = await open(path);
    const other = openDatabase(path);
    try {
      const before = await server.app.inject('/v1/ingredients');
      expect(before.json().items).toEqual([]);
      new IngredientRepository(other).upsertMany([humectantRow('from-elsewhere')], FIXED_NOW.toISOString());
      const after = await server.app.inject({
        url: '/v1/ingredients',
        headers: { 'if-none-match': before.headers.etag as string },
      });
      expect(after.statusCode).toBe(200);
      expect(after.json().items.map((item: { slug: string }) => item.slug)).toEqual(['from-elsewhere']);
    } finally {
      other.$client.close();
      await server.close();
    }
  });

  it('sees a write through another repository on its own connection, which data_version does not report', async () => {
    const path = join(dir, 'same-connection.db');
    const server = await open(path);
    try {
      const before = await etagOf(server.app);
      new IngredientRepository(server.db).upsertMany(
        [humectantRow('same-connection')],
        FIXED_NOW.toISOString(),
      );
      const after = await server.app.inject('/v1/ingredients');
      expect(after.headers.etag).not.toBe(before);
      expect(after.json().items.map((item: { slug: string }) => item.slug)).toEqual(['same-connection']);
    } finally {
      await server.close();
    }
  });

  it('keeps the ETag when another connection writes something other than the catalogue', async () => {
    const path = join(dir, 'keys-only.db');
    const server = await open(path);
    const other = openDatabase(path);
    try {
      new IngredientRepository(other).upsertMany([humectantRow('kept')], FIXED_NOW.toISOString());
      const before = await etagOf(server.app);
      new ApiKeyRepository(other).create('someone', ['audit:read'], FIXED_NOW.toISOString());
      expect(await etagOf(server.app)).toBe(before);
    } finally {
      other.$client.close();
      await server.close();
    }
  });
});
