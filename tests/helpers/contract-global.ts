/**
 * vitest `globalSetup`: gives the test files a folder for their contract counts
 * (contract-setup.ts) and prints the run's total once, after the last file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    contractStatsDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'regimen-contract-'));
  project.provide('contractStatsDir', dir);
  return () => {
    let validated = 0;
    let skipped = 0;
    for (const file of readdirSync(dir)) {
      const counts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        validated: number;
        skipped: number;
      };
      validated += counts.validated;
      skipped += counts.skipped;
    }
    rmSync(dir, { recursive: true, force: true });
    if (validated + skipped > 0) {
      console.log(
        `contract: ${validated} responses proved against openapi.yaml; ${skipped} skipped (not operations: docs, /openapi.*, preflights)`,
      );
    }
  };
}
