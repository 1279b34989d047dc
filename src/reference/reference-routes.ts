import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../http/problem.js';
import { jsonResponse, PUBLIC } from '../http/responses.js';
import { InciReferenceListSchema, InciReferenceQuerySchema } from './reference-schemas.js';
import type { ReferenceService } from './reference-service.js';

export interface ReferenceRoutesOptions {
  reference: ReferenceService;
}

/** Search of the CosIng INCI reference; anyone may call it. */
export const referenceRoutes: FastifyPluginAsyncZod<ReferenceRoutesOptions> = async (app, { reference }) => {
  app.get(
    '/v1/reference/inci',
    {
      schema: {
        ...PUBLIC,
        operationId: 'searchInciReference',
        tags: ['reference'],
        summary: 'Search the CosIng INCI reference',
        description:
          'Pages through the EU CosIng inventory in INCI-name order. A `q` shaped like a CAS number ' +
          'finds the names listing exactly that number; any other `q` finds the names that start with ' +
          'it or whose words start with each of its words, ignoring case and punctuation.',
        querystring: InciReferenceQuerySchema,
        response: {
          200: jsonResponse('One page of matching INCI names.', InciReferenceListSchema),
          ...problemResponses(400, 429, 500, 503),
        },
      },
    },
    (request) => reference.search(request.query),
  );
};
