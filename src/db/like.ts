import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** Escapes LIKE's wildcards (and the escape character) so user input matches literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** `column LIKE pattern`, with `\` as the escape character `escapeLike` uses. */
export const like = (column: AnyColumn, pattern: string | SQL): SQL =>
  sql`${column} LIKE ${pattern} ESCAPE '\\'`;
