import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

// An empty registry: names and descriptions are for the OpenAPI document; the
// serializer wants the whole schema inline.
const INLINE = z.registry<{ id?: string }>();

export type Serialize = (data: unknown) => string;

/**
 * Compiles a zod schema once into a fast-json-stringify function. Faster than
 * validating and encoding through zod on every response, and it writes only the
 * properties the schema lists, so nothing unlisted can leak.
 */
export function compileSerializer(schema: z.ZodType): Serialize {
  const jsonSchema = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    metadata: INLINE,
    unrepresentable: 'any',
  });
  const stringify = fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
  return (data: unknown) => stringify(data);
}

const resolve = (schema: unknown): z.ZodType =>
  schema instanceof z.ZodType ? schema : (schema as { properties: z.ZodType }).properties;

/** Each route's zod response schema, compiled once. */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) =>
  compileSerializer(resolve(schema));

/**
 * A route's compiler that answers `schema` with a serializer of its own, written for a
 * shape fast-json-stringify handles generically but slowly (a year of calendar days),
 * and every other response schema as usual. `build` must write the bytes the compiled
 * schema would.
 */
export function serializerCompilerWith<RouteSchema>(
  schema: z.ZodType,
  build: () => Serialize,
): FastifySerializerCompiler<RouteSchema> {
  return ({ schema: routeSchema }) => {
    const resolved = resolve(routeSchema);
    return resolved === schema ? build() : compileSerializer(resolved);
  };
}
