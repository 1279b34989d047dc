import type { Rule } from '../types.js';
import { acidNightFrequency } from './acid-night-frequency.js';
import { activesNoStacking } from './actives-no-stacking.js';
import { activesOneAtATime } from './actives-one-at-a-time.js';
import { activesPatchTest } from './actives-patch-test.js';
import { antioxidantMorning } from './antioxidant-morning.js';
import { areaNeckDecolletage } from './area-neck-decolletage.js';
import { checkinHold } from './checkin-hold.js';
import { checkinPurge } from './checkin-purge.js';
import { checkinStepBack } from './checkin-step-back.js';
import { checkinStop } from './checkin-stop.js';
import { concernUncovered } from './concern-uncovered.js';
import { evidenceGraded } from './evidence-graded.js';
import { expectationWeeksToMonths } from './expectation-weeks-to-months.js';
import { goalsFirmingActives } from './goals-firming-actives.js';
import { goalsMatchIngredients } from './goals-match-ingredients.js';
import { hyaluronicSeal } from './hyaluronic-seal.js';
import { hyaluronicTwiceDaily } from './hyaluronic-twice-daily.js';
import { labelInstructionsFirst } from './label-instructions-first.js';
import { lifestyleSunSmokingAlcohol } from './lifestyle-sun-smoking-alcohol.js';
import { photosensitizerNightOnly } from './photosensitizer-night-only.js';
import { photosensitizerSunWarning } from './photosensitizer-sun-warning.js';
import { productConflict } from './product-conflict.js';
import { productContains } from './product-contains.js';
import { productOwnFirst } from './product-own-first.js';
import { productSuggest } from './product-suggest.js';
import { productUnknown } from './product-unknown.js';
import { profileAvoid } from './profile-avoid.js';
import { retinoidAmount } from './retinoid-amount.js';
import { retinoidExperience } from './retinoid-experience.js';
import { retinoidPregnancy } from './retinoid-pregnancy.js';
import { retinoidRamp } from './retinoid-ramp.js';
import { retinoidRampSensitive } from './retinoid-ramp-sensitive.js';
import { routineLayerOrder } from './routine-layer-order.js';
import { routineNightSerumLeaveOn } from './routine-night-serum-leave-on.js';
import { routineSerumWithBasics } from './routine-serum-with-basics.js';
import { sensitiveGentleOnly } from './sensitive-gentle-only.js';
import { skinTypeBasis } from './skin-type-basis.js';
import { strengthStartLow } from './strength-start-low.js';
import { sunDailySpf } from './sun-daily-spf.js';

export { acidNightFrequency } from './acid-night-frequency.js';
export { activesNoStacking } from './actives-no-stacking.js';
export { activesOneAtATime } from './actives-one-at-a-time.js';
export { activesPatchTest } from './actives-patch-test.js';
export { antioxidantMorning } from './antioxidant-morning.js';
export { areaNeckDecolletage } from './area-neck-decolletage.js';
export { checkinHold } from './checkin-hold.js';
export { checkinPurge } from './checkin-purge.js';
export { checkinStepBack } from './checkin-step-back.js';
export { checkinStop } from './checkin-stop.js';
export { concernUncovered } from './concern-uncovered.js';
export { evidenceGraded } from './evidence-graded.js';
export { expectationWeeksToMonths } from './expectation-weeks-to-months.js';
export { goalsFirmingActives } from './goals-firming-actives.js';
export { goalsMatchIngredients } from './goals-match-ingredients.js';
export { hyaluronicSeal } from './hyaluronic-seal.js';
export { hyaluronicTwiceDaily } from './hyaluronic-twice-daily.js';
export { labelInstructionsFirst } from './label-instructions-first.js';
export { lifestyleSunSmokingAlcohol } from './lifestyle-sun-smoking-alcohol.js';
export { photosensitizerNightOnly } from './photosensitizer-night-only.js';
export { photosensitizerSunWarning } from './photosensitizer-sun-warning.js';
export { productConflict } from './product-conflict.js';
export { productContains } from './product-contains.js';
export { productOwnFirst } from './product-own-first.js';
export { productSuggest } from './product-suggest.js';
export { productUnknown } from './product-unknown.js';
export { profileAvoid } from './profile-avoid.js';
export { retinoidAmount } from './retinoid-amount.js';
export { retinoidExperience } from './retinoid-experience.js';
export { retinoidPregnancy } from './retinoid-pregnancy.js';
export { retinoidRamp } from './retinoid-ramp.js';
export { retinoidRampSensitive } from './retinoid-ramp-sensitive.js';
export { routineLayerOrder } from './routine-layer-order.js';
export { routineNightSerumLeaveOn } from './routine-night-serum-leave-on.js';
export { routineSerumWithBasics } from './routine-serum-with-basics.js';
export { sensitiveGentleOnly } from './sensitive-gentle-only.js';
export { skinTypeBasis } from './skin-type-basis.js';
export { strengthStartLow } from './strength-start-low.js';
export { sunDailySpf } from './sun-daily-spf.js';

/** Every rule the engine applies, in the order guidance.md lists them. */
export const RULES = [
  skinTypeBasis,
  goalsMatchIngredients,
  goalsFirmingActives,
  antioxidantMorning,
  profileAvoid,
  sensitiveGentleOnly,
  concernUncovered,
  routineSerumWithBasics,
  routineLayerOrder,
  sunDailySpf,
  routineNightSerumLeaveOn,
  hyaluronicTwiceDaily,
  hyaluronicSeal,
  photosensitizerNightOnly,
  photosensitizerSunWarning,
  retinoidRamp,
  retinoidRampSensitive,
  retinoidExperience,
  retinoidAmount,
  retinoidPregnancy,
  acidNightFrequency,
  activesNoStacking,
  activesOneAtATime,
  activesPatchTest,
  areaNeckDecolletage,
  expectationWeeksToMonths,
  lifestyleSunSmokingAlcohol,
  labelInstructionsFirst,
  strengthStartLow,
  evidenceGraded,
  checkinHold,
  checkinStepBack,
  checkinStop,
  checkinPurge,
  productContains,
  productOwnFirst,
  productConflict,
  productSuggest,
  productUnknown,
] as const;

/** The id of one rule in {@link RULES}. */
export type RuleId = (typeof RULES)[number]['id'];

/** Every rule id, in the order of {@link RULES}. */
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

/** Each rule by its id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
