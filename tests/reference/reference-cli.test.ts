import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { ProductRepository } from '../../src/products/product-repository.js';
import { ReferenceRepository } from '../../src/reference/reference-repository.js';
import { type CliResult, regimenAsync } from '../cli/cli-helpers.js';
import { createTestDatabase } from '../helpers/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-reference-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `regimen reference import-cosing FILE` as `npx regimen` would, against its own database. */
const importCosing = (file: string, databasePath: string) =>
  regimenAsync(databasePath, ['reference', 'import-cosing', file]);

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function referenceIn(databasePath: string) {
  const db = openDatabase(databasePath);
  try {
    const reference = new ReferenceRepository(db);
    return { count: reference.count(), retinol: reference.findByName('RETINOL') };
  } finally {
    db.$client.close();
  }
}

const GOOD = [
  'inci_name,cas_number,einecs_number,function',
  'RETINOL,68-26-8,200-683-7,Skin Conditioning',
  'GLYCERIN,56-81-5,"200-289-5 / -","Humectant, Solvent"',
  'GLYCERIN,56-81-5,,Denaturant',
  ',,,',
  '',
].join('\n');

describe('regimen reference import-cosing', () => {
  const databasePath = join(dir, 'regimen.db');
  const missing = join(dir, 'no-such-file.csv');
  let first: CliResult;
  let withoutFile: CliResult;
  // Each run starts a process (about a second): independent runs go in parallel.
  beforeAll(async () => {
    [first, withoutFile] = await Promise.all([
      importCosing(write('cosing.csv', GOOD), databasePath),
      importCosing(missing, join(dir, 'other.db')),
    ]);
  });

  it('loads the file and prints what it cleaned', () => {
    // A first import creates the database, and says where; nothing else goes to stderr off a terminal.
    expect(first.stderr).toBe(`regimen: created a new database at ${databasePath}\n`);
    expect(first.status).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^loaded 2 INCI names from 4 rows in \d+\.\d\d s$/);
    expect(lines).toContain('merged 1 duplicate name');
    expect(lines).toContain('dropped 0 junk CAS values and 1 junk EC value');
    expect(referenceIn(databasePath)).toEqual({
      count: 2,
      retinol: {
        inciName: 'RETINOL',
        casNumbers: ['68-26-8'],
        ecNumbers: ['200-683-7'],
        functions: ['Skin Conditioning'],
      },
    });
  });

  it('fails in one line when the file does not exist', () => {
    expect(withoutFile.status).not.toBe(0);
    expect(withoutFile.stdout).toBe('');
    expect(withoutFile.stderr).toBe(`regimen: cannot read ${missing}: no such file\n`);
  });

  it('keeps the previous reference when a file is headerless or has no names', async () => {
    // (An empty file is refused by the same check as a headerless one; see cosing-import.test.ts.)
    const [headerless, nameless] = await Promise.all([
      importCosing(write('headerless.csv', 'RETINOL,68-26-8,200-683-7,Antioxidant\n'), databasePath),
      importCosing(
        write('nameless.csv', 'inci_name,cas_number,einecs_number,function\n,68-26-8,,\n'),
        databasePath,
      ),
    ]);
    for (const run of [headerless!, nameless!]) {
      expect(run.status).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^regimen: [^\n]+\n$/);
    }
    expect(headerless!.stderr).toContain('lacks the columns inci_name');
    expect(nameless!.stderr).toContain('no INCI names to load from 1 row;');
    expect(referenceIn(databasePath).count).toBe(2);
  });
});

describe('regimen reference import-cosing and stored products', () => {
  it('reads every stored product again against the new names', async () => {
    // Products seeded without a reference: label names that are no catalogue ingredient are unknown.
    const test = createTestDatabase({ products: true });
    const unknownOf = (id: string) => {
      const db = openDatabase(test.path);
      try {
        return new ProductRepository(db).findById(id).product?.unknownIngredients;
      } finally {
        db.$client.close();
      }
    };
    try {
      test.db.$client.close();
      expect(unknownOf('gentle-gel-cleanser')).toContain('Aqua');
      const names = ['inci_name,cas_number,einecs_number,function', 'AQUA,7732-18-5,231-791-2,Solvent', ''];
      const result = await importCosing(write('aqua.csv', names.join('\n')), test.path);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/products read again against the new reference: [1-9]\d*/);
      expect(unknownOf('gentle-gel-cleanser')).not.toContain('Aqua');
    } finally {
      test.cleanup();
    }
  });
});

describe('the import-cosing progress bar', () => {
  // `script` (util-linux) runs the command on a pseudo-terminal, as a person at a shell would.
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('shows on a terminal, and only there', () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => `TEST NAME ${i},,,Humectant`);
    const file = write('progress.csv', ['inci_name,cas_number,einecs_number,function', ...rows].join('\n'));
    const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
    const command = [
      process.execPath,
      '--import',
      'tsx',
      'src/cli/main.ts',
      'reference',
      'import-cosing',
      file,
    ]
      .map(quote)
      .join(' ');
    const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, DATABASE_PATH: join(dir, 'progress.db') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(onTerminal.status, onTerminal.stdout).toBe(0);
    expect(onTerminal.stdout).toMatch(/1200\/1200 INCI names/);
    expect(referenceIn(join(dir, 'progress.db')).count).toBe(1_200);
  });
});
