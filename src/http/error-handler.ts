import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { ClientError, type FieldError } from '../errors.js';
import { PROBLEM_CONTENT_TYPE, type Problem } from './problem.js';

const PROBLEM_BASE = 'https://regimen.example/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

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

const escapePointer = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** A problem for this request: title from the status, `instance` from its path. */
export function problem(
  request: FastifyRequest,
  status: number,
  detail: string,
  extra?: Partial<Problem>,
): Problem {
  const title = TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
  return {
    type: 'about:blank',
    title,
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    ...extra,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One place turns every failure into `application/problem+json`: schema validation,
 * services' client errors, Fastify's own 4xx (bad JSON, body too large, wrong content
 * type), unknown routes, wrong methods, and anything unexpected (a 500 that shows
 * no internals, logged with the request id).
 */
export function registerErrorHandling(app: FastifyInstance): void {
  // A shadow router answers "does this path exist for another method?" for 405s.
  const shadow = FindMyWay();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      try {
        shadow.on(method as HTTPMethod, route.url, () => {});
      } catch {
        // Already known (e.g. HEAD added for GET): nothing to add.
      }
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = toFieldErrors(error.validation, error.validationContext);
      return sendProblem(
        reply,
        problem(request, 400, `The request has ${plural(errors.length, 'invalid field')}.`, {
          type: `${PROBLEM_BASE}invalid-input`,
          title: 'Invalid input',
          errors,
        }),
      );
    }
    if (error instanceof ClientError) {
      return sendProblem(
        reply,
        problem(request, error.status, error.message, {
          title: error.title,
          ...(error.errors ? { type: `${PROBLEM_BASE}invalid-input`, errors: error.errors } : {}),
        }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (FST_ERR_CTP_*, bad JSON, ...) carry safe messages.
      if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
        return sendProblem(
          reply,
          problem(request, 400, 'The body is empty; this operation takes a JSON body.', {
            type: `${PROBLEM_BASE}invalid-input`,
            title: 'Invalid input',
            errors: [{ path: '/', in: 'body', message: 'is empty; expected a JSON value' }],
          }),
        );
      }
      if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
        return sendProblem(
          reply,
          problem(request, 400, 'The body is not valid JSON.', {
            type: `${PROBLEM_BASE}invalid-input`,
            title: 'Invalid input',
            errors: [{ path: '/', in: 'body', message: 'is not valid JSON' }],
          }),
        );
      }
      return sendProblem(reply, problem(request, status, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      problem(request, status >= 500 && status < 600 ? status : 500, 'Something went wrong on our side.', {
        requestId: String(request.id),
      }),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // OPTIONS answers every path (CORS preflight), so it alone does not make a path exist.
    const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter(
      (method) => shadow.find(method as HTTPMethod, path) !== null,
    );
    if (allowed.length > 0) {
      reply.header('allow', [...allowed, 'OPTIONS'].join(', '));
      return sendProblem(reply, problem(request, 405, `${request.method} is not allowed on ${path}.`));
    }
    return sendProblem(reply, problem(request, 404, `Nothing exists at ${request.method} ${path}.`));
  });
}
