import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';

/** `info` rows (the ceiling) have no target of their own; `skipped` ones could not be measured here. */
export type Status = 'pass' | 'MISS' | 'info' | 'skipped';

export interface Figure {
  figure: string;
  value: string;
  target: string;
  status: Status;
}

export interface Machine {
  node: string;
  nproc: number;
  cpu: string;
}

/** The machine as `node --version`, `nproc` and /proc/cpuinfo describe it, to read any figure against. */
export function describeMachine(): Machine {
  let nproc = availableParallelism();
  try {
    // nproc honours the CPU affinity mask and cgroup quotas a container sets; prefer it when present.
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // No coreutils: availableParallelism() is the same figure on Linux.
  }
  return { node: process.version, nproc, cpu: cpus()[0]?.model.trim() ?? 'unknown' };
}

export const statusOf = (ok: boolean): Status => (ok ? 'pass' : 'MISS');

export const formatInteger = (value: number): string => Math.round(value).toLocaleString('en-US');

/** Fixed-width columns for the terminal. */
export function renderTable(figures: readonly Figure[]): string {
  const header: Figure = { figure: 'figure', value: 'value', target: 'target', status: 'pass' };
  const rows = [header, ...figures].map((row) => [
    row.figure,
    row.value,
    row.target,
    row === header ? 'pass' : row.status,
  ]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|');

/** The same table as GitHub markdown, for the README's Performance section. */
export function renderMarkdown(figures: readonly Figure[]): string {
  return [
    '| figure | value | target | pass |',
    '| --- | --- | --- | --- |',
    ...figures.map(
      (row) =>
        `| ${escapeCell(row.figure)} | ${escapeCell(row.value)} | ${escapeCell(row.target)} | ${row.status} |`,
    ),
  ].join('\n');
}

/** Two-space JSON with a final newline, so a results.json diffs cleanly between runs. */
export function writeResults(path: string, results: unknown): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
