import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { allowedEdits } from '../../src/engine/rules/product-contains.js';
import { MAX_FUZZY_LENGTH, NameIndex, nameKey } from '../../src/products/name-index.js';
import { shippedCosing } from '../helpers/test-app.js';

// Every 7th CosIng name: 4,100 real names, enough for crowded trigram lists, quick to scan by brute force.
const names = shippedCosing()
  .map((entry) => entry.inciName)
  .filter((_, index) => index % 7 === 0);
const index = new NameIndex(names.map((name) => ({ name, value: name })));
const keys = names.map(nameKey);

/** What `within` must return: every name within `edits`, found by measuring them all. */
const scan = (key: string, edits: number) =>
  keys
    .map((candidate) => ({ candidate, d: distance(key, candidate) }))
    .filter(({ d }) => d <= edits)
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : 1))
    .map(({ candidate, d }) => `${candidate}:${d}`);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ -/0123456789';
const edit = (key: string, at: number, kind: number, letter: number) => {
  const position = at % (key.length + 1);
  const char = ALPHABET[letter % ALPHABET.length]!;
  if (kind === 0) return key.slice(0, position) + char + key.slice(position);
  if (kind === 1) return key.slice(0, position) + key.slice(position + 1);
  return key.slice(0, position) + char + key.slice(position + 1);
};

describe('the name index', () => {
  it('keys names the way labels vary: case, accents, dashes, periods and spaces around slashes', () => {
    expect(nameKey('Caprylic / Capric  Triglyceride')).toBe('CAPRYLIC/CAPRIC TRIGLYCERIDE');
    expect(nameKey('Alcohol Denat.')).toBe('ALCOHOL DENAT');
    expect(nameKey('Acetyl Hexapeptide–8')).toBe(nameKey('ACETYL HEXAPEPTIDE-8'));
    expect(nameKey('Rosé Extract')).toBe('ROSE EXTRACT');
    expect(nameKey('1,2-Hexanediol')).toBe('1,2 HEXANEDIOL');
    expect(nameKey('PEG-7.5 Glyceryl')).toBe('PEG 7.5 GLYCERYL');
  });

  it('allows more edits for longer names, and none for short ones', () => {
    expect([3, 4, 5, 8, 9, 15, 16, 60].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('finds exactly the names a full scan finds within the allowed edits, for any misspelling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: keys.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.nat()), {
          minLength: 0,
          maxLength: 3,
        }),
        (which, edits) => {
          const key = edits.reduce((text, [at, kind, letter]) => edit(text, at, kind, letter), keys[which]!);
          const allowed = allowedEdits(key.length);
          const found = index.within(key, allowed).map((near) => `${near.key}:${near.distance}`);
          // Names longer than MAX_FUZZY_LENGTH are sentences or mixtures, never compared by spelling.
          expect(found).toEqual(allowed === 0 || key.length > MAX_FUZZY_LENGTH ? [] : scan(key, allowed));
        },
      ),
      { numRuns: 200, seed: 14 },
    );
  });

  it('suggests the nearest names whatever the distance', () => {
    const suggestions = index.nearest(nameKey('Sodum Benzoat Extra'), 3);
    expect(suggestions).toHaveLength(3);
    const distances = suggestions.map((near) => near.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // As close as the closest name a full scan finds.
    const closest = Math.min(...keys.map((key) => distance(nameKey('Sodum Benzoat Extra'), key)));
    expect(distances[0]).toBe(closest);
  });
});
