import { expect, it } from 'vitest';
import { BatchedLines } from '../../src/logging.js';

function sink() {
  const writes: string[] = [];
  let syncFlushes = 0;
  return {
    writes,
    syncFlushes: () => syncFlushes,
    sink: { write: (batch: string) => writes.push(batch) > 0, flushSync: () => void syncFlushes++ },
  };
}

it('hands log lines on in order, in batches of at least the batch size, and the rest when flushed', () => {
  const out = sink();
  const lines = new BatchedLines(out.sink, 20);
  for (const n of [1, 2, 3, 4, 5]) lines.write(`line ${n}: é\n`);
  // 10 characters a line: a batch leaves once it holds 20.
  expect(out.writes).toEqual(['line 1: é\nline 2: é\n', 'line 3: é\nline 4: é\n']);
  lines.flush();
  expect(out.writes.at(-1)).toBe('line 5: é\n');
  lines.flush();
  expect(out.writes).toHaveLength(3);
  expect(out.writes.join('')).toBe([1, 2, 3, 4, 5].map((n) => `line ${n}: é\n`).join(''));
});

it('writes what it holds and asks the sink to finish before an exit', () => {
  const out = sink();
  const lines = new BatchedLines(out.sink, 4096);
  lines.write('closing\n');
  expect(out.writes).toEqual([]);
  lines.flushSync();
  expect(out.writes).toEqual(['closing\n']);
  expect(out.syncFlushes()).toBe(1);
});
