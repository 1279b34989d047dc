import {
  bitCount,
  concernMask,
  type IndexedIngredient,
  indexCatalogue,
  skinTypeBit,
} from '../catalogue-index.js';
import { familyOf } from '../ingredient-facts.js';
import { message } from '../message.js';
import { ACID_CONCERNS, acidNightFrequency, gentlestFirst } from '../rules/acid-night-frequency.js';
import { antioxidantMorning, canBeMorningAntioxidant } from '../rules/antioxidant-morning.js';
import { admissibleByEvidence, evidenceGraded, LAST_RESORT } from '../rules/evidence-graded.js';
import {
  FIRST_RETINOID_AVOIDS,
  goalsFirmingActives,
  prefersPeptides,
  servesFirming,
  wantsFirming,
} from '../rules/goals-firming-actives.js';
import { goalsMatchIngredients, MAX_SERUM_STEPS, SERUM_CLASSES } from '../rules/goals-match-ingredients.js';
import { hyaluronicSeal } from '../rules/hyaluronic-seal.js';
import {
  dailyApplications,
  hyaluronicTwiceDaily,
  isHyaluronic,
  wantsHyaluronic,
} from '../rules/hyaluronic-twice-daily.js';
import type { RuleId } from '../rules/index.js';
import { allowedInMorning } from '../rules/photosensitizer-night-only.js';
import { productContains } from '../rules/product-contains.js';
import { type OwnRole, productOwnFirst } from '../rules/product-own-first.js';
import { profileAvoid } from '../rules/profile-avoid.js';
import { retinoidIsNew } from '../rules/retinoid-experience.js';
import { barredByPregnancy, excludedByPregnancy, retinoidPregnancy } from '../rules/retinoid-pregnancy.js';
import {
  acidsBarred,
  antioxidantTooHarsh,
  sensitiveGentleOnly,
  tooHarsh,
} from '../rules/sensitive-gentle-only.js';
import { skinTypeBasis, wantsBarrier, wantsEmollient } from '../rules/skin-type-basis.js';
import { broadSpectrumFilters, canBeSunscreen, sunDailySpf } from '../rules/sun-daily-spf.js';
import { type Firing, profileFacts } from '../trace.js';
import type { CatalogueSnapshot, Ingredient, Profile } from '../types.js';
import {
  EXFOLIATING_ACID_CLASSES,
  type IngredientClass,
  IRRITATION_LEVELS,
  type StepKind,
} from '../vocabulary.js';
import { NO_PRODUCTS, type OwnPlacement, type PlacedProduct } from './products.js';

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
  /** What its schedule entries go by: the slug, or an own product's key. */
  key: string;
  /** The ingredient it is placed by (an own product's lead ingredient). */
  ingredient: Ingredient;
  role: Role;
  /** The rules that chose it. */
  ruleIds: RuleId[];
  /** The person's own product this pick is, if it is one. */
  product?: PlacedProduct;
}

export interface Selection {
  retinoid: Pick | undefined;
  acid: Pick | undefined;
  antioxidant: Pick | undefined;
  /** Low-irritation serums, best first (plus peptides standing in for a barred retinoid). */
  serums: Pick[];
  moisturizer: Pick[];
  /** The UV filters of the sunscreen: one broad filter, or a UVA and a UVB filter; none when they cannot cover both. */
  sunscreen: Pick[];
  /** Whether any UV filter was admitted at all (when none covers both bands, the sunscreen is generic). */
  filtersAvailable: boolean;
  /** The peptide standing in for a retinoid barred by pregnancy (also among `serums`). */
  pregnancyPeptide: Pick | undefined;
  /** What `avoid` took away: each avoided slug that would have been chosen, and for what. */
  avoided: ReadonlyMap<string, { ingredient: Ingredient; role: Role }>;
  /** The catalogue's name of every avoided slug, so a warning names it as a person knows it. */
  avoidedNames: ReadonlyMap<string, string>;
  /** The person's own products and what was done about their clashes. */
  own: OwnPlacement;
}

const ACID_MASK = concernMask(ACID_CONCERNS);
/** Roles filled for the profile's concerns (the base steps are filled for every profile). */
const CONCERN_ROLES: ReadonlySet<Role> = new Set(['retinoid', 'acid', 'antioxidant', 'serum']);
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
export function selectIngredients(
  profile: Profile,
  catalogue: CatalogueSnapshot,
  firing: Firing,
  own: OwnPlacement = NO_PRODUCTS,
): Selection {
  const index = indexCatalogue(catalogue);
  const wanted = concernMask(profile.concerns);
  const skinBit = skinTypeBit(profile.skinType);
  const excluded = new Set(profile.avoid);
  const barred = barredByPregnancy(profile);
  const firming = wantsFirming(profile);

  // Families already chosen: a family counts as one ingredient, so no slot takes a second form of it
  // (that is what keeps every form of hyaluronic acid together within its daily cap).
  const taken = new Set<string>();
  const noAcid = acidsBarred(profile);
  // The profile's concerns that a pick already serves, or that a better-supported candidate could
  // (bit masks): a limited-evidence ingredient is chosen only for a concern outside both.
  let served = 0;
  const betterSupported =
    excluded.size === 0
      ? servedAboveLastResortCached(index, profile, wanted, skinBit, noAcid)
      : concernsServedAboveLastResort(index, profile, wanted, skinBit, excluded, noAcid);
  const avoided = new Map<string, { ingredient: Ingredient; role: Role }>();

  const take = (ingredient: Ingredient, role: Role, ruleIds: RuleId[]): Pick => {
    taken.add(familyOf(ingredient));
    served |= concernMask(ingredient.concerns) & wanted;
    firing.fire(goalsMatchIngredients.id, () => ({
      facts: profileFacts(profile, 'skinType', 'concerns'),
      effect: message('effect-chose', { slug: ingredient.slug, role }),
    }));
    return { key: ingredient.slug, ingredient, role, ruleIds };
  };

  // Own products first (`product.own-first`): what any of them holds is already applied, so no form
  // of it is picked again (a family counts as one ingredient, within one daily limit), and what a
  // serum or treatment product serves counts as served.
  for (const placed of own.placed) {
    const treating = STEP_OF_OWN_ROLE.has(placed.role);
    for (const ingredient of placed.held) {
      taken.add(familyOf(ingredient));
      if (treating) served |= concernMask(ingredient.concerns) & wanted;
    }
  }
  const ownPick = (placed: PlacedProduct | undefined): Pick | undefined =>
    placed && {
      key: placed.key,
      ingredient: placed.lead!,
      role: STEP_OF_OWN_ROLE.get(placed.role)!,
      ruleIds: [productContains.id, productOwnFirst.id],
      product: placed,
    };
  const covers = (c: IndexedIngredient) => bitCount(c.concernMask & wanted);

  /** Whether the rules admit a candidate for a slot: no, yes, or yes but the person avoids it. */
  const admit = (
    candidate: IndexedIngredient,
    role: Role,
    accept: (c: IndexedIngredient) => boolean,
  ): 0 | 1 | 2 => {
    const item = candidate.item;
    if ((candidate.skinTypeMask & skinBit) === 0 || taken.has(familyOf(item))) return 0;
    if (!accept(candidate)) return 0;
    if (
      CONCERN_ROLES.has(role) &&
      !admissibleByEvidence(item, candidate.concernMask & wanted & ~(served | betterSupported))
    )
      return 0;
    if (tooHarsh(item, profile)) {
      firing.fire(sensitiveGentleOnly.id, () => ({
        facts: {
          ...profileFacts(profile, 'sensitive', 'concerns'),
          [`${item.slug}.irritation`]: item.irritation,
        },
        effect: message('effect-excluded', { slug: item.slug }),
      }));
      return 0;
    }
    if (barred && excludedByPregnancy(item, profile)) {
      firing.fire(retinoidPregnancy.id, () => ({
        facts: { ...profileFacts(profile, 'pregnancy'), [`${item.slug}.pregnancySafe`]: item.pregnancySafe },
        effect: message('effect-excluded', { slug: item.slug }),
      }));
      return 0;
    }
    return excluded.has(item.slug) ? 2 : 1;
  };

  /** An avoided candidate the slot would otherwise have taken before its choice: remember it and for what. */
  const noteAvoided = (candidate: IndexedIngredient, role: Role) => {
    const item = candidate.item;
    if (!avoided.has(item.slug)) avoided.set(item.slug, { ingredient: item, role });
    firing.fire(profileAvoid.id, () => ({
      facts: profileFacts(profile, 'avoid'),
      effect: message('effect-left-out', { slug: item.slug, step: STEP_OF_ROLE[role] }),
    }));
  };

  /** The best candidate of `classes` that the rules admit, by `keys`, then rank and slug. */
  const best = (
    role: Role,
    classes: readonly IngredientClass[],
    accept: (c: IndexedIngredient) => boolean,
    keys: readonly Key[],
  ): Ingredient | undefined => {
    let winner: IndexedIngredient | undefined;
    // Avoided candidates the rules admit (rare: only when the profile avoids something).
    let avoidedHere: IndexedIngredient[] | undefined;
    for (const name of classes) {
      for (const candidate of index.byClass.get(name) ?? []) {
        const verdict = admit(candidate, role, accept);
        if (verdict === 0) continue;
        if (verdict === 2) {
          if (avoidedHere === undefined) avoidedHere = [];
          avoidedHere.push(candidate);
          continue;
        }
        if (winner === undefined || compare(candidate, winner, keys) < 0) winner = candidate;
      }
    }
    if (avoidedHere)
      for (const candidate of avoidedHere)
        if (winner === undefined || compare(candidate, winner, keys) < 0) noteAvoided(candidate, role);
    return winner?.item;
  };

  /** Every admitted candidate of `classes`, best first (for slots that take several). */
  const ranked = (
    role: Role,
    classes: readonly IngredientClass[],
    accept: (c: IndexedIngredient) => boolean,
    keys: readonly Key[],
  ): Ingredient[] => {
    const all: IndexedIngredient[] = [];
    const allowed: IndexedIngredient[] = [];
    for (const name of classes) {
      for (const candidate of index.byClass.get(name) ?? []) {
        const verdict = admit(candidate, role, accept);
        if (verdict !== 0) all.push(candidate);
        if (verdict === 1) allowed.push(candidate);
      }
    }
    const order = (a: IndexedIngredient, b: IndexedIngredient) => compare(a, b, keys);
    all.sort(order);
    allowed.sort(order);
    for (const candidate of all) {
      if (candidate === allowed[0]) break;
      noteAvoided(candidate, role);
    }
    return allowed.map((candidate) => candidate.item);
  };

  const byCoverage: Key = (c) => -covers(c);
  const byIrritation: Key = (c) => c.irritation;
  const byEvidence: Key = (c) => c.evidence;
  // Within a class: stronger evidence, then lower irritation, then what covers more of the profile,
  // for sensitive skin too (sensitive.gentle-only bars what is too harsh); only the acid puts the
  // gentlest first for reactive skin (acid.night-frequency).
  const withinClass: Key[] = [byEvidence, byIrritation, byCoverage];

  // A retinoid first (goals.firming-actives); a first one avoids the most irritating forms.
  const firstRetinoid = retinoidIsNew(profile);
  const retinoidIngredient = own.retinoid
    ? undefined
    : best(
        'retinoid',
        ['retinoid'],
        (c) => covers(c) > 0,
        firstRetinoid
          ? [(c) => (c.irritation >= FIRST_RETINOID_AVOIDS_LEVEL ? 1 : 0), ...withinClass]
          : withinClass,
      );
  const retinoid = own.retinoid
    ? ownPick(own.retinoid)
    : retinoidIngredient &&
      take(
        retinoidIngredient,
        'retinoid',
        firming ? [goalsMatchIngredients.id, goalsFirmingActives.id] : [goalsMatchIngredients.id],
      );

  if (noAcid && (wanted & ACID_MASK) !== 0) {
    firing.fire(sensitiveGentleOnly.id, () => ({ facts: profileFacts(profile, 'concerns') }));
  }
  const acidIngredient =
    noAcid || own.acid
      ? undefined
      : best(
          'acid',
          EXFOLIATING_ACID_CLASSES,
          (c) => (c.concernMask & wanted & ACID_MASK) !== 0,
          gentlestFirst(profile) ? [byIrritation, byEvidence, byCoverage] : withinClass,
        );
  const acid = own.acid
    ? ownPick(own.acid)
    : acidIngredient && take(acidIngredient, 'acid', [goalsMatchIngredients.id, acidNightFrequency.id]);

  // Own serums that fill the morning's serum steps leave no room for a catalogue antioxidant.
  const ownMorningSerums = own.serums.filter((placed) => placed.sessions.has('am')).length;
  const morningFull = ownMorningSerums >= MAX_SERUM_STEPS;
  const antioxidantIngredient =
    own.antioxidant || morningFull
      ? undefined
      : best(
          'antioxidant',
          ['antioxidant'],
          (c) => {
            if (!canBeMorningAntioxidant(c.item) || covers(c) === 0) return false;
            if (!antioxidantTooHarsh(c.item, profile)) return true;
            firing.fire(sensitiveGentleOnly.id, () => ({
              facts: {
                ...profileFacts(profile, 'concerns'),
                [`${c.item.slug}.irritation`]: c.item.irritation,
              },
              effect: message('effect-excluded', { slug: c.item.slug }),
            }));
            return false;
          },
          withinClass,
        );
  const antioxidant = own.antioxidant
    ? ownPick(own.antioxidant)
    : antioxidantIngredient &&
      take(
        antioxidantIngredient,
        'antioxidant',
        firming && servesFirming(antioxidantIngredient)
          ? [goalsMatchIngredients.id, goalsFirmingActives.id, antioxidantMorning.id]
          : [goalsMatchIngredients.id, antioxidantMorning.id],
      );

  // Low-irritation serums: hyaluronic acid ahead of the rest when wanted, then peptides for firming
  // concerns, then by fit.
  const hyaluronicWanted = wantsHyaluronic(profile);
  const serumPriority: Key = (c) =>
    hyaluronicWanted && isHyaluronic(c.item) ? 0 : prefersPeptides(profile, c.item) ? 1 : 2;
  // A hyaluronic acid serum goes on morning and evening (hyaluronic.twice-daily): it is picked only
  // while the morning has a serum step left after the antioxidant and the person's own morning serums.
  let morningRoom = MAX_SERUM_STEPS - (antioxidant ? 1 : 0) - ownMorningSerums;
  const serumFits = (c: IndexedIngredient) =>
    c.irritation === 0 &&
    (covers(c) > 0 || (hyaluronicWanted && isHyaluronic(c.item))) &&
    (morningRoom > 0 || !isHyaluronic(c.item));
  // With two serum steps at most, a serum that serves a concern nothing chosen serves yet (or the
  // hyaluronic acid the profile wants) goes before one that repeats what is covered.
  const addsCover: Key = (c) =>
    (c.concernMask & wanted & ~served) !== 0 || (hyaluronicWanted && isHyaluronic(c.item)) ? 0 : 1;
  const serums: Pick[] = own.serums.map((placed) => ownPick(placed)!);
  while (serums.length < MAX_SERUM_STEPS) {
    const next = best('serum', SERUM_CLASSES, serumFits, [addsCover, serumPriority, ...withinClass]);
    if (!next) break;
    const ruleIds: RuleId[] = [goalsMatchIngredients.id];
    if (firming && servesFirming(next)) ruleIds.push(goalsFirmingActives.id);
    if (isHyaluronic(next)) ruleIds.push(hyaluronicTwiceDaily.id, hyaluronicSeal.id);
    if (dailyApplications(next) >= 2 && allowedInMorning(next)) morningRoom--;
    serums.push(take(next, 'serum', ruleIds));
  }

  // Pregnancy: peptides fill the firming slot the retinoid would have had, within the serum cap.
  let pregnancyPeptide: Pick | undefined;
  if (barred && firming) {
    pregnancyPeptide = serums.find((pick) => pick.ingredient.class === 'peptide');
    if (pregnancyPeptide) {
      pregnancyPeptide.ruleIds.push(retinoidPregnancy.id);
    } else {
      const peptide = best('serum', ['peptide'], serumFits, withinClass);
      // Never in place of the person's own serum: only a catalogue serum makes room.
      const fromCatalogue = serums.filter((pick) => pick.product === undefined);
      if (peptide && (serums.length < MAX_SERUM_STEPS || fromCatalogue.length > 0)) {
        if (serums.length >= MAX_SERUM_STEPS) {
          // The peptide takes the place of the serum whose concerns the others cover best.
          const dropped = fromCatalogue[leastUniqueCover(fromCatalogue, peptide, wanted)]!;
          serums.splice(serums.indexOf(dropped), 1);
          taken.delete(familyOf(dropped.ingredient));
        }
        pregnancyPeptide = take(peptide, 'serum', [retinoidPregnancy.id, goalsFirmingActives.id]);
        serums.push(pregnancyPeptide);
      }
    }
  }

  // The catalogue fills the moisturizer only for a session the person's own moisturizers leave open.
  const moisturizer: Pick[] = [];
  const ownMoisturizers = coversBoth(own.moisturizers);
  if (!ownMoisturizers && wantsBarrier(profile)) {
    const barrier = best('moisturizer', ['barrier'], () => true, withinClass);
    if (barrier) moisturizer.push(take(barrier, 'moisturizer', [skinTypeBasis.id]));
  }
  if (!ownMoisturizers && wantsEmollient(profile)) {
    const emollient = best('moisturizer', ['emollient'], () => true, withinClass);
    if (emollient) moisturizer.push(take(emollient, 'moisturizer', [skinTypeBasis.id]));
  }

  const ownSunscreen = own.sunscreens.length > 0;
  const candidateFilters = ownSunscreen
    ? []
    : ranked(
        'sunscreen',
        ['uv-filter'],
        (c) => canBeSunscreen(c.item),
        profile.sensitive ? [byIrritation, byEvidence] : withinClass,
      );
  const filters = broadSpectrumFilters(candidateFilters);
  const sunscreen = filters.map((filter) => take(filter, 'sunscreen', [sunDailySpf.id]));
  firing.fire(sunDailySpf.id, () => ({
    facts: Object.fromEntries(filters.map((filter) => [`${filter.slug}.uvSpectrum`, filter.uvSpectrum])),
  }));
  for (const pick of allPicksOf(retinoid, acid, antioxidant, serums, moisturizer, sunscreen)) {
    firing.fire(evidenceGraded.id, () => ({
      facts: { [`${pick.ingredient.slug}.evidence`]: pick.ingredient.evidence.grade },
    }));
  }

  return {
    retinoid,
    acid,
    antioxidant,
    serums,
    moisturizer,
    sunscreen,
    filtersAvailable: candidateFilters.length > 0,
    pregnancyPeptide,
    avoided,
    avoidedNames: new Map(profile.avoid.map((slug) => [slug, catalogue.bySlug.get(slug)?.name ?? slug])),
    own,
  };
}

/** The roles an own serum or treatment product plays, as the selection names them. */
const STEP_OF_OWN_ROLE: ReadonlyMap<OwnRole, Role> = new Map<OwnRole, Role>([
  ['retinoid', 'retinoid'],
  ['acid', 'acid'],
  ['antioxidant', 'antioxidant'],
  ['serum', 'serum'],
]);

const coversBoth = (products: readonly PlacedProduct[]): boolean =>
  products.some((p) => p.sessions.has('am')) && products.some((p) => p.sessions.has('pm'));

/** Index of the serum that serves the fewest of the profile's concerns no other pick serves (the last on a tie). */
function leastUniqueCover(serums: readonly Pick[], incoming: Ingredient, wanted: number): number {
  let worst = serums.length - 1;
  let worstCount = Number.POSITIVE_INFINITY;
  for (let i = serums.length - 1; i >= 0; i--) {
    let others = concernMask(incoming.concerns);
    for (let j = 0; j < serums.length; j++)
      if (j !== i) others |= concernMask(serums[j]!.ingredient.concerns);
    const unique = bitCount(concernMask(serums[i]!.ingredient.concerns) & wanted & ~others);
    if (unique < worstCount) {
      worst = i;
      worstCount = unique;
    }
  }
  return worst;
}

// Without an avoid list the mask depends only on a handful of profile bits, so it is kept per catalogue
// index (profiles repeat; the index lives as long as its snapshot).
const servedCache = new WeakMap<object, Map<number, number>>();
const NO_AVOID: ReadonlySet<string> = new Set();

function servedAboveLastResortCached(
  index: ReturnType<typeof indexCatalogue>,
  profile: Profile,
  wanted: number,
  skinBit: number,
  noAcid: boolean,
): number {
  let cache = servedCache.get(index);
  if (!cache) {
    cache = new Map();
    servedCache.set(index, cache);
  }
  // wanted: 8 concern bits; skin type: 4 bits; then sensitivity and the pregnancy bar.
  const key =
    wanted | (skinBit << 8) | (profile.sensitive ? 1 << 12 : 0) | (barredByPregnancy(profile) ? 1 << 13 : 0);
  let mask = cache.get(key);
  if (mask === undefined) {
    mask = concernsServedAboveLastResort(index, profile, wanted, skinBit, NO_AVOID, noAcid);
    cache.set(key, mask);
  }
  return mask;
}

/**
 * The profile's concerns (a bit mask) that some candidate better supported than a last resort could
 * serve in a concern-driven slot, judged as the slots judge them (skin type, avoid, gentleness,
 * pregnancy; an acid only for acid concerns, a serum only at low irritation).
 */
function concernsServedAboveLastResort(
  index: ReturnType<typeof indexCatalogue>,
  profile: Profile,
  wanted: number,
  skinBit: number,
  excluded: ReadonlySet<string>,
  noAcid: boolean,
): number {
  const barred = barredByPregnancy(profile);
  let mask = 0;
  for (const [name, candidates] of index.byClass) {
    const acid = EXFOLIATING_ACID_CLASSES.includes(name);
    const slot =
      name === 'retinoid' || name === 'antioxidant' || acid || SERUM_CLASSES.includes(name)
        ? name
        : undefined;
    if (slot === undefined || (acid && noAcid)) continue;
    for (const c of candidates) {
      const item = c.item;
      if (item.evidence.grade === LAST_RESORT || (c.skinTypeMask & skinBit) === 0) continue;
      if (
        excluded.has(item.slug) ||
        tooHarsh(item, profile) ||
        (barred && excludedByPregnancy(item, profile))
      )
        continue;
      if (acid && (c.concernMask & wanted & ACID_MASK) === 0) continue;
      if (SERUM_CLASSES.includes(name) && c.irritation !== 0) continue;
      if (name === 'antioxidant' && (!canBeMorningAntioxidant(item) || antioxidantTooHarsh(item, profile)))
        continue;
      mask |= c.concernMask & wanted;
    }
  }
  return mask;
}

function allPicksOf(
  retinoid: Pick | undefined,
  acid: Pick | undefined,
  antioxidant: Pick | undefined,
  serums: readonly Pick[],
  moisturizer: readonly Pick[],
  sunscreen: readonly Pick[],
): Pick[] {
  const out: Pick[] = [];
  if (retinoid) out.push(retinoid);
  if (acid) out.push(acid);
  if (antioxidant) out.push(antioxidant);
  out.push(...serums, ...moisturizer, ...sunscreen);
  return out;
}

/** Every pick of a selection, in a fixed order. */
export const allPicks = (selection: Selection): Pick[] =>
  allPicksOf(
    selection.retinoid,
    selection.acid,
    selection.antioxidant,
    selection.serums,
    selection.moisturizer,
    selection.sunscreen,
  );
