import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireScope, type ScopeGuard } from '../auth/require-scope.js';
import {
  INGREDIENT_WRITE_EXAMPLE,
  IngredientSchema,
  IsoTimestampSchema,
  SlugSchema,
} from '../catalogue/ingredient-schemas.js';
import { problemResponses } from '../http/problem.js';
import { jsonResponse } from '../http/responses.js';
import { ProductRecordSchema } from '../products/product-schemas.js';
import type { AuditService } from './audit-service.js';

const AuditEntrySchema = z
  .strictObject({
    id: z.number().int().describe('Sequence number; higher is newer.'),
    at: IsoTimestampSchema.describe('When the write happened (ISO 8601, UTC).'),
    actor: z
      .string()
      .max(100) // `regimen keys create --name` takes 1–100 characters.
      .describe('The API key name, or `cli` for the command line.'),
    operation: z.enum(['create', 'update', 'delete']).describe('What was done.'),
    entity: z.enum(['ingredient', 'product']).describe('What was written: an ingredient or a product.'),
    slug: SlugSchema.describe('The slug of the ingredient, or the id of the product, written.'),
    before: z
      .union([IngredientSchema, ProductRecordSchema])
      .nullable()
      .describe('The ingredient or product before the write (null on create).'),
    after: z
      .union([IngredientSchema, ProductRecordSchema])
      .nullable()
      .describe('The ingredient or product after the write (null on delete).'),
  })
  .meta({ id: 'AuditEntry', description: 'One catalogue write.' });

const AuditListSchema = z
  .strictObject({
    items: z.array(AuditEntrySchema).max(100).describe('The writes of this page, newest first.'),
    nextCursor: z
      .string()
      .max(15)
      .nullable()
      .describe('Pass as `cursor` for older entries; null at the oldest.'),
  })
  .meta({
    id: 'AuditList',
    description: 'Catalogue writes, newest first.',
    example: {
      items: [
        {
          id: 42,
          at: '2026-11-25T12:00:00.000Z',
          actor: 'ci-bot',
          operation: 'delete',
          entity: 'ingredient',
          slug: 'malic-acid',
          before: { ...INGREDIENT_WRITE_EXAMPLE, updatedAt: '2026-11-20T09:30:00.000Z' },
          after: null,
        },
      ],
      nextCursor: '42',
    },
  });

const AuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1 to 100.'),
  cursor: z
    .string()
    .max(15)
    .regex(/^\d{1,15}$/, 'is not a valid cursor')
    .optional()
    .describe('The `nextCursor` of the previous page.'),
});

export interface AuditRoutesOptions {
  audit: AuditService;
  guard: ScopeGuard;
}

export const auditRoutes: FastifyPluginAsyncZod<AuditRoutesOptions> = async (app, { audit, guard }) => {
  app.get(
    '/v1/audit',
    {
      onRequest: requireScope(guard, 'audit:read'),
      schema: {
        operationId: 'listAudit',
        tags: ['staff'],
        summary: 'List catalogue writes',
        description:
          'Who changed which ingredient or product, when, with the values before and after. Needs `audit:read`.',
        security: [{ bearerAuth: [] }],
        querystring: AuditQuerySchema,
        response: {
          200: jsonResponse('One page of catalogue writes.', AuditListSchema),
          ...problemResponses(400, 401, 403, 429, 500, 503),
        },
      },
    },
    (request) => audit.page(request.query.limit, request.query.cursor),
  );
};
