import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import packageJson from '../../package.json' with { type: 'json' };
import { problemExample, RATE_LIMIT_HEADERS } from '../http/problem.js';
import { toPortableYaml } from '../portable-yaml.js';
import { tidyComponents } from './tidy-components.js';

export const API_DESCRIPTION = `Regimen turns a skin profile into a skincare routine and a day-by-day calendar, \
explaining every step by the rules that produced it, over a curated ingredient catalogue.

Errors are \`application/problem+json\` (RFC 9457); invalid input lists every bad field in \`errors\`. \
Each problem's \`type\` is a path on this API (e.g. \`/problems/invalid-input\`) that serves a page explaining it.
Answers over 1 KiB are compressed (brotli or gzip) when \`Accept-Encoding\` allows it.
The \`/v1\` contract only grows: fields and operations are added, never renamed or removed.

A method a path does not take gets 405 with \`Allow\`; \`/v1\` answers 429 with \`Retry-After\` past its rate limit \
and carries \`RateLimit-*\` headers; any path may answer 503 with \`Retry-After\` while the service sheds load.

General cosmetic guidance, not medical advice: a product's own instructions come first.`;

// Relative: the server that serves this document, so "Try it out" in /docs calls the
// origin the page came from. Public (`x-internal: false`): every environment (local,
// staging, production) serves the same document and is the server it names.
const SERVER = {
  url: '/',
  description:
    'The server that serves this document: local, staging or production, whichever you opened it on.',
  'x-internal': false,
};

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/**
 * @fastify/swagger drops the siblings of a `$ref` when it turns a querystring or
 * params schema into parameters, so `class: IngredientClass.describe('…')` would lose
 * its description. Wrapping the reference in `allOf` carries the description through
 * to the parameter; `unwrapParameterRefs` then takes the wrapper off again.
 */
function keepParameterDescriptions(schema: unknown): void {
  const properties = (schema as { properties?: Record<string, Record<string, unknown>> } | undefined)
    ?.properties;
  if (!properties) return;
  for (const [name, property] of Object.entries(properties)) {
    if (typeof property.$ref === 'string' && typeof property.description === 'string') {
      const { $ref, ...rest } = property;
      properties[name] = { ...rest, allOf: [{ $ref }] };
    }
  }
}

function unwrapParameterRefs<T extends object>(document: T): T {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      const parameters = (operation as { parameters?: { schema?: Record<string, unknown> }[] }).parameters;
      for (const parameter of parameters ?? []) {
        const allOf = parameter.schema?.allOf;
        if (Array.isArray(allOf) && allOf.length === 1 && Object.keys(parameter.schema ?? {}).length === 1)
          parameter.schema = allOf[0];
      }
    }
  }
  return document;
}

type Responses = Record<string, Record<string, unknown>> | undefined;

const headerObjects = (headers: Record<string, { type: string; description: string }>) =>
  Object.fromEntries(
    Object.entries(headers).map(([name, { description, ...schema }]) => [name, { description, schema }]),
  );
/**
 * Fresh objects for each response: one object shared by every response is written as a
 * YAML alias, and past 100 uses a YAML reader refuses the file as an alias bomb.
 */
const rateLimitHeaderRefs = () =>
  Object.fromEntries(
    Object.keys(RATE_LIMIT_HEADERS).map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  );

function addEdgeResponses<T extends object>(document: T): T {
  const { paths = {}, components = {} } = document as {
    paths?: Record<string, Record<string, unknown>>;
    components?: Record<string, unknown>;
  };
  components.headers = {
    ...(components.headers as object | undefined),
    ...headerObjects(RATE_LIMIT_HEADERS),
  };
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/v1/')) continue;
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, Record<string, unknown>> }).responses;
      if (!responses) continue;
      for (const response of Object.values(responses)) {
        response.headers = { ...(response.headers as object | undefined), ...rateLimitHeaderRefs() };
      }
      responses['405'] = {
        description:
          'The path does not take this method; `Allow` lists the methods it takes. (Documented on each ' +
          'operation of the path: a 405 belongs to the path, not to an operation.)',
        headers: {
          // At most `GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS` (43 characters).
          Allow: { description: 'The methods this path takes.', schema: { type: 'string', maxLength: 50 } },
          ...rateLimitHeaderRefs(),
        },
        content: {
          'application/problem+json': {
            schema: { $ref: '#/components/schemas/Problem' },
            example: problemExample(405),
          },
        },
      };
    }
  }
  return document;
}

const INT32 = 2 ** 31;

/**
 * zod writes an integer's bounds but no `format`; the bounds already say how wide it
 * is, so each bounded integer gets `int32` when they fit 32 bits, else `int64`
 * (zod's safe-integer bounds), and client generators pick the right type.
 */
function addIntegerFormats<T>(node: T): T {
  if (Array.isArray(node)) for (const item of node) addIntegerFormats(item);
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    const { minimum, maximum } = schema;
    if (
      schema.type === 'integer' &&
      schema.format === undefined &&
      typeof minimum === 'number' &&
      typeof maximum === 'number'
    )
      schema.format = minimum >= -INT32 && maximum < INT32 ? 'int32' : 'int64';
    for (const value of Object.values(schema)) addIntegerFormats(value);
  }
  return node;
}

function transform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const output = jsonSchemaTransform(input);
  const schema = output.schema as Record<string, unknown> | undefined;
  for (const part of ['querystring', 'params', 'headers']) keepParameterDescriptions(schema?.[part]);
  // The zod transform keeps only `description` and `content` of a response given by
  // media type: put back the response headers (ETag, Location, Retry-After) it drops.
  const declared = (input.schema as { response?: Responses } | undefined)?.response;
  const transformed = schema?.response as Responses;
  for (const [status, response] of Object.entries(declared ?? {})) {
    const target = transformed?.[status];
    if (!response || !target) continue;
    if (response.headers && !target.headers) target.headers = response.headers;
    // …and each media type's own `example` (every problem status has its own).
    const content = response.content as Record<string, { example?: unknown }> | undefined;
    const targetContent = target.content as Record<string, Record<string, unknown>> | undefined;
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      const into = targetContent?.[mediaType];
      if (media.example !== undefined && into && into.example === undefined) into.example = media.example;
    }
  }
  return output;
}

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
      servers: [SERVER],
      tags: [
        { name: 'recommendations', description: 'Routines and calendars for a skin profile.' },
        { name: 'rules', description: 'The rules the engine applies, with rationale and sources.' },
        { name: 'catalogue', description: 'The ingredient catalogue.' },
        { name: 'reference', description: 'The EU CosIng INCI reference.' },
        { name: 'products', description: 'Products and their ingredient lists.' },
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
    transform,
    transformObject: (document) =>
      addIntegerFormats(
        addEdgeResponses(unwrapParameterRefs(tidyComponents(jsonSchemaTransformObject(document)))),
      ),
  });

  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });

  app.get('/openapi.json', { schema: { hide: true } }, (_request, reply) => {
    reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger(), null, 2));
  });
  app.get('/openapi.yaml', { schema: { hide: true } }, (_request, reply) => {
    reply.type('application/yaml; charset=utf-8').send(toPortableYaml(app.swagger()));
  });
}
