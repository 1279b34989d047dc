import { z } from 'zod';
import {
  cellConverter,
  type FileFormat,
  type FileTable,
  parseRowsText,
  type RowError,
  serializeRows,
  validateRows,
} from '../catalogue/import-files.js';
import { type Product, type ProductInput, ProductInputSchema } from './product-schemas.js';

/**
 * CSV columns: what staff write, and when. The derived fields are left out of CSV
 * (they follow from `inci`); JSON and YAML exports carry whole Products.
 */
export const PRODUCT_CSV_COLUMNS = [
  'id',
  'brand',
  'name',
  'kind',
  'inci',
  'spf',
  'url',
  'updatedAt',
] as const;

const PRODUCT_FILES: FileTable<Product> = {
  noun: 'Product',
  columns: PRODUCT_CSV_COLUMNS,
  cell: cellConverter({ numbers: ['spf'], nullables: ['url'] }),
  flatCell: (item, column) => item[column as keyof Product],
  quotedYamlFields: new Set(['id', 'inci', 'updatedAt']),
};

export const parseProductText = (text: string, format: FileFormat): unknown[] =>
  parseRowsText(text, format, PRODUCT_FILES);

/**
 * A row of a file: a product as staff write it, plus the derived fields and `updatedAt`
 * an export carries, so an export imports back; they are read and dropped, never stored.
 */
const ImportRowSchema = ProductInputSchema.safeExtend({
  ingredients: z.unknown().optional(),
  facts: z.unknown().optional(),
  unknownIngredients: z.unknown().optional(),
  updatedAt: z.string().optional(),
});

/** Validates every row; reports every bad field of every bad row, and repeated ids. */
export const validateProductRows = (raw: readonly unknown[]) =>
  validateRows(raw, {
    schema: ImportRowSchema,
    toInput: ({
      ingredients: _i,
      facts: _f,
      unknownIngredients: _u,
      updatedAt: _t,
      ...input
    }): ProductInput => input,
    key: (input) => input.id,
    keyField: 'id',
  });

export type { RowError };

/** Every product as a file that imports back unchanged. */
export const serializeProducts = (items: readonly Product[], format: FileFormat): string =>
  serializeRows(items, format, PRODUCT_FILES);
