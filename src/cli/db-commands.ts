import type { Command } from 'commander';
import { seedCatalogue } from '../catalogue/catalogue-seed.js';
import { IngredientRepository } from '../catalogue/ingredient-repository.js';
import { loadConfig } from '../config.js';
import { withDatabase } from './cli-context.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');

  db.command('migrate')
    .description('Create the database if missing and apply pending migrations')
    .action(async () => {
      await withDatabase(() => undefined);
      process.stdout.write(`migrated ${loadConfig().DATABASE_PATH}\n`);
    });

  db.command('seed')
    .description('Add the seed/ ingredients the catalogue lacks (staff edits are kept)')
    .option('--overwrite', 'also restore seeded ingredients to their seed values')
    .action(async (options: { overwrite?: boolean }) => {
      const report = await withDatabase((database) =>
        seedCatalogue(new IngredientRepository(database), new Date().toISOString(), {
          overwrite: options.overwrite === true,
        }),
      );
      process.stdout.write(
        `seeded: ${report.created} created, ${report.updated} updated, ${report.skipped} kept as they were\n`,
      );
    });
}
