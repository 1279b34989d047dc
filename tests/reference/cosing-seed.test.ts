import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCosing } from '../../src/reference/cosing-import.js';
import { COSING_SEED_FILE, loadReferenceIfEmpty, readCosingSeed } from '../../src/reference/cosing-seed.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { createTestDatabase, shippedCosing, type TestDatabase } from '../helpers/test-app.js';

const SHARED_COSING = new URL('../../../shared/data/cosing.csv', import.meta.url);

let database: TestDatabase | undefined;
afterEach(() => database?.cleanup());

describe('the CosIng extract shipped in seed/', () => {
  it('holds the whole inventory, cleaned', () => {
    const entries = shippedCosing();
    expect(entries.length).toBeGreaterThan(28_000);
    const names = new Set(entries.map((entry) => entry.inciName));
    expect(names.size).toBe(entries.length);
    for (const name of ['AQUA', 'GLYCERIN', 'CAPRYLIC/CAPRIC TRIGLYCERIDE', 'CI 77491', '1,2-HEXANEDIOL']) {
      expect(names.has(name), name).toBe(true);
    }
    expect(entries.find((entry) => entry.inciName === 'RETINOL')).toMatchObject({ casNumbers: ['68-26-8'] });
  });

  it.skipIf(!existsSync(SHARED_COSING))('is exactly what the importer reads from the CosIng export', () => {
    const { entries } = parseCosing(readFileSync(SHARED_COSING, 'utf8'));
    expect(readCosingSeed(COSING_SEED_FILE)).toEqual(entries);
  });

  it('is loaded into an empty reference, and never over one already there', () => {
    database = createTestDatabase({ seed: false });
    const reference = new ReferenceRepository(database.db);
    expect(loadReferenceIfEmpty(reference)).toEqual({ namesLoaded: shippedCosing().length });
    expect(reference.count()).toBe(shippedCosing().length);

    reference.replaceAll([{ inciName: 'AQUA', casNumbers: [], ecNumbers: [], functions: [] }]);
    expect(loadReferenceIfEmpty(reference)).toBeUndefined();
    expect(reference.count()).toBe(1);
  });
});
