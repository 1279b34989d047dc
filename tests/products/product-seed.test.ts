import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/catalogue/catalogue-seed.js';
import { catalogueWriters } from '../../src/catalogue/catalogue-writers.js';
import { isActive } from '../../src/engine/ingredient-facts.js';
import { INGREDIENT_CLASSES, SKIN_TYPES, STEP_KINDS } from '../../src/engine/vocabulary.js';
import { ListReaderProvider } from '../../src/products/list-reader-provider.js';
import { ProductRepository } from '../../src/products/product-repository.js';
import { readProductSeed, seedProducts, seedProductsIfEmpty } from '../../src/products/product-seed.js';
import { parseCosing } from '../../src/reference/cosing-import.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { createTestDatabase, FIXED_NOW } from '../helpers/test-app.js';

const products = readProductSeed();
const ingredients = readSeed();
const byInciName = new Map(ingredients.map((item) => [item.inciName.toUpperCase(), item]));

/**
 * The catalogue ingredients a seed list names, by exact INCI name once the label's marks
 * are set aside (a stated percentage, `[+/- …]`): what the seed is written to hold,
 * whichever reader later reads it.
 */
const held = (inci: string) =>
  inci
    .replace(/\[\+\/-([^\]]*)\]/g, '')
    .split(',')
    .map((entry) =>
      entry
        .trim()
        .replace(/\s+\d+(\.\d+)?%$/, '')
        .replace(/\s+/g, ' ')
        .toUpperCase(),
    )
    .flatMap((name) => byInciName.get(name) ?? []);

describe('the seed products', () => {
  it('holds at least 40 valid products with distinct ids, of every kind', () => {
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(new Set(products.map((product) => product.kind))).toEqual(new Set(STEP_KINDS));
  });

  it('gives every sunscreen its SPF', () => {
    for (const product of products.filter((p) => p.kind === 'sunscreen'))
      expect(product.spf, product.id).toBeGreaterThanOrEqual(30);
  });

  it('holds every ingredient class of the catalogue, and every active, in at least one product', () => {
    const named = new Set(products.flatMap((product) => held(product.inci)));
    const classes = new Set([...named].map((item) => item.class));
    expect(INGREDIENT_CLASSES.filter((name) => !classes.has(name))).toEqual([]);
    const actives = ingredients
      .filter((item) => isActive({ ...item, updatedAt: '' }))
      .map((item) => item.slug);
    expect(actives.length).toBeGreaterThanOrEqual(10);
    expect(actives.filter((slug) => ![...named].some((item) => item.slug === slug))).toEqual([]);
  });

  it.each(SKIN_TYPES)(
    'offers a %s skin a cleanser and a moisturizer whose every ingredient suits it',
    (skinType) => {
      for (const kind of ['cleanse', 'moisturize'] as const) {
        const suited = products.filter(
          (product) =>
            product.kind === kind && held(product.inci).every((item) => item.skinTypes.includes(skinType)),
        );
        expect(suited.length, `${kind} for ${skinType}`).toBeGreaterThan(0);
      }
    },
  );

  it('starts every list with its main ingredient and ends none with a stray separator', () => {
    for (const product of products) {
      expect(product.inci, product.id).not.toMatch(/[,;]\s*$/);
      expect(product.inci.split(',').length, product.id).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('seeding products', () => {
  it('seeds an empty product catalogue once, read against the ingredients, and keeps staff edits', () => {
    const t = createTestDatabase();
    try {
      const repository = new ProductRepository(t.db);
      const writers = catalogueWriters(t.db, () => FIXED_NOW, { products: repository });
      expect(seedProductsIfEmpty(repository, writers.products)).toMatchObject({ created: products.length });
      const serum = repository.findById('multi-peptide-firming-serum').product!;
      expect(serum.facts.actives).toEqual([]);
      expect(serum.ingredients.map((entry) => entry.slug)).toContain('palmitoyl-pentapeptide-4');

      const { ingredients: _i, facts: _f, unknownIngredients: _u, updatedAt: _t, ...edited } = serum;
      writers.products.replace(serum.id, { ...edited, name: 'Staff Name' }, 'curator');
      writers.products.delete('copper-peptide-serum', 'curator');
      expect(seedProductsIfEmpty(repository, writers.products)).toBeUndefined();
      expect(seedProducts(repository, writers.products)).toMatchObject({ created: 1, updated: 0 });
      expect(repository.findById(serum.id).product!.name).toBe('Staff Name');
      expect(seedProducts(repository, writers.products, { overwrite: true })).toMatchObject({
        created: 0,
        updated: 1,
        skipped: products.length - 1,
      });
      expect(repository.findById(serum.id).product!.name).toBe('Multi-Peptide Firming Serum');
    } finally {
      t.cleanup();
    }
  });
});

const COSING = new URL('../../../shared/data/cosing.csv', import.meta.url);
// The product-catalogue branch carries a stand-in reader (exact catalogue names only); the
// ingredient-list reader replaces it, and with it every entry of the seed must read.
const PLACEHOLDER_READER = readFileSync(
  new URL('../../src/products/ingredient-list.ts', import.meta.url),
  'utf8',
)
  .split('\n')[0]!
  .startsWith('// PLACEHOLDER');

describe.skipIf(PLACEHOLDER_READER || !existsSync(COSING))(
  'the seed products against the catalogue and CosIng',
  () => {
    it('reads every entry of every seed product as a known ingredient', () => {
      const t = createTestDatabase();
      try {
        new ReferenceRepository(t.db).replaceAll(parseCosing(readFileSync(COSING, 'utf8')).entries);
        const reader = new ListReaderProvider(t.db).current();
        const unknown = products.flatMap((product) =>
          reader.read(product.inci).unknownIngredients.map((entry) => `${product.id}: ${entry.text}`),
        );
        expect(unknown).toEqual([]);
      } finally {
        t.cleanup();
      }
    });
  },
);
