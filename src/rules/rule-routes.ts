import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { replyNotModified } from '../http/etag.js';
import { AcceptLanguageHeadersSchema, LANGUAGE_HEADERS, negotiateLanguage } from '../http/language.js';
import { problemResponses } from '../http/problem.js';
import { jsonResponse, PUBLIC } from '../http/responses.js';
import { RuleListSchema, RuleParamsSchema, RuleSchema } from './rule-schemas.js';
import type { RuleService } from './rule-service.js';

const RULES_ETAG = {
  ETag: {
    type: 'string' as const,
    maxLength: 20, // `W/"` and 16 base64url characters of a SHA-256, and `"`.
    description:
      'Changes whenever the rules change, and differs from one language to another; send it back as ' +
      '`If-None-Match` for a 304.',
  },
};
const NotModified = z.undefined().describe('The rules have not changed since the `ETag` you sent.');

export interface RuleRoutesOptions {
  rules: RuleService;
}

export const ruleRoutes: FastifyPluginAsyncZod<RuleRoutesOptions> = async (app, { rules }) => {
  app.get(
    '/v1/rules',
    {
      schema: {
        ...PUBLIC,
        operationId: 'listRules',
        tags: ['rules'],
        summary: 'List the rules',
        description:
          'Every rule the engine applies, with its rationale and sources, titles and rationales in the ' +
          'language `Accept-Language` picks. Send the `ETag` back as `If-None-Match` to get a 304 while the ' +
          'rules (in that language) are unchanged.',
        headers: AcceptLanguageHeadersSchema,
        response: {
          200: jsonResponse('Every rule, with an `ETag`.', RuleListSchema, {
            ...RULES_ETAG,
            ...LANGUAGE_HEADERS,
          }),
          304: NotModified,
          ...problemResponses(400, 429, 500, 503),
        },
      },
    },
    (request, reply) => {
      const list = rules.list(negotiateLanguage(request, reply));
      if (replyNotModified(request, reply, list.version)) return;
      reply.send({ items: list.items });
    },
  );

  app.get(
    '/v1/rules/:id',
    {
      schema: {
        ...PUBLIC,
        operationId: 'getRule',
        tags: ['rules'],
        summary: 'Get one rule',
        description:
          'The rule with this id, as named in `ruleIds` and `rulesApplied`, its title and rationale in the ' +
          'language `Accept-Language` picks.',
        params: RuleParamsSchema,
        headers: AcceptLanguageHeadersSchema,
        response: {
          200: jsonResponse('The rule.', RuleSchema, LANGUAGE_HEADERS),
          ...problemResponses(400, 404, 429, 500, 503),
        },
      },
    },
    (request, reply) => rules.get(request.params.id, negotiateLanguage(request, reply)),
  );
};
