import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/test-app.js';

describe('health and readiness', () => {
  it('answers /healthz and /readyz with 200 while the database answers', async () => {
    const t = await createTestApp({ seed: false });
    try {
      expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
      const ready = await t.app.inject('/readyz');
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: 'ok' });
    } finally {
      await t.close();
    }
  });

  it('answers /readyz with 503 once the database is gone, while /healthz stays 200', async () => {
    const t = await createTestApp({ seed: false });
    try {
      t.db.$client.close();
      const ready = await t.app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable' });
      expect((await t.app.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
