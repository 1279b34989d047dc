import { z } from 'zod';
import type { Ingredient } from '../engine/types.js';
import {
  cellConverter,
  type FileFormat,
  type FileTable,
  parseRowsText,
  type RowError,
  serializeRows,
  validateRows,
} from './import-files.js';
import { type IngredientInput, IngredientInputSchema } from './ingredient-schemas.js';

export {
  FILE_FORMATS,
  type FileFormat,
  formatOfPath,
  MAX_IMPORT_ROWS,
  type RowError,
} from './import-files.js';

/** CSV columns, in Ingredient field order. List fields are `;`-separated. */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'inciName',
  'class',
  'family',
  'rank',
  'concerns',
  'photosensitizing',
  'irritation',
  'maxApplicationsPerDay',
  'pregnancySafe',
  'skinTypes',
  'casNumber',
  'ecNumber',
  'notes',
  'aliases',
  'uvSpectrum',
  'strengthStartFrom',
  'strengthStartTo',
  'strengthMax',
  'evidenceGrade',
  'evidenceSources',
  'updatedAt',
] as const;

/** Flat CSV columns that make up the nested `strength` and `evidence` fields. */
const STRENGTH_COLUMNS = {
  strengthStartFrom: 'startFrom',
  strengthStartTo: 'startTo',
  strengthMax: 'max',
} as const;

/** Folds the flat strength and evidence columns of a CSV row into the nested fields of an Ingredient. */
function nest(row: Record<string, unknown>): Record<string, unknown> {
  const strengthCells = Object.keys(STRENGTH_COLUMNS).filter((column) => column in row);
  if (strengthCells.length > 0) {
    const strength: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(STRENGTH_COLUMNS)) {
      if (column in row) strength[field] = row[column];
      delete row[column];
    }
    // Every strength cell empty means no strength; a partly filled one is left for the schema to name.
    row.strength = Object.keys(strength).length === 0 ? null : strength;
  }
  if ('evidenceGrade' in row || 'evidenceSources' in row) {
    const grade = typeof row.evidenceGrade === 'string' ? row.evidenceGrade.trim() : row.evidenceGrade;
    const sources = row.evidenceSources ?? [];
    // Both cells empty means no evidence given: the default (`limited`) applies, as when JSON leaves it
    // out. Sources without a grade are left for the schema to name.
    const given = (grade !== undefined && grade !== '') || (Array.isArray(sources) && sources.length > 0);
    if (given) row.evidence = { grade: grade === '' ? undefined : grade, sources };
    delete row.evidenceGrade;
    delete row.evidenceSources;
  }
  return row;
}

/** The value of one flat CSV column of an ingredient. */
function flatCell(item: Ingredient, column: string): unknown {
  if (column in STRENGTH_COLUMNS)
    return item.strength?.[STRENGTH_COLUMNS[column as keyof typeof STRENGTH_COLUMNS]] ?? null;
  if (column === 'evidenceGrade') return item.evidence.grade;
  if (column === 'evidenceSources') return item.evidence.sources;
  return item[column as keyof Ingredient];
}

const INGREDIENT_FILES: FileTable<Ingredient> = {
  noun: 'Ingredient',
  columns: CSV_COLUMNS,
  cell: cellConverter({
    lists: ['concerns', 'skinTypes', 'aliases', 'evidenceSources'],
    booleans: ['photosensitizing', 'pregnancySafe'],
    numbers: ['rank', 'maxApplicationsPerDay', 'strengthStartFrom', 'strengthStartTo', 'strengthMax'],
    nullables: ['family', 'casNumber', 'ecNumber', 'uvSpectrum'],
  }),
  nest,
  flatCell,
  quotedYamlFields: new Set(['casNumber', 'ecNumber', 'updatedAt']),
};

/**
 * Parses a catalogue file's text into raw rows (not yet validated). A file that is
 * not CSV, JSON or YAML of the right overall shape is a 400 with one error at `/`.
 */
export const parseCatalogueText = (text: string, format: FileFormat): unknown[] =>
  parseRowsText(text, format, INGREDIENT_FILES);

/** A row of a file: an ingredient as staff write it, plus the `updatedAt` an export carries (ignored). */
const ImportRowSchema = IngredientInputSchema.safeExtend({ updatedAt: z.string().optional() });

/** Validates every row; reports every bad field of every bad row, and repeated slugs. */
export const validateIngredientRows = (
  raw: readonly unknown[],
): { rows: IngredientInput[]; errors: RowError[] } =>
  validateRows(raw, {
    schema: ImportRowSchema,
    toInput: ({ updatedAt: _ignored, ...input }) => input,
    key: (input) => input.slug,
    keyField: 'slug',
  });

/** The whole catalogue as a file that imports back unchanged. */
export const serializeCatalogue = (items: readonly Ingredient[], format: FileFormat): string =>
  serializeRows(items, format, INGREDIENT_FILES);
