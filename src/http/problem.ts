/**
 * The one problem module: every error the API answers is built here as RFC 9457
 * problem details (`application/problem+json`), with one field-error shape, one
 * catalogue of problem types (each served as a page at `/problems/{type}`), and the
 * contract's description and example of every problem status.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_RATE_LIMIT } from '../config.js';

/** Where problem types live: relative, so it resolves against whichever origin answered. */
export const PROBLEM_BASE = '/problems/';

interface ProblemType {
  status: number;
  title: string;
  /** What it means and what the client can do, for the contract and the `/problems` page. */
  description: string;
}

/** Every kind of problem the API emits, by the last segment of its `type` URI. */
export const PROBLEM_TYPES = {
  'invalid-input': {
    status: 400,
    title: 'Invalid input',
    description:
      'Some part of the request does not fit the contract. `errors` names every bad field: `path` is a ' +
      'JSON Pointer into the body, query or path parameters (`in` says which), imports add the 1-based ' +
      '`row`. Fix every listed field and send the request again.',
  },
  'bad-request': {
    status: 400,
    title: 'Bad Request',
    description: 'The request could not be read at all, e.g. a malformed URL. Check how it is built.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    description:
      'The operation needs a staff token (`Authorization: Bearer <token>` from `regimen keys create`), ' +
      'and none was sent, or it is unknown or revoked.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description: 'The token is valid but lacks the scope this operation needs; ask for a token with it.',
  },
  'not-found': {
    status: 404,
    title: 'Not Found',
    description: 'Nothing exists at this path: an unknown route, slug or rule id.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method Not Allowed',
    description: 'The path exists, but not for this method; the `Allow` header lists the methods it takes.',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not Acceptable',
    description: 'The operation cannot answer in any media type the `Accept` header allows.',
  },
  'request-timeout': {
    status: 408,
    title: 'Request Timeout',
    description: 'The request did not arrive whole before the server stopped waiting for it.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description: 'The request conflicts with the current state, e.g. an ingredient with this slug exists.',
  },
  'content-too-large': {
    status: 413,
    title: 'Content Too Large',
    description: 'The body is larger than this operation accepts: 64 KiB for JSON, 16 MiB for imports.',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI Too Long',
    description: 'The URL is longer than the server reads.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported Media Type',
    description: 'The body has a content type this operation does not take: JSON, or `text/csv` for imports.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too Many Requests',
    description:
      'The client sent more requests than its allowance (`RateLimit-Limit` a minute on `/v1`), or too ' +
      'many failed authentications. Wait `Retry-After` seconds.',
  },
  'request-header-fields-too-large': {
    status: 431,
    title: 'Request Header Fields Too Large',
    description: 'The request headers are larger than the server reads.',
  },
  'server-error': {
    status: 500,
    title: 'Internal Server Error',
    description:
      'Something went wrong on our side; no internals are shown. Quote `requestId` when reporting it.',
  },
  'service-unavailable': {
    status: 503,
    title: 'Service Unavailable',
    description:
      'The service is not ready (its database does not answer) or is shedding load. Retry after ' +
      '`Retry-After` seconds.',
  },
} as const satisfies Record<string, ProblemType>;

export type ProblemTypeName = keyof typeof PROBLEM_TYPES;

const TYPE_BY_STATUS = new Map<number, ProblemTypeName>();
for (const [name, type] of Object.entries(PROBLEM_TYPES) as [ProblemTypeName, ProblemType][]) {
  // `invalid-input` comes first but is chosen by the caller: a bare 400 is `bad-request`.
  if (name !== 'invalid-input' && !TYPE_BY_STATUS.has(type.status)) TYPE_BY_STATUS.set(type.status, name);
}

/** The problem type of a status; statuses without one of their own share the generic 4xx/5xx. */
export function problemTypeOf(status: number): ProblemTypeName {
  return TYPE_BY_STATUS.get(status) ?? (status >= 500 ? 'server-error' : 'bad-request');
}

export const problemTypeUri = (name: ProblemTypeName) => `${PROBLEM_BASE}${name}`;

/** A field-level problem with client input, as reported in a problem's `errors`. */
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
export type FieldError = z.infer<typeof FieldErrorSchema>;

const INVALID_INPUT_EXAMPLE = {
  type: problemTypeUri('invalid-input'),
  title: 'Invalid input',
  status: 400,
  detail: 'The request has 1 invalid field.',
  instance: '/v1/recommendations',
  errors: [
    { path: '/concerns/0', in: 'body' as const, message: 'Invalid option: expected one of "firmness"|…' },
  ],
};

export const ProblemSchema = z
  .strictObject({
    type: z
      .string()
      .describe(
        'A URI reference naming the kind of problem, relative to the API (e.g. `/problems/invalid-input`); ' +
          'GET it for a page that explains the problem.',
      ),
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
    example: INVALID_INPUT_EXAMPLE,
  });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one wording of an invalid-input problem's `detail`. */
export const invalidFieldsDetail = (count: number) => `The request has ${plural(count, 'invalid field')}.`;

/**
 * A mistake by the caller, thrown by services and turned into problem+json by the
 * error handler. Services stay HTTP-agnostic apart from choosing the status.
 */
export class ClientError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429;
  readonly title: string;
  readonly errors: FieldError[] | undefined;

  constructor(status: ClientError['status'], title: string, detail: string, errors?: FieldError[]) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors;
  }
}

export const notFound = (detail: string) => new ClientError(404, 'Not Found', detail);
export const conflict = (detail: string) => new ClientError(409, 'Conflict', detail);
export const invalidInput = (detail: string, errors: FieldError[]) =>
  new ClientError(400, 'Invalid input', detail, errors);
/** Invalid input with the standard sentence: "The request has N invalid fields." */
export const invalidFields = (errors: FieldError[]) =>
  invalidInput(invalidFieldsDetail(errors.length), errors);

const CONTEXT_TO_IN: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

type ValidationIssue = {
  instancePath: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
};

const escapePointer = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Turns validation issues into one entry per bad field. An unknown-keys issue names
 * all of them at the parent, so it is split into one entry per unknown field.
 */
export function toFieldErrors(issues: readonly ValidationIssue[], context: string | undefined): FieldError[] {
  const where = context ? CONTEXT_TO_IN[context] : undefined;
  // A value of the wrong type fails its length or format checks too ("concerns": "acne"
  // is also "too long"); the type error is the one to report.
  const mistyped = new Set(
    issues.filter((issue) => issue.keyword === 'invalid_type').map((issue) => issue.instancePath),
  );
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (issue.keyword !== 'invalid_type' && mistyped.has(issue.instancePath)) continue;
    const base = issue.instancePath === '/' ? '' : issue.instancePath;
    const alternatives = issue.keyword === 'invalid_union' ? issue.params?.errors : undefined;
    if (Array.isArray(alternatives)) {
      out.push(...unionFieldErrors(base, alternatives as RawIssue[][], context));
      continue;
    }
    const keys = issue.params?.keys;
    if (Array.isArray(keys) && keys.length > 0) {
      for (const key of keys) {
        out.push({
          path: `${base}/${escapePointer(String(key))}`,
          message: 'is not a known field',
          in: where,
        });
      }
      continue;
    }
    out.push({ path: base === '' ? '/' : base, message: issue.message ?? 'is invalid', in: where });
  }
  return out;
}

/** An issue as zod reports it inside a union's `errors`: its path is relative to the union's value. */
type RawIssue = { code?: string; path?: PropertyKey[]; message?: string } & Record<string, unknown>;

/**
 * A value that fits no alternative of a union (an own product is `{ productId }` or `{ name, inci }`):
 * the bad fields are those of the alternative it was meant as, the one whose keys it uses; when it
 * uses none's keys, the value itself is named.
 */
function unionFieldErrors(
  base: string,
  alternatives: RawIssue[][],
  context: string | undefined,
): FieldError[] {
  const meant = alternatives.find((issues) => !issues.some((issue) => issue.code === 'unrecognized_keys'));
  if (meant === undefined) {
    return [
      {
        path: base === '' ? '/' : base,
        message: 'matches none of the accepted forms',
        in: context ? CONTEXT_TO_IN[context] : undefined,
      },
    ];
  }
  return toFieldErrors(
    meant.map(({ code, path = [], message, ...params }) => ({
      instancePath: [base, ...path.map((key) => escapePointer(String(key)))].join('/') || '/',
      ...(code === undefined ? {} : { keyword: code }),
      ...(message === undefined ? {} : { message }),
      params,
    })),
    context,
  );
}

/** A problem for this request: type and title from the status, `instance` from its path. */
export function problem(
  request: FastifyRequest,
  status: number,
  detail: string,
  extra?: Partial<Problem>,
): Problem {
  const name = problemTypeOf(status);
  return {
    type: problemTypeUri(name),
    title: PROBLEM_TYPES[name].title,
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    ...extra,
  };
}

/** The invalid-input problem for these bad fields. */
export function invalidInputProblem(
  request: FastifyRequest,
  errors: FieldError[],
  detail = invalidFieldsDetail(errors.length),
): Problem {
  // Two checks can say the same of one field (a date's format and its length): say it once.
  const seen = new Set<string>();
  const distinct = errors.filter((error) => {
    const key = `${error.in ?? ''} ${error.path} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return problem(
    request,
    400,
    detail === invalidFieldsDetail(errors.length) ? invalidFieldsDetail(distinct.length) : detail,
    {
      type: problemTypeUri('invalid-input'),
      title: PROBLEM_TYPES['invalid-input'].title,
      errors: distinct,
    },
  );
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

// --- The contract's side: what each problem status means, its headers and its example.

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

const EXAMPLE_DETAILS: Record<number, Partial<Problem>> = {
  400: INVALID_INPUT_EXAMPLE,
  401: { detail: 'This operation needs a staff token: Authorization: Bearer <token>.' },
  403: { detail: "This operation needs the 'catalogue:write' scope." },
  404: { detail: "No ingredient has the slug 'retinol-serum'." },
  405: { detail: 'PATCH is not allowed on /v1/ingredients/retinol.' },
  409: { detail: "An ingredient with the slug 'malic-acid' exists." },
  413: { detail: 'The body is larger than this operation accepts (65536 bytes).' },
  415: { detail: "Unsupported Media Type: 'application/xml'." },
  429: { detail: 'More than 1000 requests a minute from this client; retry in 42 seconds.' },
  500: {
    detail: 'Something went wrong on our side.',
    requestId: '0b9c8f1e-3c59-4f0e-9a59-0d2c1f4b7a10',
  },
  503: { detail: 'The service is under heavy load; retry in a few seconds.' },
};

/** The example problem of a status, as the contract shows it. */
export function problemExample(status: number): Problem {
  const name = problemTypeOf(status);
  return {
    type: problemTypeUri(name),
    title: PROBLEM_TYPES[name].title,
    status,
    detail: '',
    ...EXAMPLE_DETAILS[status],
  };
}

type HeaderObject = { type: 'integer' | 'string'; description: string; minimum?: number; maximum?: number };

// Both waits are short: the rate-limit window is a minute, load shedding asks for 5 seconds.
const RETRY_AFTER: HeaderObject = {
  type: 'integer',
  minimum: 0,
  maximum: 60,
  description: 'Seconds to wait before trying again.',
};
const COUNT = { type: 'integer', minimum: 0, maximum: MAX_RATE_LIMIT } as const;
const SECONDS = { type: 'integer', minimum: 0, maximum: 60 } as const;

/**
 * What the rate limiter (`rate-limit.ts`) sends on `/v1` (draft IETF headers, mirrored as the widely
 * used `X-RateLimit-*`): on every answer, and with `Retry-After` on a 429.
 */
export const RATE_LIMIT_HEADERS: Record<string, HeaderObject> = {
  'RateLimit-Limit': { ...COUNT, description: 'Requests allowed per minute for this client.' },
  'RateLimit-Remaining': { ...COUNT, description: 'Requests left in the current minute.' },
  'RateLimit-Reset': { ...SECONDS, description: 'Seconds until the allowance is renewed.' },
  'X-RateLimit-Limit': { ...COUNT, description: 'Same as `RateLimit-Limit`.' },
  'X-RateLimit-Remaining': { ...COUNT, description: 'Same as `RateLimit-Remaining`.' },
  'X-RateLimit-Reset': { ...SECONDS, description: 'Same as `RateLimit-Reset`.' },
};

const HEADERS: Record<number, Record<string, HeaderObject>> = {
  // The `RateLimit-*` headers are added to every `/v1` answer by the OpenAPI plugin.
  429: { 'Retry-After': RETRY_AFTER },
  503: { 'Retry-After': RETRY_AFTER },
};

/** The problem responses of an operation, for its route schema (and so for openapi.yaml). */
export function problemResponses(...statuses: (keyof typeof DESCRIPTIONS)[]) {
  const out: Record<
    number,
    {
      description: string;
      headers?: Record<string, HeaderObject>;
      content: { 'application/problem+json': { schema: typeof ProblemSchema; example: Problem } };
    }
  > = {};
  for (const status of statuses) {
    const headers = HEADERS[status];
    out[status] = {
      description: DESCRIPTIONS[status] ?? 'Problem',
      ...(headers ? { headers } : {}),
      content: { 'application/problem+json': { schema: ProblemSchema, example: problemExample(status) } },
    };
  }
  return out;
}
