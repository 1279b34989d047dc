import { z } from 'zod';
import { CERTAINTIES, RULE_IDS, RULE_STRENGTHS } from '../engine/index.js';

const RuleSourceSchema = z
  .strictObject({
    key: z.string().describe('Short key of the source.'),
    title: z.string().describe('Title of the source.'),
    url: z.string().optional().describe('Where to read it.'),
  })
  .meta({ id: 'RuleSource', description: 'A published source a rule stands on.' });

export const RuleSchema = z
  .strictObject({
    id: z.string().max(100).describe('Fixed id, as named in `ruleIds` and `rulesApplied`.'),
    title: z.string().describe('One-line title.'),
    rationale: z.string().describe('What the engine does and why.'),
    sources: z.array(RuleSourceSchema).describe('The published guidance the rule stands on.'),
    strength: z
      .enum(RULE_STRENGTHS)
      .describe('GRADE strength of the recommendation: `strong` or `conditional`.'),
    certainty: z
      .enum(CERTAINTIES)
      .describe('GRADE certainty of the evidence behind it; a rule can be strong on low-certainty evidence.'),
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
      strength: 'strong',
      certainty: 'moderate',
    },
  });

export const RuleListSchema = z
  .strictObject({
    items: z
      .array(RuleSchema)
      .max(RULE_IDS.length)
      .describe('The rules, in the order the engine applies them.'),
  })
  .meta({
    id: 'RuleList',
    description: 'Every rule the engine applies.',
    example: {
      items: [
        {
          id: 'retinoid.ramp',
          title: 'Retinoids start a few nights a week and build up',
          rationale: 'A retinoid starts on 2 non-consecutive nights a week and builds up …',
          sources: [
            { key: 'retinoid-aging-review', title: 'Retinoids in the treatment of skin aging (2006)' },
          ],
          strength: 'strong',
          certainty: 'low',
        },
      ],
    },
  });

export const RuleParamsSchema = z.strictObject({
  id: z.string().min(1).max(100).describe('A rule id, e.g. `retinoid.ramp`.'),
});
