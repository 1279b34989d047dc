import { parse } from 'csv-parse/sync';
import { CAS_NUMBER, MAX_INCI_NAME_LENGTH, normaliseInciName, type ReferenceEntry } from './inci-names.js';

// What callers of the importer used to find here.
export {
  CAS_NUMBER,
  MAX_INCI_NAME_LENGTH,
  normaliseInciName,
  type ReferenceEntry,
  searchTextOf,
  searchWords,
} from './inci-names.js';

/** What the parser read, cleaned and skipped; every count is of rows or values of the file. */
export interface CosingReport {
  /** Data rows in the file (the header and blank lines excluded). */
  rowsRead: number;
  /** Distinct INCI names kept. */
  namesLoaded: number;
  /** Rows whose name repeated an earlier row's name (case and spacing aside), merged into it. */
  duplicatesMerged: number;
  emptyNamesSkipped: number;
  /** Rows skipped because their name is longer than `MAX_INCI_NAME_LENGTH`. */
  longNamesSkipped: number;
  /** CAS values dropped because they are not CAS registry numbers (`-`, typos, stray separators). */
  casJunkDropped: number;
  /** EC values dropped because they are not EC numbers. */
  ecJunkDropped: number;
  /** Kept rows left with no valid CAS number. */
  rowsWithoutCas: number;
  /** Kept rows left with no valid EC number. */
  rowsWithoutEc: number;
  /** Kept rows with an empty function. */
  rowsWithoutFunction: number;
}

export const COSING_COLUMNS = ['inci_name', 'cas_number', 'einecs_number', 'function'] as const;
export const EC_NUMBER = /^\d{3}-\d{3}-\d$/;

/** Separators CosIng uses between several numbers in one field: " / ", "/", ";" or ",". */
const NUMBER_SEPARATOR = /[/;,]/;
/** Markers around a number that carry no meaning here: a leading "*", a trailing "(I)", "(L)", "[1]"… */
const LEADING_JUNK = /^\*+\s*/;
const TRAILING_ANNOTATION = /\s*(?:\([^()]*\)|\[[^[\]]*\])$/;

/** Splits a CAS or EC field into its valid numbers, counting the values that are junk. */
function splitNumbers(field: string, pattern: RegExp): { values: string[]; junk: number } {
  const trimmed = field.trim();
  if (trimmed === '') return { values: [], junk: 0 };
  const values: string[] = [];
  let junk = 0;
  let tokens = 0;
  for (const raw of trimmed.split(NUMBER_SEPARATOR)) {
    const token = raw.trim();
    // Empty pieces are only stray separators ("253-242-6 /"); a field made only of
    // separators (",") is one junk value, counted below.
    if (token === '') continue;
    tokens++;
    const value = token.replace(LEADING_JUNK, '').replace(TRAILING_ANNOTATION, '').trim();
    if (pattern.test(value)) {
      if (!values.includes(value)) values.push(value);
    } else {
      junk++;
    }
  }
  if (tokens === 0) junk++;
  return { values, junk };
}

function splitFunctions(field: string): string[] {
  const out: string[] = [];
  for (const raw of field.split(',')) {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (value !== '' && !out.includes(value)) out.push(value);
  }
  return out;
}

function appendNew(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}

const plural = (n: number, word: string, suffix = 's') =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : suffix}`;

function readRecords(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`The CosIng file is not valid CSV: ${message}`);
  }
}

/**
 * Parses a CosIng inventory export (`inci_name, cas_number, einecs_number, function`,
 * header first) into one entry per INCI name, cleaning what the real export holds:
 * padded and double-spaced names, duplicate names (merged), several CAS or EC numbers
 * in one field, junk numbers, empty functions and absurdly long names.
 *
 * Pure: no I/O. Throws an Error with a one-line message when the text is not such a file.
 */
export function parseCosing(text: string): { entries: ReferenceEntry[]; report: CosingReport } {
  const records = readRecords(text);
  const header = records[0];
  if (header === undefined) {
    throw new Error(`The CosIng file is empty: expected a header line with ${COSING_COLUMNS.join(', ')}`);
  }
  const names = header.map((column) => column.trim().toLowerCase());
  const missing = COSING_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new Error(
      `The CosIng file's header (first line) lacks the column${missing.length === 1 ? '' : 's'} ` +
        `${missing.join(', ')}: expected ${COSING_COLUMNS.join(', ')}`,
    );
  }
  const [nameAt, casAt, ecAt, functionAt] = COSING_COLUMNS.map((column) => names.indexOf(column)) as [
    number,
    number,
    number,
    number,
  ];

  const report: CosingReport = {
    rowsRead: records.length - 1,
    namesLoaded: 0,
    duplicatesMerged: 0,
    emptyNamesSkipped: 0,
    longNamesSkipped: 0,
    casJunkDropped: 0,
    ecJunkDropped: 0,
    rowsWithoutCas: 0,
    rowsWithoutEc: 0,
    rowsWithoutFunction: 0,
  };
  // Keyed by the upper-cased name: INCI names are capitals, and two spellings that
  // differ only in case would be one ingredient to anyone searching.
  const byName = new Map<string, ReferenceEntry>();

  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    const inciName = normaliseInciName(record[nameAt] ?? '');
    if (inciName === '') {
      report.emptyNamesSkipped++;
      continue;
    }
    if (inciName.length > MAX_INCI_NAME_LENGTH) {
      report.longNamesSkipped++;
      continue;
    }
    const cas = splitNumbers(record[casAt] ?? '', CAS_NUMBER);
    const ec = splitNumbers(record[ecAt] ?? '', EC_NUMBER);
    const functions = splitFunctions(record[functionAt] ?? '');
    report.casJunkDropped += cas.junk;
    report.ecJunkDropped += ec.junk;
    if (cas.values.length === 0) report.rowsWithoutCas++;
    if (ec.values.length === 0) report.rowsWithoutEc++;
    if (functions.length === 0) report.rowsWithoutFunction++;

    const key = inciName.toUpperCase();
    const existing = byName.get(key);
    if (existing) {
      report.duplicatesMerged++;
      appendNew(existing.casNumbers, cas.values);
      appendNew(existing.ecNumbers, ec.values);
      appendNew(existing.functions, functions);
    } else {
      byName.set(key, { inciName, casNumbers: cas.values, ecNumbers: ec.values, functions });
    }
  }

  const entries = [...byName.values()];
  report.namesLoaded = entries.length;
  return { entries, report };
}

/** The report as short human lines, for the CLI; `seconds` is the time the whole import took. */
export function formatCosingReport(report: CosingReport, seconds?: number): string[] {
  const took = seconds === undefined ? '' : ` in ${seconds.toFixed(2)} s`;
  const lines = [
    `loaded ${plural(report.namesLoaded, 'INCI name')} from ${plural(report.rowsRead, 'row')}${took}`,
    `merged ${plural(report.duplicatesMerged, 'duplicate name')}`,
  ];
  if (report.emptyNamesSkipped > 0 || report.longNamesSkipped > 0) {
    lines.push(
      `skipped ${plural(report.emptyNamesSkipped, 'row')} without a name and ` +
        `${plural(report.longNamesSkipped, 'name')} longer than ${MAX_INCI_NAME_LENGTH.toLocaleString('en-US')} characters`,
    );
  }
  lines.push(
    `dropped ${plural(report.casJunkDropped, 'junk CAS value')} and ${plural(report.ecJunkDropped, 'junk EC value')}`,
    `rows without a CAS number: ${report.rowsWithoutCas.toLocaleString('en-US')}, ` +
      `without an EC number: ${report.rowsWithoutEc.toLocaleString('en-US')}, ` +
      `without a function: ${report.rowsWithoutFunction.toLocaleString('en-US')}`,
  );
  return lines;
}
