import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { PROJECT_ROOT } from '../project-root.js';
import type { ReferenceEntry } from './inci-names.js';
import type { ReferenceRepository } from './reference-repository.js';

/** The CosIng inventory shipped with the service (see seed/COSING.md). */
export const COSING_SEED_FILE = join(PROJECT_ROOT, 'seed', 'cosing-inci.json.gz');

/**
 * The shipped file: the entries `parseCosing` cleaned from a CosIng export, as compact rows
 * `[inciName, casNumbers, ecNumbers, functions]`. Stored cleaned rather than as CSV because a
 * first start then reads it in a fraction of the time parsing 28,700 CSV rows takes.
 */
const CosingSeedSchema = z.strictObject({
  source: z.string(),
  extracted: z.string(),
  entries: z.array(
    z.tuple([z.string().min(1), z.array(z.string()), z.array(z.string()), z.array(z.string())]),
  ),
});

/** The shipped file's bytes for these entries: gzip-compressed JSON, the same bytes for the same entries. */
export function encodeCosingSeed(
  entries: readonly ReferenceEntry[],
  source: string,
  extracted: string,
): Buffer {
  const rows = entries.map((entry) => [entry.inciName, entry.casNumbers, entry.ecNumbers, entry.functions]);
  return gzipSync(JSON.stringify({ source, extracted, entries: rows }), { level: 9 });
}

/** Reads the shipped CosIng extract into reference entries. */
export function readCosingSeed(file: string = COSING_SEED_FILE): ReferenceEntry[] {
  const data = CosingSeedSchema.parse(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')));
  return data.entries.map(([inciName, casNumbers, ecNumbers, functions]) => ({
    inciName,
    casNumbers,
    ecNumbers,
    functions,
  }));
}

/**
 * First start: loads the shipped CosIng extract when the reference is empty, so ingredient lists
 * are read against the whole inventory on a fresh install. A reference staff imported is never
 * replaced. Returns how many names were loaded, or undefined when the reference was already there.
 */
export function loadReferenceIfEmpty(
  repository: ReferenceRepository,
  file: string = COSING_SEED_FILE,
): { namesLoaded: number } | undefined {
  if (repository.isLoaded()) return undefined;
  const entries = readCosingSeed(file);
  repository.replaceAll(entries);
  return { namesLoaded: entries.length };
}
