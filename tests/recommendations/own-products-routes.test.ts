import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngredientListReader } from '../../src/products/ingredient-list.js';
import { catalogueProductOf, InMemoryProductLookup } from '../../src/products/product-lookup.js';
import { seedIngredients } from '../engine/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** Catalogue products as the product repository will hold them: read from their printed lists. */
const reader = new IngredientListReader(seedIngredients);
const stored = (id: string, kind: 'serum' | 'treatment' | 'cleanse' | 'moisturize', inci: string) => {
  const reading = reader.read(inci);
  return catalogueProductOf({
    id,
    brand: 'Test Lab',
    name: id.replaceAll('-', ' '),
    kind,
    ingredients: reading.ingredients,
    unknownIngredients: reading.unknownIngredients.map((item) => item.text),
  });
};
const PRODUCTS = new InMemoryProductLookup([
  stored('retinol-first', 'treatment', 'Retinol, Squalane, Glycerin'),
  stored('retinol-third', 'serum', 'Aqua, Glycerin, Squalane, Retinol'),
  stored('retinol-second', 'serum', 'Glycerin, Retinol, Tocopherol'),
  stored('retinol-and-glycolic', 'serum', 'Retinol, Glycolic Acid'),
  stored('retinol-last', 'serum', 'Aqua, Glycerin, Squalane, Tocopherol, Panthenol, Retinol'),
  stored('gel-cleanser', 'cleanse', 'Aqua, Glycerin, Sodium Laureth Sulfate'),
  stored('peptide-serum', 'serum', 'Aqua, Palmitoyl Pentapeptide-4, Glycerin'),
]);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ productLookup: PRODUCTS });
});
afterAll(async () => {
  await t.close();
});

const PROFILE = { skinType: 'normal', concerns: ['firmness'], startDate: '2026-12-01', weeks: 12 };
const post = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/v1/recommendations', payload: payload as object });

type Step = { kind: string; ingredients: string[]; products: { productId: string | null; name: string }[] };
type Body = {
  routine: { am: Step[]; pm: Step[] };
  warnings: { code: string; message: string; ruleIds: string[] }[];
  calendar: { pm: string[] }[];
};
const steps = (body: Body) => [...body.routine.am, ...body.routine.pm];

describe('POST /v1/recommendations with products', () => {
  it('builds the routine around a product sent with its ingredient list', async () => {
    const response = await post({
      ...PROFILE,
      products: [
        {
          name: 'My retinol serum',
          inci: 'Aqua, Glycerin, Squalane, Retinol, Tocopherol, Phenoxyethanol',
          kind: 'serum',
        },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as Body;
    const treatment = body.routine.pm.find((step) => step.kind === 'treatment')!;
    expect(treatment.products).toEqual([{ productId: null, name: 'My retinol serum' }]);
    expect(treatment.ingredients).toEqual(['glycerin', 'squalane', 'retinol', 'tocopherol']);
    // Steps carry products always, often empty.
    for (const step of steps(body)) expect(Array.isArray(step.products)).toBe(true);
    expect(body.warnings).toContainEqual(
      expect.objectContaining({
        code: 'product-unknown-ingredients',
        message: expect.stringContaining('Aqua, Phenoxyethanol'),
        ruleIds: ['product.unknown'],
      }),
    );
  });

  it('uses a catalogue product by its productId', async () => {
    const body = (await post({ ...PROFILE, products: [{ productId: 'peptide-serum' }] })).json() as Body;
    const step = steps(body).find((s) => s.products.length > 0)!;
    expect(step).toMatchObject({
      kind: 'serum',
      products: [{ productId: 'peptide-serum', name: 'peptide serum' }],
    });
  });

  it('warns about two own products that clash, naming both, the rule and the fix', async () => {
    const body = (
      await post({
        ...PROFILE,
        products: [
          { name: 'Serum A', inci: 'Retinol, Glycerin' },
          { name: 'Cream B', inci: 'Squalane, Retinal' },
        ],
      })
    ).json() as Body;
    const conflict = body.warnings.find((w) => w.code === 'product-conflict')!;
    expect(conflict.message).toBe(
      'Cream B and Serum A both hold a retinoid, and a routine uses one retinoid at a time ' +
        '(rule goals.match-ingredients): Cream B is left out of the routine.',
    );
    expect(conflict.ruleIds).toEqual(['product.conflict', 'goals.match-ingredients']);
  });

  it('suggests up to 3 catalogue products per step without an own product, when asked', async () => {
    const body = (
      await post({
        ...PROFILE,
        suggestProducts: true,
        products: [{ name: 'Cleanser', inci: 'Glycerin', kind: 'cleanse' }],
      })
    ).json() as {
      routine: {
        am: (Step & { suggestions?: { productId: string; brand: string; name: string }[] })[];
        pm: (Step & { suggestions?: { productId: string }[] })[];
      };
    };
    const treatment = body.routine.pm.find((s) => s.kind === 'treatment')!;
    expect(treatment.suggestions!.map((s) => s.productId)).toEqual([
      'retinol-first',
      'retinol-second',
      'retinol-third',
    ]);
    const cleanse = body.routine.am.find((s) => s.kind === 'cleanse')!;
    expect(cleanse.suggestions).toBeUndefined();
    // Without asking, no step has suggestions.
    const plain = (await post(PROFILE)).json() as { routine: { am: object[] } };
    for (const step of plain.routine.am) expect(step).not.toHaveProperty('suggestions');
  });
});

describe('POST /v1/recommendations: bad products', () => {
  it('answers 400 naming an unknown productId', async () => {
    const response = await post({
      ...PROFILE,
      products: [{ name: 'Mine', inci: 'Glycerin' }, { productId: 'no-such-product' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toEqual([
      {
        path: '/products/1/productId',
        in: 'body',
        message: "'no-such-product' is not in the product catalogue",
      },
    ]);
  });

  it('names an unknown productId in the same answer as other bad fields', async () => {
    const response = await post({
      ...PROFILE,
      weeks: 99,
      avoid: ['nope'],
      products: [{ productId: 'nope-product' }],
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/avoid/0', '/products/0/productId', '/weeks'].sort());
  });

  it('answers 400 naming the list when more than 20 products are sent', async () => {
    const products = Array.from({ length: 21 }, (_, i) => ({ name: `Product ${i}`, inci: 'Glycerin' }));
    const response = await post({ ...PROFILE, products });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: '/products', in: 'body' })]);
  });

  it.each<[string, unknown, string[]]>([
    ['a listed product without its list', [{ name: 'Mine' }], ['/products/0/inci']],
    ['an empty list', [{ name: 'Mine', inci: '  ' }], ['/products/0/inci']],
    ['an unknown kind', [{ name: 'Mine', inci: 'Glycerin', kind: 'mask' }], ['/products/0/kind']],
    ['a productId that is no id', [{ productId: 'Not An Id' }], ['/products/0/productId']],
    [
      'two products with one name',
      [
        { name: 'Mine', inci: 'Glycerin' },
        { name: 'Mine', inci: 'Retinol' },
      ],
      ['/products/1/name'],
    ],
    ['neither form', [{ brand: 'X' }], ['/products/0']],
    ['a list over 10,000 characters', [{ name: 'Long', inci: 'A'.repeat(10_001) }], ['/products/0/inci']],
  ])('answers 400 naming the field: %s', async (_name, products, paths) => {
    const response = await post({ ...PROFILE, products });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(paths);
  });
});

describe('what a label states beyond its ingredients', () => {
  /** The first warning of `code` in the French answer to a profile with one own product. */
  const frenchWarning = async (code: string, profile: object, product: object) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      headers: { 'accept-language': 'fr' },
      payload: { startDate: '2026-12-01', ...profile, products: [product] },
    });
    return response.json().warnings.find((w: { code: string }) => w.code === code);
  };

  it('reads a stated percent: an AHA above its most is left out, with the reason', async () => {
    const response = await post({
      skinType: 'oily',
      concerns: ['texture'],
      startDate: '2026-12-01',
      products: [{ name: 'Peel', inci: 'Aqua, Glycolic Acid (15%), Glycerin', kind: 'treatment' }],
    });
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    const steps = [...answer.routine.am, ...answer.routine.pm] as { products: { name: string }[] }[];
    expect(steps.some((step) => step.products.some((p) => p.name === 'Peel'))).toBe(false);
    expect(answer.warnings).toContainEqual(
      expect.objectContaining({
        code: 'product-conflict',
        ingredient: 'glycolic-acid',
        ruleIds: ['product.conflict', 'strength.start-low'],
      }),
    );
  });

  it('writes the stated strength as the language writes numbers', async () => {
    const warning = await frenchWarning(
      'product-conflict',
      { skinType: 'oily', concerns: ['texture'] },
      { name: 'Peel', inci: 'Aqua, Glycolic Acid (12.5%), Glycerin', kind: 'treatment' },
    );
    expect(warning.message).toContain('12,5 %');
  });

  it('warns of what a product may contain, in the language asked, without placing it by that', async () => {
    const warning = await frenchWarning(
      'may-contain',
      { skinType: 'normal', concerns: ['dryness'], pregnancy: 'pregnant' },
      { name: 'Maybe', inci: 'Aqua, Glycerin, Squalane, May contain: Retinol', kind: 'serum' },
    );
    expect(warning).toMatchObject({
      ingredient: 'retinol',
      ruleIds: ['product.contains', 'retinoid.pregnancy'],
    });
    expect(warning.message).toMatch(/^Maybe contient peut-être Retinol/);
  });
});
