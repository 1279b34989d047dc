import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { ImportRejected } from '../catalogue/catalogue-writer.js';
import { FILE_FORMATS, type FileFormat, formatOfPath } from '../catalogue/import-files.js';
import type { Db } from '../db/connection.js';
import { ClientError } from '../http/problem.js';
import { CliError, withDatabase } from './cli-context.js';

const MAX_LISTED = 5;

/** What an import reports, whichever table it wrote. */
export interface ImportSummary {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  warnings: { row?: number; field: string; message: string }[];
}

/** How one table is imported: parse the text into rows, then write them (or plan, for a dry run). */
export interface FileImport {
  parse(text: string, format: FileFormat): unknown[];
  write(
    db: Db,
    rows: unknown[],
    options: { dryRun: boolean; actor: string; onProgress: (done: number) => void },
  ): ImportSummary;
  /** The closing warning line when more rows were warned about than listed, e.g. "disagree with CosIng". */
  moreWarnings: string;
}

/** One line naming the first bad rows of a rejected import. */
function describeRejection(file: string, error: ImportRejected): string {
  const listed = error.rowErrors
    .slice(0, MAX_LISTED)
    .map((e) => `row ${e.row} ${e.path}: ${e.message}`)
    .join('; ');
  const more =
    error.rowErrors.length > MAX_LISTED ? ` (and ${error.rowErrors.length - MAX_LISTED} more)` : '';
  return `${file}: ${error.message} ${listed}${more}`;
}

/**
 * `regimen … import FILE [--dry-run]`: reads the file (CSV, JSON or YAML by extension),
 * writes every row or none with a progress bar on a terminal, and prints one summary line
 * on stdout (warnings on stderr). A bad file fails in one line naming its first bad rows.
 */
export async function importFile(file: string, dryRun: boolean, table: FileImport): Promise<void> {
  const format = formatOfPath(file);
  if (!format) throw new Error(`${file}: unknown file type; use .csv, .json, .yaml or .yml`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  const started = performance.now();
  const report = await withDatabase(
    (db) => {
      try {
        const rows = table.parse(text, format);
        const bar = process.stderr.isTTY
          ? new SingleBar({ format: ' {bar} {value}/{total} rows', hideCursor: true })
          : undefined;
        bar?.start(rows.length, 0);
        const result = table.write(db, rows, {
          dryRun,
          actor: 'cli',
          onProgress: (done) => bar?.update(done),
        });
        bar?.update(rows.length);
        bar?.stop();
        return result;
      } catch (error) {
        if (error instanceof ImportRejected) throw new Error(describeRejection(file, error));
        if (error instanceof ClientError) {
          throw new Error(`${file}: ${error.message} ${error.errors?.[0]?.message ?? ''}`.trim());
        }
        throw error;
      }
    },
    // A dry run only reads: like the other read commands it refuses a missing database.
    { create: !dryRun },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const warning of report.warnings.slice(0, MAX_LISTED)) {
    process.stderr.write(`warning: row ${warning.row} ${warning.field}: ${warning.message}\n`);
  }
  if (report.warnings.length > MAX_LISTED) {
    process.stderr.write(
      `warning: and ${report.warnings.length - MAX_LISTED} more rows ${table.moreWarnings}\n`,
    );
  }
  process.stdout.write(
    report.dryRun
      ? `dry run: ${report.total} rows valid; would create ${report.created} and update ${report.updated} (${report.unchanged} unchanged); nothing written (${seconds} s)\n`
      : `imported ${report.total} rows from ${file}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged (${seconds} s)\n`,
  );
}

/** The `--format` of an export command, checked. */
export function exportFormat(format: string): FileFormat {
  if (!(FILE_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FILE_FORMATS.join(', ')}`);
  }
  return format as FileFormat;
}
