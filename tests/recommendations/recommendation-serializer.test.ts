import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.js';
import { compileSerializer } from '../../src/http/serializer.js';
import { LOCALES, rendererFor } from '../../src/messages/render.js';
import { RecommendationSchema } from '../../src/recommendations/recommendation-schemas.js';
import {
  calendarJson,
  recommendationSerializer,
} from '../../src/recommendations/recommendation-serializer.js';
import { renderRecommendation } from '../../src/recommendations/render-recommendation.js';
import { catalogue, profileWith, run } from '../engine/fixtures.js';

const generic = compileSerializer(RecommendationSchema);
const specialised = recommendationSerializer();

describe('the recommendation serializer', () => {
  it.each([
    ['a 12-week beginner with patch tests', { concerns: ['firmness', 'dark-spots'] as const, weeks: 12 }],
    [
      'a 52-week retinoid ramp on sensitive skin',
      { sensitive: true, concerns: ['fine-lines'] as const, weeks: 52 },
    ],
    [
      'a pregnant profile with acids',
      { pregnancy: 'pregnant', concerns: ['texture', 'dullness'] as const, weeks: 6 },
    ],
  ] as const)('writes the same bytes as the schema-compiled serializer for %s', (_name, overrides) => {
    const answer = run({ ...overrides, concerns: [...overrides.concerns] });
    const bytes = specialised(answer);
    expect(bytes).toEqual(Buffer.from(generic(answer)));
    expect(JSON.parse(bytes.toString())).toEqual(answer);
  });

  it.each(LOCALES)(
    'encodes every character of a %s answer as UTF-8, accents and typographic marks too',
    (locale) => {
      const engine = recommend(profileWith({ concerns: ['dark-spots', 'texture'], weeks: 52 }), catalogue);
      const answer = renderRecommendation(engine, rendererFor(locale));
      const bytes = specialised(answer);
      expect(bytes).toEqual(Buffer.from(generic(answer), 'utf8'));
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(answer);
    },
  );

  it('keeps the trace of an explained answer', () => {
    const answer = run({ weeks: 2 }, undefined, true);
    expect(answer.trace?.length).toBeGreaterThan(0);
    expect(specialised(answer)).toEqual(Buffer.from(generic(answer)));
  });

  it('writes days that share lists and days that do not, and escapes what needs escaping', () => {
    const shared = ['a', 'b'];
    const days = [
      { date: '2026-12-01', week: 1, am: shared, pm: shared, patch: [] },
      { date: '2026-12-02', week: 1, am: shared, pm: shared, patch: [] },
      { date: '2026-12-03', week: 1, am: ['a'], pm: ['q"uote'], patch: ['c'] },
    ];
    expect(JSON.parse(calendarJson(days))).toEqual(days);
    expect(calendarJson([])).toBe('[]');
  });
});
