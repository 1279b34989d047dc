import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidFields, toFieldErrors } from '../http/problem.js';
import { otherPartErrors } from '../http/validation-errors.js';
import { MAX_IMPORT_ROWS } from './import-files.js';

/** The bulk import endpoints: the only ones that take `text/csv`. */
export const IMPORT_PATHS: ReadonlySet<string> = new Set(['/v1/ingredients/import', '/v1/products/import']);
/** Imports carry whole catalogues; everything else stays under the global 64 KiB. */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

export const ImportQuerySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .describe('Validate only: report what would be written, write nothing.'),
});

/** An import body as the contract shows it: a JSON array of `row`s, or a CSV file. */
export function importBodySchema<T extends z.ZodType>(row: T, noun: string, csvNote: string) {
  return z.union([
    z.array(row).min(1).max(MAX_IMPORT_ROWS).describe(`A JSON array of ${noun}s (\`application/json\`).`),
    z
      .string()
      .min(1)
      .max(IMPORT_BODY_LIMIT)
      .describe(`A CSV file with a header row of ${csvNote} (\`text/csv\`).`),
  ]);
}

/** What an import wrote, or would write, with the warnings of its kind of row. */
export function importReportSchema<T extends z.ZodType>(noun: string, warning: T, warningsNote: string) {
  return z.strictObject({
    dryRun: z.boolean().describe('True when nothing was written.'),
    total: z.number().int().describe('Rows in the file.'),
    created: z.number().int().describe(`Rows that are (or would be) new ${noun}s.`),
    updated: z
      .number()
      .int()
      .describe(`Rows that change (or would change) an existing ${noun}: written and audited.`),
    unchanged: z
      .number()
      .int()
      .describe(
        `Rows equal to the stored ${noun} (ignoring \`updatedAt\`): not written, not audited, and the ` +
          'catalogue version stays when every row is unchanged.',
      ),
    warnings: z.array(warning).describe(warningsNote),
  });
}

/**
 * The rows of an import request: a JSON array, or the text of a CSV body. The route
 * validates with `attachValidation`, so that the writer, which names each bad row by
 * number, sees the rows of an array or CSV body; anything else the schema caught is a
 * 400 here.
 */
export function importBody(request: FastifyRequest): { csv: string } | { rows: unknown[] } {
  const failed = request.validationError;
  const body: unknown = request.body;
  if (failed && (failed.validationContext !== 'body' || !(Array.isArray(body) || typeof body === 'string'))) {
    throw invalidFields(toFieldErrors(failed.validation, failed.validationContext));
  }
  // Bad rows are the writer's to name; a bad query beside them (`?dryRun=maybe`) is said at once.
  const others = failed ? otherPartErrors(request, failed.validationContext) : [];
  if (failed && others.length > 0)
    throw invalidFields([...toFieldErrors(failed.validation, failed.validationContext), ...others]);
  return typeof body === 'string' ? { csv: body } : { rows: body as unknown[] };
}
