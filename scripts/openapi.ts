/**
 * `openapi:gen` writes openapi.yaml from the routes' schemas, and the partner client's
 * types (examples/regimen-api.generated.ts) from openapi.yaml; `openapi:check` fails
 * when either checked-in file and the code disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { buildApp } from '../src/app.js';
import { migrateDatabase, openDatabase } from '../src/db/connection.js';
import { toPortableYaml } from '../src/portable-yaml.js';

const YAML_FILE = new URL('../openapi.yaml', import.meta.url);
const TYPES_FILE = new URL('../examples/regimen-api.generated.ts', import.meta.url);

export async function renderOpenApiYaml(): Promise<string> {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const app = await buildApp({ db });
  await app.ready();
  const yaml = toPortableYaml(app.swagger());
  await app.close();
  db.$client.close();
  return yaml;
}

/** The TypeScript types of the contract, as `openapi-typescript openapi.yaml` prints them. */
export async function renderClientTypes(yaml: string): Promise<string> {
  // Required-ness comes from `required` alone: a request field with a default stays optional.
  const ast = await openapiTS(parse(yaml), { defaultNonNullable: false, silent: true });
  return (
    '/**\n' +
    ' * The Regimen API contract as TypeScript types, generated from openapi.yaml by\n' +
    ' * openapi-typescript (`npm run openapi:gen`). Do not edit: change the route schemas.\n' +
    ' */\n\n' +
    astToString(ast)
  );
}

const read = (file: URL) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // Missing: reported as drift.
  }
};

const mode = process.argv[2];
const yaml = await renderOpenApiYaml();
const types = await renderClientTypes(yaml);
if (mode === 'write') {
  writeFileSync(YAML_FILE, yaml);
  writeFileSync(TYPES_FILE, types);
  console.log('wrote openapi.yaml and examples/regimen-api.generated.ts');
} else if (mode === 'check') {
  const stale = [
    ...(read(YAML_FILE) === yaml ? [] : ['openapi.yaml']),
    ...(read(TYPES_FILE) === types ? [] : ['examples/regimen-api.generated.ts']),
  ];
  if (stale.length > 0) {
    console.error(
      `${stale.join(' and ')} out of date with the routes: run \`npm run openapi:gen\` and commit.`,
    );
    process.exit(1);
  }
  console.log('openapi.yaml and the client types match the routes');
} else {
  console.error('usage: tsx scripts/openapi.ts write|check');
  process.exit(2);
}
