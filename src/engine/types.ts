import type { Message } from './message.js';
import type { RuleId } from './rules/index.js';
import type { SourceKey } from './sources.js';
import type { TraceEntry } from './trace.js';
import type {
  AdjustmentAction,
  Area,
  Certainty,
  Concern,
  EvidenceGrade,
  IngredientClass,
  Irritation,
  PregnancyStatus,
  Reaction,
  RuleStrength,
  Severity,
  SkinType,
  StepKind,
  SunExposure,
  UvSpectrum,
} from './vocabulary.js';

/** One catalogue entry, as the engine sees it: facts only, no storage details. */
export interface Ingredient {
  slug: string;
  name: string;
  inciName: string;
  class: IngredientClass;
  /** Forms of one substance share a family and count as one ingredient for daily limits. */
  family: string | null;
  /** Staff priority within a class: lower wins when two ingredients fit a profile equally. */
  rank: number;
  concerns: Concern[];
  photosensitizing: boolean;
  irritation: Irritation;
  maxApplicationsPerDay: 1 | 2;
  pregnancySafe: boolean;
  skinTypes: SkinType[];
  casNumber: string | null;
  ecNumber: string | null;
  notes: string;
  /** Other names it is printed under on labels. */
  aliases: string[];
  /** For a UV filter, what it blocks; null otherwise. */
  uvSpectrum: UvSpectrum | null;
  /** The strength to start with and never exceed, in percent; null when the sources give none. */
  strength: Strength | null;
  evidence: Evidence;
  updatedAt: string;
}

/** Strengths in percent: start within `startFrom`–`startTo`, never above `max`. */
export interface Strength {
  startFrom: number;
  startTo: number;
  max: number;
}

/** How well the evidence supports the ingredient, and the source keys it rests on. */
export interface Evidence {
  grade: EvidenceGrade;
  sources: SourceKey[];
}

/** A read-only view of the catalogue at one version. */
export interface CatalogueSnapshot {
  version: string;
  /** Sorted by slug. */
  ingredients: readonly Ingredient[];
  bySlug: ReadonlyMap<string, Ingredient>;
}

export interface Lifestyle {
  sunExposure: SunExposure;
  smoker: boolean;
  alcohol: boolean;
}

/** A complete profile: every default already applied, `startDate` included. */
export interface Profile {
  skinType: SkinType;
  sensitive: boolean;
  concerns: Concern[];
  pregnancy: PregnancyStatus;
  retinoidWeeks: number;
  avoid: string[];
  lifestyle: Lifestyle;
  /** ISO date, YYYY-MM-DD. */
  startDate: string;
  weeks: number;
  /** What the skin did since the plan started; none when absent. */
  checkIns?: readonly CheckIn[];
  /** The person's own products, already read into catalogue slugs (`product.own-first`); absent: none. */
  ownProducts?: readonly OwnProduct[];
}

/**
 * A reaction the person reports, already resolved to catalogue ingredients by the caller, so the
 * engine never needs to know how it was named (a slug, or an own product and the actives it holds).
 */
export interface CheckIn {
  /** ISO date, YYYY-MM-DD, inside the schedule. */
  date: string;
  reaction: Reaction;
  severity: Severity;
  /** The catalogue slugs it names; null: whatever active was applied that day or the day before. */
  ingredients: readonly string[] | null;
}

/** What a check-in changed in one active's schedule. */
export interface Adjustment {
  /** The check-in's date; the change applies from the day after. */
  date: string;
  ingredient: string;
  action: AdjustmentAction;
  /** The last day the change is in force (inclusive). */
  until: string;
  ruleIds: RuleId[];
}

/**
 * One of the person's own products, as the engine sees it: plain data the service has already read
 * from the product catalogue or from the ingredient list the person sent.
 */
export interface OwnProduct {
  /** Its `productId`, or its name for a product sent with its own list; unique within a request. */
  key: string;
  productId: string | null;
  name: string;
  /** The step it is for, as the person said; null: the engine infers it from what it holds. */
  kind: StepKind | null;
  /** The catalogue slugs it holds (not "may contain" entries), in list order. */
  slugs: string[];
  /** The entries of its list that matched nothing, as printed. */
  unknown: string[];
  /** The percent its label prints for a slug it holds, where it prints one. */
  stated?: Readonly<Record<string, number>>;
  /** The catalogue slugs listed after "may contain" (or `+/-`): they count for warnings, never for placement. */
  mayContain?: readonly string[];
}

/** A product of the product catalogue, as the engine needs it to suggest products (`product.suggest`). */
export interface CatalogueProduct {
  id: string;
  brand: string;
  name: string;
  kind: StepKind;
  /** The catalogue slugs it holds (not "may contain" entries), in list order. */
  slugs: string[];
  /** The 1-based position of each of `slugs` in the printed list. */
  positions: number[];
  /** The entries of its list that matched nothing, as printed. */
  unknown: string[];
  /** As {@link OwnProduct.stated}. */
  stated?: Readonly<Record<string, number>>;
  /** As {@link OwnProduct.mayContain}. */
  mayContain?: readonly string[];
}

/** An own product used in a step. */
export interface StepProduct {
  productId: string | null;
  name: string;
}

/** A catalogue product suggested for a step without an own product. */
export interface Suggestion {
  productId: string;
  brand: string;
  name: string;
}

export interface Step {
  order: number;
  kind: StepKind;
  ingredients: string[];
  areas: Area[];
  frequency: Message;
  leaveOn: boolean;
  notes: Message[];
  /** The strength to start with, for a step holding an active; null otherwise. */
  strength: Message | null;
  ruleIds: RuleId[];
  /** The person's own products used in the step (empty when the catalogue fills it). */
  products: StepProduct[];
  /** Only when products were asked for, and only on a step without an own product: up to 3 catalogue products. */
  suggestions?: Suggestion[];
}

export interface CalendarDay {
  date: string;
  week: number;
  am: string[];
  pm: string[];
  /** The slugs being patch-tested that day. */
  patch: string[];
}

/** One ingredient the routine names, so a client can show its name and grade without more calls. */
export interface GlossaryEntry {
  slug: string;
  name: string;
  evidence: Evidence;
  strength: Strength | null;
}

export const WARNING_CODES = [
  'patch-test',
  'sun-sensitivity',
  'pregnancy',
  'breastfeeding',
  'avoided',
  'no-uv-filter',
  'deferred',
  'concern-uncovered',
  'product-conflict',
  'product-unknown-ingredients',
  'may-contain',
  'stop-and-seek-advice',
  'purging',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  message: Message;
  ingredient: string | null;
  date: string | null;
  ruleIds: RuleId[];
}

export interface Expectation {
  concern: Concern;
  fromWeeks: number;
  toWeeks: number;
  message: Message;
  ruleIds: RuleId[];
}

export const LIFESTYLE_CODES = ['sun-exposure', 'smoking', 'alcohol'] as const;
export type LifestyleCode = (typeof LIFESTYLE_CODES)[number];

export interface LifestyleAdvice {
  code: LifestyleCode;
  message: Message;
  ruleIds: RuleId[];
}

export interface Recommendation {
  routine: { am: Step[]; pm: Step[] };
  calendar: CalendarDay[];
  /** Every ingredient the routine names, once. */
  ingredients: GlossaryEntry[];
  warnings: Warning[];
  /** What the check-ins changed, in the order they apply. */
  adjustments: Adjustment[];
  expectations: Expectation[];
  lifestyle: LifestyleAdvice[];
  rulesApplied: RuleId[];
  catalogueVersion: string;
  disclaimer: Message;
  /** Every rule's firing record, only when asked for (`explain`). */
  trace?: TraceEntry[];
}

/** A published source a rule stands on. */
export interface RuleSource {
  key: string;
  title: string;
  url?: string;
}

/**
 * A value a rule's title or rationale states: a number, a word of the vocabulary, or a list of
 * them (`and`: "oily and combination"; `or`: "pores or dark spots"; `comma`: "2 in weeks 1-2,
 * 3 in weeks 3-4, …", where each language joins its plain enumerations as it does).
 */
export type RuleTextParam = number | Message | RuleTextList;
export interface RuleTextList {
  readonly items: readonly Message[];
  readonly join: 'and' | 'or' | 'comma';
}

/**
 * A rule as data: its id, the values its title and rationale state, and where it comes from.
 * The words live in the message catalogue of each language (`rule.<id>.title`,
 * `rule.<id>.rationale`, ICU templates whose placeholders are the names in `params`), so a
 * number lives once, in the rule, and every language states it.
 */
export interface Rule {
  id: string;
  params: Readonly<Record<string, RuleTextParam>>;
  sources: RuleSource[];
  /** GRADE strength of the recommendation. */
  strength: RuleStrength;
  /** GRADE certainty of the evidence behind it (a rule can be strong on low certainty). */
  certainty: Certainty;
  /** The profile fields it decides on, shown in every trace entry (`?explain=true`). */
  reads: readonly (keyof Profile)[];
}
