import { z } from 'zod';
import { ConcernSchema, SkinTypeSchema, SlugSchema } from '../catalogue/ingredient-schemas.js';
import { RULE_IDS } from '../engine/index.js';
import { LIFESTYLE_CODES, WARNING_CODES } from '../engine/types.js';
import {
  ADJUSTMENT_ACTIONS,
  AREAS,
  EVIDENCE_GRADES,
  PREGNANCY_STATUSES,
  REACTIONS,
  SEVERITIES,
  STEP_KINDS,
  SUN_EXPOSURES,
} from '../engine/vocabulary.js';

// zod's ISO date checks days per month and leap years, so 2026-02-30 is rejected here.
const IsoDateSchema = z.iso.date('must be a real calendar date written YYYY-MM-DD').max(10);
/** A day as the engine writes it: YYYY-MM-DD. */
const DaySchema = z.string().max(10);

/** The most concerns a profile names (and so the most expectations an answer has). */
const MAX_CONCERNS = 5;
/** The longest calendar, in weeks (`weeks` is 1–52). */
export const MAX_WEEKS = 52;
/** The last start date whose longest calendar still ends in a four-digit year. */
const LAST_START_DATE = '9998-12-31';
/** The calendar's length when the request gives none. */
export const DEFAULT_WEEKS = 12;
/** The most check-ins a request carries. */
export const MAX_CHECK_INS = 200;
/** The most actives one check-in can adjust (a retinoid, an acid, an antioxidant and two serums). */
const MAX_ADJUSTED_PER_CHECK_IN = 5;

export const CheckInSchema = z
  .strictObject({
    date: IsoDateSchema.describe(
      'The day it happened (YYYY-MM-DD), inside the schedule: from `startDate` to its last day. The plan changes from the next day.',
    ),
    reaction: z.enum(REACTIONS).describe('What the skin did.'),
    severity: z.enum(SEVERITIES).describe('How bad it was.'),
    ingredient: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'What the person thinks caused it: a catalogue slug. Absent: every active applied that day or the day before.',
      ),
  })
  .meta({
    id: 'CheckIn',
    description:
      'A reaction the person reports; the service stores nothing, so the client sends every check-in with the profile each time.',
    example: { date: '2026-12-20', reaction: 'dryness', severity: 'mild', ingredient: 'retinol' },
  });
export type CheckIn = z.infer<typeof CheckInSchema>;
/** The most own products a request may bring. */
export const MAX_PRODUCTS = 20;
/** The longest ingredient list read, in characters (as `POST /v1/products/analyze`). */
export const MAX_INCI_LENGTH = 10_000;
/** The most products suggested for one step. */
const MAX_SUGGESTIONS = 3;

const CatalogueProductRefSchema = z
  .strictObject({
    productId: SlugSchema.describe('The id of a product of the product catalogue (`GET /v1/products`).'),
  })
  .meta({
    id: 'OwnCatalogueProduct',
    description: 'One of the person’s products, from the product catalogue.',
  });

const ListedProductSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('What the person calls it; names it in steps and warnings.'),
    inci: z
      .string()
      .trim()
      .min(1)
      .max(MAX_INCI_LENGTH)
      .describe('Its ingredient list as printed on the label (up to 10,000 characters).'),
    kind: z
      .enum(STEP_KINDS)
      .optional()
      .describe('The step it is for; left out, it is inferred from the ingredients it holds.'),
  })
  .meta({
    id: 'OwnListedProduct',
    description: 'One of the person’s products, given by its name and printed ingredient list.',
  });

/** Whether two own products would go by the same key (`productId`, else `name`). */
const productKey = (product: { productId: string } | { name: string }) =>
  'productId' in product ? product.productId : product.name;

const LifestyleSchema = z
  .strictObject({
    sunExposure: z
      .enum(SUN_EXPOSURES)
      .default('moderate')
      .describe('How much time the person spends in the sun.'),
    smoker: z.boolean().default(false).describe('Whether the person smokes.'),
    alcohol: z.boolean().default(false).describe('Whether the person drinks alcohol regularly.'),
  })
  .meta({ id: 'Lifestyle', description: 'Habits that affect firmness; all optional.' });

/** A wall-clock time, 00:00–23:59. */
const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (00:00–23:59)');

/** Whether the runtime's time-zone database knows the zone (an IANA name such as `Europe/Paris`). */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const DEFAULT_REMINDERS = { am: '07:30', pm: '21:30' } as const;

const RemindersSchema = z
  .strictObject({
    am: ClockTimeSchema.default(DEFAULT_REMINDERS.am).describe('When the morning session starts (HH:MM).'),
    pm: ClockTimeSchema.default(DEFAULT_REMINDERS.pm).describe('When the evening session starts (HH:MM).'),
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris')
      .optional()
      .describe(
        'An IANA time zone (e.g. `Europe/Paris`); without it the times are floating (local wherever the calendar is).',
      ),
  })
  .meta({
    id: 'Reminders',
    description:
      'When the calendar file (`Accept: text/calendar`) places the sessions; ignored by the JSON answer.',
  });

export const RecommendationRequestSchema = z
  .strictObject({
    skinType: SkinTypeSchema.describe(
      'The person’s skin type; it sets the cleanser and moisturizer textures.',
    ),
    sensitive: z
      .boolean()
      .default(false)
      .describe('Sensitive skin: slower ramp, gentler acids, more patch tests.'),
    concerns: z
      .array(ConcernSchema)
      .min(1)
      .max(MAX_CONCERNS)
      .superRefine((concerns, context) => {
        concerns.forEach((concern, index) => {
          if (concerns.indexOf(concern) !== index) {
            context.addIssue({ code: 'custom', path: [index], message: `repeats the concern '${concern}'` });
          }
        });
      })
      .meta({ uniqueItems: true })
      .describe('What the person wants addressed: 1 to 5 distinct concerns.'),
    pregnancy: z
      .enum(PREGNANCY_STATUSES)
      .default('none')
      .describe('`pregnant` or `trying`: no retinoid. `breastfeeding`: a retinoid on face and neck only.'),
    retinoidWeeks: z
      .number()
      .int()
      .min(0)
      .max(520)
      .default(0)
      .describe('Weeks already on a retinoid (0–520); the ramp continues from there.'),
    avoid: z
      .array(SlugSchema)
      .max(100)
      .default([])
      .describe('Catalogue slugs never to recommend (allergy or preference); an unknown slug is an error.'),
    lifestyle: LifestyleSchema.default({ sunExposure: 'moderate', smoker: false, alcohol: false }),
    startDate: IsoDateSchema.refine((date) => date <= LAST_START_DATE, {
      message: `must be ${LAST_START_DATE} or earlier, so that a 52-week calendar ends by 9999-12-31`,
    })
      .optional()
      .describe('First day of the calendar (YYYY-MM-DD, at most 9998-12-31); default today (UTC).'),
    weeks: z
      .number()
      .int()
      .min(1)
      .max(MAX_WEEKS)
      .default(DEFAULT_WEEKS)
      .describe('Length of the calendar in weeks (1–52).'),
    reminders: RemindersSchema.default(DEFAULT_REMINDERS),
    checkIns: z
      .array(CheckInSchema)
      .max(MAX_CHECK_INS)
      .default([])
      .describe(
        'Up to 200 reactions since the plan started, in any order: they apply in date order, each from the day after, and `adjustments` says what they changed.',
      ),
    products: z
      .array(z.union([CatalogueProductRefSchema, ListedProductSchema]))
      .max(MAX_PRODUCTS)
      .default([])
      .superRefine((products, context) => {
        // Check-ins and warnings name a product by its id or name: each must be one product.
        const seen = new Set<string>();
        products.forEach((product, index) => {
          const key = productKey(product);
          if (seen.has(key))
            context.addIssue({
              code: 'custom',
              path: [index, 'productId' in product ? 'productId' : 'name'],
              message: `repeats the product '${key}'`,
            });
          seen.add(key);
        });
      })
      .describe(
        'Up to 20 of the person’s own products: `{ productId }` from the product catalogue, or `{ name, inci, kind? }`. ' +
          'The routine is built around them first; an unknown `productId` is an error.',
      ),
    suggestProducts: z
      .boolean()
      .default(false)
      .describe('`true`: each step without an own product gets up to 3 catalogue `suggestions`.'),
  })
  .meta({
    id: 'RecommendationRequest',
    description: 'A skin profile. Only `skinType` and `concerns` are required; unknown fields are rejected.',
    example: {
      skinType: 'dry',
      sensitive: false,
      concerns: ['firmness', 'dryness'],
      pregnancy: 'none',
      retinoidWeeks: 0,
      avoid: ['glycolic-acid'],
      lifestyle: { sunExposure: 'moderate', smoker: false, alcohol: false },
      startDate: '2026-12-01',
      weeks: 12,
      reminders: { am: '07:30', pm: '21:30', timeZone: 'Europe/Paris' },
      products: [
        {
          name: 'My retinol serum',
          inci: 'Aqua, Glycerin, Squalane, Retinol, Tocopherol, Phenoxyethanol',
          kind: 'serum',
        },
      ],
      suggestProducts: false,
    },
  });
export type RecommendationRequest = z.infer<typeof RecommendationRequestSchema>;

const RuleIdSchema = z
  .enum(RULE_IDS)
  .meta({ id: 'RuleId', description: 'A rule id, as served by `GET /v1/rules`.' });
// Rule ids are named once each, so a list never outgrows the rule set.
const RuleIdsSchema = z
  .array(RuleIdSchema)
  .max(RULE_IDS.length)
  .describe('The ids of the rules that produced it (see `GET /v1/rules`).');

export const RecommendationQuerySchema = z.strictObject({
  explain: z
    .enum(['true', 'false'])
    .default('false')
    .describe('`true` adds `trace`: every rule, whether it fired, and the facts it decided on.'),
});

const FactValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const TraceEntrySchema = z
  .strictObject({
    ruleId: RuleIdSchema,
    fired: z.boolean().describe('Whether the rule acted on this profile.'),
    facts: z
      .record(z.string(), FactValueSchema)
      .describe(
        'The facts it decided on: profile fields (`profile.…`) and catalogue facts (`<slug>.<field>`).',
      ),
    effect: z.string().nullable().describe('What it did, in words; null when it did not fire.'),
  })
  .meta({ id: 'TraceEntry', description: 'One rule’s firing record for this recommendation.' });

const StepProductSchema = z
  .strictObject({
    productId: SlugSchema.nullable().describe('Its catalogue id; null for a product given by name and list.'),
    name: z.string().describe('Its name.'),
  })
  .meta({ id: 'StepProduct', description: 'One of the person’s own products, used in this step.' });

const SuggestionSchema = z
  .strictObject({
    productId: SlugSchema.describe('The catalogue id of the suggested product (`GET /v1/products/{id}`).'),
    brand: z.string().describe('Its brand.'),
    name: z.string().describe('Its name.'),
  })
  .meta({ id: 'Suggestion', description: 'A catalogue product that holds what the step needs.' });

export const StepSchema = z
  .strictObject({
    order: z.number().int().min(1).describe('Position in the session, from 1.'),
    kind: z.enum(STEP_KINDS).describe('What the step does.'),
    ingredients: z
      .array(SlugSchema)
      .describe('Catalogue slugs; empty for a generic product such as a cleanser.'),
    areas: z.array(z.enum(AREAS)).max(AREAS.length).describe('Where to apply it; always includes the face.'),
    frequency: z.string().describe('When to apply it, in words.'),
    leaveOn: z.boolean().describe('Whether it stays on the skin (false for a rinse-off cleanser).'),
    notes: z.array(z.string()).describe('How to apply it and why.'),
    strength: z
      .string()
      .nullable()
      .describe('For a step holding an active: the strength to start with and never exceed; otherwise null.'),
    ruleIds: RuleIdsSchema,
    products: z
      .array(StepProductSchema)
      .max(MAX_PRODUCTS)
      .describe(
        'The person’s own products used in this step (empty when the routine names ingredients only).',
      ),
    suggestions: z
      .array(SuggestionSchema)
      .max(MAX_SUGGESTIONS)
      .optional()
      .describe(
        'Only with `suggestProducts`, and only on a step without an own product: up to 3 catalogue products ' +
          'holding the step’s ingredients and nothing the profile rules out, earliest-listed first.',
      ),
  })
  .meta({ id: 'Step', description: 'One step of a morning or evening session.' });

export const CalendarDaySchema = z
  .strictObject({
    date: DaySchema.describe('The day (YYYY-MM-DD).'),
    week: z.number().int().min(1).max(MAX_WEEKS).describe('Week of the schedule, from 1.'),
    am: z.array(SlugSchema).describe('Slugs applied in the morning, in application order.'),
    pm: z.array(SlugSchema).describe('Slugs applied in the evening, in application order.'),
    patch: z
      .array(SlugSchema)
      .describe(
        'Slugs being patch-tested that day on a small spot (inner arm), before their first use on the face.',
      ),
  })
  .meta({ id: 'CalendarDay', description: 'What is applied on one day.' });

const EvidenceViewSchema = z
  .strictObject({
    grade: z.enum(EVIDENCE_GRADES).describe('How well the evidence supports it.'),
    sources: z.array(z.string()).describe('Keys of the sources it rests on.'),
  })
  .meta({ id: 'EvidenceGrade', description: 'An evidence grade and its source keys.' });

export const GlossaryEntrySchema = z
  .strictObject({
    slug: SlugSchema.describe('Catalogue slug.'),
    name: z.string().max(200).describe('Consumer-facing name (as the catalogue caps it).'),
    evidence: EvidenceViewSchema,
    strength: z
      .strictObject({
        startFrom: z.number().describe('Low end of the starting strength, in percent.'),
        startTo: z.number().describe('High end of the starting strength, in percent.'),
        max: z.number().describe('The most ever advised, in percent.'),
      })
      .nullable()
      .describe('Strengths in percent, or null when the catalogue gives none.'),
  })
  .meta({
    id: 'GlossaryEntry',
    description: 'An ingredient the routine names, with its evidence and strength.',
  });

export const WarningSchema = z
  .strictObject({
    code: z.enum(WARNING_CODES).describe('The kind of warning.'),
    message: z.string().describe('What to do, in words.'),
    ingredient: SlugSchema.nullable().describe('The catalogue slug it concerns, if any.'),
    date: DaySchema.nullable().describe('The day it applies from (YYYY-MM-DD), if any.'),
    ruleIds: RuleIdsSchema,
  })
  .meta({ id: 'Warning', description: 'A caution to show with the routine.' });

export const AdjustmentSchema = z
  .strictObject({
    date: DaySchema.describe(
      'The check-in that caused it (YYYY-MM-DD); the change applies from the next day.',
    ),
    ingredient: SlugSchema.describe('The active whose schedule changed.'),
    action: z
      .enum(ADJUSTMENT_ACTIONS)
      .describe(
        '`hold`: the next week of use repeats the current number of nights; `step-back`: one ramp stage lower for 14 days; ' +
          '`pause`: no acid nights for 14 days; `stop`: not used for 7 days, then restarted from its first stage.',
      ),
    until: DaySchema.describe('The last day the change is in force (YYYY-MM-DD, inclusive).'),
    ruleIds: RuleIdsSchema,
  })
  .meta({ id: 'Adjustment', description: 'What one check-in changed in the schedule of one active.' });

export const ExpectationSchema = z
  .strictObject({
    concern: ConcernSchema,
    fromWeeks: z.number().int().describe('Earliest week results usually show.'),
    toWeeks: z.number().int().describe('Week by which results usually show.'),
    message: z.string().describe('The expectation, in words.'),
    ruleIds: RuleIdsSchema,
  })
  .meta({ id: 'Expectation', description: 'When to expect visible results for one concern.' });

export const LifestyleAdviceSchema = z
  .strictObject({
    code: z.enum(LIFESTYLE_CODES).describe('The habit it is about.'),
    message: z.string().describe('The advice, in words.'),
    ruleIds: RuleIdsSchema,
  })
  .meta({ id: 'LifestyleAdvice', description: 'Advice on a habit that speeds the loss of firmness.' });

export const RecommendationSchema = z
  .strictObject({
    routine: z
      .strictObject({
        am: z.array(StepSchema).describe('Morning steps in application order.'),
        pm: z.array(StepSchema).describe('Evening steps in application order.'),
      })
      .meta({ id: 'Routine', description: 'The routine template: the morning and evening sessions.' }),
    calendar: z
      .array(CalendarDaySchema)
      .max(MAX_WEEKS * 7)
      .describe('One entry per day: `weeks` × 7 days from `startDate`.'),
    ingredients: z
      .array(GlossaryEntrySchema)
      .describe('Every ingredient the routine names, once, with its name, evidence grade and strength.'),
    warnings: z.array(WarningSchema).describe('Cautions to show with the routine (empty when none).'),
    adjustments: z
      .array(AdjustmentSchema)
      .max(MAX_CHECK_INS * MAX_ADJUSTED_PER_CHECK_IN)
      .describe('What the check-ins changed, in the order they apply (empty without check-ins).'),
    expectations: z.array(ExpectationSchema).max(MAX_CONCERNS).describe('One per concern of the profile.'),
    lifestyle: z.array(LifestyleAdviceSchema).describe('Advice for the habits the profile reports.'),
    rulesApplied: z
      .array(RuleIdSchema)
      .max(RULE_IDS.length)
      .describe('Every rule that shaped this answer, in the order of `GET /v1/rules`.'),
    catalogueVersion: z.string().describe('The catalogue version the answer was computed from.'),
    disclaimer: z.string().describe('Product instructions come first; general guidance, not medical advice.'),
    trace: z
      .array(TraceEntrySchema)
      .max(RULE_IDS.length)
      .optional()
      .describe('Only with `?explain=true`: one entry for every rule of `GET /v1/rules`, in that order.'),
  })
  .meta({
    id: 'Recommendation',
    description: 'A routine, its day-by-day calendar, and why.',
    example: {
      routine: {
        am: [
          {
            order: 1,
            kind: 'cleanse',
            ingredients: [],
            areas: ['face'],
            frequency: 'every morning',
            leaveOn: false,
            notes: ['A cream cleanser that cleans without stripping oils.'],
            strength: null,
            ruleIds: ['skin-type.basis', 'routine.serum-with-basics', 'routine.layer-order'],
            products: [],
          },
        ],
        pm: [
          {
            order: 3,
            kind: 'treatment',
            ingredients: ['glycerin', 'squalane', 'retinol', 'tocopherol'],
            areas: ['face', 'neck', 'decolletage'],
            frequency: 'from 2026-12-08: 2 nights a week in weeks 1–2, never two in a row; …',
            leaveOn: true,
            notes: ['A pea-sized amount for the whole face and a second one for the neck and décolletage.'],
            strength: 'Start with Retinol at 0.1–0.3 % and never go above 1 %.',
            ruleIds: ['retinoid.ramp', 'retinoid.amount', 'photosensitizer.night-only', 'product.own-first'],
            products: [{ productId: null, name: 'My retinol serum' }],
          },
        ],
      },
      calendar: [
        {
          date: '2026-12-01',
          week: 1,
          am: ['sodium-hyaluronate', 'zinc-oxide'],
          pm: ['sodium-hyaluronate'],
          patch: ['retinol'],
        },
      ],
      ingredients: [
        {
          slug: 'retinol',
          name: 'Retinol',
          evidence: { grade: 'moderate', sources: ['spierings-retinol', 'retinoid-aging-review'] },
          strength: { startFrom: 0.1, startTo: 0.3, max: 1 },
        },
      ],
      warnings: [
        {
          code: 'patch-test',
          message: 'Patch-test Retinol for 7 days before its first use on 2026-12-08: …',
          ingredient: 'retinol',
          date: '2026-12-01',
          ruleIds: ['actives.patch-test'],
        },
      ],
      adjustments: [
        {
          date: '2026-12-20',
          ingredient: 'retinol',
          action: 'hold',
          until: '2026-12-28',
          ruleIds: ['checkin.hold', 'retinoid.ramp'],
        },
      ],
      expectations: [
        {
          concern: 'firmness',
          fromWeeks: 8,
          toWeeks: 24,
          message: 'Expect firmer-looking skin after about 8–24 weeks of consistent use; …',
          ruleIds: ['expectation.weeks-to-months'],
        },
      ],
      lifestyle: [],
      rulesApplied: ['skin-type.basis', 'retinoid.ramp'],
      catalogueVersion: '12.3f9a2c10',
      disclaimer: 'Follow the instructions on each product’s own label first: …',
    },
  });
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** The media type of the calendar file. */
export const CALENDAR_MEDIA_TYPE = 'text/calendar';

export const CalendarFileSchema = z.string().meta({
  id: 'CalendarFile',
  description:
    'An RFC 5545 calendar (`text/calendar`): one event a day for each session that has steps, at ' +
    '`reminders.am` / `reminders.pm` in `reminders.timeZone` (floating times without one), its steps in ' +
    'order in the description, a display alarm at its start, and an all-day event on each patch-test day. ' +
    "Each event's `UID` depends only on the profile (not on `reminders` or `weeks`), the date and the " +
    'session, so importing the file again updates the events instead of duplicating them.',
  example: [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regimen//Regimen API//EN',
    'NAME:Skincare routine',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Paris',
    '…',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:2026-12-08-pm-5d41402abc4b2a76b971@regimen',
    'DTSTAMP:20261125T120000Z',
    'DTSTART;TZID=Europe/Paris:20261208T213000',
    'DTEND;TZID=Europe/Paris:20261208T214500',
    'SUMMARY:Evening skincare: Retinol',
    'DESCRIPTION:1. Cleanse\\n2. Serum: Sodium Hyaluronate\\n3. Treatment: Retinol (face\\, neck and décolletage)\\n…',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0S',
    'DESCRIPTION:Time for your evening skincare.',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n'),
});
