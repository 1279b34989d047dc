import {
  bitCount,
  concernMask,
  type IndexedIngredient,
  indexCatalogue,
  skinTypeBit,
} from '../catalogue-index.js';
import { familyOf } from '../ingredient-facts.js';
import { message } from '../message.js';
import { ACID_CONCERNS, acidAllowed, acidNightFrequency } from '../rules/acid-night-frequency.js';
import { antioxidantMorning, canBeMorningAntioxidant } from '../rules/antioxidant-morning.js';
import {
  FIRST_RETINOID_AVOIDS,
  goalsFirmingActives,
  prefersPeptides,
  servesFirming,
  wantsFirming,
} from '../rules/goals-firming-actives.js';
import { goalsMatchIngredients, SERUM_CLASSES, SLOTS } from '../rules/goals-match-ingredients.js';
import { hyaluronicSeal } from '../rules/hyaluronic-seal.js';
import { hyaluronicTwiceDaily, isHyaluronic, wantsHyaluronic } from '../rules/hyaluronic-twice-daily.js';
import type { RuleId } from '../rules/index.js';
import { profileAvoid } from '../rules/profile-avoid.js';
import { retinoidIsNew } from '../rules/retinoid-experience.js';
import { barredByPregnancy, excludedByPregnancy, retinoidPregnancy } from '../rules/retinoid-pregnancy.js';
import { skinTypeBasis, wantsBarrier, wantsEmollient } from '../rules/skin-type-basis.js';
import { canBeSunscreen, sunDailySpf } from '../rules/sun-daily-spf.js';
import { type Firing, profileFacts } from '../trace.js';
import type { CatalogueSnapshot, Ingredient, Profile } from '../types.js';
import {
  EXFOLIATING_ACID_CLASSES,
  type IngredientClass,
  IRRITATION_LEVELS,
  type StepKind,
} from '../vocabulary.js';

/** What an ingredient was chosen to do; it decides the step, session and schedule. */
export type Role = 'retinoid' | 'acid' | 'antioxidant' | 'serum' | 'moisturizer' | 'sunscreen';

export const STEP_OF_ROLE: Record<Role, StepKind> = {
  retinoid: 'treatment',
  acid: 'treatment',
  antioxidant: 'serum',
  serum: 'serum',
  moisturizer: 'moisturize',
  sunscreen: 'sunscreen',
};

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
  /** The peptide standing in for a retinoid barred by pregnancy (also among `serums`). */
  pregnancyPeptide: Pick | undefined;
  /** What `avoid` took away: each avoided slug that would have been chosen, and for what. */
  avoided: ReadonlyMap<string, { ingredient: Ingredient; role: Role }>;
}

const ACID_MASK = concernMask(ACID_CONCERNS);
const FIRST_RETINOID_AVOIDS_LEVEL = IRRITATION_LEVELS.indexOf(FIRST_RETINOID_AVOIDS);

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
 * The selection phase: chooses the ingredients of a routine from catalogue facts alone, asking the
 * rules which candidates they admit and prefer. Runs once per recommendation; it also records what
 * the profile's `avoid` list took away, so no second selection is needed to explain it.
 */
export function selectIngredients(profile: Profile, catalogue: CatalogueSnapshot, firing: Firing): Selection {
  const index = indexCatalogue(catalogue);
  const wanted = concernMask(profile.concerns);
  const skinBit = skinTypeBit(profile.skinType);
  const excluded = new Set(profile.avoid);
  const barred = barredByPregnancy(profile);
  const firming = wantsFirming(profile);

  // Families already chosen: a family counts as one ingredient, so no slot takes a second form of it
  // (that is what keeps every form of hyaluronic acid together within its daily cap).
  const taken = new Set<string>();
  const avoided = new Map<string, { ingredient: Ingredient; role: Role }>();

  const take = (ingredient: Ingredient, role: Role, ruleIds: RuleId[]): Pick => {
    taken.add(familyOf(ingredient));
    firing.fire(goalsMatchIngredients.id, () => ({
      facts: profileFacts(profile, 'skinType', 'concerns'),
      effect: message('effect-chose', { slug: ingredient.slug, role }),
    }));
    return { ingredient, role, ruleIds };
  };
  const covers = (c: IndexedIngredient) => bitCount(c.concernMask & wanted);

  /** The best candidate of `classes` that the rules admit, by `keys`, then rank and slug. */
  const best = (
    role: Role,
    classes: readonly IngredientClass[],
    accept: (c: IndexedIngredient) => boolean,
    keys: readonly Key[],
  ): Ingredient | undefined => {
    let winner: IndexedIngredient | undefined;
    // The winner had nothing been avoided: when avoid took it, say so.
    let unconstrained: IndexedIngredient | undefined;
    for (const name of classes) {
      for (const candidate of index.byClass.get(name) ?? []) {
        const item = candidate.item;
        if ((candidate.skinTypeMask & skinBit) === 0 || taken.has(familyOf(item))) continue;
        if (barred && excludedByPregnancy(item, profile)) {
          firing.fire(retinoidPregnancy.id, () => ({
            facts: {
              ...profileFacts(profile, 'pregnancy'),
              [`${item.slug}.pregnancySafe`]: item.pregnancySafe,
            },
            effect: message('effect-excluded', { slug: item.slug }),
          }));
          continue;
        }
        if (!accept(candidate)) continue;
        if (unconstrained === undefined || compare(candidate, unconstrained, keys) < 0)
          unconstrained = candidate;
        if (excluded.has(item.slug)) continue;
        if (winner === undefined || compare(candidate, winner, keys) < 0) winner = candidate;
      }
    }
    if (unconstrained !== undefined && unconstrained !== winner) {
      const item = unconstrained.item;
      if (!avoided.has(item.slug)) avoided.set(item.slug, { ingredient: item, role });
      firing.fire(profileAvoid.id, () => ({
        facts: profileFacts(profile, 'avoid'),
        effect: message('effect-left-out', { slug: item.slug, step: STEP_OF_ROLE[role] }),
      }));
    }
    return winner?.item;
  };

  const byCoverage: Key = (c) => -covers(c);
  const byIrritation: Key = (c) => c.irritation;
  // Sensitive skin gets the gentlest fitting active (so lactic or mandelic acid before glycolic).
  const gentleFirst: Key[] = profile.sensitive ? [byIrritation, byCoverage] : [byCoverage];

  // A retinoid first (goals.firming-actives); a first one avoids the most irritating forms.
  const firstRetinoid = retinoidIsNew(profile);
  const retinoidIngredient = best(
    'retinoid',
    ['retinoid'],
    (c) => covers(c) > 0,
    firstRetinoid
      ? [(c) => (c.irritation >= FIRST_RETINOID_AVOIDS_LEVEL ? 1 : 0), ...gentleFirst]
      : gentleFirst,
  );
  const retinoid = retinoidIngredient
    ? take(
        retinoidIngredient,
        'retinoid',
        firming ? [goalsMatchIngredients.id, goalsFirmingActives.id] : [goalsMatchIngredients.id],
      )
    : undefined;

  const acidIngredient = best(
    'acid',
    EXFOLIATING_ACID_CLASSES,
    (c) => {
      if ((c.concernMask & wanted & ACID_MASK) === 0) return false;
      if (acidAllowed(c.item, profile)) return true;
      firing.fire(acidNightFrequency.id, () => ({
        facts: { ...profileFacts(profile, 'sensitive'), [`${c.item.slug}.irritation`]: c.item.irritation },
        effect: message('effect-excluded', { slug: c.item.slug }),
      }));
      return false;
    },
    gentleFirst,
  );
  const acid = acidIngredient
    ? take(acidIngredient, 'acid', [goalsMatchIngredients.id, acidNightFrequency.id])
    : undefined;

  const antioxidantIngredient = best(
    'antioxidant',
    ['antioxidant'],
    (c) => canBeMorningAntioxidant(c.item) && covers(c) > 0,
    gentleFirst,
  );
  const antioxidant = antioxidantIngredient
    ? take(
        antioxidantIngredient,
        'antioxidant',
        firming && servesFirming(antioxidantIngredient)
          ? [goalsMatchIngredients.id, goalsFirmingActives.id, antioxidantMorning.id]
          : [goalsMatchIngredients.id, antioxidantMorning.id],
      )
    : undefined;

  // Low-irritation serums: hyaluronic acid ahead of the rest when wanted, then peptides for firming
  // concerns, then by fit.
  const hyaluronicWanted = wantsHyaluronic(profile);
  const serumPriority: Key = (c) =>
    hyaluronicWanted && isHyaluronic(c.item) ? 0 : prefersPeptides(profile, c.item) ? 1 : 2;
  const serumFits = (c: IndexedIngredient) =>
    c.irritation === 0 && (covers(c) > 0 || (hyaluronicWanted && isHyaluronic(c.item)));
  const serums: Pick[] = [];
  while (serums.length < SLOTS.serum) {
    const next = best('serum', SERUM_CLASSES, serumFits, [serumPriority, byCoverage]);
    if (!next) break;
    const ruleIds: RuleId[] = [goalsMatchIngredients.id];
    if (firming && servesFirming(next)) ruleIds.push(goalsFirmingActives.id);
    if (isHyaluronic(next)) ruleIds.push(hyaluronicTwiceDaily.id, hyaluronicSeal.id);
    serums.push(take(next, 'serum', ruleIds));
  }

  // Pregnancy: peptides fill the firming slot the retinoid would have had.
  let pregnancyPeptide: Pick | undefined;
  if (barred && firming) {
    const peptide = best('serum', ['peptide'], serumFits, [byCoverage]);
    if (peptide) {
      pregnancyPeptide = take(peptide, 'serum', [retinoidPregnancy.id, goalsFirmingActives.id]);
      serums.push(pregnancyPeptide);
    }
  }

  const moisturizer: Pick[] = [];
  if (wantsBarrier(profile)) {
    const barrier = best('moisturizer', ['barrier'], () => true, [byCoverage]);
    if (barrier) moisturizer.push(take(barrier, 'moisturizer', [skinTypeBasis.id]));
  }
  if (wantsEmollient(profile)) {
    const emollient = best('moisturizer', ['emollient'], () => true, [byCoverage]);
    if (emollient) moisturizer.push(take(emollient, 'moisturizer', [skinTypeBasis.id]));
  }

  const filter = best(
    'sunscreen',
    ['uv-filter'],
    (c) => canBeSunscreen(c.item),
    profile.sensitive ? [byIrritation] : [],
  );
  const sunscreen = filter ? take(filter, 'sunscreen', [sunDailySpf.id]) : undefined;

  return { retinoid, acid, antioxidant, serums, moisturizer, sunscreen, pregnancyPeptide, avoided };
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
