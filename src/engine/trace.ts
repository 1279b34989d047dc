import type { Message } from './message.js';
import { RULE_IDS, RULES_BY_ID, type RuleId } from './rules/index.js';
import type { CheckIn, Profile } from './types.js';

/** A fact a rule decided on: a profile field, an ingredient property, a count. */
export type FactValue = string | number | boolean | null | string[];
export type Facts = Record<string, FactValue>;

/** One rule's record in a recommendation: whether it fired, on which facts, and what it did. */
export interface TraceEntry {
  ruleId: RuleId;
  fired: boolean;
  facts: Facts;
  effects: Message[];
}

interface Explanation {
  facts?: Facts;
  effect?: Message;
}

/**
 * The firing record of one recommendation. Rules that fire are always collected (they make
 * `rulesApplied`); facts and effects are only built when the caller asked for an explanation,
 * and are passed lazily so an unexplained request allocates nothing for them.
 */
export class Firing {
  readonly explain: boolean;
  readonly #fired = new Set<RuleId>();
  readonly #entries = new Map<RuleId, TraceEntry>();

  constructor(explain: boolean) {
    this.explain = explain;
  }

  /** The rule acted; `why` gives the facts it acted on and what it did. */
  fire(ruleId: RuleId, why?: () => Explanation): void {
    this.#fired.add(ruleId);
    if (this.explain) this.#record(ruleId, true, why?.());
  }

  /** The rule was asked and did not act; `why` gives the facts that kept it quiet. */
  check(ruleId: RuleId, why: () => Facts): void {
    if (this.explain) this.#record(ruleId, false, { facts: why() });
  }

  /** Mark every id of an output's `ruleIds` as fired (an id on a step means its rule acted). */
  fireAll(ruleIds: readonly RuleId[]): void {
    for (const id of ruleIds) this.#fired.add(id);
  }

  has(ruleId: RuleId): boolean {
    return this.#fired.has(ruleId);
  }

  /** Fired rules in the order of `GET /v1/rules`. */
  applied(): RuleId[] {
    return RULE_IDS.filter((id) => this.#fired.has(id));
  }

  /**
   * One entry per rule, in the order of `GET /v1/rules`: the profile fields the rule reads, then the
   * facts it recorded while deciding.
   */
  entries(profile: Profile): TraceEntry[] {
    return RULE_IDS.map((ruleId) => {
      const entry = this.#entries.get(ruleId);
      const fired = this.#fired.has(ruleId);
      const facts = { ...profileFacts(profile, ...RULES_BY_ID.get(ruleId)!.reads), ...entry?.facts };
      return { ruleId, fired, facts, effects: entry?.effects ?? [] };
    });
  }

  #record(ruleId: RuleId, fired: boolean, explanation: Explanation | undefined): void {
    let entry = this.#entries.get(ruleId);
    if (!entry) {
      entry = { ruleId, fired, facts: {}, effects: [] };
      this.#entries.set(ruleId, entry);
    }
    if (fired) entry.fired = true;
    if (explanation?.facts) Object.assign(entry.facts, explanation.facts);
    if (explanation?.effect) entry.effects.push(explanation.effect);
  }
}

/** Facts read from the profile, keyed `profile.<field>` as the request names them (`profile.lifestyle.smoker`). */
export function profileFacts(profile: Profile, ...fields: (keyof Profile)[]): Facts {
  const facts: Facts = {};
  for (const field of fields) {
    if (field === 'lifestyle') {
      for (const [key, value] of Object.entries(profile.lifestyle)) facts[`profile.lifestyle.${key}`] = value;
    } else if (field === 'checkIns') {
      facts['profile.checkIns'] = (profile.checkIns ?? []).map(describeCheckIn);
    } else if (field === 'ownProducts') {
      // As the request names them: each product by its productId or name.
      facts['profile.products'] = (profile.ownProducts ?? []).map((product) => product.key);
    } else facts[`profile.${field}`] = profile[field];
  }
  return facts;
}

/** A check-in as one fact: "2026-12-20 mild dryness retinol" (no ingredient: "any"). */
const describeCheckIn = (checkIn: CheckIn): string =>
  `${checkIn.date} ${checkIn.severity} ${checkIn.reaction} ${checkIn.ingredients?.join('+') ?? 'any'}`;
