import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../http/problem.js';
import { jsonResponse, PUBLIC, problemContent } from '../http/responses.js';

export interface HealthRoutesOptions {
  /** True when the database answers a query. */
  databaseReady: () => boolean;
}

const HealthSchema = z
  .strictObject({
    status: z.enum(['ok', 'unavailable']).describe('`ok` when healthy, `unavailable` when not.'),
  })
  .meta({ id: 'Health', description: 'Liveness or readiness.', example: { status: 'ok' } });

// Probes take no input and are exempt from rate limiting, so they have no 4xx to
// document (see redocly.yaml); load shedding can still answer 503 on any path.
export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, { databaseReady }) => {
  app.get(
    '/healthz',
    {
      schema: {
        ...PUBLIC,
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'Liveness',
        description:
          'Answers 200 while the process runs, whatever the state of the database: a liveness probe ' +
          'restarts the process only when this fails.',
        response: {
          200: jsonResponse('The process is running.', HealthSchema),
          ...problemResponses(503),
        },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        ...PUBLIC,
        operationId: 'getReadiness',
        tags: ['operations'],
        summary: 'Readiness',
        description:
          'Answers 200 when the database answers, else 503 with `{"status": "unavailable"}`: a load ' +
          'balancer sends traffic only while this is 200.',
        response: {
          200: jsonResponse('Ready: the database answers.', HealthSchema),
          503: {
            description:
              'Not ready: the database does not answer (`application/json`), or the service is ' +
              'shedding load (`application/problem+json`).',
            content: { 'application/json': { schema: HealthSchema }, ...problemContent(503) },
          },
          ...problemResponses(500),
        },
      },
    },
    (_request, reply) => {
      if (databaseReady()) reply.send({ status: 'ok' });
      else reply.code(503).send({ status: 'unavailable' });
    },
  );
};
