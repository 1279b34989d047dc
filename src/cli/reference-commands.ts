import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { catalogueWriters } from '../catalogue/catalogue-writers.js';
import { ProductRepository } from '../products/product-repository.js';
import { formatCosingReport, parseCosing } from '../reference/cosing-import.js';
import { ReferenceRepository } from '../reference/reference-repository.js';
import { CliError, withDatabase } from './cli-context.js';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? (error instanceof Error ? error.message : String(error)));
    throw new CliError(`cannot read ${file}: ${reason}`);
  }
}

export function registerReferenceCommands(program: Command): void {
  const reference = program.command('reference').description('The EU CosIng INCI reference');

  reference
    .command('import-cosing')
    .description(
      'Replace the INCI reference with a CosIng inventory export (CSV: inci_name, cas_number, einecs_number, function)',
    )
    .argument('<file>', 'the CosIng CSV file')
    .action(async (file: string) => {
      const started = performance.now();
      const text = readText(file);
      let parsed: ReturnType<typeof parseCosing>;
      try {
        parsed = parseCosing(text);
      } catch (error) {
        throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const { entries, report } = parsed;
      // A wrong file must never wipe the reference: refuse before touching the database.
      if (entries.length === 0) {
        throw new CliError(
          `${file}: no INCI names to load from ${report.rowsRead} row${report.rowsRead === 1 ? '' : 's'}; ` +
            'the reference was left as it was',
        );
      }
      // The bar is for people watching a terminal; logs and pipes get the summary only.
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: ' {bar} {value}/{total} INCI names', hideCursor: true })
        : undefined;
      bar?.start(entries.length, 0);
      let rederived = 0;
      try {
        rederived = await withDatabase(
          (db) => {
            new ReferenceRepository(db).replaceAll(entries, (done) => bar?.update(done));
            // Stored products were read against the old names: read every one again.
            const now = new Date();
            const products = new ProductRepository(db);
            return catalogueWriters(db, () => now, { products }).derivations.followAll(now.toISOString());
          },
          { create: true },
        );
        bar?.update(entries.length);
      } finally {
        bar?.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`${formatCosingReport(report, seconds).join('\n')}\n`);
      process.stdout.write(`products read again against the new reference: ${rederived}\n`);
    });
}
