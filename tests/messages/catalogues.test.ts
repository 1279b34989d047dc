import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES } from '../../src/engine/index.js';
import { RULE_IDS } from '../../src/engine/rules/index.js';
import type { CatalogueKey } from '../../src/messages/catalogue.js';
import { CATALOGUES, LOCALES } from '../../src/messages/render.js';
import { literalTextOf, placeholdersOf } from './icu.js';

const english = CATALOGUES.en;
const KEYS = Object.keys(english) as CatalogueKey[];
const TRANSLATIONS = LOCALES.filter((locale) => locale !== 'en');

/** Messages a translation may leave exactly as in English, each with the reason. */
const SAME_AS_ENGLISH: Partial<Record<CatalogueKey, string>> = {
  'ramp-stages': 'only a placeholder: the stages, each rendered in the language, joined',
  'frequency-adjusted':
    'only a placeholder: the parts of an adjusted frequency, each rendered in the language, joined',
};

describe('message catalogues', () => {
  it('give English every engine message code and a title and rationale for every rule', () => {
    const expected = [
      ...MESSAGE_CODES,
      ...RULE_IDS.flatMap((id) => [`rule.${id}.title`, `rule.${id}.rationale`]),
    ].sort();
    expect([...KEYS].sort()).toEqual(expected);
  });

  it.each(TRANSLATIONS)('%s has exactly the keys of English', (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...KEYS].sort());
  });

  it.each(TRANSLATIONS)('%s uses the placeholders of English in every message, and its choices', (locale) => {
    const mismatches: string[] = [];
    for (const key of KEYS) {
      const theirs = placeholdersOf(CATALOGUES[locale][key]);
      const ours = placeholdersOf(english[key]);
      if ([...theirs.keys()].sort().join() !== [...ours.keys()].sort().join()) {
        mismatches.push(
          `${key}: {${[...theirs.keys()].join('}, {')}} instead of {${[...ours.keys()].join('}, {')}}`,
        );
        continue;
      }
      // A choice English tells apart (`true`, `am`, `faceNeck`) must be told apart in every language;
      // a translation may add choices where its grammar needs them (a step's name, for instance).
      for (const [name, placeholder] of ours) {
        const translated = theirs.get(name)!;
        if (placeholder.kind === 'select') {
          const choices = translated.kind === 'select' ? translated.choices : [];
          if (choices.join() !== placeholder.choices.join())
            mismatches.push(`${key}: {${name}} chooses among ${choices} instead of ${placeholder.choices}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s leaves no message in English', (locale) => {
    const untranslated = KEYS.filter(
      (key) => CATALOGUES[locale][key] === english[key] && SAME_AS_ENGLISH[key] === undefined,
    );
    expect(untranslated).toEqual([]);
  });

  it('allows only messages without words of their own to stay as in English', () => {
    for (const key of Object.keys(SAME_AS_ENGLISH) as CatalogueKey[]) {
      expect(KEYS).toContain(key);
      expect(literalTextOf(english[key]).trim(), key).toBe('');
    }
  });

  it('states the disclaimer in every language, each its own text', () => {
    const disclaimers = LOCALES.map((locale) => CATALOGUES[locale].disclaimer);
    for (const text of disclaimers) expect(text.length).toBeGreaterThan(150);
    expect(new Set(disclaimers).size).toBe(LOCALES.length);
  });
});
