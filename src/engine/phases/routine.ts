import { isoFromDays } from '../dates.js';
import { type Message, message } from '../message.js';
import { acidFrequency, keptToOneNote } from '../rules/acid-night-frequency.js';
import {
  activesNoStacking,
  NOT_WITH_ACID_NOTE,
  NOT_WITH_RETINOID_NOTE,
} from '../rules/actives-no-stacking.js';
import { activesOneAtATime, STARTS_LATER_NOTE, waitsForSpacing } from '../rules/actives-one-at-a-time.js';
import { activesPatchTest } from '../rules/actives-patch-test.js';
import { areaNeckDecolletage, areasFor, areasForAll } from '../rules/area-neck-decolletage.js';
import { MAX_SERUM_STEPS } from '../rules/goals-match-ingredients.js';
import { hyaluronicSeal, SEALED_NOTE } from '../rules/hyaluronic-seal.js';
import { dailyApplications, hyaluronicCapNote, isHyaluronic } from '../rules/hyaluronic-twice-daily.js';
import type { RuleId } from '../rules/index.js';
import { allowedInMorning, photosensitizerNightOnly } from '../rules/photosensitizer-night-only.js';
import { productContains } from '../rules/product-contains.js';
import { productOwnFirst } from '../rules/product-own-first.js';
import { amountNote, retinoidAmount } from '../rules/retinoid-amount.js';
import { experienceNote, retinoidExperience } from '../rules/retinoid-experience.js';
import { BREASTFEEDING_NOTE, breastfeeding, retinoidPregnancy } from '../rules/retinoid-pregnancy.js';
import { rampFrequency, retinoidRamp } from '../rules/retinoid-ramp.js';
import { retinoidRampSensitive } from '../rules/retinoid-ramp-sensitive.js';
import { routineLayerOrder, serumLayer } from '../rules/routine-layer-order.js';
import { LEAVE_ON_NOTE, routineNightSerumLeaveOn, staysOn } from '../rules/routine-night-serum-leave-on.js';
import { offersToner, routineSerumWithBasics } from '../rules/routine-serum-with-basics.js';
import { sensitiveGentleOnly, slowRamp } from '../rules/sensitive-gentle-only.js';
import { cleanserNote, moisturizerNote, skinTypeBasis } from '../rules/skin-type-basis.js';
import { strengthAdvice, strengthStartLow } from '../rules/strength-start-low.js';
import { SUNSCREEN_NOTE, sunDailySpf, sunscreenAreas } from '../rules/sun-daily-spf.js';
import { type Firing, profileFacts } from '../trace.js';
import type { Ingredient, Step } from '../types.js';
import type { Area, StepKind } from '../vocabulary.js';
import type { RoutineFacts } from './facts.js';
import type { PlacedProduct, Session } from './products.js';
import type { Schedule } from './schedule.js';
import type { Pick } from './select.js';

export type { Session };

/** A step of the routine template and the days it is applied. */
export interface PlannedStep {
  kind: StepKind;
  /** Catalogue ingredients, or own serum and treatment products placed by their lead ingredient. */
  picks: Pick[];
  /** Own cleansers, toners, moisturizers and sunscreens filling the step. */
  own: PlacedProduct[];
  /** The first day of the schedule the step is applied on (0: from the start). */
  from: number;
  /** From then on, 1 on the days the step is applied; null: every day. */
  on: Uint8Array | null;
  frequency: Message;
  notes: Message[];
  strength: Message | null;
  ruleIds: RuleId[];
  areas: readonly Area[];
}

export interface Plan {
  am: PlannedStep[];
  pm: PlannedStep[];
}

const EVERY: Record<Session, Message> = { am: message('every-morning'), pm: message('every-evening') };
const EVERY_OPTIONAL: Record<Session, Message> = {
  am: message('every-morning-optional'),
  pm: message('every-evening-optional'),
};
const TONER_NOTE = message('toner-optional');
const ANTIOXIDANT_NOTE = message('antioxidant-under-sunscreen');
const ACID_EVENING_NOTE = message('acid-evening-only');
const AFTER_PATCH_TEST_NOTE = message('starts-after-patch-test');
const BASE_RULES: RuleId[] = [skinTypeBasis.id, routineSerumWithBasics.id, routineLayerOrder.id];
const everyDay = null;

const bySerumLayer = (a: Pick, b: Pick) => serumLayer(a.ingredient) - serumLayer(b.ingredient);

/** Whether a step is applied on a day of the schedule. */
export const appliesOn = (step: PlannedStep, day: number): boolean =>
  day >= step.from && (step.on === null || step.on[day] === 1);

/** The catalogue ingredients a step applies, each once: an own product applies all it holds. */
export function stepIngredients(step: PlannedStep): Ingredient[] {
  if (step.own.length === 0 && step.picks.every((pick) => pick.product === undefined))
    return step.picks.map((pick) => pick.ingredient);
  const out: Ingredient[] = [];
  const add = (ingredient: Ingredient) => {
    if (!out.includes(ingredient)) out.push(ingredient);
  };
  for (const pick of step.picks) {
    if (pick.product) pick.product.held.forEach(add);
    else add(pick.ingredient);
  }
  for (const placed of step.own) placed.held.forEach(add);
  return out;
}

/** The own products a step uses. */
export const stepProducts = (step: PlannedStep): PlacedProduct[] => [
  ...step.picks.flatMap((pick) => (pick.product ? [pick.product] : [])),
  ...step.own,
];

/** Whether a pick, or the product it is, holds a photosensitizer. */
const photosensitizing = (pick: Pick): boolean =>
  pick.product ? pick.product.facts.photosensitizer !== undefined : pick.ingredient.photosensitizing;

/**
 * The routine phase (`routine.serum-with-basics`, `routine.layer-order`): each session's steps in
 * application order, each with the days it applies. Ingredients whose first use falls after the
 * schedule are left out (they get a `deferred` warning).
 */
export function planRoutine(facts: RoutineFacts, schedule: Schedule, firing: Firing): Plan {
  const { profile, selection } = facts;
  const firstUse = (pick: Pick) => schedule.firstUse.get(pick.key) ?? 0;
  const inSchedule = (pick: Pick) => firstUse(pick) < schedule.length;
  const dateOf = (day: number) => isoFromDays(facts.startDay + day);
  const retinoid = selection.retinoid && inSchedule(selection.retinoid) ? selection.retinoid : undefined;
  const acid = selection.acid && inSchedule(selection.acid) ? selection.acid : undefined;
  const patched = new Set<Pick>(schedule.patched);

  /** The areas a serum or treatment step covers, and the rules that decided them. */
  const areasOf = (pick: Pick, ruleIds: RuleId[]): readonly Area[] => {
    const decision = pick.product
      ? areasForAll(pick.product.held, profile)
      : areasFor(pick.ingredient, profile);
    if (decision.extended) {
      ruleIds.push(areaNeckDecolletage.id);
      firing.fire(areaNeckDecolletage.id, () => ({
        facts: {
          ...profileFacts(profile, 'concerns'),
          [`${pick.ingredient.slug}.concerns`]: pick.ingredient.concerns,
        },
        effect: message('effect-areas', { slug: pick.ingredient.slug, areas: decision.areas.join(', ') }),
      }));
    }
    if (decision.limitedByBreastfeeding) ruleIds.push(retinoidPregnancy.id);
    return decision.areas;
  };

  /** Photosensitizers stay out of the morning, in whatever step they are (an own product: as placed). */
  const morningAllows = (pick: Pick): boolean => {
    const sensitizer = pick.product ? pick.product.facts.photosensitizer : pick.ingredient;
    if (pick.product ? pick.product.sessions.has('am') : allowedInMorning(pick.ingredient)) return true;
    if (sensitizer?.photosensitizing) {
      firing.fire(photosensitizerNightOnly.id, () => ({
        facts: { [`${sensitizer.slug}.photosensitizing`]: true },
        effect: message('effect-evening-only', { slug: sensitizer.slug }),
      }));
    }
    return false;
  };
  /** Whether a serum goes on in a session: twice a day only where daily limits allow, never a photosensitizer by day. */
  const serumAllowed = (pick: Pick, session: Session): boolean => {
    if (pick.product) return session === 'pm' ? pick.product.sessions.has('pm') : morningAllows(pick);
    return session === 'pm' || (dailyApplications(pick.ingredient) >= 2 && morningAllows(pick));
  };
  const ownIn = (products: readonly PlacedProduct[], session: Session) =>
    products.filter((placed) => placed.sessions.has(session));
  const ownRuleIds = (products: readonly PlacedProduct[]): RuleId[] =>
    products.some((placed) => placed.facts.photosensitizer)
      ? [productContains.id, productOwnFirst.id, photosensitizerNightOnly.id]
      : [productContains.id, productOwnFirst.id];

  /** The strength to start an active at (`strength.start-low`), or null for everything else. */
  const strengthOf = (pick: Pick, ruleIds: RuleId[]): Message | null => {
    if (!facts.actives.has(pick)) return null;
    ruleIds.push(strengthStartLow.id);
    const advice = strengthAdvice(pick.ingredient, profile);
    firing.fire(strengthStartLow.id, () => ({
      facts: {
        ...profileFacts(profile, 'sensitive'),
        [`${pick.ingredient.slug}.strength`]: pick.ingredient.strength
          ? `${pick.ingredient.strength.startFrom}-${pick.ingredient.strength.startTo} (max ${pick.ingredient.strength.max})`
          : null,
      },
    }));
    return advice;
  };

  /** How a later start is explained: after its patch window, or after the previous new active. */
  const startNotes = (pick: Pick, start: number, ruleIds: RuleId[], notes: Message[]) => {
    if (patched.has(pick)) ruleIds.push(activesPatchTest.id);
    if (facts.actives.has(pick) && facts.fresh.has(pick)) ruleIds.push(activesOneAtATime.id);
    if (waitsForSpacing(start)) notes.push(STARTS_LATER_NOTE);
    else if (start > 0) notes.push(AFTER_PATCH_TEST_NOTE);
  };

  const serumStep = (pick: Pick, session: Session): PlannedStep => {
    const start = firstUse(pick);
    const ruleIds: RuleId[] = [...pick.ruleIds, routineSerumWithBasics.id, routineLayerOrder.id];
    const areas = areasOf(pick, ruleIds);
    const notes: Message[] = [];
    let frequency = EVERY[session];
    if (start > 0)
      frequency = message('every-session-from', {
        session,
        date: dateOf(start),
        week: Math.floor(start / 7) + 1,
      });
    startNotes(pick, start, ruleIds, notes);
    if (pick.role === 'antioxidant') notes.push(ANTIOXIDANT_NOTE);
    if (isHyaluronic(pick.ingredient)) notes.push(hyaluronicCapNote(pick.ingredient));
    if (areas.length > 1)
      notes.push(message('extend-to-areas', { decolletage: areas.includes('decolletage') }));
    if (session === 'pm') {
      ruleIds.push(routineNightSerumLeaveOn.id);
      notes.push(LEAVE_ON_NOTE);
    }
    if (photosensitizing(pick)) ruleIds.push(photosensitizerNightOnly.id);
    const strength = strengthOf(pick, ruleIds);
    return {
      kind: 'serum',
      picks: [pick],
      own: [],
      from: start,
      on: everyDay,
      frequency,
      notes,
      strength,
      ruleIds,
      areas,
    };
  };

  // No session holds more than two serum steps; in the morning the antioxidant is one of them.
  const serums = selection.serums.filter(inSchedule);
  const pmSerums = serums
    .filter((pick) => serumAllowed(pick, 'pm'))
    .slice(0, MAX_SERUM_STEPS)
    .sort(bySerumLayer);
  const amSerums: Pick[] = [];
  const antioxidant = selection.antioxidant;
  if (antioxidant && inSchedule(antioxidant) && morningAllows(antioxidant)) amSerums.push(antioxidant);
  for (const pick of serums) {
    if (amSerums.length >= MAX_SERUM_STEPS) break;
    if (serumAllowed(pick, 'am')) amSerums.push(pick);
  }
  amSerums.sort(bySerumLayer);

  const moisturizer = selection.moisturizer.filter(inSchedule);
  // The moisturizer seals in a hyaluronic acid serum applied in the same session.
  const sealedIn = (session: Session) =>
    (session === 'am' ? amSerums : pmSerums).some((pick) => isHyaluronic(pick.ingredient));
  const moisturizeStep = (session: Session): PlannedStep => {
    // The person's own moisturizers fill the step in every session they may go on in.
    const own = ownIn(selection.own.moisturizers, session);
    const picks =
      own.length > 0
        ? []
        : session === 'am'
          ? moisturizer.filter((pick) => dailyApplications(pick.ingredient) >= 2 && morningAllows(pick))
          : moisturizer;
    const notes = [moisturizerNote(profile.skinType)];
    const ruleIds = own.length > 0 ? [...BASE_RULES, ...ownRuleIds(own)] : [...BASE_RULES];
    if (sealedIn(session)) {
      notes.push(SEALED_NOTE);
      ruleIds.push(hyaluronicSeal.id);
    }
    if (picks.some((pick) => pick.ingredient.photosensitizing)) ruleIds.push(photosensitizerNightOnly.id);
    return {
      kind: 'moisturize',
      picks,
      own,
      from: 0,
      on: everyDay,
      frequency: EVERY[session],
      notes,
      strength: null,
      ruleIds,
      areas: ['face'],
    };
  };

  const basics = (session: Session): PlannedStep[] => {
    const cleansers = ownIn(selection.own.cleansers, session);
    const steps: PlannedStep[] = [
      {
        kind: 'cleanse',
        picks: [],
        own: cleansers,
        from: 0,
        on: everyDay,
        frequency: EVERY[session],
        notes: [cleanserNote(profile.skinType)],
        strength: null,
        ruleIds: cleansers.length > 0 ? [...BASE_RULES, ...ownRuleIds(cleansers)] : BASE_RULES,
        areas: ['face'],
      },
    ];
    // A person's own toner is used whatever the skin type; otherwise one is offered to oily and combination skin.
    const toners = ownIn(selection.own.toners, session);
    if (toners.length > 0 || offersToner(profile.skinType)) {
      steps.push({
        kind: 'tone',
        picks: [],
        own: toners,
        from: 0,
        on: everyDay,
        frequency: toners.length > 0 ? EVERY[session] : EVERY_OPTIONAL[session],
        notes: toners.length > 0 ? [] : [TONER_NOTE],
        strength: null,
        ruleIds:
          toners.length > 0
            ? [routineSerumWithBasics.id, routineLayerOrder.id, ...ownRuleIds(toners)]
            : [routineSerumWithBasics.id, routineLayerOrder.id],
        areas: ['face'],
      });
    }
    return steps;
  };

  const am: PlannedStep[] = [
    ...basics('am'),
    ...amSerums.map((pick) => serumStep(pick, 'am')),
    moisturizeStep('am'),
  ];
  const pm: PlannedStep[] = [...basics('pm'), ...pmSerums.map((pick) => serumStep(pick, 'pm'))];
  if (retinoid) {
    const start = firstUse(retinoid);
    const slow = slowRamp(profile);
    const ruleIds: RuleId[] = [
      ...retinoid.ruleIds,
      slow ? retinoidRampSensitive.id : retinoidRamp.id,
      retinoidAmount.id,
    ];
    if (slow && !profile.sensitive) ruleIds.push(sensitiveGentleOnly.id);
    if (photosensitizing(retinoid)) ruleIds.push(photosensitizerNightOnly.id);
    ruleIds.push(routineNightSerumLeaveOn.id, routineLayerOrder.id);
    const areas = areasOf(retinoid, ruleIds);
    if (!facts.fresh.has(retinoid)) ruleIds.push(retinoidExperience.id);
    const notes = [amountNote(areas), LEAVE_ON_NOTE];
    startNotes(retinoid, start, ruleIds, notes);
    if (acid) ruleIds.push(activesNoStacking.id);
    if (breastfeeding(profile)) ruleIds.push(retinoidPregnancy.id);
    if (breastfeeding(profile)) notes.push(BREASTFEEDING_NOTE);
    if (acid) notes.push(NOT_WITH_ACID_NOTE);
    if (profile.retinoidWeeks > 0) notes.push(experienceNote(profile.retinoidWeeks));
    const strength = strengthOf(retinoid, ruleIds);
    const nights = schedule.retinoidNights;
    pm.push({
      kind: 'treatment',
      picks: [retinoid],
      own: [],
      from: 0,
      on: nights,
      frequency: rampFrequency(schedule.retinoidStages, acid !== undefined, start > 0 ? dateOf(start) : null),
      notes,
      strength,
      ruleIds,
      areas,
    });
  }
  if (acid) {
    const start = firstUse(acid);
    const ruleIds: RuleId[] = [...acid.ruleIds, routineNightSerumLeaveOn.id, routineLayerOrder.id];
    if (photosensitizing(acid)) ruleIds.push(photosensitizerNightOnly.id);
    const areas = areasOf(acid, ruleIds);
    const notes = [ACID_EVENING_NOTE];
    startNotes(acid, start, ruleIds, notes);
    if (retinoid) ruleIds.push(activesNoStacking.id);
    if (retinoid) notes.push(NOT_WITH_RETINOID_NOTE);
    const keptToOne = keptToOneNote(profile);
    if (keptToOne) notes.push(keptToOne);
    const strength = strengthOf(acid, ruleIds);
    const nights = schedule.acidNights;
    pm.push({
      kind: 'treatment',
      picks: [acid],
      own: [],
      from: 0,
      on: nights,
      frequency: acidFrequency(profile, dateOf(start)),
      notes,
      strength,
      ruleIds,
      areas,
    });
  }
  pm.push(moisturizeStep('pm'));

  // Sunscreen last in the morning, over every area any step treats.
  const treated = new Set<Area>();
  for (const step of [...am, ...pm]) for (const area of step.areas) treated.add(area);
  const sunscreens = ownIn(selection.own.sunscreens, 'am');
  am.push({
    kind: 'sunscreen',
    picks: sunscreens.length > 0 ? [] : selection.sunscreen,
    own: sunscreens,
    from: 0,
    on: everyDay,
    frequency: EVERY.am,
    notes: [SUNSCREEN_NOTE],
    strength: null,
    ruleIds:
      sunscreens.length > 0
        ? [sunDailySpf.id, routineLayerOrder.id, productContains.id, productOwnFirst.id]
        : [sunDailySpf.id, routineLayerOrder.id],
    areas: sunscreenAreas(treated),
  });
  return { am, pm };
}

/** The items without repeats, first occurrence kept (lists here are a handful long). */
function unique<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

/** The routine template as the engine returns it. */
export function toSteps(steps: readonly PlannedStep[]): Step[] {
  return steps.map((step, index) => ({
    order: index + 1,
    kind: step.kind,
    ingredients: stepIngredients(step).map((ingredient) => ingredient.slug),
    areas: [...step.areas],
    frequency: step.frequency,
    leaveOn: staysOn(step.kind),
    notes: step.notes,
    strength: step.strength,
    ruleIds: unique(step.ruleIds),
    products: stepProducts(step).map(({ product }) => ({ productId: product.productId, name: product.name })),
  }));
}
