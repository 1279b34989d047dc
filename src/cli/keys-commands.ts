import type { Command } from 'commander';
import { ApiKeyRepository, SCOPES, type Scope } from '../auth/api-key-repository.js';
import { withDatabase } from './cli-context.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('Staff API keys');

  keys
    .command('create')
    .description('Create a key and print its token (shown only this once)')
    .requiredOption('--name <name>', 'a unique name for the key (who or what uses it)')
    .option(
      '--scope <scope>',
      `a scope to grant, repeatable: ${SCOPES.join(', ')} (default catalogue:write)`,
      collect,
      [],
    )
    .action(async (options: { name: string; scope: string[] }) => {
      const name = options.name.trim();
      if (!/^[\w.@-]{1,100}$/.test(name)) throw new Error('--name must be 1-100 letters, digits, _ . @ or -');
      const unknown = options.scope.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
      if (unknown.length > 0)
        throw new Error(`unknown scope ${unknown.join(', ')}; scopes are ${SCOPES.join(', ')}`);
      const scopes = (options.scope.length > 0 ? options.scope : ['catalogue:write']) as Scope[];
      const token = await withDatabase(
        (db) => new ApiKeyRepository(db).create(name, scopes, new Date().toISOString()),
        { create: true },
      );
      process.stdout.write(`${token}\n`);
    });

  keys
    .command('list')
    .description('List keys (names, scopes and dates; never tokens)')
    .action(async () => {
      const rows = await withDatabase((db) => new ApiKeyRepository(db).list());
      if (rows.length === 0) {
        process.stdout.write('no keys\n');
        return;
      }
      for (const row of rows) {
        const status = row.revokedAt ? `revoked ${row.revokedAt}` : 'active';
        process.stdout.write(
          `${row.name}\t${row.scopes.join(',')}\tcreated ${row.createdAt}\tlast used ${row.lastUsedAt ?? 'never'}\t${status}\n`,
        );
      }
    });

  keys
    .command('revoke')
    .description('Revoke a key: its token stops working at once')
    .argument('<name>', 'the key name')
    .action(async (name: string) => {
      const revoked = await withDatabase((db) =>
        new ApiKeyRepository(db).revoke(name, new Date().toISOString()),
      );
      if (!revoked) throw new Error(`no active key named '${name}'`);
      process.stdout.write(`revoked ${name}\n`);
    });
}
