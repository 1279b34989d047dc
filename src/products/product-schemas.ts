import { z } from 'zod';
import {
  IsoTimestampSchema,
  PathSlugSchema,
  SlugSchema,
  whenFieldsValid,
} from '../catalogue/ingredient-schemas.js';
import { STEP_KINDS } from '../engine/vocabulary.js';
import { NextCursorSchema, pageQueryFields } from '../http/cursor.js';
import { ListEntrySchema, ListFactsSchema } from './analysis-schemas.js';

/** The longest ingredient list a product may carry, as `POST /v1/products/analyze` takes it. */
export const MAX_INCI_LENGTH = 10_000;

const StepKindSchema = z.enum(STEP_KINDS).describe('The routine step it serves.');

const PRODUCT_WRITE_EXAMPLE = {
  id: 'gentle-retinol-night-serum',
  brand: 'Example Labs',
  name: 'Gentle Retinol Night Serum',
  kind: 'treatment',
  inci: 'Aqua, Glycerin, Squalane, Niacinamide, Retinol, Tocopherol, Phenoxyethanol',
  spf: null,
  url: null,
};

const PRODUCT_EXAMPLE = {
  ...PRODUCT_WRITE_EXAMPLE,
  inci: 'Aqua, Glycerin, Retinol 0.3%',
  ingredients: [
    {
      position: 1,
      text: 'Aqua',
      slug: null,
      inciName: 'AQUA',
      match: 'reference',
      confidence: 1,
      percent: null,
      mayContain: false,
    },
    {
      position: 2,
      text: 'Glycerin',
      slug: 'glycerin',
      inciName: 'GLYCERIN',
      match: 'exact',
      confidence: 1,
      percent: null,
      mayContain: false,
    },
    {
      position: 3,
      text: 'Retinol 0.3%',
      slug: 'retinol',
      inciName: 'RETINOL',
      match: 'exact',
      confidence: 1,
      percent: 0.3,
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
  updatedAt: '2026-11-25T12:00:00.000Z',
};

/** The fields staff write; everything else of a Product is derived from `inci`. */
const ProductFields = z.strictObject({
  id: SlugSchema.describe('Kebab-case identifier, unique among products.'),
  brand: z.string().trim().min(1).max(200).describe('Who makes it.'),
  name: z.string().trim().min(1).max(200).describe('The product’s name.'),
  kind: StepKindSchema,
  inci: z
    .string()
    .trim()
    .min(1)
    .max(MAX_INCI_LENGTH)
    .describe('The ingredient list as printed on the label.'),
  spf: z
    .number()
    .min(1)
    .max(100)
    .nullable()
    .default(null)
    .describe('The labelled sun protection factor (required for a sunscreen), or null.'),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
    .max(2000)
    .nullable()
    .default(null)
    .describe('Where to read more about it, or null.'),
});

/** A sunscreen says how much it protects. */
function checkTogether(item: { kind: string; spf: number | null }, context: z.RefinementCtx): void {
  if (item.kind === 'sunscreen' && item.spf === null)
    context.addIssue({ code: 'custom', path: ['spf'], message: 'is required for a sunscreen' });
}

export const ProductInputSchema = ProductFields.superRefine(checkTogether, {
  when: whenFieldsValid('kind', 'spf'),
}).meta({
  id: 'ProductWrite',
  description:
    'A product as staff write it. `ingredients`, `facts` and `unknownIngredients` are derived from `inci` ' +
    'by the server and never accepted; `spf` and `url` may be left out (null), but a sunscreen needs `spf`.',
  example: PRODUCT_WRITE_EXAMPLE,
});
export type ProductInput = z.infer<typeof ProductInputSchema>;

export const ProductSchema = ProductFields.extend({
  ingredients: z.array(ListEntrySchema).describe('The list read entry by entry; derived from `inci`.'),
  facts: ListFactsSchema,
  unknownIngredients: z
    .array(z.string())
    .describe('The entries that matched nothing, as printed; derived from `inci`.'),
  updatedAt: IsoTimestampSchema.describe(
    'When it was last written, or its derived fields last changed with the catalogue (ISO 8601, UTC).',
  ),
}).meta({
  id: 'Product',
  description:
    'A product of the catalogue: what staff wrote, and what its ingredient list reads as against the ' +
    'ingredient catalogue, kept current whenever an ingredient it holds changes.',
  example: PRODUCT_EXAMPLE,
});
export type Product = z.infer<typeof ProductSchema>;

/** A product as the audit trail keeps it: what staff wrote, and when (its derived fields follow from it). */
export const ProductRecordSchema = ProductFields.extend({
  updatedAt: IsoTimestampSchema.describe('When it was written (ISO 8601, UTC).'),
}).meta({
  id: 'ProductRecord',
  description: 'A product as staff wrote it, as the audit trail keeps it.',
  example: { ...PRODUCT_WRITE_EXAMPLE, updatedAt: '2026-11-25T12:00:00.000Z' },
});
export type ProductRecord = z.infer<typeof ProductRecordSchema>;

export const ProductListQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Case-insensitive substring of the brand or the name; empty matches every product.'),
  kind: StepKindSchema.optional().describe('Only products of this kind.'),
  contains: SlugSchema.optional().describe(
    'Only products holding this catalogue ingredient (entries after "may contain" do not count).',
  ),
  freeOf: SlugSchema.optional().describe(
    'Only products that do not list this catalogue ingredient at all (not even after "may contain").',
  ),
  pregnancySafe: z
    .enum(['true', 'false'])
    .optional()
    .describe('Only products whose facts say pregnancy-safe (`true`) or not (`false`).'),
  ...pageQueryFields,
});
export type ProductListQuery = z.infer<typeof ProductListQuerySchema>;

export const ProductListSchema = z
  .strictObject({
    items: z.array(ProductSchema).max(100).describe('The products of this page, in id order.'),
    nextCursor: NextCursorSchema,
  })
  .meta({
    id: 'ProductList',
    description: 'One page of products, ordered by id.',
    example: { items: [PRODUCT_EXAMPLE], nextCursor: 'Z2VudGxlLXJldGlub2wtbmlnaHQtc2VydW0' },
  });

export const ProductIdParamsSchema = z.strictObject({
  id: PathSlugSchema.describe('The product id (kebab-case).'),
});

export { PRODUCT_WRITE_EXAMPLE };
