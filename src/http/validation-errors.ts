import type { FastifyRequest } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { ZodType } from 'zod';
import { type FieldError, toFieldErrors } from './problem.js';

/** The parts of a request Fastify validates, in its order; it stops at the first that fails. */
const PARTS = ['params', 'body', 'querystring'] as const;

/**
 * The bad fields of the parts Fastify did not validate after the first one failed, so that one answer
 * names every bad field (a bad path and a bad body at once). Runs on the error path only.
 */
export function otherPartErrors(request: FastifyRequest, failed: string | undefined): FieldError[] {
  const schemas = request.routeOptions.schema;
  if (!schemas) return [];
  const data = { params: request.params, body: request.body, querystring: request.query };
  const out: FieldError[] = [];
  for (const part of PARTS) {
    const schema: unknown = schemas[part];
    if (part === failed || !(schema instanceof ZodType)) continue;
    const result = validatorCompiler({
      schema,
      method: request.method,
      url: request.routeOptions.url ?? request.url,
      httpPart: part,
    })(data[part]);
    // The zod compiler answers synchronously, with its issues as an array.
    if (typeof result === 'object' && 'error' in result && Array.isArray(result.error))
      out.push(...toFieldErrors(result.error, part));
  }
  return out;
}
