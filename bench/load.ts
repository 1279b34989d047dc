/**
 * What one measured run asks of a load generator, whichever one runs it (wrk, or
 * autocannon where wrk cannot be had): the same request shapes, the same figures back.
 */

export const CONNECTIONS = 10;

export interface LoadSpec {
  method: 'GET' | 'POST';
  /** Paths sent in turn, one per request (one entry: always the same path). */
  paths: readonly string[];
  headers: Readonly<Record<string, string>>;
  /** Bodies sent in turn, one per request; empty for a GET. */
  bodies: readonly string[];
}

export interface RoundResult {
  round: number;
  requestsPerSecond: number;
  /** Latencies in milliseconds, to the microsecond. */
  p50Ms: number;
  p99Ms: number;
  completed: number;
  /** Mean bytes per response on the wire (status line and headers included). */
  bytesPerAnswer: number;
  /** Answers that were not 2xx/3xx, plus socket errors and timeouts: every one fails the figure. */
  bad: number;
  /** CPU time of the load generator per request, in microseconds. */
  clientUsPerRequest: number;
  /** CPU time of the server (all its processes) per request, in microseconds. */
  serverUsPerRequest: number;
}

export interface LoadGenerator {
  /** `wrk 4.1.0 (/usr/bin/wrk)`, or why it is autocannon. */
  description: string;
  name: 'wrk' | 'autocannon';
  run(
    url: string,
    spec: LoadSpec,
    seconds: number,
  ): Promise<Omit<RoundResult, 'round' | 'serverUsPerRequest'>>;
}
