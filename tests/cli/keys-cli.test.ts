import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { migrateDatabase, openDatabase } from '../../src/db/connection.js';
import { checkedAgainstContract } from '../helpers/test-app.js';
import { regimen } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regimen keys', () => {
  const db = join(dir, 'keys.db');

  it('creates a key and prints only its token; lists without tokens; revokes', async () => {
    const created = regimen(db, [
      'keys',
      'create',
      '--name',
      'ci-bot',
      '--scope',
      'catalogue:write',
      '--scope',
      'audit:read',
    ]);
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(created.stdout).toBe(`${token}\n`);
    expect(token).toMatch(/^rgm_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);

    const defaulted = regimen(db, ['keys', 'create', '--name', 'editor']);
    expect(defaulted.status).toBe(0);

    const listed = regimen(db, ['keys', 'list']);
    expect(listed.stdout).toMatch(/ci-bot\tcatalogue:write,audit:read\tcreated .*\tlast used never\tactive/);
    expect(listed.stdout).toMatch(/editor\tcatalogue:write\t/);
    expect(listed.stdout).not.toContain(token);

    const database = openDatabase(db);
    migrateDatabase(database);
    const app = checkedAgainstContract(await buildApp({ db: database }));
    try {
      const audit = () => app.inject({ url: '/v1/audit', headers: { authorization: `Bearer ${token}` } });
      expect((await audit()).statusCode).toBe(200);
      expect(regimen(db, ['keys', 'list']).stdout).not.toMatch(/ci-bot.*last used never/);
      expect(regimen(db, ['keys', 'revoke', 'ci-bot']).stdout).toBe('revoked ci-bot\n');
      expect((await audit()).statusCode).toBe(401);
      expect(regimen(db, ['keys', 'list']).stdout).toMatch(/ci-bot.*revoked/);
    } finally {
      await app.close();
      database.$client.close();
    }
  });

  it.each([
    [['keys', 'create', '--name', 'editor'], /already exists/],
    [['keys', 'create', '--name', 'x', '--scope', 'root'], /unknown scope root/],
    [['keys', 'revoke', 'nobody'], /no active key named 'nobody'/],
  ])('exits non-zero with a one-line reason: %j', (args, reason) => {
    const result = regimen(db, args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
  });
});
