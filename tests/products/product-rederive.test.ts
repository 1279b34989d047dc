import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { CatalogueWriter, type IngredientFollower } from '../../src/catalogue/catalogue-writer.js';
import { catalogueWriters } from '../../src/catalogue/catalogue-writers.js';
import type { IngredientInput } from '../../src/catalogue/ingredient-schemas.js';
import type { Ingredient } from '../../src/engine/types.js';
import { ProductRepository } from '../../src/products/product-repository.js';
import type { Product } from '../../src/products/product-schemas.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { MALIC_ACID } from '../helpers/ingredient-fixtures.js';
import {
  createTestApp,
  createTestDatabase,
  FIXED_NOW,
  type TestApp,
  type TestDatabase,
} from '../helpers/test-app.js';
import { FIXTURE_PRODUCTS } from './product-fixtures.js';

const input = ({ updatedAt: _u, ...rest }: Ingredient): IngredientInput => rest;

describe('an ingredient write re-derives the products it reaches, in its own transaction', () => {
  let t: TestDatabase;
  let products: ProductRepository;
  let clock: Date;
  let writers: ReturnType<typeof catalogueWriters>;
  const product = (id: string) => products.findById(id).product!;
  const later = () => {
    clock = new Date(clock.getTime() + 60_000);
    return clock.toISOString();
  };

  beforeEach(() => {
    t?.cleanup();
    t = createTestDatabase();
    products = new ProductRepository(t.db);
    clock = FIXED_NOW;
    writers = catalogueWriters(t.db, () => clock, { ingredients: t.repository, products });
    writers.products.importRows(
      [
        ...FIXTURE_PRODUCTS,
        {
          id: 'apple-peel',
          brand: 'Fieldnote',
          name: 'Apple Peel',
          kind: 'treatment',
          inci: 'Aqua, Malic Acid, Glycerin',
          spf: null,
          url: null,
        },
      ],
      { dryRun: false, actor: 'test' },
    );
  });
  afterAll(() => t.cleanup());

  it('marks every product holding an ingredient photosensitizing once staff mark it so, and no other', () => {
    const holder = product('plain-gel-cleanser'); // Aqua, Glycerin, Niacinamide
    const other = product('bakuchiol-oil');
    expect(holder.facts.photosensitizing).toBe(false);
    const version = products.version();

    const at = later();
    writers.ingredients.replace(
      'niacinamide',
      { ...input(t.repository.findBySlug('niacinamide')!), photosensitizing: true },
      'curator',
    );
    expect(product('plain-gel-cleanser').facts.photosensitizing).toBe(true);
    expect(product('plain-gel-cleanser').updatedAt).toBe(at);
    expect(product('bakuchiol-oil')).toEqual(other);
    expect(products.version()).not.toBe(version);
  });

  it('re-reads nothing when a field no reading depends on changes (notes, evidence)', () => {
    const before = products.all();
    const version = products.version();
    later();
    writers.ingredients.replace(
      'glycerin',
      { ...input(t.repository.findBySlug('glycerin')!), notes: 'Edited by staff.' },
      'curator',
    );
    expect(products.all()).toEqual(before);
    expect(products.version()).toBe(version);
  });

  it('reads an entry as the ingredient staff add under its name', () => {
    // Unknown before, or at most a close spelling of another acid: never malic acid itself.
    expect(product('apple-peel').ingredients[1]!.slug).not.toBe('malic-acid');
    const untouched = product('night-retinol-serum');
    writers.ingredients.create(MALIC_ACID, 'curator');
    const peel = product('apple-peel');
    expect(peel.unknownIngredients).not.toContain('Malic Acid');
    expect(peel.ingredients[1]).toMatchObject({ text: 'Malic Acid', slug: 'malic-acid' });
    expect(peel.facts).toMatchObject({
      actives: ['malic-acid'],
      exfoliatingAcid: true,
      photosensitizing: true,
    });
    expect(product('night-retinol-serum')).toEqual(untouched);
  });

  it('matches an unknown entry once staff give an ingredient that name as an alias', () => {
    writers.ingredients.create(
      { ...MALIC_ACID, slug: 'apple-acid', inciName: 'PYRUS MALUS FRUIT EXTRACT' },
      'curator',
    );
    expect(product('apple-peel').ingredients[1]!.slug).not.toBe('apple-acid');
    writers.ingredients.replace(
      'apple-acid',
      { ...MALIC_ACID, slug: 'apple-acid', inciName: 'PYRUS MALUS FRUIT EXTRACT', aliases: ['Malic Acid'] },
      'curator',
    );
    expect(product('apple-peel').ingredients[1]).toMatchObject({ slug: 'apple-acid' });
  });

  it('lets an entry go unknown when the ingredient it held is deleted', () => {
    writers.ingredients.delete('bakuchiol', 'curator');
    const oil = product('bakuchiol-oil');
    expect(oil.ingredients[1]).toMatchObject({ text: 'Bakuchiol', slug: null, match: 'unknown' });
    expect(oil.unknownIngredients).toEqual(['Bakuchiol']);
    expect(oil.facts.pregnancySafe).toBe(true);
  });

  it('re-derives after an ingredient import, in the same transaction as the rows', () => {
    const rows = t.repository.snapshot().ingredients.map(input);
    const report = writers.ingredients.importRows(
      rows.map((row) => (row.slug === 'retinol' ? { ...row, pregnancySafe: true } : row)),
      { dryRun: false, actor: 'curator' },
    );
    expect(report.updated).toBe(1);
    expect(product('night-retinol-serum').facts.pregnancySafe).toBe(true);
  });

  it('writes neither the ingredient nor its products when the write fails after re-deriving', () => {
    const derivations = writers.derivations;
    const failing: IngredientFollower = {
      follow: (changes, now) => {
        derivations.follow(changes, now);
        throw new Error('disk full');
      },
    };
    const writer = new CatalogueWriter(t.repository, new ReferenceRepository(t.db), () => clock, failing);
    const before = product('plain-gel-cleanser');
    const niacinamide = t.repository.findBySlug('niacinamide')!;
    expect(() =>
      writer.replace('niacinamide', { ...input(niacinamide), photosensitizing: true }, 'curator'),
    ).toThrow('disk full');
    expect(t.repository.findBySlug('niacinamide')).toEqual(niacinamide);
    expect(product('plain-gel-cleanser')).toEqual(before);
  });
});

describe('over HTTP', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = new ApiKeyRepository(t.db).create('curator', ['catalogue:write'], FIXED_NOW.toISOString());
    await t.app.inject({
      method: 'POST',
      url: '/v1/products/import',
      headers: { authorization: `Bearer ${token}` },
      payload: FIXTURE_PRODUCTS,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a staff PUT marking an ingredient photosensitizing shows at once in the products holding it', async () => {
    const listed = await t.app.inject({ method: 'GET', url: '/v1/products?contains=niacinamide' });
    const etag = listed.headers.etag as string;
    const niacinamide = (await t.app.inject({ method: 'GET', url: '/v1/ingredients/niacinamide' })).json();
    const { updatedAt: _u, ...body } = niacinamide;
    const put = await t.app.inject({
      method: 'PUT',
      url: '/v1/ingredients/niacinamide',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...body, photosensitizing: true },
    });
    expect(put.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/v1/products?contains=niacinamide',
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    const items = after.json().items as Product[];
    expect(items.map((item) => item.id)).toEqual(['plain-gel-cleanser']);
    expect(items[0]!.facts.photosensitizing).toBe(true);
  });
});
