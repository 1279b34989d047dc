import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message, MessageParam, RuleTextParam } from '../../src/engine/index.js';
import * as acid from '../../src/engine/rules/acid-night-frequency.js';
import { acidNightFrequency } from '../../src/engine/rules/acid-night-frequency.js';
import * as oneAtATime from '../../src/engine/rules/actives-one-at-a-time.js';
import * as patchTest from '../../src/engine/rules/actives-patch-test.js';
import * as hold from '../../src/engine/rules/checkin-hold.js';
import * as purge from '../../src/engine/rules/checkin-purge.js';
import * as stepBack from '../../src/engine/rules/checkin-step-back.js';
import * as stop from '../../src/engine/rules/checkin-stop.js';
import * as expectation from '../../src/engine/rules/expectation-weeks-to-months.js';
import * as matchIngredients from '../../src/engine/rules/goals-match-ingredients.js';
import * as hyaluronic from '../../src/engine/rules/hyaluronic-twice-daily.js';
import { RULE_IDS, RULES, type RuleId } from '../../src/engine/rules/index.js';
import * as sunWarning from '../../src/engine/rules/photosensitizer-sun-warning.js';
import * as contains from '../../src/engine/rules/product-contains.js';
import * as ownFirst from '../../src/engine/rules/product-own-first.js';
import * as suggest from '../../src/engine/rules/product-suggest.js';
import { everyNightFrom, type RampTable } from '../../src/engine/rules/ramp-table.js';
import { retinoidPregnancy } from '../../src/engine/rules/retinoid-pregnancy.js';
import * as ramp from '../../src/engine/rules/retinoid-ramp.js';
import * as rampSensitive from '../../src/engine/rules/retinoid-ramp-sensitive.js';
import { routineSerumWithBasics } from '../../src/engine/rules/routine-serum-with-basics.js';
import * as strength from '../../src/engine/rules/strength-start-low.js';
import * as spf from '../../src/engine/rules/sun-daily-spf.js';
import { CATALOGUES, LOCALES, type Locale, rendererFor } from '../../src/messages/render.js';
import { literalTextOf, placeholdersOf } from '../messages/icu.js';

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

  it('gives every rule a title, a rationale in every language and at least one source with a title', () => {
    for (const rule of RULES) {
      for (const locale of LOCALES) {
        const { title, rationale } = rendererFor(locale).ruleText(rule.id, rule.params);
        expect(title.length, `${rule.id} (${locale})`).toBeGreaterThan(10);
        expect(rationale.length, `${rule.id} (${locale})`).toBeGreaterThan(80);
      }
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) expect(source.title.length).toBeGreaterThan(5);
    }
  });
});

/** Every number a rule's params hold, those inside nested messages (the stages of a ramp) included. */
function numbersOf(value: RuleTextParam | MessageParam): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if ('items' in value) return value.items.flatMap(numbersOf);
  return Object.values((value as Message).params ?? {}).flatMap(numbersOf);
}

// Numbers a text may write out itself: facts of a source or of counting ("day 1"), not parameters.
const CITED: Partial<Record<RuleId, number[]>> = {
  'actives.one-at-a-time': [1],
  'actives.patch-test': [1],
  'hyaluronic.seal': [8],
  'retinoid.experience': [1],
};

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

// The constants each rule decides with: its params must carry them, so every language states them.
const DECIDES_WITH: Partial<Record<RuleId, number[]>> = {
  'retinoid.ramp': [...tableNumbers(ramp.STANDARD_RAMP), ramp.APART_BELOW],
  'retinoid.ramp-sensitive': [...tableNumbers(rampSensitive.SENSITIVE_RAMP), ramp.APART_BELOW],
  'acid.night-frequency': [
    acid.NIGHTS_FIRST_WEEKS,
    acid.FIRST_WEEKS,
    acid.NIGHTS_LATER,
    acid.NIGHTS_LATER_DRY_OR_SENSITIVE,
  ],
  'actives.one-at-a-time': [
    oneAtATime.SPACING_DAYS.standard,
    oneAtATime.SPACING_DAYS.sensitive,
    oneAtATime.FIRST_NEW_DAY + 1,
  ],
  'actives.patch-test': [patchTest.PATCH_WINDOW_DAYS, patchTest.PATCH_APPLICATIONS_PER_DAY],
  'strength.start-low': [strength.HOME_AHA_MAX],
  'expectation.weeks-to-months': Object.values(expectation.EXPECTED_WEEKS).flat(),
  'goals.match-ingredients': [...Object.values(matchIngredients.SLOTS), matchIngredients.MAX_SERUM_STEPS],
  'hyaluronic.twice-daily': [hyaluronic.MAX_DAILY_APPLICATIONS],
  'photosensitizer.sun-warning': [sunWarning.AFTER_STOPPING_WEEKS],
  'sun.daily-spf': [spf.MIN_SPF],
  'checkin.hold': [hold.HELD_WEEKS],
  'checkin.step-back': [stepBack.STEP_BACK_DAYS, acid.FIRST_WEEKS],
  'checkin.stop': [stop.STOP_DAYS, stop.RESTART_RAMP_WEEK],
  'checkin.purge': [purge.PURGE_WEEKS],
  'product.contains': Object.values(contains.SPELLING),
  'product.own-first': [ownFirst.MOISTURIZER_LEAD],
  'product.suggest': [suggest.MAX_SUGGESTIONS],
};

it.each(RULES.map((rule) => [rule.id, rule] as const))(
  '%s carries the constants it decides with',
  (id, rule) => {
    const values = Object.values(rule.params as Record<string, RuleTextParam>).flatMap(numbersOf);
    for (const value of DECIDES_WITH[id] ?? []) expect(values, `${id} carries ${value}`).toContain(value);
  },
);

describe.each(LOCALES)('rule texts in %s state the parameters their rule decides with', (locale) => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const title = CATALOGUES[locale][`rule.${id}.title`];
    const rationale = CATALOGUES[locale][`rule.${id}.rationale`];
    const params = Object.keys(rule.params).sort();
    const stated = placeholdersOf(rationale);
    for (const name of [...placeholdersOf(title).keys(), ...stated.keys()])
      expect(params, `${id}: {${name}} is no parameter of the rule`).toContain(name);
    for (const name of params) expect([...stated.keys()], `${id} states {${name}}`).toContain(name);

    // A number typed into the text instead of a placeholder would not follow the rule's constant.
    const cited = CITED[id] ?? [];
    const typed = `${literalTextOf(title)} ${literalTextOf(rationale)}`.match(/\d+/g) ?? [];
    for (const value of typed.map(Number)) expect(cited, `${id}: ${value} is typed in`).toContain(value);

    // And rendered, the text says every value the rule decides with.
    const rendered = rendererFor(locale).ruleText(rule.id, rule.params).rationale;
    const numbers = new Set((rendered.match(/\d+/g) ?? []).map(Number));
    const values = Object.values(rule.params as Record<string, RuleTextParam>).flatMap(numbersOf);
    for (const value of values) expect(numbers, `${id} states ${value}`).toContain(value);
    const known = new Set([...values, ...cited]);
    for (const value of numbers)
      expect(known, `${id}: ${value} is no parameter of the rule`).toContain(value);
  });
});

describe('rule texts change with the parameters', () => {
  const rationale = (locale: Locale, rule: (typeof RULES)[number]) =>
    rendererFor(locale).ruleText(rule.id, rule.params).rationale;

  it('writes the ramp from its table', () => {
    expect(rationale('en', ramp.retinoidRamp)).toContain('2 in weeks 1-2, 3 in weeks 3-4, 4 in weeks 5-8');
    expect(rationale('en', rampSensitive.retinoidRampSensitive)).toContain('from week 17');
    expect(rationale('fr', ramp.retinoidRamp)).toContain(
      '2 soirs les semaines 1 à 2, 3 soirs les semaines 3 à 4 et 4 soirs les semaines 5 à 8',
    );
    expect(rationale('de', rampSensitive.retinoidRampSensitive)).toContain('ab Woche 17');
  });

  it('names the words of the vocabulary in the language', () => {
    expect(rationale('en', routineSerumWithBasics)).toContain('only for oily and combination skin');
    expect(rationale('es', routineSerumWithBasics)).toContain('solo se ofrece para piel grasa y piel mixta');
    expect(rationale('de', retinoidPregnancy)).toContain('auf Gesicht und Hals beschränkt');
    expect(rationale('fr', acidNightFrequency)).toContain('pores visibles ou taches pigmentaires');
  });
});
