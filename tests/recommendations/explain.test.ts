import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface TraceEntry {
  ruleId: string;
  fired: boolean;
  facts: Record<string, unknown>;
  effect: string | null;
}

const PROFILE = {
  skinType: 'dry',
  sensitive: true,
  concerns: ['firmness', 'texture'],
  pregnancy: 'pregnant',
  avoid: ['ceramide-np'],
  startDate: '2026-12-01',
  weeks: 8,
};

const post = (url: string) => t.app.inject({ method: 'POST', url, payload: PROFILE });

describe('POST /v1/recommendations?explain=true', () => {
  it('gives one trace entry for every rule of GET /v1/rules, in that order, agreeing with rulesApplied', async () => {
    const rules = (await t.app.inject({ method: 'GET', url: '/v1/rules' })).json().items as { id: string }[];
    const body = (await post('/v1/recommendations?explain=true')).json();
    const trace = body.trace as TraceEntry[];
    expect(trace.map((entry) => entry.ruleId)).toEqual(rules.map((rule) => rule.id));
    for (const entry of trace) {
      expect(entry.fired, entry.ruleId).toBe(body.rulesApplied.includes(entry.ruleId));
      if (!entry.fired) expect(entry.effect).toBeNull();
    }
  });

  it('names the facts behind a choice: pregnancy left the retinoids out', async () => {
    const trace = (await post('/v1/recommendations?explain=true')).json().trace as TraceEntry[];
    const pregnancy = trace.find((entry) => entry.ruleId === 'retinoid.pregnancy')!;
    expect(pregnancy).toMatchObject({
      fired: true,
      facts: { 'profile.pregnancy': 'pregnant', 'retinol.pregnancySafe': false },
    });
    expect(pregnancy.effect).toMatch(/excluded retinol/);
    const avoid = trace.find((entry) => entry.ruleId === 'profile.avoid')!;
    expect(avoid).toMatchObject({ fired: true, facts: { 'profile.avoid': ['ceramide-np'] } });
    expect(avoid.effect).toMatch(/ceramide-np/);
  });

  it('shows a rule that did not fire, with the facts that kept it quiet', async () => {
    const trace = (await post('/v1/recommendations?explain=true')).json().trace as TraceEntry[];
    expect(trace.find((entry) => entry.ruleId === 'lifestyle.sun-smoking-alcohol')).toMatchObject({
      fired: false,
      facts: { 'profile.lifestyle.smoker': false },
      effect: null,
    });
  });

  it('shows for every rule the profile fields it decides on, fired or not', async () => {
    const trace = (await post('/v1/recommendations?explain=true')).json().trace as TraceEntry[];
    const entry = (id: string) => trace.find((e) => e.ruleId === id)!;
    expect(entry('sensitive.gentle-only').facts).toMatchObject({
      'profile.sensitive': true,
      'profile.concerns': ['firmness', 'texture'],
    });
    expect(entry('retinoid.pregnancy').facts).toMatchObject({ 'profile.pregnancy': 'pregnant' });
    expect(entry('lifestyle.sun-smoking-alcohol').facts).toMatchObject({
      'profile.lifestyle.smoker': false,
      'profile.lifestyle.sunExposure': 'moderate',
    });
    expect(entry('strength.start-low').facts).toMatchObject({ 'profile.sensitive': true });
    // /v1/rules serves what a partner reads, not the engine's bookkeeping.
    const rules = (await t.app.inject('/v1/rules')).json().items as Record<string, unknown>[];
    for (const rule of rules) expect(rule).not.toHaveProperty('reads');
  });

  it('leaves the body unchanged without explain: same answer, no trace', async () => {
    const plain = (await post('/v1/recommendations')).json();
    const explained = (await post('/v1/recommendations?explain=true')).json();
    expect(plain).not.toHaveProperty('trace');
    const { trace: _trace, ...rest } = explained;
    expect(rest).toEqual(plain);
    expect((await post('/v1/recommendations?explain=false')).json()).toEqual(plain);
  });

  it('rejects an explain value that is not true or false, naming it', async () => {
    const response = await post('/v1/recommendations?explain=yes');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/explain', in: 'query' }));
  });
});
