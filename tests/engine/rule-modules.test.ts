import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as acid from '../../src/engine/rules/acid-night-frequency.js';
import * as oneAtATime from '../../src/engine/rules/actives-one-at-a-time.js';
import * as patchTest from '../../src/engine/rules/actives-patch-test.js';
import * as expectation from '../../src/engine/rules/expectation-weeks-to-months.js';
import * as matchIngredients from '../../src/engine/rules/goals-match-ingredients.js';
import * as hyaluronic from '../../src/engine/rules/hyaluronic-twice-daily.js';
import { RULE_IDS, RULES, type RuleId } from '../../src/engine/rules/index.js';
import * as sunWarning from '../../src/engine/rules/photosensitizer-sun-warning.js';
import * as ownFirst from '../../src/engine/rules/product-own-first.js';
import * as suggest from '../../src/engine/rules/product-suggest.js';
import { everyNightFrom, type RampTable } from '../../src/engine/rules/ramp-table.js';
import * as ramp from '../../src/engine/rules/retinoid-ramp.js';
import * as rampSensitive from '../../src/engine/rules/retinoid-ramp-sensitive.js';
import * as strength from '../../src/engine/rules/strength-start-low.js';
import * as spf from '../../src/engine/rules/sun-daily-spf.js';

const ENGINE = join(import.meta.dirname, '../../src/engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The module that owns a rule: `retinoid.ramp` lives in `rules/retinoid-ramp.ts`. */
const moduleOf = (id: string) => `rules/${id.replaceAll('.', '-')}.ts`;

describe('rule modules', () => {
  it('has one module per rule, named for its id', () => {
    const files = new Set(sourceFiles(join(ENGINE, 'rules')).map((file) => relative(ENGINE, file)));
    for (const id of RULE_IDS) expect(files.has(moduleOf(id)), moduleOf(id)).toBe(true);
  });

  it('keeps every rule-id literal inside its own rule module: phases use the exported id', () => {
    const quoted = new RegExp(
      `['"\`](${RULE_IDS.map((id) => id.replaceAll('.', '\\.')).join('|')})['"\`]`,
      'g',
    );
    const misplaced: string[] = [];
    for (const file of sourceFiles(ENGINE)) {
      const path = relative(ENGINE, file);
      // Comments may name rules; code may not.
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const match of code.matchAll(quoted)) {
        if (moduleOf(match[1]!) !== path) misplaced.push(`${path}: ${match[0]}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('gives every rule a title, a rationale and at least one source with a title', () => {
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(80);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) expect(source.title.length).toBeGreaterThan(5);
    }
  });
});

/** Every number a ramp table puts in words: stage starts and ends, nights, and the every-night week. */
const tableNumbers = (table: RampTable) => {
  const numbers: number[] = [];
  let from = 1;
  for (const [lastWeek, nights] of table) {
    numbers.push(from, lastWeek, nights);
    from = lastWeek + 1;
  }
  return [...numbers, everyNightFrom(table)];
};

// The numbers each rationale states, from the rule's own parameters; `cited` are facts of a source
// or of counting ("day 1") rather than parameters.
const PARAMETERS: Partial<Record<RuleId, { params: number[]; cited?: number[] }>> = {
  'retinoid.ramp': { params: [...tableNumbers(ramp.STANDARD_RAMP), ramp.APART_BELOW] },
  'retinoid.ramp-sensitive': { params: [...tableNumbers(rampSensitive.SENSITIVE_RAMP), ramp.APART_BELOW] },
  'acid.night-frequency': {
    params: [
      acid.NIGHTS_FIRST_WEEKS,
      acid.FIRST_WEEKS,
      acid.NIGHTS_LATER,
      acid.NIGHTS_LATER_DRY_OR_SENSITIVE,
    ],
  },
  'actives.one-at-a-time': {
    params: [
      oneAtATime.SPACING_DAYS.standard,
      oneAtATime.SPACING_DAYS.sensitive,
      oneAtATime.FIRST_NEW_DAY + 1,
    ],
    cited: [1],
  },
  'actives.patch-test': {
    params: [patchTest.PATCH_WINDOW_DAYS, patchTest.PATCH_APPLICATIONS_PER_DAY],
    cited: [1],
  },
  'strength.start-low': { params: [strength.HOME_AHA_MAX] },
  'expectation.weeks-to-months': { params: Object.values(expectation.EXPECTED_WEEKS).flat() },
  'goals.match-ingredients': {
    params: [...Object.values(matchIngredients.SLOTS), matchIngredients.MAX_SERUM_STEPS],
  },
  'hyaluronic.twice-daily': { params: [hyaluronic.MAX_DAILY_APPLICATIONS] },
  'hyaluronic.seal': { params: [], cited: [8] },
  'photosensitizer.sun-warning': { params: [sunWarning.AFTER_STOPPING_WEEKS] },
  'retinoid.experience': { params: [], cited: [1] },
  'sun.daily-spf': { params: [spf.MIN_SPF] },
  'product.own-first': { params: [ownFirst.MOISTURIZER_LEAD] },
  'product.suggest': { params: [suggest.MAX_SUGGESTIONS] },
};

describe('each rationale states the numbers its rule decides with', () => {
  it.each(RULES.map((rule) => [rule.id, rule.rationale] as const))('%s', (id, rationale) => {
    const stated = new Set((rationale.match(/\d+/g) ?? []).map(Number));
    const { params, cited = [] } = PARAMETERS[id] ?? { params: [] };
    for (const value of params) expect(stated, `${id} states ${value}`).toContain(value);
    const known = new Set([...params, ...cited]);
    for (const value of stated) expect(known, `${id}: ${value} is no parameter of the rule`).toContain(value);
  });

  it('changes with the parameter: the ramp text is written from its table', () => {
    expect(ramp.retinoidRamp.rationale).toContain('2 in weeks 1-2, 3 in weeks 3-4, 4 in weeks 5-8');
    expect(rampSensitive.retinoidRampSensitive.rationale).toContain('from week 17');
  });
});
