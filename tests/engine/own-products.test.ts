import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.js';
import type { CatalogueProduct, Ingredient, OwnProduct, Profile } from '../../src/engine/types.js';
import { rendererFor } from '../../src/messages/render.js';
import type { Recommendation } from '../../src/recommendations/recommendation-schemas.js';
import { renderRecommendation } from '../../src/recommendations/render-recommendation.js';
import {
  bySlug,
  catalogue,
  firstNight,
  isAcid,
  isRetinoid,
  nights,
  nightsPerUseWeek,
  profileWith,
  routineSlugs,
  run,
  seedIngredients,
  snapshotOf,
} from './fixtures.js';

type Step = Recommendation['routine']['am'][number];

/** One of the person's products, as the service hands it to the engine. */
const own = (name: string, slugs: string[], kind: OwnProduct['kind'] = null, unknown: string[] = []) =>
  ({ key: name, productId: null, name, kind, slugs, unknown }) satisfies OwnProduct;

const withProducts = (products: OwnProduct[], overrides: Partial<Profile> = {}) =>
  run({ ...overrides, ownProducts: products });

const RETINOL_SERUM = own('Night Retinol Serum', ['glycerin', 'squalane', 'retinol', 'tocopherol'], 'serum');
const LACTIC_TONER = own('Lactic Toner', ['lactic-acid', 'glycerin'], 'tone');
const VITAMIN_C = own('Vitamin C Serum', ['ascorbic-acid', 'ferulic-acid', 'tocopherol'], 'serum');
const CREAM = own('Barrier Cream', ['glycerin', 'ceramide-np', 'squalane', 'cholesterol'], 'moisturize');
const SUNSCREEN = own('Mineral SPF 50', ['zinc-oxide', 'glycerin'], 'sunscreen');
const CLEANSER = own('Milky Cleanser', ['glycerin'], 'cleanse');

const stepsWith = (rec: Recommendation, name: string): (Step & { session: 'am' | 'pm' })[] => [
  ...rec.routine.am
    .filter((s) => s.products.some((p) => p.name === name))
    .map((s) => ({ ...s, session: 'am' as const })),
  ...rec.routine.pm
    .filter((s) => s.products.some((p) => p.name === name))
    .map((s) => ({ ...s, session: 'pm' as const })),
];
const conflicts = (rec: Recommendation) => rec.warnings.filter((w) => w.code === 'product-conflict');
const catalogueRetinoids = (rec: Recommendation) =>
  [...rec.routine.am, ...rec.routine.pm]
    .filter((step) => step.products.length === 0)
    .flatMap((step) => step.ingredients)
    .filter(isRetinoid);

describe('product.own-first: own products fill the steps they fit before the catalogue', () => {
  it('a product holding a retinoid is the retinoid: no second one is picked, and it climbs the ramp', () => {
    const rec = withProducts([RETINOL_SERUM], { concerns: ['firmness'], weeks: 13 });
    const [step, ...more] = stepsWith(rec, RETINOL_SERUM.name);
    expect(more).toEqual([]);
    expect(step).toMatchObject({
      session: 'pm',
      kind: 'treatment',
      ingredients: ['glycerin', 'squalane', 'retinol', 'tocopherol'],
      products: [{ productId: null, name: 'Night Retinol Serum' }],
      areas: ['face', 'neck', 'decolletage'],
    });
    expect(step!.ruleIds).toEqual(
      expect.arrayContaining(['product.own-first', 'retinoid.ramp', 'actives.patch-test']),
    );
    expect(step!.strength).toContain('Retinol');
    expect(catalogueRetinoids(rec)).toEqual([]);
    expect(routineSlugs(rec).filter(isRetinoid)).toEqual(['retinol']);
    // Patch window on days 1–7, first night on day 8, then the ramp's exact counts.
    expect(rec.calendar.slice(0, 7).every((day) => day.patch.includes('retinol'))).toBe(true);
    expect(firstNight(rec, isRetinoid)).toBe(7);
    expect(nightsPerUseWeek(rec, isRetinoid)).toEqual([2, 2, 3, 3, 4, 4, 4, 4, 7, 7, 7, 7]);
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'patch-test', ingredient: 'retinol', date: '2026-12-01' }),
    );
    expect(rec.warnings.find((w) => w.code === 'patch-test')!.message).toContain('Night Retinol Serum');
  });

  it('a retinoid product of someone already on a retinoid starts on day 1, without a patch window', () => {
    const rec = withProducts([RETINOL_SERUM], { concerns: ['firmness'], retinoidWeeks: 40, weeks: 2 });
    expect(firstNight(rec, isRetinoid)).toBe(0);
    expect(rec.calendar.some((day) => day.patch.includes('retinol'))).toBe(false);
    expect(nightsPerUseWeek(rec, isRetinoid)).toEqual([7, 7]);
  });

  it('a product holding an exfoliating acid takes the acid nights, whatever its kind: evening only, capped', () => {
    const rec = withProducts([LACTIC_TONER], { concerns: ['texture'], weeks: 12 });
    const [step] = stepsWith(rec, LACTIC_TONER.name);
    expect(step).toMatchObject({
      session: 'pm',
      kind: 'treatment',
      ingredients: ['lactic-acid', 'glycerin'],
    });
    // No catalogue acid beside it.
    expect(routineSlugs(rec).filter(isAcid)).toEqual(['lactic-acid']);
    const acidNights = nights(rec, isAcid);
    expect(rec.calendar.every((day) => !day.am.includes('lactic-acid'))).toBe(true);
    const first = acidNights[0]!;
    const perWeek = (week: number) => acidNights.filter((d) => Math.floor((d - first) / 7) === week).length;
    expect([0, 1, 2, 3].map(perWeek)).toEqual([1, 1, 1, 1]);
    expect(perWeek(5)).toBe(2);
  });

  it('a photosensitizing product goes on in the evening only, in any step, and the catalogue fills the morning', () => {
    const photoOil: Ingredient = {
      ...bySlug('squalane'),
      slug: 'aaa-photo-oil',
      name: 'Photo Oil',
      inciName: 'PHOTO OIL',
      photosensitizing: true,
    };
    const snapshot = snapshotOf([...seedIngredients, photoOil]);
    const cream = own('Night Oil Cream', ['glycerin', 'aaa-photo-oil'], 'moisturize');
    const rec = run({ concerns: ['dryness'], ownProducts: [cream] }, snapshot);
    const steps = stepsWith(rec, cream.name);
    expect(steps.map((s) => [s.session, s.kind])).toEqual([['pm', 'moisturize']]);
    const amMoisturizer = rec.routine.am.find((s) => s.kind === 'moisturize')!;
    expect(amMoisturizer.products).toEqual([]);
    expect(amMoisturizer.ingredients.length).toBeGreaterThan(0);
    expect(rec.calendar.every((day) => !day.am.includes('aaa-photo-oil'))).toBe(true);
    expect(rec.warnings).toContainEqual(
      expect.objectContaining({ code: 'sun-sensitivity', ingredient: 'aaa-photo-oil' }),
    );
  });

  it('cleanser, toner, moisturizer and sunscreen fill their base steps, morning and evening', () => {
    const toner = own('Rose Toner', ['glycerin', 'panthenol'], 'tone');
    const rec = withProducts([CLEANSER, toner, CREAM, SUNSCREEN], { skinType: 'dry', concerns: ['dryness'] });
    const kinds = (session: 'am' | 'pm') =>
      rec.routine[session].filter((s) => s.products.length > 0).map((s) => [s.kind, s.products[0]!.name]);
    expect(kinds('am')).toEqual([
      ['cleanse', 'Milky Cleanser'],
      ['tone', 'Rose Toner'],
      ['moisturize', 'Barrier Cream'],
      ['sunscreen', 'Mineral SPF 50'],
    ]);
    expect(kinds('pm')).toEqual([
      ['cleanse', 'Milky Cleanser'],
      ['tone', 'Rose Toner'],
      ['moisturize', 'Barrier Cream'],
    ]);
    // Dry skin is offered no toner, but the person's own is used; the sunscreen replaces the catalogue's filters.
    const sunscreen = rec.routine.am.at(-1)!;
    expect(sunscreen.ingredients).toEqual(['zinc-oxide', 'glycerin']);
    expect(sunscreen.ruleIds).toContain('product.own-first');
    expect(rec.warnings.some((w) => w.code === 'no-uv-filter')).toBe(false);
  });

  it('a sunscreen whose known filters do not block both UVA and UVB is used, with a warning', () => {
    const uvbOnly = own('Beach Lotion', ['octocrylene', 'glycerin'], 'sunscreen');
    const rec = withProducts([uvbOnly]);
    expect(rec.routine.am.at(-1)!.products).toEqual([{ productId: null, name: 'Beach Lotion' }]);
    const warning = rec.warnings.find((w) => w.code === 'no-uv-filter')!;
    expect(warning.message).toContain('Beach Lotion');
    expect(warning.ruleIds).toEqual(['sun.daily-spf', 'product.contains', 'product.own-first']);
  });

  it('picks a hyaluronic acid serum only when it can go on morning and evening beside own serums', () => {
    const serum = own('Niacinamide Serum', ['niacinamide', 'glycerin'], 'serum');
    const rec = withProducts([serum], { skinType: 'dry', concerns: ['dryness'] });
    const hyaluronic = (steps: typeof rec.routine.am) =>
      steps.filter((step) => step.kind === 'serum' && step.ruleIds.includes('hyaluronic.twice-daily'));
    expect(rec.routine.am.some((step) => step.products.some((p) => p.name === 'Niacinamide Serum'))).toBe(
      true,
    );
    expect(hyaluronic(rec.routine.am).map((step) => step.ingredients)).toEqual(
      hyaluronic(rec.routine.pm).map((step) => step.ingredients),
    );
    // With room in the morning, the hyaluronic acid is picked and goes on twice.
    const roomy = withProducts([], { skinType: 'dry', concerns: ['dryness'] });
    expect(hyaluronic(roomy.routine.am).length).toBeGreaterThan(0);
    expect(hyaluronic(roomy.routine.pm).map((s) => s.ingredients)).toEqual(
      hyaluronic(roomy.routine.am).map((s) => s.ingredients),
    );
  });

  it('leaves out a product whose label states an active above its most, naming strength.start-low', () => {
    const peel = (percent: number): OwnProduct => ({
      ...own('Glow Peel', ['glycolic-acid', 'glycerin'], 'treatment'),
      stated: { 'glycolic-acid': percent },
    });
    const strong = withProducts([peel(15)], { skinType: 'oily', concerns: ['texture'] });
    expect(strong.routine.pm.some((step) => step.products.some((p) => p.name === 'Glow Peel'))).toBe(false);
    const warning = strong.warnings.find((w) => w.code === 'product-conflict')!;
    expect(warning.ruleIds).toEqual(['product.conflict', 'strength.start-low']);
    expect(warning.message).toMatch(
      /Glow Peel holds Glycolic Acid at 15 %, above the 10 % .*peel for professionals/,
    );
    const homeStrength = withProducts([peel(8)], { skinType: 'oily', concerns: ['texture'] });
    expect(homeStrength.routine.pm.some((step) => step.products.some((p) => p.name === 'Glow Peel'))).toBe(
      true,
    );
  });

  it('never places a product by what it may contain, but warns of what matters there', () => {
    const maybe: OwnProduct = {
      ...own('Maybe Serum', ['glycerin', 'squalane'], 'serum'),
      mayContain: ['retinol', 'glycolic-acid'],
    };
    const pregnant = withProducts([maybe], { concerns: ['dryness'], pregnancy: 'pregnant' });
    const serum = [...pregnant.routine.am, ...pregnant.routine.pm].find((step) =>
      step.products.some((p) => p.name === 'Maybe Serum'),
    )!;
    expect(serum.ingredients).not.toContain('retinol');
    const notes = pregnant.warnings.filter((w) => w.code === 'may-contain');
    expect(notes.map((w) => w.ruleIds)).toEqual([
      ['product.contains', 'retinoid.pregnancy'],
      ['product.contains', 'photosensitizer.sun-warning'],
    ]);
    expect(notes[0]!.message).toMatch(/Maybe Serum may or may not contain Retinol .*pregnant/);
    const avoiding = withProducts([maybe], { concerns: ['dryness'], avoid: ['retinol'] });
    expect(avoiding.warnings).toContainEqual(
      expect.objectContaining({ code: 'may-contain', ruleIds: ['product.contains', 'profile.avoid'] }),
    );
  });

  it('names product.contains on the step a product fills: what it is was read from its list', () => {
    const uvbOnly = own('Beach Lotion', ['octocrylene', 'glycerin'], 'sunscreen');
    const rec = withProducts([uvbOnly]);
    expect(rec.routine.am.at(-1)!.ruleIds).toContain('product.contains');
    expect(rec.rulesApplied).toContain('product.contains');
    // Without own products nothing is read.
    expect(withProducts([]).rulesApplied).not.toContain('product.contains');
  });

  it.each<[string, string[], string, string | null]>([
    ['a retinoid: a treatment', ['glycerin', 'retinal'], 'treatment', 'pm'],
    ['a UV filter: a sunscreen', ['glycerin', 'titanium-dioxide', 'zinc-oxide'], 'sunscreen', 'am'],
    [
      'an emollient among its first five: a moisturizer',
      ['glycerin', 'shea-butter', 'niacinamide'],
      'moisturize',
      'am',
    ],
    ['anything else: a serum', ['glycerin', 'niacinamide', 'panthenol'], 'serum', 'am'],
  ])('a product sent without a kind is placed by what it holds: %s', (_name, slugs, kind, session) => {
    const product = own('Unlabelled', slugs);
    const rec = withProducts([product], { concerns: ['firmness', 'pores'] });
    const steps = stepsWith(rec, 'Unlabelled');
    expect(steps[0]).toMatchObject({ kind, session });
  });

  it('a product nothing is known of, and no kind, is left out with a warning saying so', () => {
    const mystery = own('Mystery Balm', [], null, ['Aqua', 'Unobtainium Extract']);
    const rec = withProducts([mystery]);
    expect(stepsWith(rec, 'Mystery Balm')).toEqual([]);
    const warnings = rec.warnings.filter((w) => w.code === 'product-unknown-ingredients');
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Aqua, Unobtainium Extract'),
      expect.stringContaining('give its kind'),
    ]);
  });

  it('an antioxidant serum of one’s own is the morning antioxidant: the catalogue picks none', () => {
    const rec = withProducts([VITAMIN_C], { concerns: ['dullness'] });
    const [step, ...more] = stepsWith(rec, VITAMIN_C.name);
    expect(more).toEqual([]);
    expect(step).toMatchObject({ session: 'am', kind: 'serum' });
    expect(step!.notes).toContain('Morning protection under sunscreen.');
    // Vitamin C is an active: patch window, then its first morning.
    expect(rec.calendar[7]!.am).toContain('ascorbic-acid');
    expect(rec.calendar[6]!.patch).toContain('ascorbic-acid');
    const antioxidants = routineSlugs(rec).filter(
      (slug) => catalogue.bySlug.get(slug)!.class === 'antioxidant',
    );
    expect(new Set(antioxidants)).toEqual(new Set(['ascorbic-acid', 'ferulic-acid', 'tocopherol']));
  });

  it('own serums take serum steps first; the catalogue fills only what is left of the two', () => {
    const peptide = own('Peptide Serum', ['glycerin', 'palmitoyl-tripeptide-1'], 'serum');
    const rec = withProducts([peptide], { concerns: ['firmness', 'dryness'] });
    const pmSerums = rec.routine.pm.filter((s) => s.kind === 'serum');
    expect(pmSerums).toHaveLength(2);
    expect(pmSerums.filter((s) => s.products.length > 0).map((s) => s.products[0]!.name)).toEqual([
      'Peptide Serum',
    ]);
  });

  it('keeps a retinoid product off the chest while breastfeeding', () => {
    const rec = withProducts([RETINOL_SERUM], { pregnancy: 'breastfeeding' });
    expect(stepsWith(rec, RETINOL_SERUM.name)[0]!.areas).toEqual(['face', 'neck']);
    expect(rec.warnings.find((w) => w.code === 'breastfeeding')!.message).toContain('Night Retinol Serum');
  });
});

describe('product.conflict: clashes are resolved, never merely listed', () => {
  it.each<[string, Partial<Profile>, OwnProduct, string, string]>([
    [
      'pregnant',
      { pregnancy: 'pregnant' },
      RETINOL_SERUM,
      'retinoid.pregnancy',
      'not recommended while pregnant',
    ],
    [
      'trying',
      { pregnancy: 'trying' },
      own('Brightening Serum', ['alpha-arbutin', 'glycerin'], 'serum'),
      'retinoid.pregnancy',
      'Alpha',
    ],
    [
      'avoiding one of its ingredients',
      { avoid: ['squalane'] },
      RETINOL_SERUM,
      'profile.avoid',
      'on your avoid list',
    ],
    [
      'sensitive, with a high-irritation acid',
      { sensitive: true },
      own('Peel Pads', ['glycolic-acid'], 'treatment'),
      'sensitive.gentle-only',
      'too irritating',
    ],
    [
      'redness, with any acid',
      { concerns: ['redness'] },
      LACTIC_TONER,
      'sensitive.gentle-only',
      'while redness is a concern',
    ],
    [
      'a sunscreen holding a retinoid',
      {},
      own('Night-and-Day SPF', ['zinc-oxide', 'retinyl-palmitate'], 'sunscreen'),
      'photosensitizer.night-only',
      'a sunscreen is for the morning',
    ],
    [
      'one product holding a retinoid and an acid',
      {},
      own('All-in-One', ['retinol', 'glycolic-acid'], 'treatment'),
      'actives.no-stacking',
      'both a retinoid and an exfoliating acid',
    ],
  ])(
    'a product the profile rules out is left out, with a warning naming it, the rule and the fix (%s)',
    (_name, profile, product, rule, reason) => {
      const rec = withProducts([product], profile);
      expect(stepsWith(rec, product.name)).toEqual([]);
      for (const day of rec.calendar)
        expect([...day.am, ...day.pm].filter((slug) => profile.avoid?.includes(slug))).toEqual([]);
      const [warning, ...more] = conflicts(rec);
      expect(more).toEqual([]);
      expect(warning!.ruleIds).toEqual(['product.conflict', rule]);
      expect(warning!.message).toContain(product.name);
      expect(warning!.message).toContain(reason);
      expect(warning!.message).toContain(`(rule ${rule})`);
      expect(warning!.message).toContain(`${product.name} is left out of the routine.`);
    },
  );

  it('pregnancy: no retinoid at all, and peptides take the firming slot', () => {
    const rec = withProducts([RETINOL_SERUM], { pregnancy: 'pregnant', concerns: ['firmness'] });
    expect(routineSlugs(rec).filter(isRetinoid)).toEqual([]);
    expect(routineSlugs(rec).some((slug) => catalogue.bySlug.get(slug)!.class === 'peptide')).toBe(true);
  });

  it('two retinoids: a newcomer keeps the gentler one; the other is left out', () => {
    const palmitate = own('Gentle Retinyl Cream', ['retinyl-palmitate', 'glycerin'], 'moisturize');
    const rec = withProducts([RETINOL_SERUM, palmitate], { concerns: ['firmness'] });
    expect(stepsWith(rec, palmitate.name).map((s) => s.kind)).toEqual(['treatment']);
    expect(stepsWith(rec, RETINOL_SERUM.name)).toEqual([]);
    expect(conflicts(rec).map((w) => w.message)).toEqual([
      'Night Retinol Serum and Gentle Retinyl Cream both hold a retinoid, and a routine uses one retinoid at a time ' +
        '(rule goals.match-ingredients): Night Retinol Serum is left out of the routine.',
    ]);
  });

  it('two retinoids: someone used to retinoids keeps the one listed first', () => {
    const palmitate = own('Gentle Retinyl Cream', ['retinyl-palmitate', 'glycerin'], 'moisturize');
    const rec = withProducts([RETINOL_SERUM, palmitate], { concerns: ['firmness'], retinoidWeeks: 30 });
    expect(stepsWith(rec, RETINOL_SERUM.name)).toHaveLength(1);
    expect(stepsWith(rec, palmitate.name)).toEqual([]);
  });

  it('two exfoliating acids: one keeps the acid nights, the other is left out', () => {
    const bha = own('BHA Liquid', ['salicylic-acid'], 'treatment');
    const rec = withProducts([bha, LACTIC_TONER], { concerns: ['pores', 'texture'] });
    expect(stepsWith(rec, 'BHA Liquid')).toHaveLength(1);
    expect(stepsWith(rec, 'Lactic Toner')).toEqual([]);
    const [warning] = conflicts(rec);
    expect(warning!.ruleIds).toEqual(['product.conflict', 'actives.no-stacking']);
    expect(warning!.message).toMatch(/^Lactic Toner and BHA Liquid both hold an exfoliating acid/);
  });

  it('a retinoid and an acid: both used, never in the same session, with the fix said', () => {
    const rec = withProducts([RETINOL_SERUM, LACTIC_TONER], { concerns: ['firmness', 'texture'], weeks: 16 });
    const retinoidNights = new Set(nights(rec, isRetinoid));
    const acidNights = nights(rec, isAcid);
    expect(acidNights.length).toBeGreaterThan(5);
    for (const night of acidNights) expect(retinoidNights.has(night)).toBe(false);
    expect(conflicts(rec).map((w) => w.message)).toEqual([
      'Lactic Toner holds an exfoliating acid and Night Retinol Serum a retinoid, which never go on in the same ' +
        'session (rule actives.no-stacking): Lactic Toner takes nights of its own, each one a night off Night Retinol Serum.',
    ]);
  });

  it('an ingredient over its daily limit across products: the later product is kept to one session', () => {
    const cCream = own('Vitamin C Cream', ['ascorbic-acid', 'squalane', 'glycerin'], 'moisturize');
    const rec = withProducts([cCream, VITAMIN_C], { concerns: ['dullness'] });
    // L-ascorbic acid goes on once a day: the serum in the morning, so the cream only in the morning too.
    expect(stepsWith(rec, 'Vitamin C Serum').map((s) => s.session)).toEqual(['am']);
    expect(stepsWith(rec, 'Vitamin C Cream').map((s) => s.session)).toEqual(['am']);
    for (const day of rec.calendar) expect(day.pm).not.toContain('ascorbic-acid');
    // The evening moisturizer comes from the catalogue instead.
    expect(rec.routine.pm.find((s) => s.kind === 'moisturize')!.ingredients.length).toBeGreaterThan(0);
    expect(conflicts(rec).map((w) => w.message)).toEqual([
      'Vitamin C Cream and Vitamin C Serum both hold Vitamin C (L-Ascorbic Acid), which goes on at most once a day ' +
        '(rule product.conflict): Vitamin C Cream is used in the morning only.',
    ]);
  });

  it('hyaluronic acid in several products counts once a session, so twice a day at most, with no clash', () => {
    const haSerum = own(
      'HA Serum',
      ['sodium-hyaluronate', 'hydrolyzed-hyaluronic-acid', 'glycerin'],
      'serum',
    );
    const haCream = own('HA Cream', ['squalane', 'sodium-hyaluronate'], 'moisturize');
    const rec = withProducts([haSerum, haCream], { concerns: ['dryness'] });
    expect(conflicts(rec)).toEqual([]);
    expect(stepsWith(rec, 'HA Serum').map((s) => s.session)).toEqual(['am', 'pm']);
    for (const day of rec.calendar)
      for (const session of [day.am, day.pm])
        expect(session.filter((slug) => slug === 'sodium-hyaluronate')).toHaveLength(1);
  });

  it('no session holds more than two serums: a third own serum is left out', () => {
    const serums = ['One', 'Two', 'Three'].map((n) =>
      own(`Serum ${n}`, ['glycerin', 'niacinamide'], 'serum'),
    );
    const rec = withProducts(serums, { concerns: ['pores'] });
    expect(rec.routine.pm.filter((s) => s.kind === 'serum').map((s) => s.products[0]?.name)).toEqual([
      'Serum One',
      'Serum Two',
    ]);
    expect(conflicts(rec)[0]!.message).toContain('Serum Three is left out');
  });

  it('is deterministic: the same products give the same answer, byte for byte', () => {
    const products = [RETINOL_SERUM, LACTIC_TONER, VITAMIN_C, CREAM, SUNSCREEN, CLEANSER];
    expect(JSON.stringify(withProducts(products))).toBe(JSON.stringify(withProducts(products)));
  });
});

describe('product.unknown', () => {
  it('names every entry of an own product that matched nothing, one warning per product', () => {
    const product = own('Night Retinol Serum', ['retinol'], 'serum', [
      'Aqua',
      'Parfum',
      'Mystery Peptide Complex',
    ]);
    const rec = withProducts([product, CREAM]);
    const [warning, ...more] = rec.warnings.filter((w) => w.code === 'product-unknown-ingredients');
    expect(more).toEqual([]);
    expect(warning!.message).toContain(
      'Night Retinol Serum lists 3 ingredients the catalogue does not know: Aqua, Parfum, Mystery Peptide Complex',
    );
    expect(warning!.ruleIds).toEqual(['product.unknown']);
    // Still placed by what is known.
    expect(stepsWith(rec, 'Night Retinol Serum')).toHaveLength(1);
  });
});

describe('product.suggest: catalogue products for the steps without an own product', () => {
  const product = (id: string, kind: CatalogueProduct['kind'], slugs: string[]): CatalogueProduct => ({
    id,
    brand: 'Lab',
    name: id,
    kind,
    slugs,
    positions: slugs.map((_, i) => i + 2),
    unknown: [],
  });
  const products: CatalogueProduct[] = [
    product('retinol-late', 'serum', ['glycerin', 'squalane', 'niacinamide', 'retinol']),
    product('retinol-early', 'treatment', ['retinol', 'glycerin']),
    product('retinol-middle', 'serum', ['glycerin', 'retinol']),
    product('retinol-plus-glycolic', 'serum', ['retinol', 'glycolic-acid']),
    product('retinol-cream', 'moisturize', ['retinol', 'squalane']),
    product('retinol-with-shea', 'serum', ['retinol', 'shea-butter']),
    product('retinol-fourth', 'serum', ['glycerin', 'panthenol', 'niacinamide', 'squalane', 'retinol']),
    product('gel-cleanser', 'cleanse', ['glycerin']),
    product('zinc-and-octocrylene', 'sunscreen', ['octocrylene', 'zinc-oxide']),
    product('zinc-and-retinyl', 'sunscreen', ['zinc-oxide', 'retinyl-palmitate']),
  ];
  const suggested = (rec: Recommendation, kind: string, session: 'am' | 'pm' = 'pm') =>
    rec.routine[session].find((s) => s.kind === kind)!.suggestions?.map((s) => s.productId);

  it('suggests up to 3 products holding the chosen ingredient, earliest in the list first, nothing the profile rules out', () => {
    const engine = recommendWith({ skinType: 'oily', concerns: ['firmness'] }, products);
    // Shea butter is not for oily skin; glycolic acid is a second active; a cream is not a treatment.
    expect(suggested(engine, 'treatment')).toEqual(['retinol-early', 'retinol-middle', 'retinol-late']);
    expect(suggested(engine, 'cleanse')).toEqual(['gel-cleanser']);
    // A base step may hold another ingredient graded medium, never a second retinoid (nor one by day).
    expect(suggested(engine, 'sunscreen', 'am')).toEqual(['zinc-and-octocrylene']);
    for (const step of engine.routine.am) expect(step.suggestions?.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('suggests nothing the person avoids, and nothing on steps holding their own product', () => {
    const engine = recommendWith(
      { skinType: 'normal', concerns: ['firmness'], avoid: ['niacinamide'], ownProducts: [CLEANSER] },
      products,
    );
    // Retinol second in both lists: the ids break the tie.
    expect(suggested(engine, 'treatment')).toEqual(['retinol-early', 'retinol-with-shea', 'retinol-middle']);
    expect(engine.routine.pm.find((s) => s.kind === 'cleanse')!.suggestions).toBeUndefined();
    expect(engine.rulesApplied).toContain('product.suggest');
  });

  it('suggests nothing whose label states an active above its most, or may contain what the person avoids', () => {
    const labelled: CatalogueProduct[] = [
      { ...product('retinol-strong', 'treatment', ['retinol', 'glycerin']), stated: { retinol: 1.5 } },
      { ...product('retinol-maybe-niacinamide', 'treatment', ['retinol']), mayContain: ['niacinamide'] },
      { ...product('retinol-mild', 'treatment', ['retinol', 'squalane']), stated: { retinol: 0.3 } },
    ];
    const engine = recommendWith(
      { skinType: 'normal', concerns: ['firmness'], avoid: ['niacinamide'] },
      labelled,
    );
    expect(suggested(engine, 'treatment')).toEqual(['retinol-mild']);
  });

  it('gives no suggestions unless asked', () => {
    const rec = run({ concerns: ['firmness'] });
    for (const step of [...rec.routine.am, ...rec.routine.pm]) expect(step.suggestions).toBeUndefined();
  });
});

describe('trace', () => {
  it('shows what each product was placed as, and each clash, among the facts', () => {
    const rec = run(
      { ownProducts: [RETINOL_SERUM, own('Second Retinol', ['retinol'], 'serum')] },
      catalogue,
      true,
    );
    const ownFirst = rec.trace!.find((t) => t.ruleId === 'product.own-first')!;
    expect(ownFirst.fired).toBe(true);
    expect(ownFirst.facts).toMatchObject({
      'profile.products': ['Night Retinol Serum', 'Second Retinol'],
      'Night Retinol Serum.role': 'retinoid',
    });
    const conflict = rec.trace!.find((t) => t.ruleId === 'product.conflict')!;
    expect(conflict.facts).toMatchObject({ 'Second Retinol.conflict': 'two-retinoids' });
    expect(conflict.effect).toContain('Second Retinol');
  });
});

/** What a reader sees when products were asked for. */
function recommendWith(overrides: Partial<Profile>, productCatalogue: CatalogueProduct[]): Recommendation {
  return renderRecommendation(
    recommend(profileWith(overrides), catalogue, { productCatalogue }),
    rendererFor('en'),
  );
}
