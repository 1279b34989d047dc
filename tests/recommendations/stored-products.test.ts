import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

// The seeded product catalogue behind recommendations, as `npm start` wires it: own products by
// productId, suggestions, and a check-in that names an own product.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ products: true });
});
afterAll(async () => {
  await t.close();
});

interface Step {
  kind: string;
  ingredients: string[];
  products: { productId: string | null; name: string }[];
  suggestions?: { productId: string }[];
}
interface Answer {
  routine: { am: Step[]; pm: Step[] };
  adjustments: { date: string; ingredient: string; action: string; ruleIds: string[] }[];
}

const PROFILE = { skinType: 'normal', concerns: ['firmness'], startDate: '2026-12-01', weeks: 12 };
const recommend = async (payload: object) => {
  const response = await t.app.inject({ method: 'POST', url: '/v1/recommendations', payload });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Answer;
};

describe('POST /v1/recommendations over the stored product catalogue', () => {
  it('uses a seeded product by its productId as the routine’s retinoid', async () => {
    const answer = await recommend({ ...PROFILE, products: [{ productId: 'retinol-night-serum' }] });
    const treatment = answer.routine.pm.find((step) =>
      step.products.some((p) => p.productId === 'retinol-night-serum'),
    );
    expect(treatment?.ingredients).toContain('retinol');
    // No second retinoid is picked from the catalogue.
    const retinoidSteps = answer.routine.pm.filter((step) =>
      step.ingredients.some((slug) => slug.startsWith('retin')),
    );
    expect(retinoidSteps).toHaveLength(1);
  });

  it('suggests seeded products for the steps without an own product', async () => {
    const answer = await recommend({ ...PROFILE, suggestProducts: true });
    const suggested = [...answer.routine.am, ...answer.routine.pm].flatMap((step) => step.suggestions ?? []);
    expect(suggested.length).toBeGreaterThan(0);
  });

  it('applies a check-in that names an own product to the actives it holds', async () => {
    const answer = await recommend({
      ...PROFILE,
      products: [{ productId: 'retinol-night-serum' }],
      checkIns: [
        { date: '2026-12-20', reaction: 'burning', severity: 'mild', ingredient: 'retinol-night-serum' },
      ],
    });
    expect(answer.adjustments).toEqual([
      expect.objectContaining({ date: '2026-12-20', ingredient: 'retinol', action: 'stop' }),
    ]);
  });

  it('answers 400 naming a check-in ingredient that is neither a catalogue slug nor a product of the request', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: {
        ...PROFILE,
        checkIns: [
          { date: '2026-12-20', reaction: 'redness', severity: 'mild', ingredient: 'my-night-serum' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('/checkIns/0/ingredient');
  });
});
