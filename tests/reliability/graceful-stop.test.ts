import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'regimen-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graceful stop', () => {
  it('on SIGTERM under load, finishes in-flight requests and exits 0 within 10 s', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_PATH: join(dir, 'stop.db'),
        RATE_LIMIT_MAX: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(output)));
    });
    // 'close' comes once the output pipes are drained too.
    const closed = new Promise((resolve) => child.on('close', resolve));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.on('exit', (code) => resolve({ code, at: performance.now() })),
    );

    const body = JSON.stringify({
      skinType: 'dry',
      concerns: ['firmness', 'texture'],
      startDate: '2026-12-01',
      weeks: 52,
    });
    const fire = () =>
      fetch(`${url}/v1/recommendations`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      }).then(
        async (response) => ({ status: response.status, length: (await response.text()).length }),
        () => ({ status: 0, length: 0 }),
      );
    // A steady stream of requests; SIGTERM lands while many are in flight.
    const inFlight = Array.from({ length: 60 }, fire);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const signalledAt = performance.now();
    child.kill('SIGTERM');
    const results = await Promise.all(inFlight);
    const { code, at } = await exited;
    await closed;

    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(10_000);
    const answered = results.filter((result) => result.status !== 0);
    // Requests accepted before the stop were answered in full, never cut off mid-response.
    expect(answered.length).toBeGreaterThan(0);
    for (const result of answered) {
      expect([200, 503]).toContain(result.status);
      if (result.status === 200) expect(result.length).toBeGreaterThan(10_000);
    }
    // Every line reached the log before the exit: one per answer (a 503 from the closing server has
    // its own message), and the stop itself.
    const lines = output.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.includes('"res":{"statusCode":')).length).toBe(answered.length);
    expect(lines.some((line) => /"signal":"SIGTERM".*"msg":"closing"/.test(line))).toBe(true);
  });
});
