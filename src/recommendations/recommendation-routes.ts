import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalidFields, problemResponses, toFieldErrors } from '../http/problem.js';
import { jsonResponse, PUBLIC } from '../http/responses.js';
import {
  RecommendationQuerySchema,
  RecommendationRequestSchema,
  RecommendationSchema,
} from './recommendation-schemas.js';
import type { RecommendationService } from './recommendation-service.js';

export interface RecommendationRoutesOptions {
  recommendations: RecommendationService;
}

export const recommendationRoutes: FastifyPluginAsyncZod<RecommendationRoutesOptions> = async (
  app,
  { recommendations },
) => {
  app.post(
    '/v1/recommendations',
    {
      schema: {
        ...PUBLIC,
        operationId: 'createRecommendation',
        tags: ['recommendations'],
        summary: 'Get a routine and calendar for a skin profile',
        description:
          'Computes a morning and evening routine and a day-by-day calendar from the profile and the current ' +
          'catalogue. Every step, warning and expectation names the rules that produced it. The same request ' +
          '(with `startDate`) against the same `catalogueVersion` returns the same body, byte for byte. With ' +
          '`?explain=true` the answer adds `trace`: every rule, whether it fired, and the facts it decided on.',
        querystring: RecommendationQuerySchema,
        body: RecommendationRequestSchema,
        response: {
          200: jsonResponse('The routine, its calendar, and why.', RecommendationSchema),
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
      // Validation errors reach the handler so unknown `avoid` slugs and `productId`s (catalogue
      // lookups no static schema can do) are reported in the same answer.
      attachValidation: true,
    },
    (request) => {
      const failed = request.validationError;
      if (failed) {
        const errors = toFieldErrors(failed.validation, failed.validationContext ?? 'body');
        const known = new Set(errors.map((error) => error.path));
        errors.push(
          ...recommendations.unknownReferences(request.body).filter((error) => !known.has(error.path)),
        );
        throw invalidFields(errors);
      }
      return recommendations.recommend(request.body, { explain: request.query.explain === 'true' });
    },
  );
};
