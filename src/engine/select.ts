import {
  bitCount,
  concernMask,
  type IndexedIngredient,
  indexCatalogue,
  skinTypeBit,
} from './catalogue-index.js';
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

/** Classes that fill the low-irritation serum slots (the others have slots or steps of their own). */
const SERUM_CLASSES: readonly IngredientClass[] = [
  'humectant',
  'peptide',
  'vitamin',
  'soothing',
  'botanical',
  'other',
];
const ACID_MASK = concernMask(ACID_CONCERNS);
const FIRMING_MASK = concernMask(FIRMING_CONCERNS);
const HYALURONIC_MASK = concernMask(HYALURONIC_CONCERNS);

export const isActive = (ingredient: Ingredient) => ingredient.irritation !== 'low';
export const isExfoliatingAcid = (ingredient: Ingredient) =>
  EXFOLIATING_ACID_CLASSES.includes(ingredient.class);
export const hasAny = (concerns: readonly Concern[], wanted: readonly Concern[]) =>
  wanted.some((concern) => concerns.includes(concern));

type Key = (candidate: IndexedIngredient) => number;

function compare(a: IndexedIngredient, b: IndexedIngredient, keys: readonly Key[]): number {
  for (const key of keys) {
    const diff = key(a) - key(b);
    if (diff !== 0) return diff;
  }
  if (a.item.rank !== b.item.rank) return a.item.rank - b.item.rank;
  return a.item.slug < b.item.slug ? -1 : a.item.slug > b.item.slug ? 1 : 0;
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
  const index = indexCatalogue(catalogue);
  const concerns = profile.concerns;
  const wanted = concernMask(concerns);
  const skinBit = skinTypeBit(profile.skinType);
  const barredByPregnancy = profile.pregnancy === 'pregnant' || profile.pregnancy === 'trying';
  const firming = (wanted & FIRMING_MASK) !== 0;
  const dry = profile.skinType === 'dry';

  const taken = new Set<string>();
  const take = (ingredient: Ingredient, role: Role, ruleIds: RuleId[]): Pick => {
    taken.add(ingredient.family ?? ingredient.slug);
    return { ingredient, role, ruleIds };
  };
  const free = (c: IndexedIngredient) => !taken.has(c.item.family ?? c.item.slug);
  const covers = (c: IndexedIngredient) => bitCount(c.concernMask & wanted);

  /** The best eligible candidate of the classes that `accept` admits, by `keys`, then rank and slug. */
  const best = (
    classes: readonly IngredientClass[],
    accept: (c: IndexedIngredient) => boolean,
    keys: readonly Key[],
  ): Ingredient | undefined => {
    let winner: IndexedIngredient | undefined;
    for (const name of classes) {
      for (const candidate of index.byClass.get(name) ?? []) {
        const item = candidate.item;
        if ((candidate.skinTypeMask & skinBit) === 0 || excluded.has(item.slug)) continue;
        if (barredByPregnancy && (!item.pregnancySafe || item.class === 'retinoid')) continue;
        if (!accept(candidate)) continue;
        if (winner === undefined || compare(candidate, winner, keys) < 0) winner = candidate;
      }
    }
    return winner?.item;
  };

  const byCoverage: Key = (c) => -covers(c);
  const byIrritation: Key = (c) => c.irritation;
  // Sensitive skin gets the gentlest fitting active (so lactic or mandelic acid before glycolic).
  const gentleFirst: Key[] = profile.sensitive ? [byIrritation, byCoverage] : [byCoverage];

  // A retinoid first (goals.firming-actives); a first one avoids the most irritating forms.
  const retinoidIngredient = best(
    ['retinoid'],
    (c) => covers(c) > 0,
    profile.retinoidWeeks === 0 ? [(c) => (c.irritation === 2 ? 1 : 0), ...gentleFirst] : gentleFirst,
  );
  const retinoid = retinoidIngredient
    ? take(
        retinoidIngredient,
        'retinoid',
        firming ? ['goals.match-ingredients', 'goals.firming-actives'] : ['goals.match-ingredients'],
      )
    : undefined;

  const acidIngredient = best(
    EXFOLIATING_ACID_CLASSES,
    (c) => (c.concernMask & wanted & ACID_MASK) !== 0,
    gentleFirst,
  );
  const acid = acidIngredient
    ? take(acidIngredient, 'acid', ['goals.match-ingredients', 'acid.night-frequency'])
    : undefined;

  const antioxidantIngredient = best(
    ['antioxidant'],
    (c) => !c.item.photosensitizing && covers(c) > 0 && free(c),
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
  const wantsHyaluronic = dry || (wanted & HYALURONIC_MASK) !== 0;
  const isHyaluronic = (c: IndexedIngredient) => c.item.family === HYALURONIC_FAMILY;
  const serumPriority: Key = (c) =>
    wantsHyaluronic && isHyaluronic(c) ? 0 : firming && c.item.class === 'peptide' ? 1 : 2;
  const serumFits = (c: IndexedIngredient) =>
    c.irritation === 0 && free(c) && (covers(c) > 0 || (wantsHyaluronic && isHyaluronic(c)));
  const serums: Pick[] = [];
  while (serums.length < 2) {
    const next = best(SERUM_CLASSES, serumFits, [serumPriority, byCoverage]);
    if (!next) break;
    const ruleIds: RuleId[] = ['goals.match-ingredients'];
    if (firming && hasAny(next.concerns, FIRMING_CONCERNS)) ruleIds.push('goals.firming-actives');
    if (next.family === HYALURONIC_FAMILY) ruleIds.push('hyaluronic.twice-daily', 'hyaluronic.seal');
    serums.push(take(next, 'serum', ruleIds));
  }

  // Pregnancy: peptides fill the firming slot the retinoid would have had.
  if (barredByPregnancy && firming) {
    const peptide = best(['peptide'], serumFits, [byCoverage]);
    if (peptide) serums.push(take(peptide, 'serum', ['retinoid.pregnancy', 'goals.firming-actives']));
  }

  const moisturizer: Pick[] = [];
  if (dry || profile.sensitive || hasAny(concerns, ['dryness', 'redness'])) {
    const barrier = best(['barrier'], free, [byCoverage]);
    if (barrier) moisturizer.push(take(barrier, 'moisturizer', ['skin-type.basis']));
  }
  if (dry || profile.skinType === 'normal' || concerns.includes('dryness')) {
    const emollient = best(['emollient'], free, [byCoverage]);
    if (emollient) moisturizer.push(take(emollient, 'moisturizer', ['skin-type.basis']));
  }

  const filter = best(
    ['uv-filter'],
    (c) => !c.item.photosensitizing,
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
