import { describe, expect, it } from 'vitest';
import { localeFrom } from '../../src/messages/negotiate.js';

describe('localeFrom (Accept-Language)', () => {
  it.each([
    ['de-CH, fr;q=0.9', 'de'],
    ['es;q=0.1, fr;q=0.5', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['ja', 'en'],
    ['ja, es;q=0.2', 'es'],
    ['*', 'en'],
    ['de;q=0.5, *;q=0.8', 'en'],
    ['fr;q=0', 'en'],
    ['fr;q=0, de', 'de'],
    ['', 'en'],
    [undefined, 'en'],
    ['q=;;,,;', 'en'],
  ] as const)('%j → %s', (header, locale) => {
    expect(localeFrom(header)).toBe(locale);
  });
});
