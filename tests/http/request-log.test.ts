import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestDatabase, FIXED_NOW } from '../helpers/test-app.js';

it('logs one line per request at info, with the method, URL, status and time', async () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  const database = createTestDatabase({ seed: true });
  const app = await buildApp({ db: database.db, now: () => FIXED_NOW, logger: { level: 'info', stream } });
  try {
    await app.inject('/v1/ingredients/retinol');
    await app.inject('/v1/ingredients/nothing');
    const requests = lines.filter(
      (line) => line.msg === 'request completed' || line.msg === 'incoming request',
    );
    expect(requests).toHaveLength(2);
    expect(requests.map((line) => [line.req, line.res])).toEqual([
      [expect.objectContaining({ method: 'GET', url: '/v1/ingredients/retinol' }), { statusCode: 200 }],
      [expect.objectContaining({ method: 'GET', url: '/v1/ingredients/nothing' }), { statusCode: 404 }],
    ]);
    for (const line of requests) {
      expect(line.level).toBe(30);
      expect(line.responseTime).toEqual(expect.any(Number));
      expect(line.reqId).toEqual(expect.any(String));
    }
  } finally {
    await app.close();
    database.cleanup();
  }
});
