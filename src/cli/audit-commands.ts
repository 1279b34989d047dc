import type { Command } from 'commander';
import { z } from 'zod';
import type { AuditEntry } from '../audit/audit-repository.js';
import { AuditRepository } from '../audit/audit-repository.js';
import { AuditService } from '../audit/audit-service.js';
import { CliError, withDatabase } from './cli-context.js';

const DateSchema = z.iso.date();
const TimeSchema = z.iso.datetime({ offset: true });

/** A `--since` value: a day (from its start, UTC) or an ISO 8601 time with its zone. */
export function parseSince(text: string): Date {
  const day = DateSchema.safeParse(text);
  const time = TimeSchema.safeParse(text);
  const date = day.success ? new Date(`${text}T00:00:00.000Z`) : time.success ? new Date(text) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new CliError(
      `--since must be a date such as 2026-11-25 or a time such as 2026-11-25T09:30:00Z, not '${text}'`,
    );
  }
  return date;
}

/** The fields an update changed, for the table (updatedAt always moves, so it is left out). */
function changes(entry: AuditEntry): string {
  if (entry.operation !== 'update' || !entry.before || !entry.after) return '';
  // Either side is a plain record of fields; only their names and values matter here.
  const before: Readonly<Record<string, unknown>> = { ...entry.before };
  const after: Readonly<Record<string, unknown>> = { ...entry.after };
  return Object.keys(after)
    .filter((key) => key !== 'updatedAt' && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .join(',');
}

/** Ingredients by slug, as they always were; products by id, marked so the two never read alike. */
const subject = (entry: AuditEntry) => (entry.entity === 'product' ? `product:${entry.slug}` : entry.slug);

export function registerAuditCommands(program: Command): void {
  program
    .command('audit')
    .description(
      'Print the catalogue audit trail, oldest first: who wrote which ingredient or product, and when',
    )
    .option('--since <date>', 'only writes at or after this day (UTC) or ISO 8601 time')
    .option('--json', 'one JSON object per line, with the values before and after')
    .action(async (options: { since?: string; json?: boolean }) => {
      const since = options.since === undefined ? undefined : parseSince(options.since);
      const entries = await withDatabase((db) => new AuditService(new AuditRepository(db)).since(since));
      for (const entry of entries) {
        process.stdout.write(
          options.json
            ? `${JSON.stringify(entry)}\n`
            : `${entry.id}\t${entry.at}\t${entry.actor}\t${entry.operation}\t${subject(entry)}\t${changes(entry)}\n`,
        );
      }
    });
}
