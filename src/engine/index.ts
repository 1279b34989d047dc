/** The rules engine: pure functions over plain data. Nothing here does I/O or reads a clock. */
export { DISCLAIMER } from './advice.js';
export { isoFromDays, parseIsoDate } from './dates.js';
export { type RecommendOptions, recommend } from './recommend.js';
export { RULE_IDS, RULES, RULES_BY_ID, type RuleId } from './rules/index.js';
export type * from './types.js';
export * from './vocabulary.js';
