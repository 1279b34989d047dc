import type { Command } from 'commander';
import { FILE_FORMATS, parseCatalogueText, serializeCatalogue } from '../catalogue/catalogue-files.js';
import { catalogueWriters } from '../catalogue/catalogue-writers.js';
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import { IngredientService } from '../catalogue/ingredient-service.js';
import { CliError, withDatabase } from './cli-context.js';
import { exportFormat, importFile } from './import-file.js';

export function registerCatalogueCommands(program: Command): void {
  const catalogue = program.command('catalogue').description('Import and export the ingredient catalogue');

  catalogue
    .command('import')
    .description('Create or replace ingredients from a CSV, JSON or YAML file, all rows or none')
    .argument('<file>', 'a .csv, .json, .yaml or .yml file of rows shaped like Ingredient')
    .option('--dry-run', 'validate only and report what would change')
    .action((file: string, options: { dryRun?: boolean }) =>
      importFile(file, options.dryRun === true, {
        parse: parseCatalogueText,
        write: (db, rows, importOptions) =>
          catalogueWriters(db, () => new Date()).ingredients.importRows(rows, importOptions),
        moreWarnings: 'disagree with CosIng',
      }),
    );

  catalogue
    .command('export')
    .description('Write the whole catalogue to stdout, in a form that imports back unchanged')
    .option('--format <format>', `one of ${FILE_FORMATS.join(', ')}`, 'json')
    .action(async (options: { format: string }) => {
      const format = exportFormat(options.format);
      const text = await withDatabase((db) =>
        serializeCatalogue(new IngredientRepository(db).snapshot().ingredients, format),
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
      await withDatabase((db) => catalogueWriters(db, () => new Date()).ingredients.delete(slug, 'cli'));
      process.stdout.write(`deleted ${slug}\n`);
    });
}
