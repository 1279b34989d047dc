// `npm run build` (also run by `npm install` through `prepare`): compiles src/ to dist/
// and stamps the build, so bin/regimen.js can tell whether dist/ is current. The stamp
// takes the time the build *started*: a file edited while tsc ran still counts as newer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const started = 'dist/.build-started';
mkdirSync('dist', { recursive: true });
writeFileSync(started, '');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const { status } = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (status !== 0) process.exit(status ?? 1);
renameSync(started, 'dist/.build-stamp');
