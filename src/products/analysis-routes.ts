import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AcceptLanguageHeadersSchema, LANGUAGE_HEADERS, negotiateLanguage } from '../http/language.js';
import { problemResponses } from '../http/problem.js';
import { jsonResponse, PUBLIC } from '../http/responses.js';
import { ListAnalysisRequestSchema, ListAnalysisSchema, MAX_INCI_LENGTH } from './analysis-schemas.js';
import type { ProductAnalysisService } from './analysis-service.js';

export interface AnalysisRoutesOptions {
  analysis: ProductAnalysisService;
}

/** Reading an ingredient list as printed on a label; anyone may call it. */
export const analysisRoutes: FastifyPluginAsyncZod<AnalysisRoutesOptions> = async (app, { analysis }) => {
  app.post(
    '/v1/products/analyze',
    {
      schema: {
        ...PUBLIC,
        operationId: 'analyzeIngredientList',
        tags: ['products'],
        summary: 'Read an ingredient list',
        description:
          `Splits an ingredient list as printed (up to ${MAX_INCI_LENGTH.toLocaleString('en-US')} characters) ` +
          'into entries and matches each to the catalogue (INCI name, then alias), then to the CosIng ' +
          'reference, then by close spelling. Text before "Ingredients:" is ignored; stated percentages, ' +
          'footnote marks and "may contain" entries are recognised. Entries that match nothing are listed ' +
          'with the closest INCI names. A list in which nothing matches at all is a 400. Warnings are in the ' +
          'language `Accept-Language` picks.',
        headers: AcceptLanguageHeadersSchema,
        body: ListAnalysisRequestSchema,
        response: {
          200: jsonResponse(
            'The entries, what they matched, the facts that follow, and warnings.',
            ListAnalysisSchema,
            LANGUAGE_HEADERS,
          ),
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
    },
    (request, reply) => analysis.analyze(request.body, negotiateLanguage(request, reply)),
  );
};
