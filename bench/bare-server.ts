/**
 * The ceiling: Fastify with nothing but one JSON route. It parses and validates a
 * small JSON body (with Fastify's own ajv schema, the cheapest validation there is)
 * and serializes two fields back, so the real routes are compared with the least
 * work a JSON API can do on this machine, not with an empty `reply.send()`.
 */
import Fastify from 'fastify';
import { serveForBench } from './child-protocol.js';

const app = Fastify({ logger: false });

app.post(
  '/echo',
  {
    schema: {
      body: {
        type: 'object',
        required: ['skinType', 'weeks'],
        properties: { skinType: { type: 'string' }, weeks: { type: 'integer' } },
      },
      response: {
        200: {
          type: 'object',
          properties: { skinType: { type: 'string' }, weeks: { type: 'integer' } },
        },
      },
    },
  },
  (request) => {
    const body = request.body as { skinType: string; weeks: number };
    return { skinType: body.skinType, weeks: body.weeks };
  },
);

await serveForBench(app);
