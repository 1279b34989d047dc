import autocannon from 'autocannon';
import { readSeed } from '../src/catalogue/catalogue-seed.js';
import { randomRecommendationBody, seededRandom } from './profiles.js';
import type { ServerHandle } from './servers.js';
import { median } from './stats.js';

export const CONNECTIONS = 10;

export type TargetId =
  | 'bare'
  | 'recommendations'
  | 'recommendations-own'
  | 'recommendations-52'
  | 'recommendations-br-12'
  | 'recommendations-br-52'
  | 'list'
  | 'slug';

export interface HttpTarget {
  id: TargetId;
  label: string;
  server: 'bare' | 'api';
  /** The request sequence of one round; `round` seeds whatever varies per request. */
  requests(round: number): autocannon.Request[];
}

const JSON_HEADERS = { 'content-type': 'application/json' };
/** What browsers and most HTTP clients send: the server picks brotli. */
const COMPRESSED = 'br, gzip';

/**
 * Five own products as a person would send them: printed lists with water, preservatives and
 * fragrance, one of each common kind, a retinoid and an acid among them (so a conflict is resolved).
 */
export const OWN_PRODUCTS = [
  {
    name: 'Gentle Gel Cleanser',
    inci: 'Aqua, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Glycerin, Panthenol, Sodium Chloride, Citric Acid, Phenoxyethanol',
    kind: 'cleanse',
  },
  {
    name: 'Night Retinol Serum',
    inci: 'Aqua, Glycerin, Squalane, Caprylic/Capric Triglyceride, Retinol, Tocopherol, Polysorbate 20, Phenoxyethanol, Ethylhexylglycerin',
    kind: 'serum',
  },
  {
    name: 'Lactic Acid Toner',
    inci: 'Aqua, Lactic Acid, Glycerin, Sodium Hydroxide, Allantoin, Sodium Benzoate, Potassium Sorbate',
    kind: 'tone',
  },
  {
    name: 'Barrier Cream',
    inci: 'Aqua, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Ceramide NP, Cholesterol, Sodium Hyaluronate, Dimethicone, Phenoxyethanol',
    kind: 'moisturize',
  },
  {
    name: 'Mineral Sunscreen SPF 50',
    inci: 'Zinc Oxide, Aqua, Caprylic/Capric Triglyceride, Glycerin, Polyhydroxystearic Acid, Tocopherol, Parfum',
    kind: 'sunscreen',
  },
] as const;

function recommendationTarget(
  id: TargetId,
  weeks: number,
  acceptEncoding?: string,
  products?: readonly object[],
): HttpTarget {
  return {
    id,
    label: `POST /v1/recommendations (random profile, ${weeks} wk${products ? `, ${products.length} own products` : ''}${acceptEncoding ? `, Accept-Encoding: ${acceptEncoding}` : ''})`,
    server: 'api',
    requests: (round) => {
      // A fresh body per request: the service must not be measured on one hot path.
      const random = seededRandom(1_000 + round);
      const headers = acceptEncoding ? { ...JSON_HEADERS, 'accept-encoding': acceptEncoding } : JSON_HEADERS;
      return [
        {
          method: 'POST',
          path: '/v1/recommendations',
          headers,
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              ...randomRecommendationBody(random),
              weeks,
              ...(products ? { products } : {}),
            }),
          }),
        },
      ];
    },
  };
}

export function httpTargets(): HttpTarget[] {
  const slugs = readSeed().map((item) => item.slug);
  return [
    {
      id: 'bare',
      label: 'bare Fastify POST /echo',
      server: 'bare',
      requests: () => [
        {
          method: 'POST',
          path: '/echo',
          headers: JSON_HEADERS,
          body: JSON.stringify({ skinType: 'dry', weeks: 12 }),
        },
      ],
    },
    recommendationTarget('recommendations', 12),
    // The same profiles, in the same order, each with the same five products.
    recommendationTarget('recommendations-own', 12, undefined, OWN_PRODUCTS),
    recommendationTarget('recommendations-52', 52),
    recommendationTarget('recommendations-br-12', 12, COMPRESSED),
    recommendationTarget('recommendations-br-52', 52, COMPRESSED),
    {
      id: 'list',
      label: 'GET /v1/ingredients?limit=20',
      server: 'api',
      requests: () => [{ method: 'GET', path: '/v1/ingredients?limit=20' }],
    },
    {
      id: 'slug',
      label: `GET /v1/ingredients/{slug} (${slugs.length} slugs rotated)`,
      server: 'api',
      requests: () => {
        let next = 0;
        return [
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              path: `/v1/ingredients/${slugs[next++ % slugs.length]}`,
            }),
          },
        ];
      },
    },
  ];
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
  /** Non-2xx answers plus connection errors and timeouts: every one fails the figure. */
  bad: number;
  /** Answers by status code, so a miss says whether it was 429s, 503s or 400s. */
  statuses: Record<string, number>;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

interface Fired {
  result: autocannon.Result;
  latencies: Float64Array;
  /** Bytes of every response read off the socket, headers included. */
  bytes: number;
}

/**
 * One autocannon run. Latencies are taken from every response event rather than
 * from autocannon's histogram, which keeps whole milliseconds: a bare Fastify
 * route answers in well under one, so its p50 would read 0 ms.
 */
function fire(url: string, target: HttpTarget, round: number, seconds: number): Promise<Fired> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let bytes = 0;
  return new Promise((resolveFired, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        pipelining: 1,
        duration: seconds,
        requests: target.requests(round),
      },
      (error: unknown, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolveFired({ result, latencies: latencies.subarray(0, count).sort(), bytes });
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
}

/** Runs one round of one target and reduces autocannon's result to what the report needs. */
export async function runRound(
  url: string,
  target: HttpTarget,
  round: number,
  seconds: number,
): Promise<RoundResult> {
  const { result, latencies, bytes } = await fire(url, target, round, seconds);
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat.count ?? 0;
  return {
    round,
    // Completed responses over the measured duration: steadier than the mean of
    // one-second buckets when a round lasts only two seconds.
    requestsPerSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    completed: latencies.length,
    bytesPerAnswer: latencies.length === 0 ? 0 : bytes / latencies.length,
    bad: result.non2xx + result.errors + result.timeouts,
    statuses,
  };
}

/** Warms the JIT and the catalogue snapshot so round 1 is not a cold-start outlier. */
export async function warmUp(url: string, target: HttpTarget, seconds: number): Promise<void> {
  await fire(url, target, -1, seconds);
}

export interface TargetSummary {
  id: TargetId;
  label: string;
  rounds: RoundResult[];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerAnswer: number;
  bad: number;
  statuses: Record<string, number>;
}

function addCounts(counts: readonly Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const count of counts)
    for (const [key, n] of Object.entries(count)) total[key] = (total[key] ?? 0) + n;
  return total;
}

export function summarise(target: HttpTarget, rounds: RoundResult[]): TargetSummary {
  return {
    id: target.id,
    label: target.label,
    rounds,
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    bytesPerAnswer: median(rounds.map((round) => round.bytesPerAnswer)),
    bad: rounds.reduce((sum, round) => sum + round.bad, 0),
    statuses: addCounts(rounds.map((round) => round.statuses)),
  };
}

export interface HttpPlan {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  servers: Record<HttpTarget['server'], ServerHandle>;
  /** Called after each full round (every target once), e.g. to sample memory. */
  afterRound?: (round: number) => Promise<void>;
  log?: (line: string) => void;
}

/**
 * Rounds alternate the targets (bare, recommendations, list, slug, bare, …) rather
 * than running each target's rounds back to back, so a slow patch of a shared
 * machine (another process, thermal throttling) lands on every target alike and the
 * ratios to the bare route stay fair; the median of the rounds then drops the outlier.
 */
export async function measureHttp(plan: HttpPlan): Promise<TargetSummary[]> {
  const targets = httpTargets();
  for (const target of targets) await warmUp(plan.servers[target.server].url, target, plan.warmupSeconds);
  const results = new Map<TargetId, RoundResult[]>(targets.map((target) => [target.id, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const target of targets) {
      const result = await runRound(plan.servers[target.server].url, target, round, plan.seconds);
      results.get(target.id)!.push(result);
      plan.log?.(
        `  round ${round + 1}/${plan.rounds} ${target.id.padEnd(15)} ${Math.round(result.requestsPerSecond)
          .toLocaleString('en-US')
          .padStart(
            7,
          )} req/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  ${Math.round(result.bytesPerAnswer)} B/answer${result.bad > 0 ? `  ${result.bad} bad: ${JSON.stringify(result.statuses)}` : ''}`,
      );
    }
    await plan.afterRound?.(round);
  }
  return targets.map((target) => summarise(target, results.get(target.id)!));
}
