import { type MessageCode, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import type { Concern } from '../vocabulary.js';

/** Weeks of consistent use before results usually show, per concern. */
export const EXPECTED_WEEKS: Record<Concern, readonly [from: number, to: number]> = {
  firmness: [8, 24],
  'fine-lines': [8, 24],
  dryness: [1, 2],
  redness: [2, 8],
  texture: [4, 12],
  dullness: [4, 12],
  pores: [4, 12],
  'dark-spots': [4, 12],
};

const window = (concern: Concern) => `${EXPECTED_WEEKS[concern][0]}-${EXPECTED_WEEKS[concern][1]}`;

/** What the person will see, per concern. */
const RESULT: Record<Concern, MessageCode> = {
  firmness: 'result-firmness',
  'fine-lines': 'result-fine-lines',
  dryness: 'result-dryness',
  redness: 'result-redness',
  texture: 'result-texture',
  dullness: 'result-dullness',
  pores: 'result-pores',
  'dark-spots': 'result-dark-spots',
};

export const expectationMessage = (concern: Concern) =>
  message('expectation', {
    result: message(RESULT[concern]),
    from: EXPECTED_WEEKS[concern][0],
    to: EXPECTED_WEEKS[concern][1],
  });

/**
 * `expectation.weeks-to-months`: gives one expected window of results per profile concern and stresses
 * consistency.
 * Why: results take weeks to months, and knowing that helps people keep going. Source: the Supermood
 * serum article; DermNet Topical retinoids.
 */
export const expectationWeeksToMonths = {
  id: 'expectation.weeks-to-months',
  reads: ['concerns'],
  title: 'Set realistic timelines for visible results',
  rationale:
    'For each concern in the profile the engine states one window in which consistent use should ' +
    `show visible results: ${window('firmness')} weeks for firmness and fine lines, ` +
    `${window('dryness')} weeks for dryness, ${window('redness')} weeks for redness, and ` +
    `${window('texture')} weeks for texture, dullness, pores and dark spots. It also stresses that ` +
    "regular use is what counts. Changes appear over weeks to months, and a retinoid's effect on " +
    'wrinkles keeps building for months, so honest timelines help people stick with the routine.',
  sources: [SOURCES.article, SOURCES['dermnet-retinoids']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
