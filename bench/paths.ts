import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: children run with it as their working directory, as `npm run` would. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = resolve(PROJECT_ROOT, 'bench');
