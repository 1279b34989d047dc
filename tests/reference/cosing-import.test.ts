import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CosingReport,
  formatCosingReport,
  parseCosing,
  searchTextOf,
} from '../../src/reference/cosing-import.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app.js';

const HEADER = 'inci_name,cas_number,einecs_number,function';
const LONG_NAME = 'X'.repeat(2001);

// Every kind of mess the real export holds, one row each.
const MESSY = [
  HEADER,
  'RETINOL,68-26-8,200-683-7,Skin Conditioning',
  'METHOXYETHANOL,109-86-4,203-713-7,"Solvent, Viscosity Controlling"',
  'METHOXYETHANOL,109-86-4,203-713-7 / 251-174-1,"Solvent, Viscosity Controlling"',
  'PEG-8  DIMETHICONE,,,"Surfactant - Cleansing, Surfactant - Emulsifying"',
  ' peg-8 dimethicone ,,,"Hair Conditioning, Skin Conditioning"',
  'SODIUM HYALURONATE,9067-32-7 / 9004-61-9,",",Humectant',
  'CHONDRUS CRISPUS EXTRACT,,277-140-6 (I),',
  ',50-00-0,200-001-8,Preservative',
  '   ,,,',
  `${LONG_NAME},,,Skin Conditioning`,
  'ZINC OXIDE,1314-13-2;not-a-cas,*215-222-5 / -,"Uv Filter,  Bulking, "',
  '',
].join('\r\n');

describe('parseCosing', () => {
  it('cleans, splits and merges every kind of mess, and counts what it did', () => {
    const { entries, report } = parseCosing(MESSY);
    expect(entries).toEqual([
      {
        inciName: 'RETINOL',
        casNumbers: ['68-26-8'],
        ecNumbers: ['200-683-7'],
        functions: ['Skin Conditioning'],
      },
      {
        inciName: 'METHOXYETHANOL',
        casNumbers: ['109-86-4'],
        ecNumbers: ['203-713-7', '251-174-1'],
        functions: ['Solvent', 'Viscosity Controlling'],
      },
      {
        inciName: 'PEG-8 DIMETHICONE',
        casNumbers: [],
        ecNumbers: [],
        functions: [
          'Surfactant - Cleansing',
          'Surfactant - Emulsifying',
          'Hair Conditioning',
          'Skin Conditioning',
        ],
      },
      {
        inciName: 'SODIUM HYALURONATE',
        casNumbers: ['9067-32-7', '9004-61-9'],
        ecNumbers: [],
        functions: ['Humectant'],
      },
      { inciName: 'CHONDRUS CRISPUS EXTRACT', casNumbers: [], ecNumbers: ['277-140-6'], functions: [] },
      {
        inciName: 'ZINC OXIDE',
        casNumbers: ['1314-13-2'],
        ecNumbers: ['215-222-5'],
        functions: ['Uv Filter', 'Bulking'],
      },
    ]);
    expect(report).toEqual({
      rowsRead: 11,
      namesLoaded: 6,
      duplicatesMerged: 2,
      emptyNamesSkipped: 2,
      longNamesSkipped: 1,
      casJunkDropped: 1,
      ecJunkDropped: 2,
      rowsWithoutCas: 3,
      rowsWithoutEc: 3,
      rowsWithoutFunction: 1,
    } satisfies CosingReport);
  });

  it('keeps a name of exactly 2,000 characters', () => {
    const name = 'Y'.repeat(2000);
    const { entries, report } = parseCosing(`${HEADER}\n${name},,,\n`);
    expect(entries.map((entry) => entry.inciName)).toEqual([name]);
    expect(report.longNamesSkipped).toBe(0);
  });

  it('finds the columns by name, in any order, ignoring case, spaces and a BOM', () => {
    const text =
      '\uFEFF Function ,INCI_NAME,einecs_number,cas_number,extra\nHumectant,GLYCERIN,200-289-5,56-81-5,x\n';
    expect(parseCosing(text).entries).toEqual([
      { inciName: 'GLYCERIN', casNumbers: ['56-81-5'], ecNumbers: ['200-289-5'], functions: ['Humectant'] },
    ]);
  });

  it.each([
    ['an empty file', '', /empty/],
    [
      'a file without its header',
      'RETINOL,68-26-8,200-683-7,Antioxidant\n',
      /lacks the columns inci_name, cas/,
    ],
    [
      'a header lacking a column',
      'inci_name,cas_number,function\nRETINOL,68-26-8,x\n',
      /lacks the column einecs_number/,
    ],
    ['broken CSV', `${HEADER}\n"RETINOL,68-26-8,,\n`, /not valid CSV/],
  ])('refuses %s with a one-line error', (_name, text, message) => {
    expect(() => parseCosing(text)).toThrow(message);
    try {
      parseCosing(text);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads a header-only file as zero names', () => {
    expect(parseCosing(`${HEADER}\n`)).toMatchObject({
      entries: [],
      report: { rowsRead: 0, namesLoaded: 0 },
    });
  });

  it('builds the search text from the words of the name', () => {
    expect(searchTextOf('PEG-8  DIMETHICONE')).toBe(' PEG 8 DIMETHICONE ');
    expect(searchTextOf('(APPLE/PEAR) FRUIT EXTRACT')).toBe(' APPLE PEAR FRUIT EXTRACT ');
  });

  it('formats the report as short human lines', () => {
    const { report } = parseCosing(MESSY);
    expect(formatCosingReport(report, 0.8412)).toEqual([
      'loaded 6 INCI names from 11 rows in 0.84 s',
      'merged 2 duplicate names',
      'skipped 2 rows without a name and 1 name longer than 2,000 characters',
      'dropped 1 junk CAS value and 2 junk EC values',
      'rows without a CAS number: 3, without an EC number: 3, without a function: 1',
    ]);
  });
});

const file = fileURLToPath(new URL('../../../shared/data/cosing.csv', import.meta.url));

describe.skipIf(!existsSync(file))('the real CosIng export', () => {
  const { entries, report } = existsSync(file)
    ? parseCosing(readFileSync(file, 'utf8'))
    : { entries: [], report: undefined };

  it('reads every row, merging the duplicated names', () => {
    // 7 names repeat exactly, and 2 more differ only by a double space
    // ("PEG-8  DIMETHICONE", "CIMICIFUGA ACERINA  EXTRACT"): collapsing spaces merges 9.
    expect(report).toMatchObject({
      rowsRead: 28_712,
      duplicatesMerged: 9,
      namesLoaded: 28_703,
      emptyNamesSkipped: 0,
      longNamesSkipped: 0,
      casJunkDropped: 0,
      rowsWithoutCas: 14_605,
      rowsWithoutFunction: 218,
    });
    expect(new Set(entries.map((entry) => entry.inciName.toUpperCase())).size).toBe(entries.length);
  });

  it('keeps the numbers of well-known actives', () => {
    const byName = new Map(entries.map((entry) => [entry.inciName, entry]));
    expect(byName.get('RETINOL')?.casNumbers).toEqual(['68-26-8']);
    expect(byName.get('METHOXYETHANOL')?.ecNumbers).toEqual(['203-713-7', '251-174-1']);
    const badCas = entries
      .flatMap((entry) => entry.casNumbers)
      .filter((cas) => !/^\d{2,7}-\d{2}-\d$/.test(cas));
    const badEc = entries.flatMap((entry) => entry.ecNumbers).filter((ec) => !/^\d{3}-\d{3}-\d$/.test(ec));
    expect({ badCas, badEc }).toEqual({ badCas: [], badEc: [] });
  });

  // Speed is measured by `npm run bench`, not asserted here.
  describe('loaded into a database', () => {
    let t: TestDatabase;
    beforeAll(() => {
      t = createTestDatabase({ seed: false });
      new ReferenceRepository(t.db).replaceAll(entries);
    });
    afterAll(() => t.cleanup());

    it('stores every name, findable by name and CAS', () => {
      const reference = new ReferenceRepository(t.db);
      expect(reference.count()).toBe(28_703);
      expect(reference.findByName('retinol')?.casNumbers).toEqual(['68-26-8']);
      expect(reference.search({ q: '68-26-8', limit: 20 }).items.map((item) => item.inciName)).toEqual([
        'RETINOL',
      ]);
    });
  });
});
