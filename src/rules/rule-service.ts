import { createHash } from 'node:crypto';
import { RULES, RULES_BY_ID, type Rule } from '../engine/index.js';
import { notFound } from '../http/problem.js';

/** A rule as the API serves it: what the engine keeps for its trace (`reads`) stays inside. */
export type ServedRule = Omit<Rule, 'reads'>;

const served = ({ reads: _reads, ...rule }: Rule): ServedRule => rule;

export interface RuleList {
  items: ServedRule[];
  /** A hash of what is served: the rules change only with a release, so it is an honest ETag. */
  version: string;
}

/** The rules the engine applies, as the API serves them. */
export class RuleService {
  readonly #list: RuleList;

  constructor() {
    const items = RULES.map(served);
    const version = createHash('sha256').update(JSON.stringify(items)).digest('base64url').slice(0, 16);
    this.#list = { items, version };
  }

  list(): RuleList {
    return this.#list;
  }

  get(id: string): ServedRule {
    const rule = RULES_BY_ID.get(id);
    if (!rule) throw notFound(`No rule has the id '${id}'.`);
    return served(rule);
  }
}
