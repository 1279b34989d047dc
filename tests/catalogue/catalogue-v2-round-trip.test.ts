import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { type FileFormat, serializeCatalogue } from '../../src/catalogue/catalogue-files.js';
import { catalogueWriters } from '../../src/catalogue/catalogue-writers.js';
import type { IngredientInput } from '../../src/catalogue/ingredient-schemas.js';
import type { Ingredient } from '../../src/engine/types.js';
import { regimenAsync } from '../cli/cli-helpers.js';
import { createTestApp, createTestDatabase, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

/**
 * Exporting the catalogue and importing it back keeps every version-2 field
 * (aliases, uvSpectrum, strength, evidence) exactly, and an import of an unchanged
 * export writes nothing: no row, no audit entry, no new catalogue version.
 */

/** A UV filter whose v2 values are awkward for every format: commas, quotes, YAML look-alikes, decimals. */
const AWKWARD: IngredientInput = {
  slug: 'round-trip-filter',
  name: 'Round-trip Filter',
  inciName: 'BIS-ETHYLHEXYLOXYPHENOL METHOXYPHENYL TRIAZINE',
  class: 'uv-filter',
  family: null,
  rank: 30,
  concerns: [],
  photosensitizing: false,
  irritation: 'low',
  maxApplicationsPerDay: 2,
  pregnancySafe: true,
  skinTypes: ['dry', 'oily'],
  casNumber: '187393-00-6',
  ecNumber: null,
  notes: 'Say "broad", then carry on.',
  aliases: [
    'Tinosorb S',
    'Bemotrizinol, micronised',
    'The "S" filter',
    'yes',
    'null',
    '1.5',
    '0o17',
    '2026-12-01',
    'Crème solaire',
  ],
  uvSpectrum: 'broad',
  strength: { startFrom: 0.25, startTo: 0.5, max: 2.5 },
  evidence: { grade: 'strong', sources: ['aad-sunscreen', 'cosing', 'grade'] },
};

/** Limited evidence that still cites sources, and a whole-number strength. */
const LIMITED_WITH_SOURCES: IngredientInput = {
  ...AWKWARD,
  slug: 'round-trip-peptide',
  name: 'Round-trip Peptide',
  inciName: 'PALMITOYL TRIPEPTIDE-1',
  class: 'peptide',
  casNumber: null,
  aliases: ['Pal-GHK'],
  uvSpectrum: null,
  strength: { startFrom: 2, startTo: 2, max: 4 },
  evidence: { grade: 'limited', sources: ['article', 'niacinamide-review'] },
};

const FORMATS: FileFormat[] = ['json', 'csv', 'yaml'];

let t: TestApp;
let token: string;
const dir = mkdtempSync(join(tmpdir(), 'regimen-v2-round-trip-'));
beforeAll(async () => {
  t = await createTestApp();
  t.repository.upsertMany([AWKWARD, LIMITED_WITH_SOURCES], FIXED_NOW.toISOString(), 'test');
  token = new ApiKeyRepository(t.db).create('curator', ['catalogue:write'], FIXED_NOW.toISOString());
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const staff = () => ({ authorization: `Bearer ${token}` });
const auditCount = () =>
  (t.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const exportAs = (format: FileFormat) => serializeCatalogue(t.repository.snapshot().ingredients, format);
const v2 = ({ slug, aliases, uvSpectrum, strength, evidence }: Ingredient) => ({
  slug,
  aliases,
  uvSpectrum,
  strength,
  evidence,
});
const withoutTime = ({ updatedAt: _u, ...rest }: Ingredient) => rest;

/** Imports a file's text the way each entry point takes it: the API for JSON and CSV, the CLI's writer for YAML. */
async function importBack(text: string, format: FileFormat, query = '') {
  if (format === 'yaml') {
    const writer = catalogueWriters(t.db, () => FIXED_NOW, { ingredients: t.repository }).ingredients;
    return writer.importText(text, 'yaml', { dryRun: query.includes('dryRun'), actor: 'test' });
  }
  const response = await t.app.inject({
    method: 'POST',
    url: `/v1/ingredients/import${query}`,
    payload: format === 'json' ? JSON.parse(text) : text,
    headers: format === 'json' ? staff() : { ...staff(), 'content-type': 'text/csv' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('exported catalogue files keep the v2 fields', () => {
  it.each(FORMATS)(
    '%s: re-importing an export reports every row unchanged and keeps the version',
    async (format) => {
      const total = t.repository.count();
      const listed = await t.app.inject('/v1/ingredients');
      const version = t.repository.version();
      const audits = auditCount();
      const text = exportAs(format);

      const dry = await importBack(text, format, '?dryRun=true');
      expect(dry).toMatchObject({ dryRun: true, total, created: 0, updated: 0, unchanged: total });
      const report = await importBack(text, format);
      expect(report).toMatchObject({ dryRun: false, total, created: 0, updated: 0, unchanged: total });

      expect(t.repository.version()).toBe(version);
      expect(auditCount()).toBe(audits);
      const again = await t.app.inject({
        url: '/v1/ingredients',
        headers: { 'if-none-match': listed.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
    },
  );

  it.each(FORMATS)('%s: an export imported into an empty catalogue gives every v2 field back', (format) => {
    const source = t.repository.snapshot().ingredients;
    const target = createTestDatabase({ seed: false });
    try {
      const writer = catalogueWriters(target.db, () => FIXED_NOW, {
        ingredients: target.repository,
      }).ingredients;
      const report = writer.importText(exportAs(format), format, { dryRun: false, actor: 'test' });
      expect(report).toMatchObject({
        total: source.length,
        created: source.length,
        updated: 0,
        unchanged: 0,
      });
      const copied = target.repository.snapshot().ingredients;
      expect(copied.map(v2)).toEqual(source.map(v2));
      expect(copied.map(withoutTime)).toEqual(source.map(withoutTime));
      expect(target.repository.findBySlug(AWKWARD.slug)).toMatchObject(AWKWARD);
      expect(target.repository.findBySlug(LIMITED_WITH_SOURCES.slug)).toMatchObject(LIMITED_WITH_SOURCES);
    } finally {
      target.cleanup();
    }
  });

  it('writes v2 fields to flat CSV columns, several values to one cell', () => {
    const rows = parseCsv(exportAs('csv'), { columns: true }) as Record<string, string>[];
    const awkward = rows.find((row) => row.slug === AWKWARD.slug)!;
    expect(awkward).toMatchObject({
      aliases: AWKWARD.aliases.join(';'),
      uvSpectrum: 'broad',
      strengthStartFrom: '0.25',
      strengthStartTo: '0.5',
      strengthMax: '2.5',
      evidenceGrade: 'strong',
      evidenceSources: 'aad-sunscreen;cosing;grade',
    });
    const retinol = rows.find((row) => row.slug === 'retinol')!;
    expect(retinol).toMatchObject({
      uvSpectrum: '',
      strengthStartFrom: '0.1',
      strengthStartTo: '0.3',
      strengthMax: '1',
      evidenceGrade: 'moderate',
      evidenceSources: 'spierings-retinol;retinoid-aging-review',
    });
    const glycerin = rows.find((row) => row.slug === 'glycerin')!;
    expect(glycerin).toMatchObject({ strengthStartFrom: '', strengthStartTo: '', strengthMax: '' });
  });

  it.each<[string, Partial<IngredientInput>]>([
    ['one alias more', { aliases: [...AWKWARD.aliases, 'BEMT'] }],
    ['aliases reordered', { aliases: [...AWKWARD.aliases].reverse() }],
    ['another uvSpectrum', { uvSpectrum: 'uva' }],
    ['another strength max', { strength: { startFrom: 0.25, startTo: 0.5, max: 3 } }],
    ['no strength', { strength: null }],
    ['another grade', { evidence: { grade: 'moderate', sources: ['aad-sunscreen', 'cosing', 'grade'] } }],
    ['one source fewer', { evidence: { grade: 'strong', sources: ['aad-sunscreen', 'cosing'] } }],
  ])('counts a row whose only change is %s as updated', async (_name, change) => {
    const version = t.repository.version();
    const rows = JSON.parse(exportAs('json')) as Ingredient[];
    const changed = rows.map((row) => (row.slug === AWKWARD.slug ? { ...row, ...change } : row));
    const csvText = serializeCatalogue(changed, 'csv');
    for (const format of ['json', 'csv'] as const) {
      const report = await importBack(
        format === 'json' ? JSON.stringify(changed) : csvText,
        format,
        '?dryRun=true',
      );
      expect(report, format).toMatchObject({ created: 0, updated: 1, unchanged: rows.length - 1 });
    }
    expect(t.repository.version()).toBe(version);
  });
});

describe('regimen catalogue export | import keeps the v2 fields', () => {
  // YAML only: the API takes JSON and CSV (tested above), and tests/cli covers the CLI's JSON round trip.
  it('re-imports its own YAML export as all unchanged, keeping the version', async () => {
    const total = t.repository.count();
    const version = t.repository.version();
    const exported = await regimenAsync(t.path, ['catalogue', 'export', '--format', 'yaml']);
    expect(exported.status, exported.stderr).toBe(0);
    const file = join(dir, 'catalogue.yaml');
    writeFileSync(file, exported.stdout);
    const imported = await regimenAsync(t.path, ['catalogue', 'import', file]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`: 0 created, 0 updated, ${total} unchanged`));
    expect(t.repository.version()).toBe(version);
    expect(t.repository.findBySlug(AWKWARD.slug)).toMatchObject(AWKWARD);
  });
});
