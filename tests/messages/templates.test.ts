import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, type MessageCode } from '../../src/engine/index.js';
import { CATALOGUES, LOCALES, MessageRenderer } from '../../src/messages/render.js';
import { placeholdersOf } from './icu.js';

/** Printed values: dates, names a person typed (ICU syntax included), nothing at all. */
const PRINTED = ['2026-12-01', "Nuit {Rétinol} 0,3 % 'n' #1", ''];

/** Every combination of values for a message's placeholders, a few per placeholder. */
function paramSets(text: string): Record<string, string | number>[] {
  let sets: Record<string, string | number>[] = [{}];
  for (const [name, placeholder] of placeholdersOf(text)) {
    const choices: (string | number)[] =
      placeholder.kind === 'plural'
        ? [1, 3]
        : placeholder.kind === 'select'
          ? [...placeholder.choices, 'unlisted']
          : PRINTED;
    sets = sets.flatMap((set) => choices.map((value) => ({ ...set, [name]: value })));
  }
  return sets.slice(0, 200);
}

describe('rendering from kept templates', () => {
  it.each(LOCALES)(
    '%s: every message reads as ICU formats it, for every value, first time and again',
    (locale) => {
      const renderer = new MessageRenderer(locale);
      const differ: string[] = [];
      for (const code of MESSAGE_CODES as readonly MessageCode[]) {
        const text = CATALOGUES[locale][code];
        const direct = new IntlMessageFormat(text, locale);
        // Twice over: the first pass fills the templates, the second reads every text from them.
        for (const pass of [1, 2]) {
          for (const params of paramSets(text)) {
            if (Object.keys(params).length === 0) continue;
            const expected = direct.format<string>(params);
            const rendered = renderer.render({ code, params });
            if (rendered !== expected)
              differ.push(`${code} (pass ${pass}) ${JSON.stringify(params)}: ${rendered}`);
          }
        }
      }
      expect(differ).toEqual([]);
    },
  );
});
