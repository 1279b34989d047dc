import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

// The ids of guidance.md, written out here so a renamed or missing rule fails a test.
const GUIDANCE_IDS = [
  'skin-type.basis',
  'goals.match-ingredients',
  'goals.firming-actives',
  'antioxidant.morning',
  'profile.avoid',
  'sensitive.gentle-only',
  'concern.uncovered',
  'routine.serum-with-basics',
  'routine.layer-order',
  'sun.daily-spf',
  'routine.night-serum-leave-on',
  'hyaluronic.twice-daily',
  'hyaluronic.seal',
  'photosensitizer.night-only',
  'photosensitizer.sun-warning',
  'retinoid.ramp',
  'retinoid.ramp-sensitive',
  'retinoid.experience',
  'retinoid.amount',
  'retinoid.pregnancy',
  'acid.night-frequency',
  'actives.no-stacking',
  'actives.one-at-a-time',
  'actives.patch-test',
  'area.neck-decolletage',
  'expectation.weeks-to-months',
  'lifestyle.sun-smoking-alcohol',
  'label.instructions-first',
  'strength.start-low',
  'evidence.graded',
  'checkin.hold',
  'checkin.step-back',
  'checkin.stop',
  'checkin.purge',
  'product.contains',
  'product.own-first',
  'product.conflict',
  'product.suggest',
  'product.unknown',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

describe('GET /v1/rules', () => {
  it('serves every rule of guidance.md with a title, a rationale and sources', async () => {
    const response = await t.app.inject('/v1/rules');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as {
      id: string;
      title: string;
      rationale: string;
      sources: { key: string; title: string; url?: string }[];
      strength: string;
      certainty: string;
    }[];
    expect(items.map((rule) => rule.id)).toEqual(GUIDANCE_IDS);
    for (const rule of items) {
      // GRADE keeps them apart: a rule can be strong on low-certainty evidence.
      expect(['strong', 'conditional']).toContain(rule.strength);
      expect(['high', 'moderate', 'low', 'very-low']).toContain(rule.certainty);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.rationale.length).toBeGreaterThan(40);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) {
        expect(source.title.length).toBeGreaterThan(3);
        if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
      }
    }
  });

  it.each(GUIDANCE_IDS)('serves %s on its own', async (id) => {
    const response = await t.app.inject(`/v1/rules/${id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().id).toBe(id);
  });

  it('grades the pregnancy exclusion strong on low-certainty evidence', async () => {
    const rule = (await t.app.inject('/v1/rules/retinoid.pregnancy')).json();
    expect(rule).toMatchObject({ strength: 'strong' });
    expect(['low', 'very-low']).toContain(rule.certainty);
  });

  it('answers 404 problem+json for an unknown rule', async () => {
    const response = await t.app.inject('/v1/rules/retinoid.fast-track');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('sends an ETag and answers 304 to a matching If-None-Match', async () => {
    const first = await t.app.inject('/v1/rules');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await t.app.inject({ url: '/v1/rules', headers: { 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({ url: '/v1/rules', headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).toBe(etag);
  });
});
