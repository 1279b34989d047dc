import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RULES, RULES_BY_ID, type Rule } from '../engine/index.js';
import { notFound } from '../errors.js';
import { problemResponses } from '../http/problem.js';

export const RuleSchema = z
  .strictObject({
    id: z.string().describe('Fixed id, as named in `ruleIds` and `rulesApplied`.'),
    title: z.string().describe('One-line title.'),
    rationale: z.string().describe('What the engine does and why.'),
    sources: z
      .array(
        z.strictObject({
          key: z.string().describe('Short key of the source.'),
          title: z.string().describe('Title of the source.'),
          url: z.string().optional().describe('Where to read it.'),
        }),
      )
      .describe('The published guidance the rule stands on.'),
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
  .strictObject({ items: z.array(RuleSchema) })
  .meta({ id: 'RuleList', description: 'Every rule the engine applies.' });

const RuleParamsSchema = z.strictObject({
  id: z.string().min(1).max(100).describe('A rule id, e.g. `retinoid.ramp`.'),
});

export const ruleRoutes: FastifyPluginAsyncZod = async (app) => {
  const list = { items: [...RULES] as Rule[] };
  app.get(
    '/v1/rules',
    {
      schema: {
        operationId: 'listRules',
        tags: ['rules'],
        summary: 'List the rules',
        description: 'Every rule the engine applies, with its rationale and sources.',
        response: { 200: RuleListSchema, ...problemResponses(429) },
      },
    },
    () => list,
  );

  app.get(
    '/v1/rules/:id',
    {
      schema: {
        operationId: 'getRule',
        tags: ['rules'],
        summary: 'Get one rule',
        description: 'The rule with this id.',
        params: RuleParamsSchema,
        response: { 200: RuleSchema, ...problemResponses(400, 404, 429) },
      },
    },
    (request) => {
      const rule = RULES_BY_ID.get(request.params.id);
      if (!rule) throw notFound(`No rule has the id '${request.params.id}'.`);
      return rule;
    },
  );
};
