import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { median } from './stats.js';

export interface CompressionLevel {
  codec: 'br' | 'gzip';
  level: number;
  bytes: number;
  /** Median time to compress the body once, µs. */
  us: number;
}

const BROTLI_LEVELS = [1, 2, 3, 4, 5, 6];
const GZIP_LEVELS = [1, 4, 6];

/**
 * What each brotli quality and gzip level makes of one real answer, and what it costs:
 * the figures the shipped level (src/http/compression.ts) is chosen from.
 */
export function compressionLevels(body: Buffer, repeats = 40): CompressionLevel[] {
  const time = (compress: () => Buffer): { bytes: number; us: number } => {
    let bytes = 0;
    const samples: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      bytes = compress().length;
      samples.push((performance.now() - started) * 1000);
    }
    return { bytes, us: median(samples) };
  };
  return [
    ...BROTLI_LEVELS.map((level) => ({
      codec: 'br' as const,
      level,
      ...time(() =>
        brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: level,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ),
    })),
    ...GZIP_LEVELS.map((level) => ({
      codec: 'gzip' as const,
      level,
      ...time(() => gzipSync(body, { level })),
    })),
  ];
}

export const formatLevels = (levels: readonly CompressionLevel[]): string =>
  levels
    .map((level) => `${level.codec}-${level.level} ${level.bytes} B/${level.us.toFixed(0)} µs`)
    .join(', ');
