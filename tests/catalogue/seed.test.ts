import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeed, seedCatalogue, seedIfEmpty } from '../../src/catalogue/catalogue-seed.js';
import { EXFOLIATING_ACID_CLASSES } from '../../src/engine/vocabulary.js';
import { createTestDatabase, FIXED_NOW } from '../helpers/test-app.js';

const seed = readSeed();
const bySlug = new Map(seed.map((item) => [item.slug, item]));

const REQUIRED = [
  'retinol',
  'retinal',
  'retinyl-palmitate',
  'hydroxypinacolone-retinoate',
  'bakuchiol',
  'glycolic-acid',
  'lactic-acid',
  'mandelic-acid',
  'salicylic-acid',
  'gluconolactone',
  'sodium-hyaluronate',
  'hydrolyzed-hyaluronic-acid',
  'ascorbic-acid',
  'niacinamide',
  'palmitoyl-pentapeptide-4',
  'acetyl-hexapeptide-8',
  'copper-tripeptide-1',
  'palmitoyl-tripeptide-1',
  'ceramide-np',
  'glycerin',
  'squalane',
  'panthenol',
  'zinc-oxide',
];

describe('the seed catalogue', () => {
  it('holds at least 60 valid ingredients including every slug the API promises', () => {
    expect(seed.length).toBeGreaterThanOrEqual(60);
    expect(REQUIRED.filter((slug) => !bySlug.has(slug))).toEqual([]);
    expect(bySlug.get('ascorbic-acid')?.class).toBe('antioxidant');
  });

  it('marks retinoids and AHAs photosensitizing, and nothing else', () => {
    const flagged = seed.filter((item) => item.photosensitizing).map((item) => item.class);
    expect(new Set(flagged)).toEqual(new Set(['retinoid', 'aha']));
    for (const item of seed.filter((i) => i.class === 'retinoid' || i.class === 'aha')) {
      expect(item.photosensitizing, item.slug).toBe(true);
    }
  });

  it('keeps retinoids out of pregnancy and limits actives to once a day', () => {
    for (const item of seed) {
      if (item.class === 'retinoid') expect(item.pregnancySafe, item.slug).toBe(false);
      if (item.class === 'retinoid' || EXFOLIATING_ACID_CLASSES.includes(item.class)) {
        expect(item.maxApplicationsPerDay, item.slug).toBe(1);
      }
    }
  });

  it('holds the facts a reviewer can defend (guidance.md, seed catalogue facts v2)', () => {
    const fact = (slug: string) => bySlug.get(slug)!;
    for (const slug of ['gluconolactone', 'lactobionic-acid', 'retinyl-palmitate'])
      expect(fact(slug).irritation, slug).toBe('low');
    expect(fact('glycolic-acid').irritation).toBe('high');
    for (const slug of ['lactic-acid', 'mandelic-acid', 'octocrylene'])
      expect(fact(slug).irritation, slug).toBe('medium');
    for (const slug of ['bakuchiol', 'tranexamic-acid', 'alpha-arbutin'])
      expect(fact(slug).pregnancySafe, slug).toBe(false);
    expect(fact('salicylic-acid').pregnancySafe).toBe(true);
    for (const slug of ['birch-sap', 'chaga-mushroom-extract', 'snail-secretion-filtrate'])
      expect(fact(slug).evidence.grade, slug).toBe('limited');
    expect(fact('retinol').evidence.grade).toBe('moderate');
    for (const slug of [
      'niacinamide',
      'sodium-hyaluronate',
      'glycolic-acid',
      'lactic-acid',
      'ascorbic-acid',
      'zinc-oxide',
    ]) {
      expect(['moderate', 'strong'], slug).toContain(fact(slug).evidence.grade);
      expect(fact(slug).evidence.sources.length, slug).toBeGreaterThan(0);
    }
    for (const item of seed.filter((i) => i.class === 'uv-filter'))
      expect(item.uvSpectrum, item.slug).not.toBeNull();
    expect(
      Object.fromEntries(seed.filter((i) => i.class === 'uv-filter').map((i) => [i.slug, i.uvSpectrum])),
    ).toMatchObject({ 'zinc-oxide': 'broad', 'titanium-dioxide': 'uvb', octocrylene: 'uvb' });
    expect(fact('retinol').strength).toEqual({ startFrom: 0.1, startTo: 0.3, max: 1 });
    expect(fact('glycolic-acid').strength).toEqual({ startFrom: 5, startTo: 8, max: 10 });
    expect(fact('salicylic-acid').strength).toEqual({ startFrom: 0.5, startTo: 2, max: 2 });
    expect(fact('ascorbic-acid').strength).toEqual({ startFrom: 8, startTo: 15, max: 20 });
    expect(fact('glycolic-acid').concerns).toContain('fine-lines');
    expect(fact('mandelic-acid').concerns).toContain('pores');
  });

  it('groups every form of hyaluronic acid in one family of twice-daily humectants', () => {
    const forms = ['sodium-hyaluronate', 'hydrolyzed-hyaluronic-acid', 'hyaluronic-acid'];
    for (const slug of forms) {
      expect(bySlug.get(slug)).toMatchObject({
        family: 'hyaluronic-acid',
        class: 'humectant',
        maxApplicationsPerDay: 2,
      });
    }
  });

  it('gives every AHA the exfoliating concerns, so a gentler one can stand in for glycolic acid', () => {
    const ahas = seed.filter((item) => item.class === 'aha');
    expect(ahas.length).toBeGreaterThanOrEqual(3);
    for (const aha of ahas)
      expect(aha.concerns).toEqual(expect.arrayContaining(['texture', 'dullness', 'dark-spots']));
    expect(bySlug.get('glycolic-acid')!.irritation).toBe('high');
    expect(bySlug.get('lactic-acid')!.irritation).not.toBe('high');
  });
});

const COSING = new URL('../../../shared/data/cosing.csv', import.meta.url);

describe.skipIf(!existsSync(COSING))('the seed against the EU CosIng inventory', () => {
  // Read inside beforeAll: a skipped describe still runs its body to collect tests.
  const casByName = new Map<string, Set<string>>();
  beforeAll(() => {
    const rows = parse(readFileSync(COSING, 'utf8'), { columns: true, skip_empty_lines: true }) as {
      inci_name: string;
      cas_number: string;
    }[];
    for (const row of rows) {
      const name = row.inci_name.trim().toUpperCase();
      const numbers = casByName.get(name) ?? new Set<string>();
      for (const cas of row.cas_number.split('/')) if (cas.trim()) numbers.add(cas.trim());
      casByName.set(name, numbers);
    }
  });

  it('uses INCI names that CosIng lists, and CAS numbers CosIng gives for them', () => {
    const mismatches: string[] = [];
    for (const item of seed) {
      const known = casByName.get(item.inciName.toUpperCase());
      if (!known) mismatches.push(`${item.slug}: INCI name '${item.inciName}' is not in CosIng`);
      else if (item.casNumber !== null && known.size > 0 && !known.has(item.casNumber)) {
        mismatches.push(`${item.slug}: CAS ${item.casNumber} is not CosIng's (${[...known].join(', ')})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('seeding', () => {
  it('seeds an empty catalogue once and never overwrites staff edits on a later start', () => {
    const t = createTestDatabase({ seed: false });
    try {
      const now = FIXED_NOW.toISOString();
      expect(seedIfEmpty(t.repository, now)).toMatchObject({ created: seed.length });
      const { updatedAt: _u, ...retinol } = t.repository.findBySlug('retinol')!;
      t.repository.replace('retinol', { ...retinol, notes: 'staff note' }, now);
      t.repository.delete('glycerin');

      expect(seedIfEmpty(t.repository, now)).toBeUndefined();
      expect(seedCatalogue(t.repository, now)).toMatchObject({ created: 1, updated: 0 });
      expect(t.repository.findBySlug('retinol')!.notes).toBe('staff note');
      expect(t.repository.findBySlug('glycerin')).toBeDefined();

      // Only the staff-edited ingredient differs from its seed values, so only it is rewritten.
      expect(seedCatalogue(t.repository, now, { overwrite: true })).toMatchObject({
        created: 0,
        updated: 1,
        skipped: seed.length - 1,
      });
      expect(t.repository.findBySlug('retinol')!.notes).not.toBe('staff note');
    } finally {
      t.cleanup();
    }
  });

  it('bumps the catalogue version on every write and not on reads', () => {
    const t = createTestDatabase();
    try {
      const before = t.repository.version();
      t.repository.snapshot();
      expect(t.repository.version()).toBe(before);
      t.repository.delete('glycerin');
      expect(t.repository.version()).not.toBe(before);
    } finally {
      t.cleanup();
    }
  });
});
