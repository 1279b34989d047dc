import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/catalogue/catalogue-seed.js';
import type { IngredientInput } from '../../src/catalogue/ingredient-schemas.js';
import { humectantRow } from '../helpers/ingredient-fixtures.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

// Rules must hold for ingredients staff add tomorrow, decided from catalogue facts alone: each case
// adds one ingredient to a fresh catalogue and looks at what a person would be told.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Step {
  kind: string;
  ingredients: string[];
  areas: string[];
  ruleIds: string[];
}
interface Body {
  routine: { am: Step[]; pm: Step[] };
  calendar: { am: string[]; pm: string[] }[];
  warnings: { code: string; ingredient: string | null }[];
}

async function recommendWith(staff: IngredientInput, profile: Record<string, unknown>): Promise<Body> {
  t.repository.create(staff, FIXED_NOW.toISOString());
  try {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { startDate: '2026-12-01', weeks: 12, ...profile },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  } finally {
    t.repository.delete(staff.slug);
  }
}

/** Staff back their additions with a source, so the engine weighs them as it weighs the seed (evidence.graded). */
const STRONG: IngredientInput['evidence'] = { grade: 'strong', sources: ['article'] };

const stepsWith = (body: Body, slug: string) =>
  [...body.routine.am, ...body.routine.pm].filter((step) => step.ingredients.includes(slug));

describe('photosensitizer.night-only: in any step', () => {
  // A photosensitizing emollient (bergamot oil holds bergapten) that staff rank first.
  const bergamot = humectantRow('bergamot-oil', {
    name: 'Bergamot Oil',
    inciName: 'CITRUS AURANTIUM BERGAMIA PEEL OIL',
    class: 'emollient',
    rank: 1,
    photosensitizing: true,
    skinTypes: ['dry', 'combination', 'normal', 'oily'],
    evidence: STRONG,
  });

  it('keeps a photosensitizing moisturizer ingredient out of every morning', async () => {
    const body = await recommendWith(bergamot, { skinType: 'dry', concerns: ['dryness'] });
    expect(body.calendar.some((day) => day.pm.includes('bergamot-oil'))).toBe(true);
    expect(body.calendar.some((day) => day.am.includes('bergamot-oil'))).toBe(false);
    const am = body.routine.am.find((step) => step.kind === 'moisturize')!;
    const pm = body.routine.pm.find((step) => step.kind === 'moisturize')!;
    expect(am.ingredients).not.toContain('bergamot-oil');
    expect(pm.ingredients).toContain('bergamot-oil');
    expect(pm.ruleIds).toContain('photosensitizer.night-only');
    expect(body.warnings).toContainEqual(
      expect.objectContaining({ code: 'sun-sensitivity', ingredient: 'bergamot-oil' }),
    );
  });
});

describe('area.neck-decolletage: the acid step too', () => {
  const malic = humectantRow('malic-acid', {
    name: 'Malic Acid',
    inciName: 'MALIC ACID',
    class: 'aha',
    rank: 1,
    concerns: ['texture', 'fine-lines'],
    photosensitizing: true,
    irritation: 'medium',
    maxApplicationsPerDay: 1,
    skinTypes: ['dry', 'combination', 'normal', 'oily'],
    evidence: STRONG,
  });

  it('applies an acid that serves fine lines to face, neck and décolletage', async () => {
    const body = await recommendWith(malic, {
      skinType: 'normal',
      concerns: ['texture', 'fine-lines'],
      avoid: ['retinol', 'retinal', 'hydroxypinacolone-retinoate', 'retinyl-palmitate'],
    });
    const [step] = stepsWith(body, 'malic-acid');
    expect(step).toMatchObject({ kind: 'treatment', areas: ['face', 'neck', 'decolletage'] });
    expect(step!.ruleIds).toContain('area.neck-decolletage');
  });

  it('keeps an acid that serves no firming concern on the face', async () => {
    const body = await recommendWith(malic, { skinType: 'normal', concerns: ['texture'] });
    expect(stepsWith(body, 'malic-acid')[0]!.areas).toEqual(['face']);
  });
});

describe('acid.night-frequency: sensitive skin never gets a high-irritation acid', () => {
  // Staff rank it first, and it is the only acid for pores that suits dry skin.
  const tartaric = humectantRow('tartaric-acid', {
    name: 'Tartaric Acid',
    inciName: 'TARTARIC ACID',
    class: 'aha',
    rank: 1,
    concerns: ['pores', 'texture'],
    photosensitizing: true,
    irritation: 'high',
    maxApplicationsPerDay: 1,
    skinTypes: ['dry', 'combination', 'normal', 'oily'],
    evidence: STRONG,
  });

  it('leaves it out for sensitive skin, even when no gentler acid serves the concern', async () => {
    const body = await recommendWith(tartaric, { skinType: 'dry', sensitive: true, concerns: ['pores'] });
    expect(body.calendar.some((day) => day.pm.includes('tartaric-acid'))).toBe(false);
    expect(stepsWith(body, 'tartaric-acid')).toHaveLength(0);
  });

  it('still offers it to skin that is not sensitive', async () => {
    const body = await recommendWith(tartaric, { skinType: 'dry', concerns: ['pores'] });
    expect(stepsWith(body, 'tartaric-acid')).toHaveLength(1);
  });
});

describe('hyaluronic.twice-daily: every form counts', () => {
  // A hyaluronic-acid form staff file as a UV filter (a film former sold with sunscreens), ranked first.
  const filmFormer = humectantRow('hyaluronic-film-former', {
    name: 'Hyaluronic Film Former',
    inciName: 'SODIUM HYALURONATE CROSSPOLYMER',
    class: 'uv-filter',
    family: 'hyaluronic-acid',
    rank: 0,
    concerns: ['dryness'],
    skinTypes: ['dry', 'combination', 'normal', 'oily'],
  });

  it('never applies hyaluronic acid more than twice a day, counting every form', async () => {
    const body = await recommendWith(filmFormer, { skinType: 'dry', concerns: ['firmness'] });
    const forms = new Set([
      'sodium-hyaluronate',
      'hydrolyzed-hyaluronic-acid',
      'hyaluronic-acid',
      'hyaluronic-film-former',
    ]);
    for (const day of body.calendar) {
      expect([...day.am, ...day.pm].filter((slug) => forms.has(slug)).length).toBeLessThanOrEqual(2);
    }
  });
});

describe('evidence.graded: stronger evidence first', () => {
  // Ranked first by staff, but with only limited evidence: a stronger acid serves the concern.
  const weak = humectantRow('citric-acid', {
    name: 'Citric Acid',
    inciName: 'CITRIC ACID',
    class: 'aha',
    rank: 0,
    concerns: ['texture'],
    photosensitizing: true,
    irritation: 'low',
    maxApplicationsPerDay: 1,
    skinTypes: ['dry', 'combination', 'normal', 'oily'],
    evidence: { grade: 'limited', sources: [] },
  });

  it('never picks a limited-evidence ingredient while a stronger one serves the concern', async () => {
    const body = await recommendWith(weak, { skinType: 'normal', concerns: ['texture'] });
    expect(stepsWith(body, 'citric-acid')).toHaveLength(0);
    expect(body.routine.pm.some((step) => step.kind === 'treatment')).toBe(true);
  });

  it('picks it when it is the only one left for the concern', async () => {
    // Everything in the seed that serves texture (the retinoid too) is avoided.
    const avoid = readSeed()
      .filter((item) => item.concerns.includes('texture'))
      .map((item) => item.slug);
    const body = await recommendWith(weak, { skinType: 'normal', concerns: ['texture'], avoid });
    expect(stepsWith(body, 'citric-acid')).toHaveLength(1);
  });
});
