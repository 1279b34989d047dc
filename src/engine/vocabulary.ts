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
