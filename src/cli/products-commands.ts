import type { Command } from 'commander';
import { catalogueWriters } from '../catalogue/catalogue-writers.js';
import { FILE_FORMATS } from '../catalogue/import-files.js';
import { parseProductText, serializeProducts } from '../products/product-files.js';
import { ProductRepository } from '../products/product-repository.js';
import { withDatabase } from './cli-context.js';
import { exportFormat, importFile } from './import-file.js';

export function registerProductsCommands(program: Command): void {
  const products = program.command('products').description('Import and export the product catalogue');

  products
    .command('import')
    .description('Create or replace products from a CSV, JSON or YAML file, all rows or none')
    .argument('<file>', 'a .csv, .json, .yaml or .yml file of rows shaped like ProductWrite')
    .option('--dry-run', 'validate only and report what would change')
    .action((file: string, options: { dryRun?: boolean }) =>
      importFile(file, options.dryRun === true, {
        parse: parseProductText,
        write: (db, rows, importOptions) =>
          catalogueWriters(db, () => new Date()).products.importRows(rows, importOptions),
        moreWarnings: 'hold entries that match no known ingredient',
      }),
    );

  products
    .command('export')
    .description('Write every product to stdout, in a form that imports back unchanged')
    .option('--format <format>', `one of ${FILE_FORMATS.join(', ')}`, 'json')
    .action(async (options: { format: string }) => {
      const format = exportFormat(options.format);
      const text = await withDatabase((db) => serializeProducts(new ProductRepository(db).all(), format));
      process.stdout.write(text);
    });
}
