import autocannon from 'autocannon';
import { CONNECTIONS, type LoadGenerator, type LoadSpec } from './load.js';

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function requestsOf(spec: LoadSpec): autocannon.Request[] {
  let next = 0;
  return [
    {
      method: spec.method,
      headers: { ...spec.headers },
      setupRequest: (request) => {
        const index = next++;
        return {
          ...request,
          path: spec.paths[index % spec.paths.length]!,
          ...(spec.bodies.length > 0 ? { body: spec.bodies[index % spec.bodies.length]! } : {}),
        };
      },
    },
  ];
}

/**
 * The fallback where wrk cannot be had. autocannon runs in this Node process, so on a
 * small machine it competes with the server for CPU far more than wrk does: the table
 * says which generator ran, and its CPU per request shows how much it took.
 */
export function autocannonGenerator(reason: string): LoadGenerator {
  return {
    name: 'autocannon',
    description: `autocannon ${CONNECTIONS} connections (${reason})`,
    run: (url, spec, seconds) => {
      let latencies = new Float64Array(1 << 16);
      let count = 0;
      let bytes = 0;
      const cpuBefore = process.cpuUsage();
      return new Promise((resolveRun, reject) => {
        const instance = autocannon(
          { url, connections: CONNECTIONS, pipelining: 1, duration: seconds, requests: requestsOf(spec) },
          (error: unknown, result) => {
            if (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            const cpu = process.cpuUsage(cpuBefore);
            const sorted = latencies.subarray(0, count).sort();
            resolveRun({
              requestsPerSecond: count / result.duration,
              p50Ms: percentile(sorted, 0.5),
              p99Ms: percentile(sorted, 0.99),
              completed: count,
              bytesPerAnswer: count === 0 ? 0 : bytes / count,
              bad: result.non2xx + result.errors + result.timeouts,
              clientUsPerRequest: (cpu.user + cpu.system) / Math.max(1, count),
            });
          },
        );
        instance.on('response', (_client, _status, responseBytes, milliseconds) => {
          bytes += responseBytes;
          if (count === latencies.length) {
            const grown = new Float64Array(latencies.length * 2);
            grown.set(latencies);
            latencies = grown;
          }
          latencies[count++] = milliseconds;
        });
      });
    },
  };
}
