import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope, type ScopeGuard, STAFF_OPERATION } from '../auth/require-scope.js';
import {
  IMPORT_BODY_LIMIT,
  ImportQuerySchema,
  importBody,
  importBodySchema,
  importReportSchema,
} from '../catalogue/import-route.js';
import { problemResponses } from '../http/problem.js';
import { jsonResponse } from '../http/responses.js';
import {
  PRODUCT_WRITE_EXAMPLE,
  ProductIdParamsSchema,
  ProductInputSchema,
  ProductSchema,
} from './product-schemas.js';
import type { ProductWriter } from './product-writer.js';

const LOCATION_HEADER = {
  // `/v1/products/` and an id of at most 80 characters.
  Location: { type: 'string' as const, maxLength: 96, description: 'The path of the new product.' },
};

const ProductWarningSchema = z
  .strictObject({
    row: z.number().int().min(1).describe('The 1-based row it concerns.'),
    field: z.literal('inci').describe('The field it concerns.'),
    message: z.string().describe('Which entries of the list matched no known ingredient.'),
  })
  .meta({
    id: 'ProductImportWarning',
    description: 'The row was written, but some entries of its list matched nothing: staff should look.',
  });

const ProductImportReportSchema = importReportSchema(
  'product',
  ProductWarningSchema,
  'Rows whose ingredient list holds entries that matched nothing.',
).meta({
  id: 'ProductImportReport',
  description: 'What a product import wrote, or would write.',
  example: {
    dryRun: false,
    total: 3,
    created: 2,
    updated: 1,
    unchanged: 0,
    warnings: [{ row: 3, field: 'inci', message: "1 entry matches no known ingredient: 'Glycerne'" }],
  },
});

const ProductImportBodySchema = importBodySchema(
  ProductInputSchema,
  'product',
  'ProductWrite field names (`id`, `brand`, `name`, `kind`, `inci`, `spf`, `url`)',
).meta({
  id: 'ProductImport',
  description:
    'Rows shaped like ProductWrite: a JSON array (`application/json`), or a CSV body (`text/csv`) whose ' +
    'header row names the fields. Rows of a JSON export (whole Products) import too: their derived fields ' +
    'are read again from `inci`, never taken.',
  example: [PRODUCT_WRITE_EXAMPLE],
});

export interface ProductWriteRoutesOptions {
  writer: ProductWriter;
  guard: ScopeGuard;
}

/** Staff writes to the product catalogue; each needs a token with `catalogue:write`. */
export const productWriteRoutes: FastifyPluginAsyncZod<ProductWriteRoutesOptions> = async (
  app,
  { writer, guard },
) => {
  const onRequest = requireScope(guard, 'catalogue:write');

  app.post(
    '/v1/products',
    {
      onRequest,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'createProduct',
        summary: 'Add a product',
        description:
          'Creates a product and reads its ingredient list against the catalogue; 409 when the id exists. ' +
          'Answers 201 with `Location`.',
        body: ProductInputSchema,
        response: {
          201: jsonResponse('Created; `Location` names the new product.', ProductSchema, LOCATION_HEADER),
          ...problemResponses(400, 401, 403, 409, 413, 415, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      const product = writer.create(request.body, actorOf(request));
      reply.code(201).header('location', `/v1/products/${product.id}`);
      return product;
    },
  );

  app.put(
    '/v1/products/:id',
    {
      onRequest,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'replaceProduct',
        summary: 'Replace a product',
        description:
          'Replaces every field of the product at this id (the body’s id must match) and reads its list again.',
        params: ProductIdParamsSchema,
        body: ProductInputSchema,
        response: {
          200: jsonResponse('Replaced.', ProductSchema),
          ...problemResponses(400, 401, 403, 404, 413, 415, 429, 500, 503),
        },
      },
    },
    (request) => writer.replace(request.params.id, request.body, actorOf(request)),
  );

  app.delete(
    '/v1/products/:id',
    {
      onRequest,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'deleteProduct',
        summary: 'Delete a product',
        description: 'Removes the product from the catalogue.',
        params: ProductIdParamsSchema,
        response: {
          204: z.undefined().describe('Deleted.'),
          // DELETE takes no body, but one sent anyway is parsed, and refused if too large or not JSON.
          ...problemResponses(400, 401, 403, 404, 413, 415, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      writer.delete(request.params.id, actorOf(request));
      reply.code(204).send();
    },
  );

  app.post(
    '/v1/products/import',
    {
      onRequest,
      bodyLimit: IMPORT_BODY_LIMIT,
      attachValidation: true,
      schema: {
        ...STAFF_OPERATION,
        operationId: 'importProducts',
        summary: 'Bulk upsert products',
        description:
          'Creates or replaces every row (by id) in one transaction: all rows or none. A bad file gets a 400 ' +
          'whose `errors` name every bad row (`row`, 1-based) and field. `dryRun=true` validates only.',
        consumes: ['application/json', 'text/csv'],
        querystring: ImportQuerySchema,
        body: ProductImportBodySchema,
        response: {
          200: jsonResponse(
            'Every row was written (or, with `dryRun`, would be).',
            ProductImportReportSchema,
          ),
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
