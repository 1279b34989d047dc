import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'regimen-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WORKERS=2', () => {
  it('serves through two worker processes on one port, and all stop cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        WORKERS: '2',
        LOG_LEVEL: 'info',
        DATABASE_PATH: join(dir, 'workers.db'),
        RATE_LIMIT_MAX: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const listening = new Set<string>();
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Each worker logs its own "Server listening" line (with its pid); both share the port.
        for (const match of output.matchAll(
          /"pid":(\d+).*?Server listening at (http:\/\/127\.0\.0\.1:\d+)/g,
        )) {
          listening.add(match[1]!);
          if (listening.size === 2) resolve(match[2]!);
        }
      });
      child.on('exit', () => reject(new Error(output)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const body = JSON.stringify({
      skinType: 'dry',
      concerns: ['firmness'],
      startDate: '2026-12-01',
      weeks: 12,
    });
    const fire = () =>
      fetch(`${url}/v1/recommendations`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      }).then(
        (response) => response.status,
        () => 0,
      );
    // Separate connections, which the primary hands to the workers in turn; a few rounds
    // in case one worker took a whole round while the other was busy.
    const servedBy = () =>
      new Set([...output.matchAll(/"pid":(\d+)[^\n]*"msg":"request completed"/g)].map((match) => match[1]));
    for (let round = 0; round < 10 && servedBy().size < 2; round++) {
      const statuses = await Promise.all(Array.from({ length: 20 }, fire));
      expect(statuses.every((status) => status === 200)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(servedBy()).toEqual(listening);

    // SIGTERM while requests are in flight: every one is answered, every process exits.
    const inFlight = Array.from({ length: 40 }, fire);
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    expect(await exited).toBe(0);
    const answered = statuses.filter((status) => status !== 0);
    // Accepted requests are answered in full; one arriving on a kept-alive connection after
    // the stop gets Fastify's 503 (as with one process, see graceful-stop.test.ts).
    for (const status of answered) expect([200, 503]).toContain(status);
    expect(answered.length).toBeGreaterThan(0);
    expect(output).toContain('all workers stopped');
  });
});
