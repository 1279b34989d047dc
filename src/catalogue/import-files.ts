import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { invalidInput } from '../http/problem.js';
import { toPortableYaml } from '../portable-yaml.js';

/**
 * What every catalogue file (ingredients, products) shares: the formats, the row
 * limit, parsing CSV/JSON/YAML text into raw rows, validating rows so that every bad
 * field of every bad row is named, and writing rows back in a form that imports
 * unchanged. What differs per table is its `FileTable`.
 */

export const FILE_FORMATS = ['json', 'csv', 'yaml'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** The most rows one import may carry. */
export const MAX_IMPORT_ROWS = 50_000;

export function formatOfPath(path: string): FileFormat | undefined {
  const extension = path.toLowerCase().split('.').pop();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return undefined;
}

/** How one table's rows look in a file. */
export interface FileTable<T> {
  /** What a row is, for messages: `Ingredient`, `Product`. */
  noun: string;
  /** CSV columns, in field order. */
  columns: readonly string[];
  /** Turns one CSV cell into the JSON value the schema expects (undefined: leave the field out). */
  cell(column: string, text: string): unknown;
  /** Folds flat CSV columns into the nested fields of a row, when the table has any. */
  nest?(row: Record<string, unknown>): Record<string, unknown>;
  /** The value of one flat CSV column of an item. */
  flatCell(item: T, column: string): unknown;
  /** Identifiers and timestamps: always quoted in YAML, whatever a reader's date and number rules. */
  quotedYamlFields: ReadonlySet<string>;
}

/** The CSV cell conversions of a table, by kind of column. */
export function cellConverter(kinds: {
  lists?: readonly string[];
  booleans?: readonly string[];
  numbers?: readonly string[];
  nullables?: readonly string[];
}): (column: string, text: string) => unknown {
  const lists = new Set(kinds.lists);
  const booleans = new Set(kinds.booleans);
  const numbers = new Set(kinds.numbers);
  const nullables = new Set(kinds.nullables);
  // Bad text is left as it is, for the schema to report.
  return (column, text) => {
    const value = text.trim();
    if (lists.has(column)) {
      return value === ''
        ? []
        : value
            .split(/[;|]/)
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
    if (booleans.has(column)) {
      const lower = value.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return true;
      if (['false', 'no', '0'].includes(lower)) return false;
      return value;
    }
    if (numbers.has(column)) {
      if (value === '') return undefined;
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    }
    if (nullables.has(column)) return value === '' ? null : value;
    return text;
  };
}

/**
 * Parses a file's text into raw rows (not yet validated). A file that is not CSV,
 * JSON or YAML of the right overall shape is a 400 with one error at `/`.
 */
export function parseRowsText<T>(text: string, format: FileFormat, table: FileTable<T>): unknown[] {
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
          const converted = table.cell(column, value);
          if (converted !== undefined) row[column] = converted;
        }
        return table.nest ? table.nest(row) : row;
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
  if (format === 'csv' && !header?.some((name) => table.columns.includes(name.trim()))) {
    throw invalidInput(`The CSV has no header row naming ${table.noun} fields.`, [
      {
        path: '/',
        message: `the first line must name the columns (${table.columns.slice(0, 4).join(', ')}, …); found ${
          header ? JSON.stringify(header.join(',').slice(0, 100)) : 'nothing'
        }`,
      },
    ]);
  }
  const plural = `${table.noun.toLowerCase()}s`;
  if (!Array.isArray(data)) {
    throw invalidInput(`An import is a list of ${plural}.`, [
      { path: '/', message: `must be an array of ${plural}` },
    ]);
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw invalidInput(`An import holds at most ${MAX_IMPORT_ROWS} rows.`, [
      { path: '/', message: `has ${data.length} rows; split it` },
    ]);
  }
  return data;
}

/** What happened to each row of a write, as an import counts it. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** How many rows of each outcome, as an import report gives them. */
export function tally(outcomes: readonly WriteOutcome[]): Record<WriteOutcome, number> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome]++;
  return counts;
}

export interface RowError {
  /** 1-based row number (the header of a CSV is not a row). */
  row: number;
  path: string;
  message: string;
}

/** How to validate a table's rows: the row schema, what to keep of a parsed row, and its key. */
export interface RowRules<R, T> {
  schema: z.ZodType<R>;
  toInput: (parsed: R) => T;
  key: (input: T) => string;
  /** The key's field, e.g. `slug`, named when a key repeats. */
  keyField: string;
}

/** Validates every row; reports every bad field of every bad row, and repeated keys. */
export function validateRows<R, T>(
  raw: readonly unknown[],
  rules: RowRules<R, T>,
): { rows: T[]; rowNumbers: number[]; errors: RowError[] } {
  const rows: T[] = [];
  /** The 1-based row number of each valid row, for errors found later. */
  const rowNumbers: number[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  raw.forEach((value, index) => {
    const row = index + 1;
    const result = rules.schema.safeParse(value);
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
    const input = rules.toInput(result.data);
    const key = rules.key(input);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      errors.push({
        row,
        path: `/${rules.keyField}`,
        message: `repeats the ${rules.keyField} '${key}' of row ${earlier}`,
      });
      return;
    }
    firstRowOf.set(key, row);
    rows.push(input);
    rowNumbers.push(row);
  });
  return { rows, rowNumbers, errors };
}

/** Rows as a file that imports back unchanged. */
export function serializeRows<T>(items: readonly T[], format: FileFormat, table: FileTable<T>): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'yaml') return toPortableYaml(items, table.quotedYamlFields);
  return stringifyCsv(
    items.map((item) =>
      table.columns.map((column) => {
        const value = table.flatCell(item, column);
        if (Array.isArray(value)) return value.join(';');
        if (value === null || value === undefined) return '';
        return String(value);
      }),
    ),
    { header: true, columns: [...table.columns] },
  );
}
