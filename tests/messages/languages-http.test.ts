import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES } from '../../src/messages/render.js';
import { createTestApp, decodedBody, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

// A profile that draws notes, a ramp, warnings (avoided, patch test, sun), expectations and lifestyle advice.
const PROFILE = {
  skinType: 'combination',
  sensitive: false,
  concerns: ['firmness', 'texture', 'dark-spots'],
  pregnancy: 'breastfeeding',
  retinoidWeeks: 0,
  avoid: ['glycolic-acid'],
  lifestyle: { sunExposure: 'high', smoker: true, alcohol: true },
  startDate: '2026-12-01',
  weeks: 12,
};

const recommend = (acceptLanguage?: string, explain = false) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/recommendations${explain ? '?explain=true' : ''}`,
    payload: PROFILE,
    headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
  });

interface Body {
  routine: Record<'am' | 'pm', Record<string, unknown>[]>;
  warnings: Record<string, unknown>[];
  expectations: Record<string, unknown>[];
  lifestyle: Record<string, unknown>[];
  trace?: Record<string, unknown>[];
  disclaimer: string;
  [key: string]: unknown;
}

/** The answer without its texts: what must not change with the language. */
function withoutTexts(body: Body) {
  const drop =
    (...texts: string[]) =>
    (item: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(item).filter(([key]) => !texts.includes(key)));
  const step = drop('frequency', 'notes', 'strength');
  return {
    ...body,
    routine: { am: body.routine.am.map(step), pm: body.routine.pm.map(step) },
    warnings: body.warnings.map(drop('message')),
    expectations: body.expectations.map(drop('message')),
    lifestyle: body.lifestyle.map(drop('message')),
    trace: body.trace?.map(drop('effect')),
    disclaimer: undefined,
  };
}

/** Every text of the answer, labelled by where it is. */
function textsOf(body: Body): [string, string][] {
  const texts: [string, string][] = [['disclaimer', body.disclaimer]];
  for (const session of ['am', 'pm'] as const) {
    for (const step of body.routine[session]) {
      const where = `${session} ${String(step.kind)}`;
      texts.push([`${where} frequency`, step.frequency as string]);
      for (const note of step.notes as string[]) texts.push([`${where} note`, note]);
      if (step.strength !== null) texts.push([`${where} strength`, step.strength as string]);
    }
  }
  for (const warning of body.warnings)
    texts.push([`warning ${String(warning.code)}`, warning.message as string]);
  for (const e of body.expectations) texts.push([`expectation ${String(e.concern)}`, e.message as string]);
  for (const l of body.lifestyle) texts.push([`lifestyle ${String(l.code)}`, l.message as string]);
  for (const entry of body.trace ?? [])
    if (entry.effect !== null) texts.push([`trace ${String(entry.ruleId)}`, entry.effect as string]);
  return texts;
}

describe('POST /v1/recommendations in four languages', () => {
  it.each([
    ['de-CH, fr;q=0.9', 'de'],
    ['es;q=0.1, fr;q=0.5', 'fr'],
    ['fr-CA', 'fr'],
    ['ja', 'en'],
    [undefined, 'en'],
  ])('Accept-Language %j answers in %s, and says so', async (header, locale) => {
    const response = await recommend(header);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe(locale);
    expect(String(response.headers.vary)).toMatch(/accept-language/i);
    expect(response.json().disclaimer).toBe(CATALOGUES[locale as 'en'].disclaimer);
  });

  it('keeps slugs, codes, rule ids and the calendar, and changes every text, with the language', async () => {
    const english = (await recommend('en', true)).json() as Body;
    const englishTexts = textsOf(english);
    expect(englishTexts.length).toBeGreaterThan(20);
    expect(english.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['avoided', 'breastfeeding', 'sun-sensitivity', 'patch-test']),
    );
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const translated = (await recommend(locale, true)).json() as Body;
      expect(withoutTexts(translated)).toEqual(withoutTexts(english));
      const texts = textsOf(translated);
      expect(texts.map(([where]) => where)).toEqual(englishTexts.map(([where]) => where));
      // Every text differs from the English one, except a bare list of codes in the trace.
      const same = texts.filter(
        ([where, text], i) => text === englishTexts[i]![1] && !where.startsWith('trace'),
      );
      expect(same, locale).toEqual([]);
    }
  });

  it('adds Accept-Language to the Vary of a compressed answer', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: PROFILE,
      headers: { 'accept-language': 'es', 'accept-encoding': 'br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    const vary = String(response.headers.vary)
      .split(',')
      .map((name) => name.trim().toLowerCase());
    expect(vary).toEqual(expect.arrayContaining(['accept-language', 'accept-encoding']));
    expect(response.headers['content-language']).toBe('es');
    const body = JSON.parse(decodedBody(response)) as Body;
    expect(body.disclaimer).toBe(CATALOGUES.es.disclaimer);
  });

  it('refuses an Accept-Language longer than any browser sends, naming the header', async () => {
    const response = await recommend(`fr;q=0.9, ${'x-'.repeat(600)}de`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.json())).toContain('accept-language');
  });
});

describe('GET /v1/rules in four languages', () => {
  const rules = (acceptLanguage: string, ifNoneMatch?: string) =>
    t.app.inject({
      url: '/v1/rules',
      headers: {
        'accept-language': acceptLanguage,
        ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}),
      },
    });

  it('serves French titles and rationales, with its own ETag, and the same ids, sources and grades', async () => {
    const english = await rules('en');
    const french = await rules('fr-FR, en;q=0.5');
    expect(french.statusCode).toBe(200);
    expect(french.headers['content-language']).toBe('fr');
    expect(String(french.headers.vary)).toMatch(/accept-language/i);
    const byId = (body: { items: { id: string; title: string; rationale: string }[] }) =>
      new Map(body.items.map((rule) => [rule.id, rule]));
    const en = byId(english.json());
    const fr = byId(french.json());
    expect([...fr.keys()]).toEqual([...en.keys()]);
    expect(fr.get('retinoid.ramp')?.title).toBe('Augmenter un rétinoïde semaine après semaine');
    expect(fr.get('sun.daily-spf')?.title).toBe(
      'Finir chaque matin par une protection solaire large spectre SPF 30 ou plus',
    );
    for (const [id, rule] of fr) {
      const { title, rationale, ...rest } = rule;
      const { title: enTitle, rationale: enRationale, ...enRest } = en.get(id)!;
      expect(title, id).not.toBe(enTitle);
      expect(rationale, id).not.toBe(enRationale);
      expect(rest).toEqual(enRest);
    }
    expect(french.headers.etag).not.toBe(english.headers.etag);
  });

  it('answers 304 only for the ETag of the language asked for', async () => {
    const english = await rules('en');
    const german = await rules('de');
    const stale = await rules('de', String(english.headers.etag));
    expect(stale.statusCode).toBe(200);
    expect(stale.headers['content-language']).toBe('de');
    const fresh = await rules('de', String(german.headers.etag));
    expect(fresh.statusCode).toBe(304);
    expect(fresh.headers['content-language']).toBe('de');
    expect(String(fresh.headers.vary)).toMatch(/accept-language/i);
  });

  it('serves one rule in Spanish, and a 404 for an unknown id in any language', async () => {
    const response = await t.app.inject({
      url: '/v1/rules/retinoid.pregnancy',
      headers: { 'accept-language': 'es' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('es');
    expect(response.json().rationale).toContain('limitado a la cara y el cuello');
    const missing = await t.app.inject({
      url: '/v1/rules/no.such-rule',
      headers: { 'accept-language': 'es' },
    });
    expect(missing.statusCode).toBe(404);
  });
});
