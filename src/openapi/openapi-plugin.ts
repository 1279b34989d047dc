import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import packageJson from '../../package.json' with { type: 'json' };
import { tidyComponents } from './tidy-components.js';

export const API_DESCRIPTION = `Regimen turns a skin profile into a skincare routine and a day-by-day calendar, \
explaining every step by the rules that produced it, over a curated ingredient catalogue.

Errors are \`application/problem+json\` (RFC 9457); invalid input lists every bad field in \`errors\`.
The \`/v1\` contract only grows: fields and operations are added, never renamed or removed.

General cosmetic guidance, not medical advice: a product's own instructions come first.`;

/**
 * Registers the OpenAPI document (built from the routes' zod schemas) and serves it
 * as JSON, YAML and interactive docs. Must be registered before the routes.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Regimen API',
        version: packageJson.version,
        description: API_DESCRIPTION,
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
        contact: { name: 'Regimen', url: 'https://regimen.example' },
      },
      servers: [{ url: 'http://127.0.0.1:3000', description: 'Local development server' }],
      tags: [
        { name: 'recommendations', description: 'Routines and calendars for a skin profile.' },
        { name: 'rules', description: 'The rules the engine applies, with rationale and sources.' },
        { name: 'catalogue', description: 'The ingredient catalogue.' },
        { name: 'reference', description: 'The EU CosIng INCI reference.' },
        { name: 'staff', description: 'Staff-only operations (bearer token).' },
        { name: 'operations', description: 'Health and readiness.' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'A token made by `regimen keys create`.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => tidyComponents(jsonSchemaTransformObject(document)),
  });

  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });

  app.get('/openapi.json', { schema: { hide: true } }, (_request, reply) => {
    reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger(), null, 2));
  });
  app.get('/openapi.yaml', { schema: { hide: true } }, (_request, reply) => {
    reply.type('application/yaml; charset=utf-8').send(app.swagger({ yaml: true }));
  });
}
