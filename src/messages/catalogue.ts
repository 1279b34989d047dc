import type { MessageCode, RuleId } from '../engine/index.js';

/** The title and rationale of every rule, by id: ICU templates over the rule's `params`. */
export type RuleTextKey = `rule.${RuleId}.${'title' | 'rationale'}`;

/** Every key a language file holds: the engine's message codes and the rules' texts. */
export type CatalogueKey = MessageCode | RuleTextKey;

/**
 * One language's messages (ICU MessageFormat). A file missing a key does not compile, and
 * `tests/messages/catalogues.test.ts` checks that every language states the same placeholders.
 */
export type Catalogue = Readonly<Record<CatalogueKey, string>>;

export const ruleTextKey = (id: RuleId, part: 'title' | 'rationale'): RuleTextKey => `rule.${id}.${part}`;
