import { type Message, message } from '../message.js';
import type { RuleTextList } from '../types.js';
import type { Area, Concern, EvidenceGrade, Irritation, SkinType } from '../vocabulary.js';

// Words of the vocabulary as messages, for the values a rule's rationale states: each language
// renders them, so a rule names the concern or grade it decides on without spelling it in English.
export const concernWord = (concern: Concern): Message => message(`concern-${concern}`);
export const skinTypeWord = (skinType: SkinType): Message => message(`skin-type-${skinType}`);
export const irritationWord = (level: Irritation): Message => message(`irritation-${level}`);
export const evidenceWord = (grade: EvidenceGrade): Message => message(`evidence-${grade}`);
export const areaWord = (area: Area): Message => message(`area-${area}`);

/** "a, b and c" in the reader's language. */
export const andList = (items: readonly Message[]): RuleTextList => ({ items, join: 'and' });
/** "a, b or c" in the reader's language. */
export const orList = (items: readonly Message[]): RuleTextList => ({ items, join: 'or' });
/** "a, b, c" (the last joined by "and" where a language wants it): a plain enumeration. */
export const commaList = (items: readonly Message[]): RuleTextList => ({ items, join: 'comma' });
