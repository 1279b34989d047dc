import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerAuditCommands } from './audit-commands.js';
import { registerCatalogueCommands } from './catalogue-commands.js';
import { registerDbCommands } from './db-commands.js';
import { registerKeysCommands } from './keys-commands.js';
import { registerProductsCommands } from './products-commands.js';
import { registerReferenceCommands } from './reference-commands.js';

const program = new Command('regimen')
  .description(
    'Regimen staff tools: database, catalogue, products, API keys, the CosIng reference and the audit trail.',
  )
  .version(packageJson.version)
  .showHelpAfterError(false)
  .exitOverride();

registerDbCommands(program);
registerCatalogueCommands(program);
registerProductsCommands(program);
registerKeysCommands(program);
registerReferenceCommands(program);
registerAuditCommands(program);

// A reader that stops early (`regimen audit | head`) closes the pipe: that ends the output, not an
// error. Quietly exit, as Unix tools do, instead of dying on an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`regimen: cannot write the output: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; commander has already printed them.
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`regimen: ${message.split('\n')[0]}\n`);
  process.exit(1);
}
