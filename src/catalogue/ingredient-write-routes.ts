import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope, type ScopeGuard, STAFF_OPERATION } from '../auth/require-scope.js';
import { problemResponses } from '../http/problem.js';
import { jsonResponse } from '../http/responses.js';
import type { CatalogueWriter } from './catalogue-writer.js';
import {
  IMPORT_BODY_LIMIT,
  ImportQuerySchema,
  importBody,
  importBodySchema,
  importReportSchema,
} from './import-route.js';
import {
  INGREDIENT_WRITE_EXAMPLE,
  IngredientInputSchema,
  IngredientSchema,
  SlugParamsSchema,
} from './ingredient-schemas.js';

const LOCATION_HEADER = {
  // `/v1/ingredients/` and a slug of at most 80 characters.
  Location: { type: 'string' as const, maxLength: 96, description: 'The path of the new ingredient.' },
};

const WriteWarningSchema = z
  .strictObject({
    row: z.number().int().min(1).optional().describe('For imports: the 1-based row it concerns.'),
    field: z.enum(['inciName', 'casNumber']).describe('The field that disagrees with the CosIng reference.'),
    message: z.string().describe('What disagrees.'),
  })
  .meta({
    id: 'WriteWarning',
    description: 'The write succeeded, but the CosIng reference disagrees with it.',
  });

const IngredientWriteResultSchema = IngredientSchema.extend({
  warnings: z
    .array(WriteWarningSchema)
    .describe('Disagreements with the CosIng reference (empty when none).'),
}).meta({
  id: 'IngredientWriteResult',
  description: 'The stored ingredient, with any reference warnings.',
  example: {
    ...INGREDIENT_WRITE_EXAMPLE,
    updatedAt: '2026-11-25T12:00:00.000Z',
    warnings: [
      {
        field: 'casNumber',
        message: "CosIng lists MALIC ACID with CAS 6915-15-7 or 97-67-6, not '617-48-1'.",
      },
    ],
  },
});

const ImportReportSchema = importReportSchema(
  'ingredient',
  WriteWarningSchema,
  'Rows the CosIng reference disagrees with.',
).meta({
  id: 'ImportReport',
  description: 'What an import wrote, or would write.',
  example: {
    dryRun: false,
    total: 3,
    created: 1,
    updated: 1,
    unchanged: 1,
    warnings: [{ row: 2, field: 'inciName', message: "CosIng spells this INCI name 'SODIUM HYALURONATE'." }],
  },
});

const ImportBodySchema = importBodySchema(
  IngredientInputSchema,
  'ingredient',
  'Ingredient field names; lists `;`-separated',
).meta({
  id: 'IngredientImport',
  description:
    'Rows shaped like IngredientWrite: a JSON array (`application/json`), or a CSV body (`text/csv`) ' +
    'whose header row names the fields and whose lists are `;`-separated.',
  example: [INGREDIENT_WRITE_EXAMPLE],
});

export interface IngredientWriteRoutesOptions {
  writer: CatalogueWriter;
  guard: ScopeGuard;
}

/** Staff writes to the catalogue; each needs a token with `catalogue:write`. */
export const ingredientWriteRoutes: FastifyPluginAsyncZod<IngredientWriteRoutesOptions> = async (
  app,
  { writer, guard },
) => {
  const onRequest = requireScope(guard, 'catalogue:write');

  app.post(
    '/v1/ingredients',
    {
      onRequest,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'createIngredient',
        summary: 'Add an ingredient',
        description: 'Creates an ingredient; 409 when the slug exists. Answers 201 with `Location`.',
        body: IngredientInputSchema,
        response: {
          201: jsonResponse(
            'Created; `Location` names the new ingredient. `warnings` lists any disagreement with CosIng.',
            IngredientWriteResultSchema,
            LOCATION_HEADER,
          ),
          ...problemResponses(400, 401, 403, 409, 413, 415, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      const { ingredient, warnings } = writer.create(request.body, actorOf(request));
      reply.code(201).header('location', `/v1/ingredients/${ingredient.slug}`);
      return { ...ingredient, warnings };
    },
  );

  app.put(
    '/v1/ingredients/:slug',
    {
      onRequest,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'replaceIngredient',
        summary: 'Replace an ingredient',
        description: 'Replaces every field of the ingredient at this slug (the body’s slug must match).',
        params: SlugParamsSchema,
        body: IngredientInputSchema,
        response: {
          200: jsonResponse(
            'Replaced; `warnings` lists any disagreement with CosIng.',
            IngredientWriteResultSchema,
          ),
          ...problemResponses(400, 401, 403, 404, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) => {
      const { ingredient, warnings } = writer.replace(request.params.slug, request.body, actorOf(request));
      return { ...ingredient, warnings };
    },
  );

  app.delete(
    '/v1/ingredients/:slug',
    {
      onRequest,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'deleteIngredient',
        summary: 'Delete an ingredient',
        description: 'Removes the ingredient; it is no longer recommended from the next request on.',
        params: SlugParamsSchema,
        response: {
          204: z.undefined().describe('Deleted.'),
          // DELETE takes no body, but one sent anyway is parsed, and refused if too large or not JSON.
          ...problemResponses(400, 401, 403, 404, 413, 415, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      writer.delete(request.params.slug, actorOf(request));
      reply.code(204).send();
    },
  );

  app.post(
    '/v1/ingredients/import',
    {
      onRequest,
      bodyLimit: IMPORT_BODY_LIMIT,
      attachValidation: true,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'importIngredients',
        summary: 'Bulk upsert ingredients',
        description:
          'Creates or replaces every row (by slug) in one transaction: all rows or none. A bad file gets a 400 ' +
          'whose `errors` name every bad row (`row`, 1-based) and field. `dryRun=true` validates only.',
        consumes: ['application/json', 'text/csv'],
        querystring: ImportQuerySchema,
        body: ImportBodySchema,
        response: {
          200: jsonResponse('Every row was written (or, with `dryRun`, would be).', ImportReportSchema),
          ...problemResponses(400, 401, 403, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) => {
      const body = importBody(request);
      const options = { dryRun: request.query.dryRun === 'true', actor: actorOf(request) };
      return 'csv' in body
        ? writer.importText(body.csv, 'csv', options)
        : writer.importRows(body.rows, options);
    },
  );
};
