import type { Expectation, LifestyleAdvice, Profile } from './types.js';
import type { Concern } from './vocabulary.js';

/** `expectation.weeks-to-months`: weeks of consistent use before results show, per concern. */
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

const CONCERN_LABEL: Record<Concern, string> = {
  firmness: 'firmer-looking skin',
  'fine-lines': 'softer fine lines',
  dryness: 'less dryness',
  redness: 'less redness',
  texture: 'smoother texture',
  dullness: 'a brighter complexion',
  pores: 'less visible pores',
  'dark-spots': 'faded dark spots',
};

export function expectationsFor(profile: Profile): Expectation[] {
  return profile.concerns.map((concern) => {
    const [fromWeeks, toWeeks] = EXPECTED_WEEKS[concern];
    return {
      concern,
      fromWeeks,
      toWeeks,
      message:
        `Expect ${CONCERN_LABEL[concern]} after about ${fromWeeks}–${toWeeks} weeks of consistent use; ` +
        'skipping days delays results.',
      ruleIds: ['expectation.weeks-to-months'],
    };
  });
}

/** `lifestyle.sun-smoking-alcohol`: habits that speed the loss of firmness. */
export function lifestyleAdviceFor(profile: Profile): LifestyleAdvice[] {
  const advice: LifestyleAdvice[] = [];
  const ruleIds = ['lifestyle.sun-smoking-alcohol'];
  if (profile.lifestyle.sunExposure === 'high') {
    advice.push({
      code: 'sun-exposure',
      message:
        'Long hours in the sun speed up sagging and wrinkles: seek shade, wear a hat and reapply sunscreen.',
      ruleIds,
    });
  }
  if (profile.lifestyle.smoker) {
    advice.push({
      code: 'smoking',
      message:
        'Smoking breaks down the skin’s collagen and elastin; cutting down helps skin keep its firmness.',
      ruleIds,
    });
  }
  if (profile.lifestyle.alcohol) {
    advice.push({
      code: 'alcohol',
      message: 'Drinking dehydrates skin and speeds the loss of firmness; drinking less helps.',
      ruleIds,
    });
  }
  return advice;
}

/** `label.instructions-first`: in every response. */
export const DISCLAIMER =
  'Follow the instructions on each product’s own label first: they come before this routine. ' +
  'This is general cosmetic guidance, not medical advice; ask a doctor or dermatologist about a skin ' +
  'condition, medicines, pregnancy or breastfeeding.';
