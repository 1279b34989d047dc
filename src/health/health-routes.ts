import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../http/problem.js';

export interface HealthRoutesOptions {
  /** True when the database answers a query. */
  databaseReady: () => boolean;
}

const HealthSchema = z
  .strictObject({ status: z.enum(['ok', 'unavailable']).describe('`ok` when healthy.') })
  .meta({ id: 'Health', description: 'Liveness or readiness.' });

export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, { databaseReady }) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'Liveness',
        description: 'Answers 200 while the process runs.',
        response: { 200: HealthSchema },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['operations'],
        summary: 'Readiness',
        description: 'Answers 200 when the database answers, else 503.',
        response: { 200: HealthSchema, 503: HealthSchema, ...problemResponses(500) },
      },
    },
    (_request, reply) => {
      if (databaseReady()) reply.send({ status: 'ok' });
      else reply.code(503).send({ status: 'unavailable' });
    },
  );
};
