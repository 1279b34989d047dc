import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { IngredientRepository } from '../../src/catalogue/ingredient-repository.js';
import { migrateDatabase, openDatabase } from '../../src/db/connection.js';
import { regimen } from '../cli/cli-helpers.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (slug: string) => humectantRow(slug);

describe('concurrent writers', () => {
  it('lets API writes and a CLI import run at once: every write succeeds and none is lost', async () => {
    const path = join(dir, 'shared.db');
    const db = openDatabase(path);
    migrateDatabase(db);
    const token = new ApiKeyRepository(db).create('api', ['catalogue:write'], new Date().toISOString());
    // better-sqlite3 waits for the lock synchronously, so while the CLI holds it the event
    // loop stalls; load shedding (503 past 1 s of lag) is set aside here to see every write land.
    const app = await buildApp({ db, rateLimitMax: 0, loadShedding: { maxEventLoopDelay: 60_000 } });
    const file = join(dir, 'cli.json');
    writeFileSync(file, JSON.stringify(Array.from({ length: 15_000 }, (_, i) => row(`cli-${i}`))));
    try {
      const cli = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'catalogue', 'import', file],
        {
          env: { ...process.env, DATABASE_PATH: path },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      cli.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const cliDone = new Promise<number | null>((resolve) => cli.on('exit', (code) => resolve(code)));

      const statuses: number[] = [];
      let cliFinished = false;
      void cliDone.then(() => {
        cliFinished = true;
      });
      // Keep writing through the API until the import is over (and at least 40 times).
      for (let i = 0; i < 400 && (i < 40 || !cliFinished); i++) {
        const response = await app.inject({
          method: 'POST',
          url: '/v1/ingredients',
          payload: row(`api-${i}`),
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(response.statusCode);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await cliDone, stderr).toBe(0);
      expect(statuses.every((status) => status === 201)).toBe(true);

      const slugs = new Set(new IngredientRepository(db).snapshot().ingredients.map((item) => item.slug));
      for (let i = 0; i < statuses.length; i++) expect(slugs.has(`api-${i}`)).toBe(true);
      for (let i = 0; i < 15_000; i++) if (!slugs.has(`cli-${i}`)) throw new Error(`lost cli-${i}`);
    } finally {
      await app.close();
      db.$client.close();
    }
  });
});

describe('regimen db backup', () => {
  it('copies the live database consistently while the app serves it', async () => {
    const path = join(dir, 'live.db');
    regimen(path, ['db', 'seed']);
    const db = openDatabase(path);
    const app = await buildApp({ db });
    try {
      const count = (await app.inject('/v1/ingredients?limit=100')).json().items.length;
      const backup = join(dir, 'backup.db');
      const result = regimen(path, ['db', 'backup', backup]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^backed up .* pages/);
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT count(*) AS n FROM ingredients').get() as { n: number }).n).toBe(count);
      copy.close();
    } finally {
      await app.close();
      db.$client.close();
    }
  });
});
