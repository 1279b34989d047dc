import { z } from 'zod';
import { SOURCE_KEYS } from '../engine/sources.js';
import type { Ingredient as EngineIngredient } from '../engine/types.js';
import {
  CONCERNS,
  EVIDENCE_GRADES,
  INGREDIENT_CLASSES,
  IRRITATION_LEVELS,
  SKIN_TYPES,
  UV_SPECTRA,
} from '../engine/vocabulary.js';
import { NextCursorSchema, pageQueryFields } from '../http/cursor.js';

export const SkinTypeSchema = z.enum(SKIN_TYPES).describe('A skin type.').meta({ id: 'SkinType' });
export const ConcernSchema = z
  .enum(CONCERNS)
  .describe('A skin concern an ingredient addresses or a person wants addressed.')
  .meta({ id: 'Concern' });
export const IngredientClassSchema = z
  .enum(INGREDIENT_CLASSES)
  .describe('What kind of ingredient it is; the engine places ingredients by class.')
  .meta({ id: 'IngredientClass' });
export const IrritationSchema = z
  .enum(IRRITATION_LEVELS)
  .describe('How likely it is to irritate; `medium` and `high` make it an active.')
  .meta({ id: 'Irritation' });

/** `Date.prototype.toISOString()` in UTC: `2026-11-25T12:00:00.000Z`, 24 characters. */
export const IsoTimestampSchema = z.string().max(24);

export const SlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be kebab-case: lowercase letters and digits joined by single hyphens',
  )
  .describe('Kebab-case identifier, unique in the catalogue.');

const CasNumberSchema = z
  .string()
  .max(12) // Bounded by the pattern already (2–7 digits, 2, 1); said outright for the contract.
  .regex(/^\d{2,7}-\d{2}-\d$/, 'must be a CAS registry number such as 68-26-8')
  .nullable()
  .describe('CAS registry number, or null when it has none.');
const EcNumberSchema = z
  .string()
  .max(9)
  .regex(/^\d{3}-\d{3}-\d$/, 'must be an EC number such as 200-683-7')
  .nullable()
  .describe('EC (EINECS/ELINCS) number, or null when it has none.');

const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .refine((items) => new Set(items).size === items.length, 'must not repeat a value')
    .meta({ uniqueItems: true });
function uniqueListOf<T extends z.ZodType>(item: T) {
  return uniqueList(item);
}

export const UvSpectrumSchema = z
  .enum(UV_SPECTRA)
  .describe('What a UV filter blocks: `uva`, `uvb`, or `broad` (both).')
  .meta({ id: 'UvSpectrum' });

const Percent = z.number().positive().max(100);
export const StrengthSchema = z
  .strictObject({
    startFrom: Percent.describe('Low end of the starting strength, in percent.'),
    startTo: Percent.describe('High end of the starting strength, in percent.'),
    max: Percent.describe('The most ever advised, in percent.'),
  })
  .superRefine((value, context) => {
    if (value.startFrom > value.startTo)
      context.addIssue({ code: 'custom', path: ['startFrom'], message: 'must not be above startTo' });
    if (value.startTo > value.max)
      context.addIssue({ code: 'custom', path: ['startTo'], message: 'must not be above max' });
  })
  .meta({
    id: 'Strength',
    description: 'Strengths in percent: start within startFrom–startTo; never above max.',
  });

export const EvidenceSchema = z
  .strictObject({
    grade: z
      .enum(EVIDENCE_GRADES)
      .describe('How well the evidence supports it: strong, moderate or limited.'),
    sources: uniqueListOf(z.enum(SOURCE_KEYS))
      .max(10)
      .describe('Keys of the sources it rests on (as in `GET /v1/rules`).'),
  })
  .superRefine((value, context) => {
    if (value.grade !== 'limited' && value.sources.length === 0)
      context.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `a ${value.grade} grade needs a source`,
      });
  })
  .meta({ id: 'Evidence', description: 'The evidence grade and the source keys behind it.' });

const DEFAULT_EVIDENCE = { grade: 'limited' as const, sources: [] };

/** Examples for the OpenAPI document, shared by every schema that shows an ingredient. */
export const INGREDIENT_WRITE_EXAMPLE = {
  slug: 'malic-acid',
  name: 'Malic Acid',
  inciName: 'MALIC ACID',
  class: 'aha',
  family: null,
  rank: 40,
  concerns: ['texture', 'dullness'],
  photosensitizing: true,
  irritation: 'medium',
  maxApplicationsPerDay: 1,
  pregnancySafe: true,
  skinTypes: ['combination', 'normal', 'oily'],
  casNumber: '6915-15-7',
  ecNumber: '230-022-8',
  notes: 'A gentler AHA; evenings only.',
  aliases: ['Apple Acid'],
  uvSpectrum: null,
  strength: null,
  evidence: { grade: 'limited', sources: [] },
};
const INGREDIENT_EXAMPLE = {
  slug: 'retinol',
  name: 'Retinol',
  inciName: 'RETINOL',
  class: 'retinoid',
  family: null,
  rank: 10,
  concerns: ['fine-lines', 'firmness', 'texture', 'dark-spots'],
  photosensitizing: true,
  irritation: 'medium',
  maxApplicationsPerDay: 1,
  pregnancySafe: false,
  skinTypes: ['dry', 'combination', 'normal', 'oily'],
  casNumber: '68-26-8',
  ecNumber: '200-683-7',
  notes: 'Vitamin A alcohol; start slowly, at night.',
  aliases: ['Vitamin A'],
  uvSpectrum: null,
  strength: { startFrom: 0.1, startTo: 0.3, max: 1 },
  evidence: { grade: 'moderate', sources: ['spierings-retinol', 'retinoid-aging-review'] },
  updatedAt: '2026-11-01T00:00:00.000Z',
};

/** The fields staff write; the server adds `updatedAt`. */
export const IngredientFields = z.strictObject({
  slug: SlugSchema,
  name: z.string().trim().min(1).max(200).describe('Consumer-facing name.'),
  inciName: z.string().trim().min(1).max(2000).describe('INCI name as on the label (EU CosIng spelling).'),
  class: IngredientClassSchema,
  family: SlugSchema.nullable()
    .default(null)
    .describe(
      'Forms of one substance share a family (e.g. `hyaluronic-acid`) and count as one ingredient for daily limits.',
    ),
  rank: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .describe('Staff priority within its class: lower is preferred when two ingredients fit equally.'),
  // Distinct values of an enum: never more than the enum has.
  concerns: uniqueList(ConcernSchema).max(CONCERNS.length).describe('The concerns it addresses.'),
  photosensitizing: z.boolean().describe('Makes skin more vulnerable to UV: scheduled in the evening only.'),
  irritation: IrritationSchema,
  maxApplicationsPerDay: z
    .union([z.literal(1), z.literal(2)])
    .describe('How many times a day it may be applied (1 or 2).'),
  pregnancySafe: z
    .boolean()
    .describe('Whether it may be recommended during pregnancy or when trying to conceive.'),
  skinTypes: uniqueList(SkinTypeSchema).min(1).max(SKIN_TYPES.length).describe('The skin types it suits.'),
  casNumber: CasNumberSchema,
  ecNumber: EcNumberSchema,
  notes: z.string().max(2000).default('').describe('Short note for people reading the catalogue.'),
  aliases: uniqueList(z.string().trim().min(1).max(200))
    .max(20)
    .default([])
    .describe('Other names it is printed under on labels (e.g. "Vitamin C"); used to read ingredient lists.'),
  uvSpectrum: UvSpectrumSchema.nullable()
    .default(null)
    .describe('For a `uv-filter`, what it blocks (required there); null for every other class.'),
  strength: StrengthSchema.nullable()
    .default(null)
    .describe('The strength to start with and the most to use, in percent; null when no source gives one.'),
  evidence: EvidenceSchema.default(DEFAULT_EVIDENCE).describe(
    'How well the evidence supports it; an ingredient without one is graded `limited`.',
  ),
});

/** Facts that only hold together: a UV filter says what it blocks. */
function checkTogether(item: { class: string; uvSpectrum: string | null }, context: z.RefinementCtx): void {
  if (item.class === 'uv-filter' && item.uvSpectrum === null)
    context.addIssue({ code: 'custom', path: ['uvSpectrum'], message: 'is required for a uv-filter' });
}

/**
 * A refinement's `when`: run it whenever `fields` themselves are valid, even if another
 * field is not. zod skips refinements after a type error anywhere in the object, and
 * one answer should name every bad field.
 */
export function whenFieldsValid(...fields: string[]): (payload: z.core.ParsePayload) => boolean {
  const together = new Set<PropertyKey>(fields);
  return (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    payload.issues.every((issue) => {
      const path = issue.path ?? [];
      // An unknown key is reported at the object itself, but leaves the known fields readable.
      if (issue.code === 'unrecognized_keys') return true;
      return path.length > 0 && !together.has(path[0]!);
    });
}

export const IngredientInputSchema = IngredientFields.superRefine(checkTogether, {
  when: whenFieldsValid('class', 'uvSpectrum'),
}).meta({
  id: 'IngredientWrite',
  description:
    'An ingredient as staff write it; the server adds `updatedAt`. `family`, `rank`, `notes`, `aliases`, ' +
    '`uvSpectrum`, `strength` and `evidence` may be left out (null, 100, empty, none, null, null and ' +
    '`limited`); a `uv-filter` must give `uvSpectrum`.',
  example: INGREDIENT_WRITE_EXAMPLE,
});
export type IngredientInput = z.infer<typeof IngredientInputSchema>;

export const IngredientSchema = IngredientFields.extend({
  updatedAt: IsoTimestampSchema.describe('When it was last written (ISO 8601, UTC).'),
}).meta({
  id: 'Ingredient',
  description: 'One ingredient of the catalogue, with the facts the engine decides from.',
  example: INGREDIENT_EXAMPLE,
});
export type Ingredient = z.infer<typeof IngredientSchema>;

// The HTTP shape and the engine's shape are one type: a compile error here means they drifted.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _ingredientShapesAgree: Same<Ingredient, EngineIngredient> = true;
void _ingredientShapesAgree;

export const IngredientListQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Case-insensitive substring of the name, INCI name or slug; empty matches every ingredient.'),
  class: IngredientClassSchema.optional().describe('Only ingredients of this class.'),
  concern: ConcernSchema.optional().describe('Only ingredients that address this concern.'),
  ...pageQueryFields,
});
export type IngredientListQuery = z.infer<typeof IngredientListQuerySchema>;

export const IngredientListSchema = z
  .strictObject({
    items: z.array(IngredientSchema).max(100).describe('The ingredients of this page, in slug order.'),
    nextCursor: NextCursorSchema,
  })
  .meta({
    id: 'IngredientList',
    description: 'One page of ingredients, ordered by slug.',
    example: {
      items: [INGREDIENT_EXAMPLE],
      nextCursor: 'cmV0aW5vbA',
    },
  });

/**
 * A slug or id in a path. Anything that names nothing stored is not found (404), kebab-case or not:
 * `/v1/ingredients/RETINOL` is a missing page, not a malformed request. The router bounds its length.
 */
export const PathSlugSchema = z.string().min(1).max(200);

export const SlugParamsSchema = z.strictObject({
  slug: PathSlugSchema.describe('The ingredient’s slug (kebab-case).'),
});
