import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regimen } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-staff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('a database file that does not exist', () => {
  it.each([
    [['catalogue', 'export']],
    [['catalogue', 'show', 'retinol']],
    [['catalogue', 'search', 'acid']],
    [['catalogue', 'delete', 'retinol']],
    [['keys', 'list']],
    [['keys', 'revoke', 'someone']],
    [['audit']],
    [['db', 'backup', join(dir, 'copy.db')]],
  ])('is refused by %j: one line naming the path, non-zero, no file created', (args) => {
    const path = join(dir, 'typo', 'regimen.db');
    const result = regimen(path, args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    oneLine(result.stderr);
    expect(result.stderr).toContain(`no database at ${path}`);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });

  it.each([[['db', 'migrate']], [['db', 'seed']], [['keys', 'create', '--name', 'first']]])(
    'is created by %j, which says where on stderr',
    (args) => {
      const path = join(dir, `created-${args.join('-')}.db`);
      const result = regimen(path, args);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toBe(`regimen: created a new database at ${path}\n`);
      expect(existsSync(path)).toBe(true);
      // Only on creation: the second run is quiet.
      expect(regimen(path, ['db', 'migrate']).stderr).toBe('');
    },
  );

  it('is left uncreated when the command that would create it fails', () => {
    const folder = mkdtempSync(join(dir, 'failing-'));
    const result = regimen(join(folder, 'regimen.db'), ['keys', 'create', '--name', 'x', '--scope', 'root']);
    expect(result.status).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('staff commands on one ingredient and the audit trail', () => {
  const path = join(dir, 'staff.db');
  beforeAll(() => {
    expect(regimen(path, ['db', 'seed']).status).toBe(0);
  });

  it('shows an ingredient as JSON, and refuses an unknown slug in one line', () => {
    const shown = regimen(path, ['catalogue', 'show', 'retinol']);
    expect(shown.status).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      slug: 'retinol',
      class: 'retinoid',
      inciName: 'RETINOL',
    });
    const unknown = regimen(path, ['catalogue', 'show', 'unicorn-tears']);
    expect(unknown.status).toBe(1);
    oneLine(unknown.stderr);
    expect(unknown.stderr).toMatch(/unicorn-tears/);
  });

  it('searches like GET /v1/ingredients?q=: name, INCI name or slug, ignoring case', () => {
    const found = regimen(path, ['catalogue', 'search', 'HyalUron']);
    expect(found.status).toBe(0);
    const slugs = found.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[0]);
    expect(slugs).toContain('sodium-hyaluronate');
    expect(slugs).toContain('hydrolyzed-hyaluronic-acid');
    expect(slugs.every((slug) => slug?.includes('hyaluron'))).toBe(true);
    const json = JSON.parse(regimen(path, ['catalogue', 'search', 'retin', '--json']).stdout);
    expect(json.map((item: { slug: string }) => item.slug)).toContain('retinol');
    const none = regimen(path, ['catalogue', 'search', 'zzzz-nothing']);
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('');
  });

  it('deletes an ingredient, audited under cli, and reads the audit trail since a date', () => {
    const deleted = regimen(path, ['catalogue', 'delete', 'squalane']);
    expect(deleted.status, deleted.stderr).toBe(0);
    expect(regimen(path, ['catalogue', 'show', 'squalane']).status).toBe(1);
    const again = regimen(path, ['catalogue', 'delete', 'squalane']);
    expect(again.status).toBe(1);
    oneLine(again.stderr);

    const lines = regimen(path, ['audit', '--json'])
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const last = lines.at(-1);
    expect(last).toMatchObject({ actor: 'cli', operation: 'delete', slug: 'squalane', after: null });
    expect(last.before).toMatchObject({ slug: 'squalane' });

    const table = regimen(path, ['audit', '--since', last.at.slice(0, 10)]).stdout;
    expect(table).toMatch(/\tcli\tdelete\tsqualane\t/);
    expect(regimen(path, ['audit', '--since', '2999-01-01']).stdout).toBe('');
  });

  it.each(['yesterday', '2026-02-30', '25/11/2026'])('refuses --since %s in one line', (since) => {
    const result = regimen(path, ['audit', '--since', since]);
    expect(result.status).toBe(1);
    oneLine(result.stderr);
    expect(result.stderr).toMatch(/--since must be a date/);
  });
});
