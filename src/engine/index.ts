/** The rules engine: pure functions over plain data. Nothing here does I/O or reads a clock. */
export { isoFromDays, parseIsoDate } from './dates.js';
export { MESSAGE_CODES, type Message, type MessageCode, type MessageParam } from './message.js';
export { type RecommendOptions, recommend } from './recommend.js';
export { RULE_IDS, RULES, RULES_BY_ID, type RuleId } from './rules/index.js';
export type { Facts, FactValue, TraceEntry } from './trace.js';
export type * from './types.js';
export * from './vocabulary.js';
