import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { ClientError, invalidInputProblem, problem, sendProblem, toFieldErrors } from './problem.js';
import { otherPartErrors } from './validation-errors.js';

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
      errors.push(...otherPartErrors(request, error.validationContext));
      return sendProblem(reply, invalidInputProblem(request, errors));
    }
    if (error instanceof ClientError) {
      return sendProblem(
        reply,
        error.errors
          ? invalidInputProblem(request, error.errors, error.message)
          : problem(request, error.status, error.message, { title: error.title }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (FST_ERR_CTP_*, bad JSON, ...) carry safe messages.
      if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
        return sendProblem(
          reply,
          invalidInputProblem(
            request,
            [{ path: '/', in: 'body', message: 'is empty; expected a JSON value' }],
            'The body is empty; this operation takes a JSON body.',
          ),
        );
      }
      if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
        return sendProblem(
          reply,
          invalidInputProblem(
            request,
            [{ path: '/', in: 'body', message: 'is not valid JSON' }],
            'The body is not valid JSON.',
          ),
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
