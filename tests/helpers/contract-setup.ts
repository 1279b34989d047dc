/**
 * Runs in every test file (vitest `setupFiles`): after the file, hands its count of
 * responses proved against openapi.yaml to contract-global.ts, which reports the total.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { contractStats } from './contract.js';

afterAll(() => {
  const dir = inject('contractStatsDir');
  if (!dir || contractStats.validated + contractStats.skipped === 0) return;
  writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify(contractStats));
});
