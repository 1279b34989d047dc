import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { IngredientRepository } from '../../src/catalogue/ingredient-repository.js';
import { migrateDatabase, openDatabase } from '../../src/db/connection.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';
import { checkedAgainstContract } from '../helpers/test-app.js';
import { regimen } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const freshDb = () => join(dir, `db-${++counter}.db`);

const withoutTimes = (json: string) =>
  (JSON.parse(json) as Record<string, unknown>[]).map(({ updatedAt: _u, ...rest }) => rest);

describe('regimen db', () => {
  it('migrates and seeds, keeping what is there on a second seed', () => {
    const db = freshDb();
    expect(regimen(db, ['db', 'migrate']).status).toBe(0);
    const first = regimen(db, ['db', 'seed']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/seeded: \d+ created/);
    expect(regimen(db, ['db', 'seed']).stdout).toMatch(/seeded: 0 created/);
  });

  it('loads the shipped CosIng extract as the first start does, so product lists read in full', () => {
    const db = freshDb();
    const seeded = regimen(db, ['db', 'seed']);
    expect(seeded.stdout).toMatch(/CosIng reference: \d{5} INCI names loaded/);
    const products = JSON.parse(regimen(db, ['products', 'export', '--format', 'json']).stdout) as {
      inci: string;
    }[];
    expect(products.length).toBeGreaterThan(40);
    // Read against the reference, "Aqua" and the like are known: no product lists it as unknown.
    const opened = openDatabase(db);
    try {
      const unknown = opened.$client
        .prepare<[], number>("SELECT count(*) FROM products WHERE unknown_ingredients LIKE '%Aqua%'")
        .pluck()
        .get();
      expect(unknown).toBe(0);
    } finally {
      opened.$client.close();
    }
  });
});

describe('regimen catalogue export and import', () => {
  it.each(['json', 'csv', 'yaml'])('round-trips the whole catalogue through %s unchanged', (format) => {
    const source = freshDb();
    regimen(source, ['db', 'seed']);
    const exported = regimen(source, ['catalogue', 'export', '--format', format]);
    expect(exported.status).toBe(0);
    const file = join(dir, `export-${counter}.${format}`);
    writeFileSync(file, exported.stdout);

    const target = freshDb();
    regimen(target, ['db', 'migrate']);
    const imported = regimen(target, ['catalogue', 'import', file]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/imported \d+ rows .*: \d+ created, 0 updated/);

    const before = withoutTimes(regimen(source, ['catalogue', 'export']).stdout);
    const after = withoutTimes(regimen(target, ['catalogue', 'export']).stdout);
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThanOrEqual(60);
  });

  it('re-imports its own export without writing, auditing or moving the version', () => {
    const db = freshDb();
    regimen(db, ['db', 'seed']);
    const file = join(dir, 'same.json');
    const exported = regimen(db, ['catalogue', 'export']).stdout;
    writeFileSync(file, exported);
    const count = JSON.parse(exported).length;
    const version = () => {
      const database = openDatabase(db);
      try {
        return new IngredientRepository(database).version();
      } finally {
        database.$client.close();
      }
    };
    const before = version();

    const dry = regimen(db, ['catalogue', 'import', file, '--dry-run']);
    expect(dry.stdout).toMatch(new RegExp(`would create 0 and update 0 \\(${count} unchanged\\)`));
    const result = regimen(db, ['catalogue', 'import', file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`: 0 created, 0 updated, ${count} unchanged`));
    // Byte for byte: not one updatedAt was rewritten.
    expect(regimen(db, ['catalogue', 'export']).stdout).toBe(exported);
    expect(version()).toBe(before);
  });

  it('writes nothing when one row among many is bad, and says which in one line', () => {
    const db = freshDb();
    regimen(db, ['db', 'migrate']);
    const rows: Record<string, unknown>[] = Array.from({ length: 200 }, (_, i) =>
      humectantRow(`row-${i}`, { name: `Row ${i}` }),
    );
    rows[150] = { ...rows[150]!, class: 'potion' };
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(rows));
    const result = regimen(db, ['catalogue', 'import', file]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/row 151 \/class/);
    expect(regimen(db, ['catalogue', 'export']).stdout.trim()).toBe('[]');
  });

  it('validates only with --dry-run', () => {
    const source = freshDb();
    regimen(source, ['db', 'seed']);
    const file = join(dir, 'dry.json');
    writeFileSync(file, regimen(source, ['catalogue', 'export']).stdout);
    const target = freshDb();
    regimen(target, ['db', 'migrate']);
    const result = regimen(target, ['catalogue', 'import', file, '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^dry run: \d+ rows valid; would create \d+ and update 0 \(0 unchanged\); nothing written/,
    );
    expect(regimen(target, ['catalogue', 'export']).stdout.trim()).toBe('[]');
  });

  it.each([
    [['catalogue', 'import', '/no/such/file.json'], /cannot read/],
    [['catalogue', 'import', 'README.md'], /unknown file type/],
    [['catalogue', 'export', '--format', 'xml'], /--format/],
  ])('exits non-zero with a one-line reason: %j', (args, reason) => {
    const result = regimen(freshDb(), args);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
  });

  it('is seen by an already-running app on its next request', async () => {
    const path = freshDb();
    const db = openDatabase(path);
    migrateDatabase(db);
    const app = checkedAgainstContract(await buildApp({ db }));
    try {
      const first = await app.inject('/v1/ingredients');
      expect(first.json().items).toEqual([]);
      const file = join(dir, 'one.yaml');
      writeFileSync(
        file,
        [
          '- slug: panthenol',
          '  name: Panthenol',
          '  inciName: PANTHENOL',
          '  class: soothing',
          '  concerns: [dryness, redness]',
          '  photosensitizing: false',
          '  irritation: low',
          '  maxApplicationsPerDay: 2',
          '  pregnancySafe: true',
          '  skinTypes: [dry, normal]',
          '  casNumber: "81-13-0"',
          '  ecNumber: null',
        ].join('\n'),
      );
      expect(regimen(path, ['catalogue', 'import', file]).status).toBe(0);
      const second = await app.inject({
        url: '/v1/ingredients',
        headers: { 'if-none-match': first.headers.etag as string },
      });
      expect(second.statusCode).toBe(200);
      expect(second.json().items.map((i: { slug: string }) => i.slug)).toEqual(['panthenol']);
      expect(new IngredientRepository(db).findBySlug('panthenol')).toBeDefined();
    } finally {
      await app.close();
      db.$client.close();
    }
  });
});
