import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { regimen } from '../cli/cli-helpers.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COSING = new URL('../../../shared/data/cosing.csv', import.meta.url);

/** Starts `regimen ARGS` and SIGKILLs it after `delayMs`; resolves once it is gone. */
function killAfter(databasePath: string, args: string[], delayMs: number): Promise<string | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    stdio: 'ignore',
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  return new Promise((resolve) =>
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    }),
  );
}

function inspect(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      ingredients: (db.prepare('SELECT count(*) AS n FROM ingredients').get() as { n: number }).n,
      bulk: (
        db.prepare("SELECT count(*) AS n FROM ingredients WHERE slug LIKE 'bulk-%'").get() as { n: number }
      ).n,
      edited: (db.prepare("SELECT count(*) AS n FROM ingredients WHERE notes = 'v2'").get() as { n: number })
        .n,
      reference: (db.prepare('SELECT count(*) AS n FROM inci_reference').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

const ROWS = 20_000;
function bulkFile(notes: string): string {
  const rows = Array.from({ length: ROWS }, (_, i) =>
    humectantRow(`bulk-${i}`, { name: `Bulk ${i}`, notes }),
  );
  const file = join(dir, `bulk-${notes}.json`);
  writeFileSync(file, JSON.stringify(rows));
  return file;
}

/** Delays at which the import was really killed (not already finished). */
const killed: string[] = [];

describe('a CLI import killed part-way', () => {
  // Delays spread over startup, parsing and the write itself; each outcome must be all or nothing.
  const delays = [700, 1100, 1500, 1900];

  it.each(delays)(
    'leaves the catalogue whole after SIGKILL at %i ms: all old rows or all new',
    async (delay) => {
      const path = join(dir, `catalogue-${delay}.db`);
      regimen(path, ['db', 'seed']);
      expect(regimen(path, ['catalogue', 'import', bulkFile('v1')]).status).toBe(0);
      const before = inspect(path);

      const signal = await killAfter(path, ['catalogue', 'import', bulkFile('v2')], delay);
      const after = inspect(path);
      expect(after.integrity).toBe('ok');
      expect(after.ingredients).toBe(before.ingredients);
      expect(after.bulk).toBe(ROWS);
      // Every edited row or none: never a mix of v1 and v2.
      expect([0, ROWS]).toContain(after.edited);
      if (signal === null) expect(after.edited).toBe(ROWS);
      else killed.push(`catalogue@${delay}ms:${after.edited === ROWS ? 'new' : 'old'}`);
    },
  );

  it.skipIf(!existsSync(COSING)).each([500, 900, 1300])(
    'leaves the CosIng reference whole after SIGKILL at %i ms: the old one or the new one',
    async (delay) => {
      const path = join(dir, `reference-${delay}.db`);
      const small = join(dir, 'small-cosing.csv');
      writeFileSync(
        small,
        'inci_name,cas_number,einecs_number,function\nGLYCERIN,56-81-5,200-289-5,Humectant\nRETINOL,68-26-8,200-683-7,Skin Conditioning\n',
      );
      expect(regimen(path, ['reference', 'import-cosing', small]).status).toBe(0);
      const signal = await killAfter(path, ['reference', 'import-cosing', COSING.pathname], delay);
      const after = inspect(path);
      if (signal !== null) killed.push(`reference@${delay}ms:${after.reference === 2 ? 'old' : 'new'}`);
      expect(after.integrity).toBe('ok');
      expect([2, 28_703]).toContain(after.reference);
    },
  );

  it('really killed imports part-way, so the checks above tested something', () => {
    expect(killed.length).toBeGreaterThan(0);
    console.info(`crash-safety: killed ${killed.join(', ')}`);
  });
});
