import type { z } from 'zod';
import { ProblemSchema, problemExample } from './problem.js';

/** Response headers worth documenting, by name, as JSON Schema with a description. */
export type ResponseHeaders = Record<
  string,
  { type: 'string' | 'integer'; description: string; maxLength?: number }
>;

/**
 * A JSON response with its own description, so the contract says what a 200 or 201
 * means instead of `Default Response`, and the headers a client should read.
 */
export function jsonResponse<T extends z.ZodType>(description: string, schema: T, headers?: ResponseHeaders) {
  return { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema } } };
}

export const ETAG_HEADER: ResponseHeaders = {
  ETag: {
    type: 'string',
    // `W/"<version>.<epoch>"`: a safe integer (≤ 16 digits) and 16 hex digits, 37 at most.
    maxLength: 40,
    description: 'Changes whenever the catalogue changes; send it back as `If-None-Match` for a 304.',
  },
};

/**
 * Public operations declare an empty security requirement: "no token needed" is
 * then a stated part of the contract, not an omission a linter (or a partner) has
 * to guess about.
 */
export const PUBLIC: { security: Record<string, string[]>[] } = { security: [] };

/** The problem media type alone, for a status that may also answer in another media type. */
export const problemContent = (status: number) => ({
  'application/problem+json': { schema: ProblemSchema, example: problemExample(status) },
});
