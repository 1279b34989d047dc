import { z } from 'zod';

export const FieldErrorSchema = z
  .strictObject({
    path: z.string().describe('JSON Pointer to the bad field, e.g. `/concerns/0` (`/` for the whole input).'),
    message: z.string().describe('What is wrong with it.'),
    row: z.number().int().min(1).optional().describe('For imports: the 1-based number of the bad row.'),
    in: z
      .enum(['body', 'query', 'params', 'headers'])
      .optional()
      .describe('Which part of the request holds the field.'),
  })
  .meta({ id: 'FieldError', description: 'One bad field of the request.' });

export const ProblemSchema = z
  .strictObject({
    type: z.string().describe('A URI naming the kind of problem; `about:blank` when the status says it all.'),
    title: z.string().describe('Short, human-readable summary of the kind of problem.'),
    status: z.number().int().min(400).max(599).describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request.'),
    instance: z.string().optional().describe('The request path.'),
    requestId: z.string().optional().describe('Quote this when reporting a server error.'),
    errors: z.array(FieldErrorSchema).optional().describe('Every bad field, for invalid input.'),
  })
  .meta({
    id: 'Problem',
    description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
    example: {
      type: 'https://regimen.example/problems/invalid-input',
      title: 'Invalid input',
      status: 400,
      detail: 'The request has 1 invalid field.',
      instance: '/v1/recommendations',
      errors: [{ path: '/concerns/0', in: 'body', message: 'Invalid option: expected one of "firmness"|…' }],
    },
  });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` names every bad field.',
  401: 'No token, or an unknown or revoked one.',
  403: 'The token lacks the scope this operation needs.',
  404: 'Nothing exists at this path.',
  405: 'The path exists but not for this method; `Allow` lists the methods it takes.',
  409: 'It conflicts with the current state, e.g. the slug exists.',
  413: 'The body is larger than this operation accepts.',
  415: 'The body has a content type this operation does not accept.',
  429: 'Too many requests; retry after `Retry-After` seconds.',
  500: 'An unexpected server error; no internals are shown.',
  503: 'Not ready, or shedding load; retry later.',
};

const RETRY_AFTER = {
  'Retry-After': { type: 'integer' as const, description: 'Seconds to wait before trying again.' },
};
const HEADERS: Record<number, typeof RETRY_AFTER> = { 429: RETRY_AFTER, 503: RETRY_AFTER };

/** The problem responses of an operation, for its route schema (and so for openapi.yaml). */
export function problemResponses(...statuses: (keyof typeof DESCRIPTIONS)[]) {
  const out: Record<
    number,
    {
      description: string;
      headers?: typeof RETRY_AFTER;
      content: { 'application/problem+json': { schema: typeof ProblemSchema } };
    }
  > = {};
  for (const status of statuses) {
    const headers = HEADERS[status];
    out[status] = {
      description: DESCRIPTIONS[status] ?? 'Problem',
      ...(headers ? { headers } : {}),
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return out;
}
