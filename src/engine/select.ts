import type { RuleId } from './rules/index.js';
import type { CatalogueSnapshot, Ingredient, Profile } from './types.js';
import { type Concern, EXFOLIATING_ACID_CLASSES, type IngredientClass } from './vocabulary.js';

/** What an ingredient was chosen to do; it decides the step, session and schedule. */
export type Role = 'retinoid' | 'acid' | 'antioxidant' | 'serum' | 'moisturizer' | 'sunscreen';

export interface Pick {
  ingredient: Ingredient;
  role: Role;
  /** The rules that chose it. */
  ruleIds: RuleId[];
}

export interface Selection {
  retinoid: Pick | undefined;
  acid: Pick | undefined;
  antioxidant: Pick | undefined;
  /** Low-irritation serums, best first (plus peptides standing in for a barred retinoid). */
  serums: Pick[];
  moisturizer: Pick[];
  sunscreen: Pick | undefined;
}

/** Concerns that make a firming serum (and extend it to neck and décolletage). */
export const FIRMING_CONCERNS: readonly Concern[] = ['firmness', 'fine-lines'];
/** Concerns an exfoliating acid is chosen for. */
const ACID_CONCERNS: readonly Concern[] = ['texture', 'dullness', 'pores', 'dark-spots'];
/** Concerns (besides dry skin) that put hyaluronic acid ahead of other low-irritation serums. */
const HYALURONIC_CONCERNS: readonly Concern[] = ['dryness', 'firmness', 'fine-lines'];
/** The catalogue family every form of hyaluronic acid belongs to. */
export const HYALURONIC_FAMILY = 'hyaluronic-acid';

/** Classes that never fill a low-irritation serum slot: they have slots or steps of their own. */
const NOT_SERUM: ReadonlySet<IngredientClass> = new Set([
  'retinoid',
  'aha',
  'bha',
  'pha',
  'antioxidant',
  'emollient',
  'barrier',
  'uv-filter',
]);

const IRRITATION_ORDER = { low: 0, medium: 1, high: 2 } as const;

export const isActive = (ingredient: Ingredient) => ingredient.irritation !== 'low';
export const isExfoliatingAcid = (ingredient: Ingredient) =>
  EXFOLIATING_ACID_CLASSES.includes(ingredient.class);
export const hasAny = (concerns: readonly Concern[], wanted: readonly Concern[]) =>
  wanted.some((concern) => concerns.includes(concern));

function coverage(ingredient: Ingredient, concerns: readonly Concern[]): number {
  let n = 0;
  for (const concern of concerns) if (ingredient.concerns.includes(concern)) n++;
  return n;
}

type Key = (ingredient: Ingredient) => number;

/** The candidate that sorts first by the keys (ascending), then by rank and slug. */
function best(candidates: readonly Ingredient[], keys: readonly Key[]): Ingredient | undefined {
  let winner: Ingredient | undefined;
  for (const candidate of candidates) {
    if (winner === undefined || compare(candidate, winner, keys) < 0) winner = candidate;
  }
  return winner;
}

function compare(a: Ingredient, b: Ingredient, keys: readonly Key[]): number {
  for (const key of keys) {
    const diff = key(a) - key(b);
    if (diff !== 0) return diff;
  }
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Chooses the ingredients of a routine from catalogue facts alone (`goals.match-ingredients`):
 * at most one retinoid, one exfoliating acid and one antioxidant, two low-irritation
 * serums, the moisturizer's lipids and a UV filter. `excluded` holds slugs to leave out
 * (the profile's `avoid`, or nothing, to learn what `avoid` took away).
 */
export function selectIngredients(
  profile: Profile,
  catalogue: CatalogueSnapshot,
  excluded: ReadonlySet<string>,
): Selection {
  const concerns = profile.concerns;
  const barredByPregnancy = profile.pregnancy === 'pregnant' || profile.pregnancy === 'trying';
  const firming = hasAny(concerns, FIRMING_CONCERNS);
  const dry = profile.skinType === 'dry';

  const eligible: Ingredient[] = [];
  for (const ingredient of catalogue.ingredients) {
    if (excluded.has(ingredient.slug)) continue;
    if (!ingredient.skinTypes.includes(profile.skinType)) continue;
    if (barredByPregnancy && (!ingredient.pregnancySafe || ingredient.class === 'retinoid')) continue;
    eligible.push(ingredient);
  }

  const taken = new Set<string>();
  const take = (ingredient: Ingredient, role: Role, ruleIds: RuleId[]): Pick => {
    taken.add(ingredient.family ?? ingredient.slug);
    return { ingredient, role, ruleIds };
  };
  const free = (ingredient: Ingredient) => !taken.has(ingredient.family ?? ingredient.slug);
  const byCoverage: Key = (ingredient) => -coverage(ingredient, concerns);
  const byIrritation: Key = (ingredient) => IRRITATION_ORDER[ingredient.irritation];
  // Sensitive skin gets the gentlest fitting active (so lactic or mandelic acid before glycolic).
  const gentleFirst: Key[] = profile.sensitive ? [byIrritation, byCoverage] : [byCoverage];

  // A retinoid first (goals.firming-actives); a first one avoids the most irritating forms.
  const firstRetinoid = profile.retinoidWeeks === 0;
  const retinoidIngredient = best(
    eligible.filter((i) => i.class === 'retinoid' && coverage(i, concerns) > 0),
    firstRetinoid ? [(i) => (i.irritation === 'high' ? 1 : 0), ...gentleFirst] : gentleFirst,
  );
  const retinoid = retinoidIngredient
    ? take(
        retinoidIngredient,
        'retinoid',
        firming ? ['goals.match-ingredients', 'goals.firming-actives'] : ['goals.match-ingredients'],
      )
    : undefined;

  const acidIngredient = best(
    eligible.filter(
      (i) =>
        isExfoliatingAcid(i) &&
        coverage(
          i,
          ACID_CONCERNS.filter((c) => concerns.includes(c)),
        ) > 0,
    ),
    gentleFirst,
  );
  const acid = acidIngredient
    ? take(acidIngredient, 'acid', ['goals.match-ingredients', 'acid.night-frequency'])
    : undefined;

  const antioxidantIngredient = best(
    eligible.filter(
      (i) => i.class === 'antioxidant' && !i.photosensitizing && coverage(i, concerns) > 0 && free(i),
    ),
    gentleFirst,
  );
  const antioxidant = antioxidantIngredient
    ? take(
        antioxidantIngredient,
        'antioxidant',
        firming && hasAny(antioxidantIngredient.concerns, FIRMING_CONCERNS)
          ? ['goals.match-ingredients', 'goals.firming-actives', 'antioxidant.morning']
          : ['goals.match-ingredients', 'antioxidant.morning'],
      )
    : undefined;

  // Two low-irritation serums: hyaluronic acid ahead of the rest for dry skin or for
  // dryness and firming concerns, then peptides for firming concerns, then by fit.
  const wantsHyaluronic = dry || hasAny(concerns, HYALURONIC_CONCERNS);
  const isHyaluronic = (i: Ingredient) => i.family === HYALURONIC_FAMILY;
  const serumPriority: Key = (i) =>
    wantsHyaluronic && isHyaluronic(i) ? 0 : firming && i.class === 'peptide' ? 1 : 2;
  const serumPool = eligible.filter(
    (i) =>
      !NOT_SERUM.has(i.class) &&
      i.irritation === 'low' &&
      (coverage(i, concerns) > 0 || (wantsHyaluronic && isHyaluronic(i))),
  );
  const serums: Pick[] = [];
  while (serums.length < 2) {
    const next = best(serumPool.filter(free), [serumPriority, byCoverage]);
    if (!next) break;
    const ruleIds: RuleId[] = ['goals.match-ingredients'];
    if (firming && hasAny(next.concerns, FIRMING_CONCERNS)) ruleIds.push('goals.firming-actives');
    if (isHyaluronic(next)) ruleIds.push('hyaluronic.twice-daily', 'hyaluronic.seal');
    serums.push(take(next, 'serum', ruleIds));
  }

  // Pregnancy: peptides fill the firming slot the retinoid would have had.
  if (barredByPregnancy && firming) {
    const peptide = best(
      serumPool.filter((i) => i.class === 'peptide' && free(i)),
      [byCoverage],
    );
    if (peptide) serums.push(take(peptide, 'serum', ['retinoid.pregnancy', 'goals.firming-actives']));
  }

  const moisturizer: Pick[] = [];
  if (dry || profile.sensitive || hasAny(concerns, ['dryness', 'redness'])) {
    const barrier = best(
      eligible.filter((i) => i.class === 'barrier' && free(i)),
      [byCoverage],
    );
    if (barrier) moisturizer.push(take(barrier, 'moisturizer', ['skin-type.basis']));
  }
  if (dry || profile.skinType === 'normal' || concerns.includes('dryness')) {
    const emollient = best(
      eligible.filter((i) => i.class === 'emollient' && free(i)),
      [byCoverage],
    );
    if (emollient) moisturizer.push(take(emollient, 'moisturizer', ['skin-type.basis']));
  }

  const filter = best(
    eligible.filter((i) => i.class === 'uv-filter' && !i.photosensitizing),
    profile.sensitive ? [byIrritation] : [],
  );
  const sunscreen = filter ? take(filter, 'sunscreen', ['sun.daily-spf']) : undefined;

  return { retinoid, acid, antioxidant, serums, moisturizer, sunscreen };
}

/** Every pick of a selection, in a fixed order. */
export function allPicks(selection: Selection): Pick[] {
  const out: Pick[] = [];
  if (selection.retinoid) out.push(selection.retinoid);
  if (selection.acid) out.push(selection.acid);
  if (selection.antioxidant) out.push(selection.antioxidant);
  out.push(...selection.serums, ...selection.moisturizer);
  if (selection.sunscreen) out.push(selection.sunscreen);
  return out;
}
