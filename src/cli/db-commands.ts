import type { Command } from 'commander';
import { seedCatalogue } from '../catalogue/catalogue-seed.js';
import { catalogueWriters } from '../catalogue/catalogue-writers.js';
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import { loadConfig } from '../config.js';
import { ProductRepository } from '../products/product-repository.js';
import { seedProducts } from '../products/product-seed.js';
import { loadReferenceIfEmpty } from '../reference/cosing-seed.js';
import { ReferenceRepository } from '../reference/reference-repository.js';
import { withDatabase } from './cli-context.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');

  db.command('migrate')
    .description('Create the database if missing and apply pending migrations')
    .action(async () => {
      await withDatabase(() => undefined, { create: true });
      process.stdout.write(`migrated ${loadConfig().DATABASE_PATH}\n`);
    });

  db.command('seed')
    .description('Add the seed/ ingredients and products the catalogue lacks (staff edits are kept)')
    .option('--overwrite', 'also restore seeded ingredients and products to their seed values')
    .action(async (options: { overwrite?: boolean }) => {
      const overwrite = options.overwrite === true;
      const { report, products, reference } = await withDatabase(
        (database) => {
          const now = new Date();
          const productRepository = new ProductRepository(database);
          const writers = catalogueWriters(database, () => now, { products: productRepository });
          const report = seedCatalogue(new IngredientRepository(database), now.toISOString(), { overwrite });
          // The shipped CosIng extract too, as the first start loads it, so lists read as the server reads them.
          const reference = loadReferenceIfEmpty(new ReferenceRepository(database));
          // Seeding writes ingredients around the writer: products already stored are read again.
          if (report.created + report.updated > 0 || reference)
            writers.derivations.followAll(now.toISOString());
          const products = seedProducts(productRepository, writers.products, { overwrite });
          return { report, products, reference };
        },
        { create: true },
      );
      process.stdout.write(
        `seeded: ${report.created} created, ${report.updated} updated, ${report.skipped} kept as they were; ` +
          `products: ${products.created} created, ${products.updated} updated, ${products.skipped} kept as they were` +
          (reference ? `; CosIng reference: ${reference.namesLoaded} INCI names loaded` : '') +
          '\n',
      );
    });

  db.command('backup')
    .description('Write a consistent copy of the live database to FILE (safe while the server runs)')
    .argument('<file>', 'where to write the copy; an existing file is replaced')
    .action(async (file: string) => {
      const started = performance.now();
      // SQLite's online backup API copies pages consistently while others read and write.
      const pages = await withDatabase(async (database) => {
        const result = await database.$client.backup(file);
        return result.totalPages;
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      process.stdout.write(
        `backed up ${loadConfig().DATABASE_PATH} to ${file}: ${pages} pages (${seconds} s)\n`,
      );
    });
}
