import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { serializeProducts } from '../../src/products/product-files.js';
import { ProductRepository } from '../../src/products/product-repository.js';
import { createTestDatabase } from '../helpers/test-app.js';
import { FIXTURE_PRODUCTS } from '../products/product-fixtures.js';
import { regimen } from './cli-helpers.js';

// Databases are prepared in-process; only the commands under test run as `regimen`.
const made: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of made) cleanup();
});
function database(options: { seed?: boolean; products?: boolean }): string {
  const t = createTestDatabase(options);
  t.db.$client.close();
  made.push(t.cleanup);
  return t.path;
}

/** Every product of a database file, as JSON without the times a write sets. */
function productsOf(path: string) {
  const db = openDatabase(path);
  try {
    return (
      JSON.parse(serializeProducts(new ProductRepository(db).all(), 'json')) as Record<string, unknown>[]
    ).map(({ updatedAt: _u, ...rest }) => rest);
  } finally {
    db.$client.close();
  }
}

describe('regimen db seed', () => {
  it('seeds the products with the ingredients, once', () => {
    const db = database({ seed: false });
    const first = regimen(db, ['db', 'seed']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/products: (4\d|[5-9]\d) created, 0 updated/);
    expect(regimen(db, ['db', 'seed']).stdout).toMatch(/products: 0 created, 0 updated/);
  });
});

describe('regimen products export and import', () => {
  const source = database({ products: true });

  it.each(['json', 'csv', 'yaml'])('round-trips every product through %s unchanged', (format) => {
    const exported = regimen(source, ['products', 'export', '--format', format]);
    expect(exported.status, exported.stderr).toBe(0);
    const file = join(source, `../export.${format}`);
    writeFileSync(file, exported.stdout);

    // The lists are read against the target's own catalogue: the same seed ingredients.
    const target = database({});
    const imported = regimen(target, ['products', 'import', file]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/imported \d+ rows .*: \d+ created, 0 updated, 0 unchanged/);
    const after = productsOf(target);
    expect(after).toEqual(productsOf(source));
    expect(after.length).toBeGreaterThanOrEqual(40);
  });

  it('dry-runs, then imports, warns of rows with unknown entries, and audits under cli', () => {
    const db = database({ products: true });
    const file = join(db, '../fixtures.json');
    writeFileSync(file, JSON.stringify(FIXTURE_PRODUCTS));
    const before = productsOf(db);
    const dry = regimen(db, ['products', 'import', file, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would create 6 and update 0/);
    expect(productsOf(db)).toEqual(before);

    const result = regimen(db, ['products', 'import', file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/warning: row 4 inci: .*'Zzqx Blend'/);
    expect(productsOf(db)).toHaveLength(before.length + 6);
    expect(regimen(db, ['audit']).stdout).toMatch(/\tcli\tcreate\tproduct:night-retinol-serum\t/);
  });

  it('writes nothing when one row among many is bad, and says which in one line', () => {
    const db = database({ products: true });
    const file = join(db, '../bad.json');
    writeFileSync(
      file,
      JSON.stringify([...FIXTURE_PRODUCTS.slice(0, 3), { ...FIXTURE_PRODUCTS[3], kind: 'mask' }]),
    );
    const before = productsOf(db);
    const result = regimen(db, ['products', 'import', file]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/row 4 \/kind/);
    expect(productsOf(db)).toEqual(before);
  });

  it('refuses an unknown export format and file type in one line', () => {
    const db = database({ seed: false });
    const format = regimen(db, ['products', 'export', '--format', 'xml']);
    expect(format.status).toBe(1);
    expect(format.stderr).toMatch(/--format must be one of json, csv, yaml/);
    const type = regimen(db, ['products', 'import', join(db, '../products.txt')]);
    expect(type.status).toBe(1);
    expect(type.stderr).toMatch(/unknown file type/);
  });
});
