import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AcceptLanguageHeadersSchema, LANGUAGE_HEADERS, negotiateLanguage } from '../http/language.js';
import { preferredMediaType } from '../http/negotiate.js';
import { invalidFields, problemResponses, toFieldErrors } from '../http/problem.js';
import { PUBLIC } from '../http/responses.js';
import { serializerCompilerWith } from '../http/serializer.js';
import { otherPartErrors } from '../http/validation-errors.js';
import { appendVary } from '../http/vary.js';
import {
  CALENDAR_MEDIA_TYPE,
  CalendarFileSchema,
  RecommendationQuerySchema,
  RecommendationRequestSchema,
  RecommendationSchema,
} from './recommendation-schemas.js';
import { recommendationSerializer } from './recommendation-serializer.js';
import type { RecommendationService } from './recommendation-service.js';

/** What the answer can be: JSON first (the default), or the same plan as a calendar file. */
const MEDIA_TYPES = ['application/json', CALENDAR_MEDIA_TYPE] as const;

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
          '`?explain=true` the answer adds `trace`: every rule, whether it fired, and the facts it decided on. ' +
          'Texts (notes, frequencies, warnings, expectations, lifestyle, disclaimer, trace effects) are in the ' +
          'language `Accept-Language` picks; slugs, codes and rule ids are the same in every language. ' +
          'With `Accept: text/calendar` the answer is the same plan as an RFC 5545 calendar file to import ' +
          'into a calendar app (sessions at `reminders` times, with alarms); JSON otherwise.',
        querystring: RecommendationQuerySchema,
        headers: AcceptLanguageHeadersSchema,
        body: RecommendationRequestSchema,
        response: {
          200: {
            description:
              'The routine, its calendar, and why (`application/json`); or, when `Accept` prefers it, the ' +
              'calendar as a file to import (`text/calendar`). Answers carry `Vary: Accept`.',
            headers: LANGUAGE_HEADERS,
            content: {
              'application/json': { schema: RecommendationSchema },
              [CALENDAR_MEDIA_TYPE]: { schema: CalendarFileSchema },
            },
          },
          ...problemResponses(400, 413, 415, 429, 500, 503),
        },
      },
      serializerCompiler: serializerCompilerWith(RecommendationSchema, recommendationSerializer),
      // Validation errors reach the handler so unknown `avoid` slugs and `productId`s, and check-ins outside
      // the schedule or naming nothing known (lookups no static schema can do), are reported in the same answer.
      attachValidation: true,
    },
    (request, reply) => {
      const failed = request.validationError;
      if (failed) {
        const errors = toFieldErrors(failed.validation, failed.validationContext ?? 'body');
        errors.push(...otherPartErrors(request, failed.validationContext ?? 'body'));
        const known = new Set(errors.map((error) => error.path));
        const catalogueErrors = [
          ...recommendations.unknownReferences(request.body),
          ...recommendations.invalidCheckIns(request.body),
        ];
        errors.push(...catalogueErrors.filter((error) => !known.has(error.path)));
        throw invalidFields(errors);
      }
      // The one place the answer's language is chosen; both media types follow it.
      const locale = negotiateLanguage(request, reply);
      appendVary(reply, 'Accept');
      if (preferredMediaType(request.headers, MEDIA_TYPES) === CALENDAR_MEDIA_TYPE) {
        reply
          .type(`${CALENDAR_MEDIA_TYPE}; charset=utf-8`)
          .header('content-disposition', 'attachment; filename="regimen.ics"');
        return recommendations.calendarFile(request.body, { locale });
      }
      return recommendations.recommend(request.body, { explain: request.query.explain === 'true', locale });
    },
  );
};
