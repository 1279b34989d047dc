import { z } from 'zod';
import { invalidInput } from './problem.js';

/**
 * The one cursor codec of every paged list. A cursor is the sort key of the last
 * item served (a slug, an INCI name), base64url-encoded so clients treat it as opaque.
 * Paging by key (keyset) means a page never repeats or skips an item, even while
 * staff write between pages.
 */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

/** The 400 for a cursor this API did not hand out. */
export const invalidCursor = () =>
  invalidInput('The cursor is not one this API returned.', [
    { path: '/cursor', in: 'query', message: 'is not a valid cursor; pass nextCursor from a previous page' },
  ]);

/**
 * The key inside a cursor. Anything that is not the canonical encoding of a valid key
 * (`isKey`) is refused, so a forged or mangled cursor never reaches a query.
 */
export function decodeCursor(cursor: string, isKey: (key: string) => boolean): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key === '' || !isKey(key) || encodeCursor(key) !== cursor) throw invalidCursor();
  return key;
}

/** The paging fields of every list query: page size and the cursor of the previous page. */
export const pageQueryFields = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1 to 100.'),
  cursor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('The `nextCursor` of the previous page; omit for the first page.'),
};

/** `nextCursor` of a page keyed by a slug or id: its encoding (≤ 80 ASCII characters → ≤ 107). */
export const NextCursorSchema = z
  .string()
  .max(200)
  .nullable()
  .describe('Pass as `cursor` for the next page; null on the last page.');
