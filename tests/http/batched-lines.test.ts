import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BatchedLines } from '../../src/logging.js';

/** A sink that keeps the very buffers it is handed, as sonic-boom does until their write completes. */
function sink() {
  const batches: Buffer[] = [];
  let syncFlushes = 0;
  return {
    // Read when asserted, so a buffer overwritten after it was handed on would show.
    get writes() {
      return batches.map((batch) => batch.toString('utf8'));
    },
    batches,
    syncFlushes: () => syncFlushes,
    sink: { write: (batch: Buffer) => batches.push(batch), flushSync: () => void syncFlushes++ },
  };
}

it('hands log lines on in order, in batches of whole lines no larger than the batch size, and the rest when flushed', () => {
  const out = sink();
  const lines = new BatchedLines(out.sink, -1, 22);
  for (const n of [1, 2, 3, 4, 5]) lines.write(`line ${n}: é\n`);
  // 11 bytes a line (é is two): two lines fill a batch of 22 bytes; the third starts the next.
  expect(out.writes).toEqual(['line 1: é\nline 2: é\n', 'line 3: é\nline 4: é\n']);
  lines.flush();
  expect(out.writes.at(-1)).toBe('line 5: é\n');
  lines.flush();
  expect(out.writes).toHaveLength(3);
  expect(out.writes.join('')).toBe([1, 2, 3, 4, 5].map((n) => `line ${n}: é\n`).join(''));
  // A line longer than a batch goes alone, never split.
  const long = `${'x'.repeat(40)}\n`;
  lines.write('short\n');
  lines.write(long);
  lines.write('after\n');
  lines.flush();
  expect(out.writes.slice(3)).toEqual(['short\n', long, 'after\n']);
  for (const batch of out.writes) expect(Buffer.byteLength(batch) <= 22 || batch === long).toBe(true);
  // Each batch owns exactly its bytes: a queued batch never holds a whole batch-sized buffer.
  for (const batch of out.batches) expect(batch.buffer.byteLength).toBe(batch.length);
});

it('at exit, has the sink finish and writes what it holds itself, before returning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regimen-log-'));
  const file = join(dir, 'out.log');
  const fd = openSync(file, 'w');
  try {
    const out = sink();
    const lines = new BatchedLines(out.sink, fd, 4096);
    lines.write('request completed\n');
    lines.write('closing é\n');
    lines.flushSync();
    expect(out.syncFlushes()).toBe(1);
    // Not handed to the (asynchronous) sink, which would start a write an exit does not wait for.
    expect(out.writes).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('request completed\nclosing é\n');
    lines.flushSync();
    expect(readFileSync(file, 'utf8')).toBe('request completed\nclosing é\n');
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
});
