/**
 * The closed vocabularies of the domain. The HTTP schemas, the database and the
 * engine all read these tuples, so a value added here is added everywhere.
 */

export const SKIN_TYPES = ['dry', 'combination', 'normal', 'oily'] as const;
export type SkinType = (typeof SKIN_TYPES)[number];

export const CONCERNS = [
  'firmness',
  'fine-lines',
  'dryness',
  'dullness',
  'dark-spots',
  'texture',
  'pores',
  'redness',
] as const;
export type Concern = (typeof CONCERNS)[number];

export const INGREDIENT_CLASSES = [
  'retinoid',
  'aha',
  'bha',
  'pha',
  'humectant',
  'antioxidant',
  'peptide',
  'vitamin',
  'emollient',
  'barrier',
  'soothing',
  'uv-filter',
  'botanical',
  'other',
] as const;
export type IngredientClass = (typeof INGREDIENT_CLASSES)[number];

export const IRRITATION_LEVELS = ['low', 'medium', 'high'] as const;
export type Irritation = (typeof IRRITATION_LEVELS)[number];

export const PREGNANCY_STATUSES = ['none', 'trying', 'pregnant', 'breastfeeding'] as const;
export type PregnancyStatus = (typeof PREGNANCY_STATUSES)[number];

export const SUN_EXPOSURES = ['low', 'moderate', 'high'] as const;
export type SunExposure = (typeof SUN_EXPOSURES)[number];

export const STEP_KINDS = ['cleanse', 'tone', 'serum', 'treatment', 'moisturize', 'sunscreen'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const AREAS = ['face', 'neck', 'decolletage'] as const;
export type Area = (typeof AREAS)[number];

/** The classes that exfoliate: an acid night is a night off the retinoid. */
export const EXFOLIATING_ACID_CLASSES: readonly IngredientClass[] = ['aha', 'bha', 'pha'];

/** What part of the UV spectrum a UV filter blocks; `broad` covers both. */
export const UV_SPECTRA = ['uva', 'uvb', 'broad'] as const;
export type UvSpectrum = (typeof UV_SPECTRA)[number];

/** How well the evidence supports an ingredient for what it is chosen for. */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'limited'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** GRADE: how strongly a rule is recommended, separately from how certain its evidence is. */
export const RULE_STRENGTHS = ['strong', 'conditional'] as const;
export type RuleStrength = (typeof RULE_STRENGTHS)[number];
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What a person reports in a check-in. */
export const REACTIONS = [
  'dryness',
  'peeling',
  'redness',
  'stinging',
  'burning',
  'swelling',
  'breakout',
] as const;
export type Reaction = (typeof REACTIONS)[number];

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a check-in did to an active's schedule. */
export const ADJUSTMENT_ACTIONS = ['hold', 'step-back', 'pause', 'stop'] as const;
export type AdjustmentAction = (typeof ADJUSTMENT_ACTIONS)[number];
