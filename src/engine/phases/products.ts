import { familyOf } from '../ingredient-facts.js';
import { message } from '../message.js';
import { acidNightFrequency } from '../rules/acid-night-frequency.js';
import { activesNoStacking } from '../rules/actives-no-stacking.js';
import { goalsMatchIngredients, MAX_SERUM_STEPS } from '../rules/goals-match-ingredients.js';
import { dailyApplications, hyaluronicTwiceDaily, isHyaluronic } from '../rules/hyaluronic-twice-daily.js';
import type { RuleId } from '../rules/index.js';
import { photosensitizerNightOnly } from '../rules/photosensitizer-night-only.js';
import {
  type ConflictFix,
  type ConflictReason,
  type ConflictWording,
  keepFirst,
  productConflict,
  ROLE_PRIORITY,
} from '../rules/product-conflict.js';
import {
  type HeldFacts,
  heldFacts,
  type MayContainReason,
  productContains,
} from '../rules/product-contains.js';
import { inferredKind, leadOf, type OwnRole, productOwnFirst, roleOf } from '../rules/product-own-first.js';
import { productUnknown } from '../rules/product-unknown.js';
import { profileAvoid } from '../rules/profile-avoid.js';
import { retinoidIsNew } from '../rules/retinoid-experience.js';
import { barredByPregnancy, excludedByPregnancy, retinoidPregnancy } from '../rules/retinoid-pregnancy.js';
import {
  acidsBarred,
  antioxidantTooHarsh,
  gentleOnly,
  sensitiveGentleOnly,
  tooHarsh,
} from '../rules/sensitive-gentle-only.js';
import { mostExceeded, strengthStartLow } from '../rules/strength-start-low.js';
import type { Firing } from '../trace.js';
import type { CatalogueSnapshot, Ingredient, OwnProduct, Profile } from '../types.js';
import type { StepKind } from '../vocabulary.js';

export type Session = 'am' | 'pm';

/** One of the person's products with its place in the routine. */
export interface PlacedProduct {
  product: OwnProduct;
  /** Its position in the request. */
  index: number;
  /** The key its schedule entries go by (never a slug: slugs have no colon). */
  key: string;
  /** The catalogue ingredients it holds, in list order, each once. */
  held: Ingredient[];
  facts: HeldFacts;
  /** The step it fills. */
  kind: StepKind;
  role: OwnRole;
  /** For a serum or treatment, the ingredient it is placed and scheduled by. */
  lead: Ingredient | undefined;
  /** The sessions the serum cap leaves it (every session for other roles). */
  allowed: Set<Session>;
  /** The sessions it may go on in, after photosensitizers, the serum cap and daily limits. */
  sessions: Set<Session>;
}

/** A clash the engine resolved, ready for its warning. */
export interface ResolvedConflict {
  wording: ConflictWording;
  ruleIds: RuleId[];
}

/** What a product may contain (listed after "may contain") that matters for this profile. */
export interface MayContainNote {
  product: OwnProduct;
  ingredients: Ingredient[];
  reason: MayContainReason;
}

/** The person's products, placed: what each does, and what was done about every clash. */
export interface OwnPlacement {
  retinoid: PlacedProduct | undefined;
  acid: PlacedProduct | undefined;
  antioxidant: PlacedProduct | undefined;
  serums: PlacedProduct[];
  moisturizers: PlacedProduct[];
  sunscreens: PlacedProduct[];
  toners: PlacedProduct[];
  cleansers: PlacedProduct[];
  /** Every product used, in request order. */
  placed: PlacedProduct[];
  conflicts: ResolvedConflict[];
  /** Products whose lists hold entries that matched nothing. */
  unknown: OwnProduct[];
  /** Products nothing could be decided for (no known ingredient, or no kind and nothing to infer it from). */
  notPlaced: OwnProduct[];
  /** Used products that may contain something this profile should know of. */
  mayContain: MayContainNote[];
}

export const NO_PRODUCTS: OwnPlacement = Object.freeze({
  retinoid: undefined,
  acid: undefined,
  antioxidant: undefined,
  serums: [],
  moisturizers: [],
  sunscreens: [],
  toners: [],
  cleansers: [],
  placed: [],
  conflicts: [],
  unknown: [],
  notPlaced: [],
  mayContain: [],
}) as OwnPlacement;

const BOTH: readonly Session[] = ['am', 'pm'];

/** The sessions each role would use, in the order it claims them (a twice-a-day product keeps the evening first). */
const WANTED: Record<OwnRole, readonly Session[]> = {
  retinoid: ['pm'],
  acid: ['pm'],
  antioxidant: ['am'],
  serum: ['pm', 'am'],
  moisturizer: ['pm', 'am'],
  sunscreen: ['am'],
  toner: ['pm', 'am'],
  cleanser: ['pm', 'am'],
};

const STEP_OF: Record<OwnRole, StepKind | null> = {
  retinoid: 'treatment',
  acid: 'treatment',
  antioxidant: 'serum',
  serum: 'serum',
  moisturizer: null,
  sunscreen: null,
  toner: null,
  cleanser: null,
};

function heldIngredients(product: OwnProduct, catalogue: CatalogueSnapshot): Ingredient[] {
  const held: Ingredient[] = [];
  for (const slug of product.slugs) {
    const ingredient = catalogue.bySlug.get(slug);
    if (ingredient && !held.includes(ingredient)) held.push(ingredient);
  }
  return held;
}

/**
 * The own-products phase (`product.own-first`, `product.conflict`, `product.unknown`): decides what each
 * of the person's products is, from the ingredients it holds, and resolves every clash before the
 * catalogue fills what is left: a product the profile rules out is left out; of two retinoids or two
 * acids one is kept; a retinoid and an acid take separate nights; an ingredient held by several
 * products stays within its daily limit (a family counting as one), the later claimant kept to one
 * session or left out. Every product is applied, or not, as a whole.
 */
export function placeOwnProducts(
  profile: Profile,
  catalogue: CatalogueSnapshot,
  firing: Firing,
): OwnPlacement {
  const products = profile.ownProducts ?? [];
  if (products.length === 0) return NO_PRODUCTS;

  const conflicts: ResolvedConflict[] = [];
  const unknown: OwnProduct[] = [];
  const notPlaced: OwnProduct[] = [];
  const resolve = (wording: ConflictWording, rule: RuleId) => {
    conflicts.push({ wording, ruleIds: rule === productConflict.id ? [rule] : [productConflict.id, rule] });
    firing.fire(productConflict.id, () => ({
      facts: { [`${wording.product}.conflict`]: wording.reason, [`${wording.product}.rule`]: rule },
      effect: message('effect-product-fixed', { name: wording.product, fix: wording.fix }),
    }));
  };
  const clash = (
    loser: PlacedProduct,
    reason: ConflictReason,
    rule: RuleId,
    fix: ConflictFix,
    extra: Partial<ConflictWording> = {},
  ) =>
    resolve(
      {
        reason,
        fix,
        product: loser.product.name,
        other: null,
        ingredient: null,
        rule,
        ...extra,
      },
      rule,
    );

  let candidates: PlacedProduct[] = [];
  products.forEach((product, index) => {
    if (product.unknown.length > 0) {
      unknown.push(product);
      firing.fire(productUnknown.id, () => ({ facts: { [`${product.key}.unknown`]: product.unknown } }));
    }
    const held = heldIngredients(product, catalogue);
    const facts = heldFacts(held);
    firing.fire(productContains.id, () => ({
      facts: {
        [`${product.key}.slugs`]: held.map((ingredient) => ingredient.slug),
        [`${product.key}.unknown`]: product.unknown,
      },
      effect: message('effect-product-read', { name: product.name, count: held.length }),
    }));
    const given = product.kind ?? inferredKind(held);
    const role = given === null ? undefined : roleOf(given, held, facts);
    if (given === null || role === undefined) {
      notPlaced.push(product);
      firing.fire(productUnknown.id, () => ({ facts: { [`${product.key}.slugs`]: product.slugs } }));
      return;
    }
    candidates.push({
      product,
      index,
      key: `own:${index}`,
      held,
      facts,
      kind: STEP_OF[role] ?? given,
      role,
      lead: leadOf(role, held, profile),
      allowed: new Set(BOTH),
      sessions: new Set(),
    });
  });

  // What the profile rules out, product by product: the same rules as for a catalogue ingredient.
  const barred = barredByPregnancy(profile);
  candidates = candidates.filter((c) => {
    const bar = barrierOf(c, profile, barred);
    if (bar) {
      const { reason, rule, ingredient, percent, max } = bar;
      clash(c, reason, rule, 'left-out', { ingredient, ...(percent === undefined ? {} : { percent, max }) });
    }
    return bar === undefined;
  });

  // One retinoid and one acid: the gentler for a newcomer or reactive skin, else the first listed.
  const keepOne = (role: OwnRole, gentler: boolean, reason: ConflictReason, rule: RuleId) => {
    const contenders = candidates
      .filter((c) => c.role === role)
      .sort((a, b) =>
        keepFirst({ index: a.index, lead: a.lead! }, { index: b.index, lead: b.lead! }, gentler),
      );
    const [kept, ...others] = contenders;
    for (const other of others)
      clash(other, reason, rule, 'left-out', { other: kept!.product.name, ingredient: other.lead ?? null });
    candidates = candidates.filter((c) => !others.includes(c));
    return kept;
  };
  const retinoid = keepOne(
    'retinoid',
    retinoidIsNew(profile) || gentleOnly(profile),
    'two-retinoids',
    goalsMatchIngredients.id,
  );
  const acid = keepOne('acid', gentleOnly(profile), 'two-acids', activesNoStacking.id);
  if (retinoid && acid) {
    clash(acid, 'retinoid-acid', activesNoStacking.id, 'other-nights', {
      other: retinoid.product.name,
      ingredient: acid.lead ?? null,
    });
  }

  // One antioxidant (the first listed); any other antioxidant serum is a serum like the rest.
  let antioxidant: PlacedProduct | undefined;
  for (const c of candidates) {
    if (c.role !== 'antioxidant') continue;
    if (antioxidant === undefined) antioxidant = c;
    else {
      c.role = 'serum';
      c.lead = leadOf('serum', c.held, profile);
    }
  }
  // No session holds more serum steps than the cap (in the morning the antioxidant is one): the first
  // listed keep their sessions, a later one keeps what is left or is left out.
  const room: Record<Session, number> = {
    am: MAX_SERUM_STEPS - (antioxidant ? 1 : 0),
    pm: MAX_SERUM_STEPS,
  };
  const serums = candidates.filter((c) => c.role === 'serum');
  const full: PlacedProduct[] = [];
  serums.forEach((c, i) => {
    const possible = WANTED.serum.filter((session) => session === 'pm' || !c.facts.photosensitizer);
    const fits = possible.filter((session) => room[session] > 0);
    for (const session of fits) room[session]--;
    c.allowed = new Set(fits);
    if (fits.length === possible.length) return;
    const wording = { other: serums[i - 1]?.product.name ?? null, max: MAX_SERUM_STEPS };
    if (fits.length === 0) {
      full.push(c);
      clash(c, 'serum-cap', goalsMatchIngredients.id, 'left-out', wording);
    } else clash(c, 'serum-cap', goalsMatchIngredients.id, 'one-session', { ...wording, session: fits[0]! });
  });
  candidates = candidates.filter((c) => !full.includes(c));

  const placed = claimSessions(candidates, (loser, by, ingredient, limit, kept) =>
    clash(
      loser,
      'daily-limit',
      isHyaluronic(ingredient) ? hyaluronicTwiceDaily.id : productConflict.id,
      kept ? 'one-session' : 'left-out',
      {
        other: by.product.name,
        ingredient,
        max: limit,
        ...(kept ? { session: kept } : {}),
      },
    ),
  );
  for (const c of placed) {
    firing.fire(productOwnFirst.id, () => ({
      facts: {
        [`${c.product.key}.kind`]: c.kind,
        [`${c.product.key}.role`]: c.role,
        [`${c.product.key}.slugs`]: c.held.map((ingredient) => ingredient.slug),
      },
      effect: message('effect-product-placed', { name: c.product.name, role: c.role, step: c.kind }),
    }));
  }

  const withRole = (role: OwnRole) => placed.filter((c) => c.role === role);
  return {
    retinoid: placed.find((c) => c === retinoid),
    acid: placed.find((c) => c === acid),
    antioxidant: placed.find((c) => c === antioxidant),
    serums: withRole('serum'),
    moisturizers: withRole('moisturizer'),
    sunscreens: withRole('sunscreen'),
    toners: withRole('toner'),
    cleansers: withRole('cleanser'),
    placed,
    conflicts,
    unknown,
    notPlaced,
    mayContain: mayContainNotes(placed, profile, catalogue, barred),
  };
}

/**
 * `product.contains`: entries after "may contain" never place a product, but what they name still
 * counts for warnings: an ingredient the person avoids, one barred in pregnancy, a photosensitizer.
 */
function mayContainNotes(
  placed: readonly PlacedProduct[],
  profile: Profile,
  catalogue: CatalogueSnapshot,
  barred: boolean,
): MayContainNote[] {
  const notes: MayContainNote[] = [];
  for (const { product } of placed) {
    const listed = (product.mayContain ?? []).flatMap((slug) => catalogue.bySlug.get(slug) ?? []);
    if (listed.length === 0) continue;
    // The avoid list says it all for an ingredient on it: it is not named again for pregnancy or sun.
    const avoided = listed.filter((ingredient) => profile.avoid.includes(ingredient.slug));
    const note = (reason: MayContainReason, test: (ingredient: Ingredient) => boolean) => {
      const ingredients = listed.filter(
        (ingredient) => test(ingredient) && (reason === 'avoided' || !avoided.includes(ingredient)),
      );
      if (ingredients.length > 0) notes.push({ product, ingredients, reason });
    };
    note('avoided', (ingredient) => profile.avoid.includes(ingredient.slug));
    if (barred) note('pregnancy', (ingredient) => excludedByPregnancy(ingredient, profile));
    note('sun', (ingredient) => ingredient.photosensitizing);
  }
  return notes;
}

interface Barrier {
  reason: ConflictReason;
  ingredient: Ingredient;
  rule: RuleId;
  /** For a strength: the percent printed and the most the catalogue allows. */
  percent?: number;
  max?: number;
}

/** The first rule the profile would break by using this product at all, if any. */
function barrierOf(c: PlacedProduct, profile: Profile, barred: boolean): Barrier | undefined {
  const pregnancy = barred ? c.held.find((i) => excludedByPregnancy(i, profile)) : undefined;
  if (pregnancy) return { reason: 'pregnancy', ingredient: pregnancy, rule: retinoidPregnancy.id };
  const avoided = c.held.find((i) => profile.avoid.includes(i.slug));
  if (avoided) return { reason: 'avoided', ingredient: avoided, rule: profileAvoid.id };
  // Never advised above the catalogue's most (strength.start-low): past it an AHA is a peel.
  const stated = c.product.stated ?? {};
  for (const ingredient of c.held) {
    const max = mostExceeded(ingredient, stated[ingredient.slug]);
    if (max !== undefined)
      return {
        reason: 'too-strong',
        ingredient,
        rule: strengthStartLow.id,
        percent: stated[ingredient.slug]!,
        max,
      };
  }
  const harsh = c.held.find(
    (i) => tooHarsh(i, profile) || (i.class === 'antioxidant' && antioxidantTooHarsh(i, profile)),
  );
  if (harsh) return { reason: 'too-harsh', ingredient: harsh, rule: sensitiveGentleOnly.id };
  if (c.facts.acid && acidsBarred(profile))
    return { reason: 'redness-acid', ingredient: c.facts.acid, rule: sensitiveGentleOnly.id };
  if (c.facts.retinoid && c.facts.acid)
    return { reason: 'retinoid-and-acid', ingredient: c.facts.acid, rule: activesNoStacking.id };
  if (c.role === 'sunscreen') {
    // A sunscreen is a morning product: it cannot hold what goes on in the evening only.
    const night = c.facts.photosensitizer ?? c.facts.retinoid ?? c.facts.acid;
    if (night)
      return {
        reason: 'evening-only',
        ingredient: night,
        rule: night.photosensitizing ? photosensitizerNightOnly.id : acidNightFrequency.id,
      };
  }
  return undefined;
}

type LimitClash = (
  loser: PlacedProduct,
  by: PlacedProduct,
  ingredient: Ingredient,
  limit: number,
  kept: Session | undefined,
) => void;

/**
 * Gives each product the sessions it may use, in claim order (`ROLE_PRIORITY`, then request order):
 * never the morning for a photosensitizer, and never a session that would take an ingredient family
 * over its daily limit (applications a day = sessions it goes on in, however many products hold it).
 * Returns the products left with at least one session, in request order.
 */
function claimSessions(candidates: readonly PlacedProduct[], onClash: LimitClash): PlacedProduct[] {
  const limit = new Map<string, number>();
  for (const c of candidates)
    for (const ingredient of c.held) {
      const family = familyOf(ingredient);
      limit.set(
        family,
        Math.min(limit.get(family) ?? Number.POSITIVE_INFINITY, dailyApplications(ingredient)),
      );
    }
  const used = new Map<string, Map<Session, PlacedProduct>>();
  const order = [...candidates].sort(
    (a, b) => ROLE_PRIORITY.indexOf(a.role) - ROLE_PRIORITY.indexOf(b.role) || a.index - b.index,
  );
  for (const c of order) {
    const wanted = WANTED[c.role].filter(
      (session) => c.allowed.has(session) && (session === 'pm' || !c.facts.photosensitizer),
    );
    let blocked: { by: PlacedProduct; ingredient: Ingredient; limit: number } | undefined;
    for (const session of wanted) {
      const over = c.held.find((ingredient) => {
        const taken = used.get(familyOf(ingredient));
        return taken !== undefined && !taken.has(session) && taken.size >= limit.get(familyOf(ingredient))!;
      });
      if (over === undefined) {
        c.sessions.add(session);
        for (const ingredient of c.held) {
          const family = familyOf(ingredient);
          const taken = used.get(family) ?? new Map<Session, PlacedProduct>();
          used.set(family, taken);
          if (!taken.has(session)) taken.set(session, c);
        }
        continue;
      }
      // Only another product's use is a clash; a product's own once-a-day ingredient just keeps it to one session.
      const by = [...used.get(familyOf(over))!.values()].find((other) => other !== c);
      if (by && blocked === undefined && ownLimit(c, familyOf(over)) > c.sessions.size)
        blocked = { by, ingredient: over, limit: limit.get(familyOf(over))! };
    }
    if (blocked) onClash(c, blocked.by, blocked.ingredient, blocked.limit, [...c.sessions][0]);
  }
  return candidates.filter((c) => c.sessions.size > 0);
}

/** The most sessions a product's own forms of a family allow. */
function ownLimit(c: PlacedProduct, family: string): number {
  let most = Number.POSITIVE_INFINITY;
  for (const ingredient of c.held)
    if (familyOf(ingredient) === family) most = Math.min(most, dailyApplications(ingredient));
  return most;
}
