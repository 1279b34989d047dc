import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { replyNotModified } from '../http/etag.js';
import { problemResponses } from '../http/problem.js';
import { ETAG_HEADER, jsonResponse, PUBLIC } from '../http/responses.js';
import {
  ProductIdParamsSchema,
  ProductListQuerySchema,
  ProductListSchema,
  ProductSchema,
} from './product-schemas.js';
import type { ProductService } from './product-service.js';

export interface ProductRoutesOptions {
  products: ProductService;
}

const NotModified = z.undefined().describe('The products have not changed since the `ETag` you sent.');

/** Read routes of the product catalogue; anyone may call them. */
export const productRoutes: FastifyPluginAsyncZod<ProductRoutesOptions> = async (app, { products }) => {
  app.get(
    '/v1/products',
    {
      schema: {
        ...PUBLIC,
        operationId: 'listProducts',
        tags: ['catalogue'],
        summary: 'List and search products',
        description:
          'Pages through the product catalogue in id order, optionally filtered by brand or name, kind, an ' +
          'ingredient held or left out, and pregnancy safety. Send the `ETag` back as `If-None-Match` to ' +
          'get a 304 while the products are unchanged.',
        querystring: ProductListQuerySchema,
        response: {
          200: jsonResponse(
            'One page of products, with an `ETag` for all of them.',
            ProductListSchema,
            ETAG_HEADER,
          ),
          304: NotModified,
          ...problemResponses(400, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      // Validate the query before answering 304: a bad request is bad either way.
      const page = products.list(request.query);
      if (replyNotModified(request, reply, page.version)) return;
      reply.send({ items: page.items, nextCursor: page.nextCursor });
    },
  );

  app.get(
    '/v1/products/:id',
    {
      schema: {
        ...PUBLIC,
        operationId: 'getProduct',
        tags: ['catalogue'],
        summary: 'Get one product',
        description:
          'The product with this id, with its ingredient list as read against the catalogue. Send the `ETag` ' +
          'back as `If-None-Match` to get a 304 while it is unchanged.',
        params: ProductIdParamsSchema,
        response: {
          200: jsonResponse('The product, with an `ETag`.', ProductSchema, ETAG_HEADER),
          304: NotModified,
          ...problemResponses(400, 404, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      const { item, version } = products.get(request.params.id);
      if (replyNotModified(request, reply, `${version}-${item.id}`)) return;
      reply.send(item);
    },
  );
};
