import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import {
  FILE_FORMATS,
  type FileFormat,
  formatOfPath,
  parseCatalogueText,
  serializeCatalogue,
} from '../catalogue/catalogue-files.js';
import { CatalogueWriter, ImportRejected } from '../catalogue/catalogue-writer.js';
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import { IngredientService } from '../catalogue/ingredient-service.js';
import { ClientError } from '../http/problem.js';
import { ReferenceRepository } from '../reference/reference-repository.js';
import { CliError, withDatabase } from './cli-context.js';

const MAX_LISTED = 5;

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

export function registerCatalogueCommands(program: Command): void {
  const catalogue = program.command('catalogue').description('Import and export the ingredient catalogue');

  catalogue
    .command('import')
    .description('Create or replace ingredients from a CSV, JSON or YAML file, all rows or none')
    .argument('<file>', 'a .csv, .json, .yaml or .yml file of rows shaped like Ingredient')
    .option('--dry-run', 'validate only and report what would change')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const format = formatOfPath(file);
      if (!format) throw new Error(`${file}: unknown file type; use .csv, .json, .yaml or .yml`);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
      }
      const started = performance.now();
      const dryRun = options.dryRun === true;
      const report = await withDatabase(
        (db) => {
          const repository = new IngredientRepository(db);
          const writer = new CatalogueWriter(repository, new ReferenceRepository(db), () => new Date());
          try {
            const rows = parseCatalogueText(text, format);
            const bar = process.stderr.isTTY
              ? new SingleBar({ format: ' {bar} {value}/{total} rows', hideCursor: true })
              : undefined;
            bar?.start(rows.length, 0);
            const result = writer.importRows(rows, {
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
          // A dry run only reads: like the other read commands it refuses a missing database.
        },
        { create: !dryRun },
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      for (const warning of report.warnings.slice(0, MAX_LISTED)) {
        process.stderr.write(`warning: row ${warning.row} ${warning.field}: ${warning.message}\n`);
      }
      if (report.warnings.length > MAX_LISTED) {
        process.stderr.write(
          `warning: and ${report.warnings.length - MAX_LISTED} more rows disagree with CosIng\n`,
        );
      }
      process.stdout.write(
        report.dryRun
          ? `dry run: ${report.total} rows valid; would create ${report.created} and update ${report.updated} (${report.unchanged} unchanged); nothing written (${seconds} s)\n`
          : `imported ${report.total} rows from ${file}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged (${seconds} s)\n`,
      );
    });

  catalogue
    .command('export')
    .description('Write the whole catalogue to stdout, in a form that imports back unchanged')
    .option('--format <format>', `one of ${FILE_FORMATS.join(', ')}`, 'json')
    .action(async (options: { format: string }) => {
      if (!(FILE_FORMATS as readonly string[]).includes(options.format)) {
        throw new Error(`--format must be one of ${FILE_FORMATS.join(', ')}`);
      }
      const text = await withDatabase((db) =>
        serializeCatalogue(new IngredientRepository(db).snapshot().ingredients, options.format as FileFormat),
      );
      process.stdout.write(text);
    });

  catalogue
    .command('show')
    .description('Print one ingredient as JSON')
    .argument('<slug>', 'the ingredient slug')
    .action(async (slug: string) => {
      const item = await withDatabase(
        (db) => new IngredientService(new IngredientRepository(db)).get(slug).item,
      );
      process.stdout.write(`${JSON.stringify(item, null, 2)}\n`);
    });

  catalogue
    .command('search')
    .description('List the ingredients whose name, INCI name or slug contains TEXT (ignoring case)')
    .argument('<text>', 'what to look for, as GET /v1/ingredients?q= takes it')
    .option('--json', 'print a JSON array of ingredients instead of one line each')
    .action(async (text: string, options: { json?: boolean }) => {
      const q = text.trim();
      if (q.length === 0 || q.length > 200) throw new CliError('TEXT must be 1 to 200 characters');
      const items = await withDatabase((db) => new IngredientService(new IngredientRepository(db)).search(q));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      if (items.length === 0) process.stderr.write(`no ingredient matches '${q}'\n`);
      for (const item of items) {
        process.stdout.write(`${item.slug}\t${item.name}\t${item.inciName}\t${item.class}\n`);
      }
    });

  catalogue
    .command('delete')
    .description('Delete one ingredient (audited, as the API delete is)')
    .argument('<slug>', 'the ingredient slug')
    .action(async (slug: string) => {
      await withDatabase((db) => {
        const repository = new IngredientRepository(db);
        new CatalogueWriter(repository, new ReferenceRepository(db), () => new Date()).delete(slug, 'cli');
      });
      process.stdout.write(`deleted ${slug}\n`);
    });
}
