import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Ingredient } from '../engine/types.js';
import { invalidInput } from '../http/problem.js';
import { toPortableYaml } from '../portable-yaml.js';
import { type IngredientInput, IngredientInputSchema } from './ingredient-schemas.js';

export const FILE_FORMATS = ['json', 'csv', 'yaml'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** The most rows one import may carry. */
export const MAX_IMPORT_ROWS = 50_000;

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

const LIST_COLUMNS = new Set(['concerns', 'skinTypes', 'aliases', 'evidenceSources']);
const BOOLEAN_COLUMNS = new Set(['photosensitizing', 'pregnancySafe']);
const NUMBER_COLUMNS = new Set([
  'rank',
  'maxApplicationsPerDay',
  'strengthStartFrom',
  'strengthStartTo',
  'strengthMax',
]);
const NULLABLE_COLUMNS = new Set(['family', 'casNumber', 'ecNumber', 'uvSpectrum']);
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

export function formatOfPath(path: string): FileFormat | undefined {
  const extension = path.toLowerCase().split('.').pop();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return undefined;
}

/** Turns one CSV cell into the JSON value the schema expects; leaves bad text for the schema to report. */
function cell(column: string, text: string): unknown {
  const value = text.trim();
  if (LIST_COLUMNS.has(column)) {
    return value === ''
      ? []
      : value
          .split(/[;|]/)
          .map((item) => item.trim())
          .filter((item) => item !== '');
  }
  if (BOOLEAN_COLUMNS.has(column)) {
    const lower = value.toLowerCase();
    if (['true', 'yes', '1'].includes(lower)) return true;
    if (['false', 'no', '0'].includes(lower)) return false;
    return value;
  }
  if (NUMBER_COLUMNS.has(column)) {
    if (value === '') return undefined;
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  if (NULLABLE_COLUMNS.has(column)) return value === '' ? null : value;
  return text;
}

/**
 * Parses a catalogue file's text into raw rows (not yet validated). A file that is
 * not CSV, JSON or YAML of the right overall shape is a 400 with one error at `/`.
 */
export function parseCatalogueText(text: string, format: FileFormat): unknown[] {
  let data: unknown;
  let header: string[] | undefined;
  try {
    if (format === 'csv') {
      const records = parseCsv(text, {
        columns: (names: string[]) => {
          header = names;
          return names;
        },
        skip_empty_lines: true,
        bom: true,
        trim: false,
      }) as Record<string, string>[];
      data = records.map((record) => {
        const row: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(record)) {
          const converted = cell(column, value);
          if (converted !== undefined) row[column] = converted;
        }
        return nest(row);
      });
    } else {
      data = format === 'json' ? JSON.parse(text) : parseYaml(text);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw invalidInput(`The ${format.toUpperCase()} could not be parsed.`, [
      { path: '/', message: String(reason) },
    ]);
  }
  // Without this, a CSV whose first line names no field reads as zero rows and "imports" nothing.
  if (format === 'csv' && !header?.some((name) => (CSV_COLUMNS as readonly string[]).includes(name.trim()))) {
    throw invalidInput('The CSV has no header row naming Ingredient fields.', [
      {
        path: '/',
        message: `the first line must name the columns (${CSV_COLUMNS.slice(0, 4).join(', ')}, …); found ${
          header ? JSON.stringify(header.join(',').slice(0, 100)) : 'nothing'
        }`,
      },
    ]);
  }
  if (!Array.isArray(data)) {
    throw invalidInput('An import is a list of ingredients.', [
      { path: '/', message: 'must be an array of ingredients' },
    ]);
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw invalidInput(`An import holds at most ${MAX_IMPORT_ROWS} rows.`, [
      { path: '/', message: `has ${data.length} rows; split it` },
    ]);
  }
  return data;
}

/** A row of a file: an ingredient as staff write it, plus the `updatedAt` an export carries (ignored). */
const ImportRowSchema = IngredientInputSchema.safeExtend({ updatedAt: z.string().optional() });

export interface RowError {
  /** 1-based row number (the header of a CSV is not a row). */
  row: number;
  path: string;
  message: string;
}

/** Validates every row; reports every bad field of every bad row, and repeated slugs. */
export function validateRows(raw: readonly unknown[]): { rows: IngredientInput[]; errors: RowError[] } {
  const rows: IngredientInput[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  raw.forEach((value, index) => {
    const row = index + 1;
    const result = ImportRowSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = 'keys' in issue && Array.isArray(issue.keys) ? (issue.keys as string[]) : [];
        if (keys.length > 0) {
          for (const key of keys) errors.push({ row, path: `/${key}`, message: 'is not a known field' });
        } else {
          errors.push({ row, path: `/${issue.path.join('/')}`, message: issue.message });
        }
      }
      return;
    }
    const { updatedAt: _ignored, ...input } = result.data;
    const earlier = firstRowOf.get(input.slug);
    if (earlier !== undefined) {
      errors.push({ row, path: '/slug', message: `repeats the slug '${input.slug}' of row ${earlier}` });
      return;
    }
    firstRowOf.set(input.slug, row);
    rows.push(input);
  });
  return { rows, errors };
}

/** The value of one flat CSV column of an ingredient. */
function flatCell(item: Ingredient, column: (typeof CSV_COLUMNS)[number]): unknown {
  if (column in STRENGTH_COLUMNS)
    return item.strength?.[STRENGTH_COLUMNS[column as keyof typeof STRENGTH_COLUMNS]] ?? null;
  if (column === 'evidenceGrade') return item.evidence.grade;
  if (column === 'evidenceSources') return item.evidence.sources;
  return item[column as keyof Ingredient];
}

/** Identifiers and timestamps: always quoted, whatever a YAML reader's date and number rules. */
const QUOTED_YAML_FIELDS = new Set(['casNumber', 'ecNumber', 'updatedAt']);

/** The whole catalogue as a file that imports back unchanged. */
export function serializeCatalogue(items: readonly Ingredient[], format: FileFormat): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'yaml') return toPortableYaml(items, QUOTED_YAML_FIELDS);
  return stringifyCsv(
    items.map((item) =>
      CSV_COLUMNS.map((column) => {
        const value = flatCell(item, column);
        if (Array.isArray(value)) return value.join(';');
        if (value === null || value === undefined) return '';
        return String(value);
      }),
    ),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}
