import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngredientRepository } from '../src/catalogue/ingredient-repository.js';
import { openDatabase } from '../src/db/connection.js';
import { ProductRepository } from '../src/products/product-repository.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `src/server.ts` as `npm start` does and resolves with its base URL once it listens. */
function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('the server process', () => {
  it('creates, migrates and seeds its database on first start, keeps staff edits on restart, and stops cleanly', async () => {
    const databasePath = join(dir, 'nested', 'regimen.db');
    const first = await start({ DATABASE_PATH: databasePath });
    const response = await fetch(`${first.url}/v1/ingredients/retinol`);
    expect(response.status).toBe(200);
    const product = await fetch(`${first.url}/v1/products/gentle-gel-cleanser`);
    expect(product.status).toBe(200);
    expect(((await product.json()) as { facts: { actives: string[] } }).facts.actives).toEqual([]);
    expect(await stop(first.child)).toBe(0);

    const db = openDatabase(databasePath);
    const repository = new IngredientRepository(db);
    repository.delete('retinol');
    new ProductRepository(db).delete('gentle-gel-cleanser', new Date().toISOString());
    db.$client.close();

    const second = await start({ DATABASE_PATH: databasePath });
    expect((await fetch(`${second.url}/v1/ingredients/retinol`)).status).toBe(404);
    expect((await fetch(`${second.url}/v1/ingredients/retinal`)).status).toBe(200);
    expect((await fetch(`${second.url}/v1/products/gentle-gel-cleanser`)).status).toBe(404);
    expect((await fetch(`${second.url}/v1/products/hydrating-cream-cleanser`)).status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  });

  it('refuses to start on a bad setting, naming it in one line', async () => {
    await expect(start({ DATABASE_PATH: join(dir, 'x.db'), PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });
});
