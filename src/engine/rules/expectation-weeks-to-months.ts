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
  params: {
    firmnessFrom: EXPECTED_WEEKS.firmness[0],
    firmnessTo: EXPECTED_WEEKS.firmness[1],
    drynessFrom: EXPECTED_WEEKS.dryness[0],
    drynessTo: EXPECTED_WEEKS.dryness[1],
    rednessFrom: EXPECTED_WEEKS.redness[0],
    rednessTo: EXPECTED_WEEKS.redness[1],
    textureFrom: EXPECTED_WEEKS.texture[0],
    textureTo: EXPECTED_WEEKS.texture[1],
  },
  sources: [SOURCES.article, SOURCES['dermnet-retinoids']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
