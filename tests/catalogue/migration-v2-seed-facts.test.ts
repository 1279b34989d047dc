import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngredientRepository } from '../../src/catalogue/ingredient-repository.js';
import { IngredientSchema } from '../../src/catalogue/ingredient-schemas.js';
import { type Db, MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from '../../src/db/connection.js';

/**
 * Upgrading a version-1 database: migrations 0002 (new columns) and 0003 (v2 seed facts)
 * fill the v2 facts of seeded rows that still hold their v1 values, keep what staff
 * edited, and move the catalogue version so clients refetch.
 */

const FIRST_V2_MIGRATION = '0002_catalogue_v2_fields';
const V1_TIME = '2026-06-01T00:00:00.000Z';
const STAFF_TIME = '2026-09-15T08:30:00.000Z';

/** A copy of migrations/ holding only the migrations before version 2, journal included. */
function v1MigrationsFolder(root: string): string {
  const folder = join(root, 'migrations-v1');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const cut = journal.entries.findIndex((entry) => entry.tag === FIRST_V2_MIGRATION);
  expect(cut, 'the v2 schema migration is in the journal').toBeGreaterThan(0);
  const entries = journal.entries.slice(0, cut);
  for (const { tag } of entries)
    copyFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(folder, `${tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

interface V1Row {
  slug: string;
  name: string;
  inciName: string;
  class: string;
  rank: number;
  concerns: string[];
  photosensitizing: boolean;
  irritation: 'low' | 'medium' | 'high';
  maxApplicationsPerDay: 1 | 2;
  pregnancySafe: boolean;
  casNumber: string | null;
  ecNumber: string | null;
}

const ALL_SKIN = ['dry', 'combination', 'normal', 'oily'];
/** The version-1 seed values of the rows this test follows (notes left out). */
const V1_SEED: V1Row[] = [
  {
    slug: 'retinol',
    name: 'Retinol',
    inciName: 'RETINOL',
    class: 'retinoid',
    rank: 10,
    concerns: ['fine-lines', 'firmness', 'texture', 'dark-spots'],
    photosensitizing: true,
    irritation: 'medium',
    maxApplicationsPerDay: 1,
    pregnancySafe: false,
    casNumber: '68-26-8',
    ecNumber: '200-683-7',
  },
  {
    slug: 'glycolic-acid',
    name: 'Glycolic Acid',
    inciName: 'GLYCOLIC ACID',
    class: 'aha',
    rank: 10,
    concerns: ['texture', 'dullness', 'dark-spots'],
    photosensitizing: true,
    irritation: 'high',
    maxApplicationsPerDay: 1,
    pregnancySafe: true,
    casNumber: '79-14-1',
    ecNumber: '201-180-5',
  },
  {
    slug: 'mandelic-acid',
    name: 'Mandelic Acid',
    inciName: 'MANDELIC ACID',
    class: 'aha',
    rank: 30,
    concerns: ['texture', 'dullness', 'dark-spots'],
    photosensitizing: true,
    irritation: 'medium',
    maxApplicationsPerDay: 1,
    pregnancySafe: true,
    casNumber: '90-64-2',
    ecNumber: '202-007-6',
  },
  {
    slug: 'gluconolactone',
    name: 'Gluconolactone',
    inciName: 'GLUCONOLACTONE',
    class: 'pha',
    rank: 40,
    concerns: ['texture', 'dullness'],
    photosensitizing: false,
    irritation: 'medium',
    maxApplicationsPerDay: 1,
    pregnancySafe: true,
    casNumber: '90-80-2',
    ecNumber: '202-016-5',
  },
  {
    slug: 'zinc-oxide',
    name: 'Zinc Oxide',
    inciName: 'ZINC OXIDE',
    class: 'uv-filter',
    rank: 10,
    concerns: [],
    photosensitizing: false,
    irritation: 'low',
    maxApplicationsPerDay: 2,
    pregnancySafe: true,
    casNumber: '1314-13-2',
    ecNumber: '215-222-5',
  },
  {
    slug: 'titanium-dioxide',
    name: 'Titanium Dioxide',
    inciName: 'TITANIUM DIOXIDE',
    class: 'uv-filter',
    rank: 20,
    concerns: [],
    photosensitizing: false,
    irritation: 'low',
    maxApplicationsPerDay: 2,
    pregnancySafe: true,
    casNumber: '13463-67-7',
    ecNumber: '236-675-5',
  },
  {
    slug: 'octocrylene',
    name: 'Octocrylene',
    inciName: 'OCTOCRYLENE',
    class: 'uv-filter',
    rank: 70,
    concerns: [],
    photosensitizing: false,
    irritation: 'low',
    maxApplicationsPerDay: 2,
    pregnancySafe: true,
    casNumber: '6197-30-4',
    ecNumber: '228-250-8',
  },
];

/** Writes rows as the version-1 app stored them: lists as compact JSON text, booleans as 0/1. */
function seedV1(db: Db): void {
  const insert = db.$client.prepare(
    `INSERT INTO ingredients (slug, name, inci_name, class, family, rank, concerns, photosensitizing, irritation,
       max_applications_per_day, pregnancy_safe, skin_types, cas_number, ec_number, notes, updated_at)
     VALUES (@slug, @name, @inciName, @class, NULL, @rank, @concerns, @photosensitizing, @irritation,
       @maxApplicationsPerDay, @pregnancySafe, @skinTypes, @casNumber, @ecNumber, '', @updatedAt)`,
  );
  for (const row of V1_SEED) {
    insert.run({
      ...row,
      concerns: JSON.stringify(row.concerns),
      skinTypes: JSON.stringify(ALL_SKIN),
      photosensitizing: Number(row.photosensitizing),
      pregnancySafe: Number(row.pregnancySafe),
      updatedAt: V1_TIME,
    });
  }
  db.$client
    .prepare("INSERT INTO catalogue_meta (id, version, epoch) VALUES (1, 7, 'v1v1v1v1v1v1v1v1')")
    .run();
  // Staff curation under version 1: values that differ from the v1 seed and from the v2 facts.
  db.$client
    .prepare('UPDATE ingredients SET irritation = ?, updated_at = ? WHERE slug = ?')
    .run('high', STAFF_TIME, 'octocrylene');
  db.$client
    .prepare('UPDATE ingredients SET concerns = ?, updated_at = ? WHERE slug = ?')
    .run(JSON.stringify(['texture', 'dullness']), STAFF_TIME, 'glycolic-acid');
  db.$client.prepare('UPDATE catalogue_meta SET version = 9, epoch = ? WHERE id = 1').run('staffstaffstaff1');
}

const meta = (db: Db) =>
  db.$client.prepare('SELECT version, epoch FROM catalogue_meta WHERE id = 1').get() as {
    version: number;
    epoch: string;
  };

let root: string;
let db: Db;
let before: { version: number; epoch: string };
let clientVersionBefore: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'regimen-migration-v2-'));
  db = openDatabase(join(root, 'v1.db'));
  migrate(db, { migrationsFolder: v1MigrationsFolder(root) });
  const columns = (db.$client.prepare('PRAGMA table_info(ingredients)').all() as { name: string }[]).map(
    (column) => column.name,
  );
  // Really the v1 schema: none of the v2 columns yet.
  expect(columns).not.toContain('uv_spectrum');
  expect(columns).not.toContain('evidence');
  seedV1(db);
  before = meta(db);
  clientVersionBefore = `${before.version}.${before.epoch}`;
  migrateDatabase(db);
});
afterAll(() => {
  db.$client.close();
  rmSync(root, { recursive: true, force: true });
});

const read = (slug: string) => new IngredientRepository(db).findBySlug(slug)!;

describe('migrating a version-1 catalogue to version 2', () => {
  it('fills the v2 facts of rows still holding their v1 seed values', () => {
    expect(read('zinc-oxide')).toMatchObject({
      uvSpectrum: 'broad',
      aliases: ['CI 77947'],
      evidence: { grade: 'strong', sources: ['aad-sunscreen'] },
      strength: null,
    });
    expect(read('titanium-dioxide').uvSpectrum).toBe('uvb');
    expect(read('retinol')).toMatchObject({
      strength: { startFrom: 0.1, startTo: 0.3, max: 1 },
      evidence: { grade: 'moderate', sources: ['spierings-retinol', 'retinoid-aging-review'] },
      aliases: ['Vitamin A'],
      pregnancySafe: false,
    });
    expect(read('gluconolactone').irritation).toBe('low');
    expect(read('mandelic-acid').concerns).toEqual(['texture', 'dullness', 'dark-spots', 'pores']);
    expect(read('mandelic-acid').strength).toEqual({ startFrom: 5, startTo: 10, max: 10 });
  });

  it('keeps the values staff edited, and still fills the new fields of those rows', () => {
    const octocrylene = read('octocrylene');
    expect(octocrylene.irritation).toBe('high');
    expect(octocrylene.uvSpectrum).toBe('uvb');
    expect(octocrylene.evidence).toEqual({ grade: 'moderate', sources: ['aad-sunscreen'] });

    const glycolic = read('glycolic-acid');
    expect(glycolic.concerns).toEqual(['texture', 'dullness']);
    expect(glycolic.irritation).toBe('high');
    expect(glycolic.strength).toEqual({ startFrom: 5, startTo: 8, max: 10 });
    expect(glycolic.evidence.grade).toBe('strong');
  });

  it('marks a row whose v1 fact it corrected as updated, and leaves untouched facts of other rows alone', () => {
    expect(read('gluconolactone').updatedAt > V1_TIME).toBe(true);
    expect(read('gluconolactone').name).toBe('Gluconolactone');
    expect(read('zinc-oxide')).toMatchObject({ irritation: 'low', rank: 10, casNumber: '1314-13-2' });
  });

  it('leaves every row valid as the v2 API serves it', () => {
    const items = new IngredientRepository(db).snapshot().ingredients;
    expect(items.map((item) => item.slug).sort()).toEqual(V1_SEED.map((row) => row.slug).sort());
    for (const item of items) expect(IngredientSchema.safeParse(item).error, item.slug).toBeUndefined();
  });

  it('moves the catalogue version, once', () => {
    const after = meta(db);
    expect(after.version).toBe(before.version + 1);
    expect(after.epoch).not.toBe(before.epoch);
    const clientVersion = new IngredientRepository(db).version();
    expect(clientVersion).not.toBe(clientVersionBefore);
    migrateDatabase(db);
    expect(new IngredientRepository(db).version()).toBe(clientVersion);
  });
});
