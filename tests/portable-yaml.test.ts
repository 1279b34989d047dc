import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serializeCatalogue } from '../src/catalogue/catalogue-files.js';
import { readSeed } from '../src/catalogue/catalogue-seed.js';
import { toPortableYaml } from '../src/portable-yaml.js';

const openapi = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');

describe('YAML that YAML 1.1 and 1.2 readers read alike', () => {
  it('keeps every value of openapi.yaml the same for a YAML 1.1 reader (example dates stay strings)', () => {
    const asYaml11 = parse(openapi, { version: '1.1' });
    expect(asYaml11).toEqual(parse(openapi));
    expect(JSON.stringify(asYaml11)).toContain('"startDate":"2026-12-01"');
  });

  it('keeps updatedAt, CAS and EC numbers of a catalogue export as strings for a YAML 1.1 reader', () => {
    const items = readSeed().map((item) => ({ ...item, updatedAt: '2026-11-25T12:00:00.000Z' }));
    // A CAS number whose first part has four digits reads as a date under YAML 1.1.
    items.push({ ...items[0]!, slug: 'water', casNumber: '7732-18-5', ecNumber: '231-791-2' });
    const text = serializeCatalogue(items, 'yaml');
    const read = parse(text, { version: '1.1' }) as Record<string, unknown>[];
    expect(read).toEqual(items);
    for (const item of read) {
      expect(typeof item.updatedAt).toBe('string');
      if (item.casNumber !== null) expect(typeof item.casNumber).toBe('string');
    }
    expect(text).toContain('casNumber: "7732-18-5"');
  });

  it.each([
    ['a YAML 1.1 date', '2026-12-01'],
    ['a YAML 1.1 boolean', 'yes'],
    ['a YAML 1.1 sexagesimal', '1:20'],
    ['a YAML 1.2 octal', '0o17'],
    ['a hex number', '0x1F'],
    ['a null', '~'],
  ])('quotes %s and reads it back as the same string under both versions', (_name, value) => {
    const text = toPortableYaml({ value, plain: 'just text' });
    expect(parse(text, { version: '1.1' })).toEqual({ value, plain: 'just text' });
    expect(parse(text, { version: '1.2' })).toEqual({ value, plain: 'just text' });
    expect(text).toContain('plain: just text');
  });
});
