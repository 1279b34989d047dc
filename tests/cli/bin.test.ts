import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'regimen-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A checkout in miniature: the real bin/regimen.js, a source CLI and a compiled one that say which ran. */
function checkout(): { root: string; run: () => string; age: (path: string, seconds: number) => void } {
  const root = mkdtempSync(join(dir, 'checkout-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  mkdirSync(join(root, 'dist', 'src', 'cli'), { recursive: true });
  copyFileSync(join(repo, 'bin', 'regimen.js'), join(root, 'bin', 'regimen.js'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }');
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'src', 'cli', 'main.ts'), "const from: string = 'sources';\nconsole.log(from);\n");
  writeFileSync(join(root, 'dist', 'src', 'cli', 'main.js'), "console.log('dist');\n");
  return {
    root,
    run: () => {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'regimen.js')], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.trim();
    },
    age: (path, seconds) => {
      const when = new Date(Date.now() - seconds * 1000);
      utimesSync(join(root, path), when, when);
    },
  };
}

describe('bin/regimen.js', () => {
  it('runs the compiled CLI when the last build is newer than every source file', () => {
    const { root, run, age } = checkout();
    writeFileSync(join(root, 'dist', '.build-stamp'), '');
    age('src/cli/main.ts', 60);
    expect(run()).toBe('dist');
  });

  it('runs the sources through tsx when a source file changed since the build', () => {
    const { root, run, age } = checkout();
    writeFileSync(join(root, 'dist', '.build-stamp'), '');
    age('dist/.build-stamp', 60);
    expect(run()).toBe('sources');
  });

  it('runs the sources through tsx when there has been no build', () => {
    const { run } = checkout();
    expect(run()).toBe('sources');
  });
});
