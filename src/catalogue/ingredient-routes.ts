import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { replyNotModified } from '../http/etag.js';
import { problemResponses } from '../http/problem.js';
import { ETAG_HEADER, jsonResponse, PUBLIC } from '../http/responses.js';
import { SerializedAnswers, sendBytes } from '../http/serialized-answers.js';
import { compileSerializer } from '../http/serializer.js';
import {
  IngredientListQuerySchema,
  IngredientListSchema,
  IngredientSchema,
  SlugParamsSchema,
} from './ingredient-schemas.js';
import type { IngredientService } from './ingredient-service.js';

export interface IngredientRoutesOptions {
  ingredients: IngredientService;
}

/** Distinct list queries and slugs kept serialized per catalogue version. */
const LIST_ANSWERS = 256;
const ITEM_ANSWERS = 2048;

const NotModified = z.undefined().describe('The catalogue has not changed since the `ETag` you sent.');

/** Read routes of the catalogue; anyone may call them. */
export const ingredientRoutes: FastifyPluginAsyncZod<IngredientRoutesOptions> = async (
  app,
  { ingredients },
) => {
  const pages = new SerializedAnswers(LIST_ANSWERS);
  const items = new SerializedAnswers(ITEM_ANSWERS);
  const serializeList = compileSerializer(IngredientListSchema);
  const serializeItem = compileSerializer(IngredientSchema);
  app.get(
    '/v1/ingredients',
    {
      schema: {
        ...PUBLIC,
        operationId: 'listIngredients',
        tags: ['catalogue'],
        summary: 'List and search ingredients',
        description:
          'Pages through the catalogue in slug order, optionally filtered. Send the `ETag` back as ' +
          '`If-None-Match` to get a 304 while the catalogue is unchanged.',
        querystring: IngredientListQuerySchema,
        response: {
          200: jsonResponse(
            'One page of ingredients, with an `ETag` for the whole catalogue.',
            IngredientListSchema,
            ETAG_HEADER,
          ),
          304: NotModified,
          ...problemResponses(400, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      // Validate the cursor before answering 304: a bad request is bad either way.
      const page = ingredients.list(request.query);
      if (replyNotModified(request, reply, page.version)) return;
      // The page is a function of the URL (its query) and the catalogue version.
      const body = { items: page.items, nextCursor: page.nextCursor };
      const bytes = pages.get(page.version, request.url, () => serializeList(body));
      sendBytes(reply, bytes);
    },
  );

  app.get(
    '/v1/ingredients/:slug',
    {
      schema: {
        ...PUBLIC,
        operationId: 'getIngredient',
        tags: ['catalogue'],
        summary: 'Get one ingredient',
        description:
          'The ingredient with this slug, with the facts the engine decides from. Send the `ETag` back as ' +
          '`If-None-Match` to get a 304 while it is unchanged.',
        params: SlugParamsSchema,
        response: {
          200: jsonResponse('The ingredient, with an `ETag`.', IngredientSchema, ETAG_HEADER),
          304: NotModified,
          ...problemResponses(400, 404, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      const { item, version } = ingredients.get(request.params.slug);
      if (replyNotModified(request, reply, `${version}-${item.slug}`)) return;
      sendBytes(
        reply,
        items.get(version, item.slug, () => serializeItem(item)),
      );
    },
  );
};
