import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RULES, RULES_BY_ID, type Rule } from '../engine/index.js';
import { replyNotModified } from '../http/etag.js';
import { notFound, problemResponses } from '../http/problem.js';
import { jsonResponse, PUBLIC } from '../http/responses.js';

const RULES_ETAG = {
  ETag: {
    type: 'string' as const,
    description: 'Changes whenever the rules change; send it back as `If-None-Match` for a 304.',
  },
};
const NotModified = z.undefined().describe('The rules have not changed since the `ETag` you sent.');

const RuleSourceSchema = z
  .strictObject({
    key: z.string().describe('Short key of the source.'),
    title: z.string().describe('Title of the source.'),
    url: z.string().optional().describe('Where to read it.'),
  })
  .meta({ id: 'RuleSource', description: 'A published source a rule stands on.' });

export const RuleSchema = z
  .strictObject({
    id: z.string().describe('Fixed id, as named in `ruleIds` and `rulesApplied`.'),
    title: z.string().describe('One-line title.'),
    rationale: z.string().describe('What the engine does and why.'),
    sources: z.array(RuleSourceSchema).describe('The published guidance the rule stands on.'),
  })
  .meta({
    id: 'Rule',
    description: 'A rule the engine applies.',
    example: {
      id: 'photosensitizer.night-only',
      title: 'Photosensitizers go in the evening only',
      rationale: 'Ingredients flagged photosensitizing are scheduled only in the evening session …',
      sources: [
        {
          key: 'fda-aha',
          title: 'Labeling for Cosmetics Containing Alpha Hydroxy Acids (US FDA, 2005)',
          url: 'https://www.fda.gov/…',
        },
      ],
    },
  });

const RuleListSchema = z
  .strictObject({ items: z.array(RuleSchema).describe('The rules, in the order the engine applies them.') })
  .meta({
    id: 'RuleList',
    description: 'Every rule the engine applies.',
    example: {
      items: [
        {
          id: 'retinoid.ramp',
          title: 'Retinoids start a few nights a week and build up',
          rationale: 'A retinoid starts on 2 non-consecutive nights a week and builds up …',
          sources: [{ key: 'aad-retinoid', title: 'How to start using a retinoid (AAD)' }],
        },
      ],
    },
  });

const RuleParamsSchema = z.strictObject({
  id: z.string().min(1).max(100).describe('A rule id, e.g. `retinoid.ramp`.'),
});

export const ruleRoutes: FastifyPluginAsyncZod = async (app) => {
  const list = { items: [...RULES] as Rule[] };
  // The rules change only with a release: a hash of what is served is an honest validator.
  const version = createHash('sha256').update(JSON.stringify(list)).digest('base64url').slice(0, 16);
  app.get(
    '/v1/rules',
    {
      schema: {
        ...PUBLIC,
        operationId: 'listRules',
        tags: ['rules'],
        summary: 'List the rules',
        description:
          'Every rule the engine applies, with its rationale and sources. Send the `ETag` back as ' +
          '`If-None-Match` to get a 304 while the rules are unchanged.',
        response: {
          200: jsonResponse('Every rule, with an `ETag`.', RuleListSchema, RULES_ETAG),
          304: NotModified,
          ...problemResponses(429, 500, 503),
        },
      },
    },
    (request, reply) => {
      if (replyNotModified(request, reply, version)) return;
      reply.send(list);
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
        description: 'The rule with this id, as named in `ruleIds` and `rulesApplied`.',
        params: RuleParamsSchema,
        response: {
          200: jsonResponse('The rule.', RuleSchema),
          ...problemResponses(400, 404, 429, 500, 503),
        },
      },
    },
    (request) => {
      const rule = RULES_BY_ID.get(request.params.id);
      if (!rule) throw notFound(`No rule has the id '${request.params.id}'.`);
      return rule;
    },
  );
};
