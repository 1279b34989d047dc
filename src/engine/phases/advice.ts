import { message } from '../message.js';
import {
  EXPECTED_WEEKS,
  expectationMessage,
  expectationWeeksToMonths,
} from '../rules/expectation-weeks-to-months.js';
import { habitsToReduce, lifestyleSunSmokingAlcohol } from '../rules/lifestyle-sun-smoking-alcohol.js';
import { type Firing, profileFacts } from '../trace.js';
import type { Expectation, LifestyleAdvice, Profile } from '../types.js';

const EXPECTATION_RULES = [expectationWeeksToMonths.id];
const LIFESTYLE_RULES = [lifestyleSunSmokingAlcohol.id];

/** One expectation per concern of the profile (`expectation.weeks-to-months`). */
export function expectationsFor(profile: Profile, firing: Firing): Expectation[] {
  firing.fire(expectationWeeksToMonths.id, () => ({ facts: profileFacts(profile, 'concerns') }));
  return profile.concerns.map((concern) => ({
    concern,
    fromWeeks: EXPECTED_WEEKS[concern][0],
    toWeeks: EXPECTED_WEEKS[concern][1],
    message: expectationMessage(concern),
    ruleIds: EXPECTATION_RULES,
  }));
}

/** Advice for each habit that speeds the loss of firmness (`lifestyle.sun-smoking-alcohol`). */
export function lifestyleAdviceFor(profile: Profile, firing: Firing): LifestyleAdvice[] {
  const codes = habitsToReduce(profile);
  const facts = () => ({
    'profile.lifestyle.sunExposure': profile.lifestyle.sunExposure,
    'profile.lifestyle.smoker': profile.lifestyle.smoker,
    'profile.lifestyle.alcohol': profile.lifestyle.alcohol,
  });
  if (codes.length > 0) firing.fire(lifestyleSunSmokingAlcohol.id, () => ({ facts: facts() }));
  else firing.check(lifestyleSunSmokingAlcohol.id, facts);
  return codes.map((code) => ({ code, message: message(`lifestyle-${code}`), ruleIds: LIFESTYLE_RULES }));
}
