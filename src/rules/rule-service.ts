import { createHash } from 'node:crypto';
import { RULES, type Rule } from '../engine/index.js';
import { notFound } from '../http/problem.js';
import { LOCALES, type Locale, rendererFor } from '../messages/render.js';

/** A rule as the API serves it: its texts in one language; what the engine keeps for its trace stays inside. */
export type ServedRule = Pick<Rule, 'id' | 'sources' | 'strength' | 'certainty'> & {
  title: string;
  rationale: string;
};

export interface RuleList {
  items: ServedRule[];
  /**
   * A hash of what is served in this language: the rules change only with a release, so it is an
   * honest ETag, and each language has its own.
   */
  version: string;
}

const served = (rule: (typeof RULES)[number], locale: Locale): ServedRule => {
  const { title, rationale } = rendererFor(locale).ruleText(rule.id, rule.params);
  return {
    id: rule.id,
    title,
    rationale,
    sources: rule.sources,
    strength: rule.strength,
    certainty: rule.certainty,
  };
};

/** The rules the engine applies, as the API serves them, rendered once per language. */
export class RuleService {
  readonly #lists = new Map<Locale, RuleList>();
  readonly #byId = new Map<Locale, ReadonlyMap<string, ServedRule>>();

  constructor() {
    for (const locale of LOCALES) {
      const items = RULES.map((rule) => served(rule, locale));
      const version = createHash('sha256')
        .update(locale)
        .update(JSON.stringify(items))
        .digest('base64url')
        .slice(0, 16);
      this.#lists.set(locale, { items, version });
      this.#byId.set(locale, new Map(items.map((rule) => [rule.id, rule])));
    }
  }

  list(locale: Locale = 'en'): RuleList {
    return this.#lists.get(locale)!;
  }

  get(id: string, locale: Locale = 'en'): ServedRule {
    const rule = this.#byId.get(locale)!.get(id);
    if (!rule) throw notFound(`No rule has the id '${id}'.`);
    return rule;
  }
}
