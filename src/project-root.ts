import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root (the folder with `migrations/` and `seed/`), found by walking up
 * from this module, so the same code works from `src/` (tsx) and from `dist/src/` (built).
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'migrations', 'meta', '_journal.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the migrations/ folder above the application code');
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot();
