/**
 * `openapi:gen` writes openapi.yaml from the routes' schemas; `openapi:check` fails
 * when the checked-in file and the code disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { migrateDatabase, openDatabase } from '../src/db/connection.js';

const FILE = new URL('../openapi.yaml', import.meta.url);

export async function renderOpenApiYaml(): Promise<string> {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const app = await buildApp({ db });
  await app.ready();
  const yaml = app.swagger({ yaml: true });
  await app.close();
  db.$client.close();
  return yaml;
}

const mode = process.argv[2];
const yaml = await renderOpenApiYaml();
if (mode === 'write') {
  writeFileSync(FILE, yaml);
  console.log('wrote openapi.yaml');
} else if (mode === 'check') {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // Missing file: reported below as drift.
  }
  if (current !== yaml) {
    console.error('openapi.yaml is out of date with the routes: run `npm run openapi:gen` and commit it.');
    process.exit(1);
  }
  console.log('openapi.yaml matches the routes');
} else {
  console.error('usage: tsx scripts/openapi.ts write|check');
  process.exit(2);
}
