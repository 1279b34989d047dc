import { z } from 'zod';
import { SlugSchema } from '../catalogue/ingredient-schemas.js';
import type { ListEntry, ProductFacts, UnknownIngredient } from './ingredient-list.js';

/** The longest ingredient list read, in characters (api.md). */
export const MAX_INCI_LENGTH = 10_000;
/** A list of 10,000 characters holds at most 5,000 entries ("a,b,…"). */
const MAX_ENTRIES = MAX_INCI_LENGTH / 2;

export const ANALYSIS_WARNING_CODES = [
  'product-unknown-ingredients',
  'close-spelling',
  'may-contain',
  'pregnancy',
  'sun-sensitivity',
  'too-strong',
] as const;
export type AnalysisWarningCode = (typeof ANALYSIS_WARNING_CODES)[number];

const InciNameSchema = z.string().describe('An INCI name, as the catalogue or CosIng spells it.');

export const ListEntrySchema = z
  .strictObject({
    position: z.number().int().min(1).max(MAX_ENTRIES).describe('1-based, in printed order.'),
    text: z.string().max(MAX_INCI_LENGTH).describe('The entry as printed, trimmed.'),
    slug: SlugSchema.nullable().describe('The catalogue ingredient it is, when it matched one.'),
    inciName: InciNameSchema.nullable().describe('The INCI name it matched; null when unknown.'),
    match: z
      .enum(['exact', 'alias', 'fuzzy', 'reference', 'unknown'])
      .describe(
        'How it matched: a catalogue INCI name (`exact`) or alias (`alias`), a CosIng name (`reference`), ' +
          'a close spelling of either (`fuzzy`, see `confidence`), or nothing (`unknown`).',
      ),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe(
        '1 for exact, alias and reference matches; 1 − edits ÷ length for a close spelling; 0 when unknown.',
      ),
    percent: z
      .number()
      .gt(0)
      .max(100)
      .nullable()
      .describe('The percentage printed with it, e.g. 0.5 for "Retinol 0.5%".'),
    mayContain: z
      .boolean()
      .describe(
        'Listed after "may contain" or "+/-": counted for warnings, never for placement in a routine.',
      ),
  })
  .meta({ id: 'ListEntry', description: 'One entry of a printed ingredient list and what it matched.' });

export const ListFactsSchema = z
  .strictObject({
    actives: z.array(SlugSchema).max(MAX_ENTRIES).describe('Catalogue actives it holds, in list order.'),
    retinoid: z.boolean().describe('Holds a retinoid.'),
    exfoliatingAcid: z.boolean().describe('Holds an exfoliating acid (AHA, BHA or PHA).'),
    photosensitizing: z.boolean().describe('Holds an ingredient that makes skin more sensitive to the sun.'),
    pregnancySafe: z.boolean().describe('False when it holds anything not established as safe in pregnancy.'),
  })
  .meta({
    id: 'ListFacts',
    description:
      'What the product is, derived from the catalogue ingredients it holds (may-contain entries aside).',
  });

export const UnknownIngredientSchema = z
  .strictObject({
    text: z.string().max(MAX_INCI_LENGTH).describe('The entry as printed.'),
    suggestions: z.array(InciNameSchema).max(3).describe('The closest INCI names, nearest first.'),
  })
  .meta({ id: 'UnknownIngredient', description: 'An entry that matched nothing, with the closest names.' });

export const ListWarningSchema = z
  .strictObject({
    code: z.enum(ANALYSIS_WARNING_CODES).describe('The kind of warning.'),
    message: z.string().describe('What it means, in words.'),
    positions: z
      .array(z.number().int().min(1).max(MAX_ENTRIES))
      .max(MAX_ENTRIES)
      .describe('The `position` of every entry it is about.'),
  })
  .meta({ id: 'ListWarning', description: 'Something to check or know about the list.' });

export const ListAnalysisRequestSchema = z
  .strictObject({
    inci: z
      .string()
      .trim()
      .min(1)
      .max(MAX_INCI_LENGTH)
      .describe(
        'The ingredient list as printed: entries separated by commas, semicolons, bullets or line breaks; ' +
          'text before "Ingredients:" is ignored.',
      ),
  })
  .meta({
    id: 'ListAnalysisRequest',
    description: 'An ingredient list to read.',
    example: { inci: 'Ingredients: Aqua (Water), Glycerin, Niacinamide 5%, Retinol 0.3%, Phenoxyethanol.' },
  });
export type ListAnalysisRequest = z.infer<typeof ListAnalysisRequestSchema>;

export const ListAnalysisSchema = z
  .strictObject({
    ingredients: z.array(ListEntrySchema).max(MAX_ENTRIES).describe('Every entry, in printed order.'),
    facts: ListFactsSchema,
    unknownIngredients: z
      .array(UnknownIngredientSchema)
      .max(MAX_ENTRIES)
      .describe('The entries that matched nothing, in printed order.'),
    warnings: z.array(ListWarningSchema).max(ANALYSIS_WARNING_CODES.length).describe('Empty when none.'),
  })
  .meta({
    id: 'ListAnalysis',
    description: 'An ingredient list read against the catalogue and the CosIng reference.',
    example: {
      ingredients: [
        {
          position: 1,
          text: 'Aqua (Water)',
          slug: null,
          inciName: 'AQUA',
          match: 'reference',
          confidence: 1,
          percent: null,
          mayContain: false,
        },
        {
          position: 2,
          text: 'Retinol 0.3%',
          slug: 'retinol',
          inciName: 'RETINOL',
          match: 'exact',
          confidence: 1,
          percent: 0.3,
          mayContain: false,
        },
        {
          position: 3,
          text: 'Glycerine',
          slug: 'glycerin',
          inciName: 'GLYCERIN',
          match: 'alias',
          confidence: 1,
          percent: null,
          mayContain: false,
        },
      ],
      facts: {
        actives: ['retinol'],
        retinoid: true,
        exfoliatingAcid: false,
        photosensitizing: true,
        pregnancySafe: false,
      },
      unknownIngredients: [],
      warnings: [
        {
          code: 'pregnancy',
          message:
            'Holds Retinol, not established as safe in pregnancy: avoid it while pregnant or trying to conceive.',
          positions: [2],
        },
      ],
    },
  });
export type ListAnalysis = z.infer<typeof ListAnalysisSchema>;

// The HTTP shapes and the reader's are one: a compile error here means they drifted.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _shapesAgree: [
  Same<z.infer<typeof ListEntrySchema>, ListEntry>,
  Same<z.infer<typeof ListFactsSchema>, ProductFacts>,
  Same<z.infer<typeof UnknownIngredientSchema>, UnknownIngredient>,
] = [true, true, true];
void _shapesAgree;
