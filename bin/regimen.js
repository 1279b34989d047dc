#!/usr/bin/env node
// The `regimen` CLI. It runs the compiled JavaScript in dist/ (from `npm run build`, which
// `npm install` runs through `prepare`): compiling TypeScript at every start cost most of
// a second per command. When any source file is newer than the last build (an edit since),
// it runs the sources through tsx instead, so a checkout never runs stale code and works
// with no build step to forget.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stamp = `${root}/dist/.build-stamp`;
const compiled =
  existsSync(stamp) &&
  existsSync(`${root}/dist/src/cli/main.js`) &&
  newestSource(`${root}/src`) <= statSync(stamp).mtimeMs;

if (compiled) {
  await import('../dist/src/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
