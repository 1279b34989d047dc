import { isoDateRange, isoFromDays } from './dates.js';
import type { RuleId } from './rules/index.js';
import { acidNightsPerWeek, type NightsPerWeek, type Schedule } from './schedule.js';
import { FIRMING_CONCERNS, hasAny, isActive, type Pick, type Selection } from './select.js';
import type { CalendarDay, Profile, Step } from './types.js';
import type { Area, IngredientClass, SkinType, StepKind } from './vocabulary.js';

type Session = 'am' | 'pm';

/** A step of the routine template and the days it is applied. */
interface PlannedStep {
  kind: StepKind;
  picks: Pick[];
  /** Whether the step is applied on a given day of the schedule; null: every day. */
  on: ((day: number) => boolean) | null;
  frequency: string;
  notes: string[];
  ruleIds: RuleId[];
  areas: Area[];
}

const CLEANSER: Record<SkinType, string> = {
  dry: 'A cream cleanser that cleans without stripping oils.',
  normal: 'A gentle cleanser.',
  combination: 'A gentle cleanser.',
  oily: 'A gel cleanser.',
};

const MOISTURIZER: Record<SkinType, string> = {
  dry: 'A rich cream.',
  normal: 'A lotion.',
  combination: 'A light lotion.',
  oily: 'A gel or oil-free lotion.',
};

// Thin to thick within the serum layer: watery antioxidant and humectant serums first.
const SERUM_ORDER: Partial<Record<IngredientClass, number>> = {
  antioxidant: 0,
  humectant: 1,
  vitamin: 2,
  peptide: 3,
  soothing: 4,
  botanical: 5,
  other: 6,
};
const serumOrder = (pick: Pick) => SERUM_ORDER[pick.ingredient.class] ?? 7;

const everyDay = null;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Plan {
  am: PlannedStep[];
  pm: PlannedStep[];
}

/**
 * The routine template (`routine.serum-with-basics`, `routine.layer-order`): each
 * session's steps in application order, each with the days it applies. Ingredients
 * whose first use falls after the schedule are left out (they get a `deferred` warning).
 */
export function planRoutine(
  profile: Profile,
  selection: Selection,
  schedule: Schedule,
  startDay: number,
): Plan {
  const inSchedule = (pick: Pick) => (schedule.firstUse.get(pick.ingredient.slug) ?? 0) < schedule.length;
  const firming = hasAny(profile.concerns, FIRMING_CONCERNS);
  const withToner = profile.skinType === 'oily' || profile.skinType === 'combination';
  const dateOf = (day: number) => isoFromDays(startDay + day);

  const areasFor = (pick: Pick): { areas: Area[]; ruleIds: RuleId[] } => {
    if (!firming || !hasAny(pick.ingredient.concerns, FIRMING_CONCERNS))
      return { areas: ['face'], ruleIds: [] };
    if (pick.role === 'retinoid' && profile.pregnancy === 'breastfeeding') {
      return { areas: ['face', 'neck'], ruleIds: ['area.neck-decolletage', 'retinoid.pregnancy'] };
    }
    return { areas: ['face', 'neck', 'decolletage'], ruleIds: ['area.neck-decolletage'] };
  };

  const serumStep = (pick: Pick, session: Session): PlannedStep => {
    const start = schedule.firstUse.get(pick.ingredient.slug) ?? 0;
    const { areas, ruleIds: areaRules } = areasFor(pick);
    const ruleIds: RuleId[] = [
      ...pick.ruleIds,
      'routine.serum-with-basics',
      'routine.layer-order',
      ...areaRules,
    ];
    const notes: string[] = [];
    let frequency = session === 'am' ? 'every morning' : 'every evening';
    if (start > 0) {
      frequency += ` from ${dateOf(start)} (week ${Math.floor(start / 7) + 1})`;
      ruleIds.push('actives.one-at-a-time');
      notes.push(
        'Starts once the previous new active has had time to settle, so a reaction can be traced to it.',
      );
    }
    if (pick.role === 'antioxidant') notes.push('Morning protection under sunscreen.');
    if (pick.ingredient.family !== null && pick.ruleIds.includes('hyaluronic.twice-daily')) {
      notes.push(
        'No more than twice a day, counting every form of hyaluronic acid; seal it in with the moisturizer.',
      );
    }
    if (areas.length > 1)
      notes.push(`Take it down over the ${areas.includes('decolletage') ? 'neck and décolletage' : 'neck'}.`);
    if (session === 'pm') {
      ruleIds.push('routine.night-serum-leave-on');
      notes.push('Leave it on overnight.');
    }
    if (pick.ingredient.photosensitizing) ruleIds.push('photosensitizer.night-only');
    return {
      kind: 'serum',
      picks: [pick],
      on: start > 0 ? (day) => day >= start : everyDay,
      frequency,
      notes,
      ruleIds,
      areas,
    };
  };

  const serums = selection.serums.filter(inSchedule);
  const amSerums = serums.filter(
    (pick) => pick.ingredient.maxApplicationsPerDay === 2 && !pick.ingredient.photosensitizing,
  );
  if (selection.antioxidant && inSchedule(selection.antioxidant)) amSerums.push(selection.antioxidant);
  amSerums.sort((a, b) => serumOrder(a) - serumOrder(b));
  const pmSerums = [...serums].sort((a, b) => serumOrder(a) - serumOrder(b));

  const moisturizer = selection.moisturizer.filter(inSchedule);
  const hasHyaluronic = serums.some((pick) => pick.ruleIds.includes('hyaluronic.seal'));
  const moisturizeStep = (session: Session): PlannedStep => {
    const picks =
      session === 'am' ? moisturizer.filter((p) => p.ingredient.maxApplicationsPerDay === 2) : moisturizer;
    const notes = [MOISTURIZER[profile.skinType]];
    const ruleIds: RuleId[] = ['skin-type.basis', 'routine.serum-with-basics', 'routine.layer-order'];
    if (hasHyaluronic) {
      notes.push('It seals in the hyaluronic acid serum underneath.');
      ruleIds.push('hyaluronic.seal');
    }
    return {
      kind: 'moisturize',
      picks,
      on: everyDay,
      frequency: session === 'am' ? 'every morning' : 'every evening',
      notes,
      ruleIds,
      areas: ['face'],
    };
  };

  const basics = (session: Session): PlannedStep[] => {
    const steps: PlannedStep[] = [
      {
        kind: 'cleanse',
        picks: [],
        on: everyDay,
        frequency: session === 'am' ? 'every morning' : 'every evening',
        notes: [CLEANSER[profile.skinType]],
        ruleIds: ['skin-type.basis', 'routine.serum-with-basics', 'routine.layer-order'],
        areas: ['face'],
      },
    ];
    if (withToner) {
      steps.push({
        kind: 'tone',
        picks: [],
        on: everyDay,
        frequency: session === 'am' ? 'every morning (optional)' : 'every evening (optional)',
        notes: ['Optional: an alcohol-free toner after cleansing.'],
        ruleIds: ['routine.serum-with-basics', 'routine.layer-order'],
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
  const sunscreen = selection.sunscreen;
  am.push({
    kind: 'sunscreen',
    picks: sunscreen ? [sunscreen] : [],
    on: everyDay,
    frequency: 'every morning',
    notes: [
      'Broad-spectrum, SPF 30 or higher, as the last morning step every day, whatever the weather; reapply outdoors.',
    ],
    ruleIds: ['sun.daily-spf', 'routine.layer-order'],
    areas: ['face', 'neck'],
  });

  const pm: PlannedStep[] = [...basics('pm'), ...pmSerums.map((pick) => serumStep(pick, 'pm'))];
  if (selection.retinoid && inSchedule(selection.retinoid))
    pm.push(retinoidStep(profile, selection, schedule, areasFor));
  if (selection.acid && inSchedule(selection.acid)) pm.push(acidStep(profile, selection, schedule, dateOf));
  pm.push(moisturizeStep('pm'));
  return { am, pm };
}

function retinoidStep(
  profile: Profile,
  selection: Selection,
  schedule: Schedule,
  areasFor: (pick: Pick) => { areas: Area[]; ruleIds: RuleId[] },
): PlannedStep {
  const pick = selection.retinoid!;
  const { areas, ruleIds: areaRules } = areasFor(pick);
  const ruleIds: RuleId[] = [
    ...pick.ruleIds,
    profile.sensitive ? 'retinoid.ramp-sensitive' : 'retinoid.ramp',
    'retinoid.amount',
    'photosensitizer.night-only',
    'routine.night-serum-leave-on',
    'routine.layer-order',
    ...areaRules,
  ];
  if (profile.retinoidWeeks > 0) ruleIds.push('retinoid.experience');
  else ruleIds.push('actives.one-at-a-time');
  if (selection.acid) ruleIds.push('actives.no-stacking');
  if (profile.pregnancy === 'breastfeeding' && !ruleIds.includes('retinoid.pregnancy'))
    ruleIds.push('retinoid.pregnancy');

  const notes = [
    areas.includes('neck')
      ? 'A pea-sized amount for the whole face and a second one for the neck' +
        (areas.includes('decolletage') ? ' and décolletage' : '') +
        ', at bedtime, on dry skin.'
      : 'A pea-sized amount for the whole face, at bedtime, on dry skin.',
    'Leave it on overnight.',
  ];
  if (profile.pregnancy === 'breastfeeding')
    notes.push('While breastfeeding: face and neck only, never the chest.');
  if (selection.acid) notes.push('Never on the same night as the exfoliating acid.');
  if (profile.retinoidWeeks > 0) {
    notes.push(
      `You have used a retinoid for ${plural(profile.retinoidWeeks, 'week')}: the ramp continues from there.`,
    );
  }

  const nights = schedule.retinoidNights;
  return {
    kind: 'treatment',
    picks: [pick],
    on: (day) => nights[day] === 1,
    frequency: describeRamp(schedule.retinoidStages, selection.acid !== undefined),
    notes,
    ruleIds,
    areas,
  };
}

/** "2 nights a week in weeks 1–2, 3 nights a week in weeks 3–4, …, then every night from week 9". */
export function describeRamp(stages: readonly NightsPerWeek[], withAcid: boolean): string {
  const parts: string[] = [];
  let from = 0;
  for (let week = 1; week <= stages.length; week++) {
    const stage = stages[from]!;
    if (week < stages.length && stages[week] === stage) continue;
    const span = from + 1 === week ? `week ${week}` : `weeks ${from + 1}–${week}`;
    if (stage === 'every') {
      parts.push(
        `${parts.length > 0 ? 'then ' : ''}every night${from > 0 ? ` from week ${from + 1}` : ''}${withAcid ? ' except acid nights' : ''}`,
      );
    } else {
      parts.push(`${plural(stage, 'night')} a week in ${span}${stage < 4 ? ', never two in a row' : ''}`);
    }
    from = week;
  }
  return parts.join('; ');
}

function acidStep(
  profile: Profile,
  selection: Selection,
  schedule: Schedule,
  dateOf: (day: number) => string,
): PlannedStep {
  const pick = selection.acid!;
  const start = schedule.firstUse.get(pick.ingredient.slug) ?? 0;
  const later = acidNightsPerWeek(5, profile);
  const ruleIds: RuleId[] = [...pick.ruleIds, 'routine.night-serum-leave-on', 'routine.layer-order'];
  if (pick.ingredient.photosensitizing) ruleIds.push('photosensitizer.night-only');
  if (isActive(pick.ingredient) && start > 0) ruleIds.push('actives.one-at-a-time');
  if (selection.retinoid) ruleIds.push('actives.no-stacking');
  const notes = ['Evening only.'];
  if (selection.retinoid) notes.push('Never on a retinoid night: an acid night is a night off the retinoid.');
  if (later === 1 && (profile.skinType === 'dry' || profile.sensitive)) {
    notes.push('Kept to one night a week for dry or sensitive skin.');
  }
  const nights = schedule.acidNights;
  return {
    kind: 'treatment',
    picks: [pick],
    on: (day) => nights[day] === 1,
    frequency: `1 night a week from ${dateOf(start)} for its first 4 weeks, then ${plural(later, 'night')} a week`,
    notes,
    ruleIds,
    areas: ['face'],
  };
}

/** The items without repeats, first occurrence kept (lists here are a handful long). */
function unique<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

/** The routine template as the API returns it. */
export function toSteps(steps: readonly PlannedStep[]): Step[] {
  return steps.map((step, index) => ({
    order: index + 1,
    kind: step.kind,
    ingredients: step.picks.map((pick) => pick.ingredient.slug),
    areas: step.areas,
    frequency: step.frequency,
    leaveOn: step.kind !== 'cleanse',
    notes: step.notes,
    ruleIds: unique(step.ruleIds),
  }));
}

/**
 * One entry per day with the slugs applied in each session, in application order.
 * Days with the same steps share one list, so a year-long calendar stays cheap.
 */
export function buildCalendar(plan: Plan, schedule: Schedule, startDay: number): CalendarDay[] {
  const amCache = new Map<number, string[]>();
  const pmCache = new Map<number, string[]>();
  const sessionOn = (steps: readonly PlannedStep[], cache: Map<number, string[]>) => {
    // Every-day steps are one fixed mask; only the few scheduled steps are asked per day.
    let base = 0;
    const scheduled: [bit: number, on: (day: number) => boolean][] = [];
    steps.forEach((step, i) => {
      if (step.on === null) base |= 1 << i;
      else scheduled.push([1 << i, step.on]);
    });
    let lastMask = -1;
    let lastSlugs: string[] = [];
    return (day: number): string[] => {
      let mask = base;
      for (let i = 0; i < scheduled.length; i++) if (scheduled[i]![1](day)) mask |= scheduled[i]![0];
      // Consecutive days mostly repeat the same steps: skip the lookup then.
      if (mask === lastMask) return lastSlugs;
      let slugs = cache.get(mask);
      if (slugs === undefined) {
        slugs = [];
        for (let i = 0; i < steps.length; i++) {
          if (mask & (1 << i)) for (const pick of steps[i]!.picks) slugs.push(pick.ingredient.slug);
        }
        cache.set(mask, slugs);
      }
      lastMask = mask;
      lastSlugs = slugs;
      return slugs;
    };
  };
  const amOn = sessionOn(plan.am, amCache);
  const pmOn = sessionOn(plan.pm, pmCache);
  const dates = isoDateRange(startDay, schedule.length);
  const calendar: CalendarDay[] = new Array(schedule.length);
  for (let day = 0; day < schedule.length; day++) {
    calendar[day] = {
      date: dates[day]!,
      week: Math.floor(day / 7) + 1,
      am: amOn(day),
      pm: pmOn(day),
    };
  }
  return calendar;
}
