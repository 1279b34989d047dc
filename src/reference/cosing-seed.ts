import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../project-root.js';
import { type CosingReport, parseCosing } from './cosing-import.js';
import type { ReferenceRepository } from './reference-repository.js';

/** The CosIng inventory shipped with the service (see seed/COSING.md). */
export const COSING_SEED_FILE = join(PROJECT_ROOT, 'seed', 'cosing-inci.csv.gz');

/** Reads the shipped, gzip-compressed CosIng extract into reference entries. */
export function readCosingSeed(file: string = COSING_SEED_FILE): ReturnType<typeof parseCosing> {
  return parseCosing(gunzipSync(readFileSync(file)).toString('utf8'));
}

/**
 * First start: loads the shipped CosIng extract when the reference is empty, so ingredient lists
 * are read against the whole inventory on a fresh install. A reference staff imported is never
 * replaced. Returns what was loaded, or undefined when the reference was already there.
 */
export function loadReferenceIfEmpty(
  repository: ReferenceRepository,
  file: string = COSING_SEED_FILE,
): CosingReport | undefined {
  if (repository.isLoaded()) return undefined;
  const { entries, report } = readCosingSeed(file);
  repository.replaceAll(entries);
  return report;
}
