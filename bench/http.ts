import { readSeed } from '../src/catalogue/catalogue-seed.js';
import { bodyBytes, type CapturedAnswer, capture } from './capture.js';
import type { LoadGenerator, LoadSpec, RoundResult } from './load.js';
import { randomRecommendationBody, seededRandom } from './profiles.js';
import type { ServerHandle } from './servers.js';
import { median } from './stats.js';

export type RouteId =
  | 'recommendations'
  | 'recommendations-52'
  | 'recommendations-br-12'
  | 'recommendations-br-52'
  | 'recommendations-own'
  | 'list'
  | 'slug';

/** What browsers and most HTTP clients send: the server picks brotli. */
export const COMPRESSED = 'br, gzip';
/** Random profiles per round, written into the load script; the sequence is seeded by the round. */
const BODIES_PER_ROUND = 1000;
/** Answers fetched to pick the ceiling's recommendation: the one of median size. */
const CEILING_SAMPLE = 41;

export interface Route {
  id: RouteId;
  label: string;
  /** The floor for the API's req/s as a fraction of its same-bytes ceiling; none: reported only. */
  ratioTarget?: number;
  /** The load of one round (`round` -1 is the warm-up). */
  spec(round: number): LoadSpec;
  /** What the ceiling replays: real answers of the API to this route's requests. */
  captureCeiling(api: string): Promise<CapturedAnswer[]>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

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

function recommendationRoute(
  id: RouteId,
  weeks: number,
  ratioTarget?: number,
  acceptEncoding?: string,
  /** Fields every body adds to the random profile (own products). */
  extra: Record<string, unknown> = {},
): Route {
  const headers = acceptEncoding ? { ...JSON_HEADERS, 'accept-encoding': acceptEncoding } : JSON_HEADERS;
  const bodies = (seed: number, count: number) => {
    const random = seededRandom(seed);
    return Array.from({ length: count }, () =>
      JSON.stringify({ ...randomRecommendationBody(random), weeks, ...extra }),
    );
  };
  return {
    id,
    label: `POST /v1/recommendations (random profiles, ${weeks} wk${acceptEncoding ? `, Accept-Encoding: ${acceptEncoding}` : ''}${'products' in extra ? ', 5 own products' : ''})`,
    ...(ratioTarget === undefined ? {} : { ratioTarget }),
    // A fresh body per request: the service must not be measured on one hot path.
    spec: (round) => ({
      method: 'POST',
      paths: ['/v1/recommendations'],
      headers,
      bodies: bodies(1_000 + round, BODIES_PER_ROUND),
    }),
    captureCeiling: async (api) => {
      const answers: CapturedAnswer[] = [];
      for (const body of bodies(7, CEILING_SAMPLE)) {
        answers.push(await capture(api, 'POST', '/v1/recommendations', headers, body));
      }
      // Answers differ in size with the profile: replay the one of median size.
      answers.sort((a, b) => bodyBytes(a) - bodyBytes(b));
      return [answers[answers.length >> 1]!];
    },
  };
}

export function routes(): Route[] {
  const slugs = readSeed().map((item) => item.slug);
  const slugPaths = slugs.map((slug) => `/v1/ingredients/${slug}`);
  const get = (paths: string[]): LoadSpec => ({ method: 'GET', paths, headers: {}, bodies: [] });
  return [
    recommendationRoute('recommendations', 12, 0.5),
    recommendationRoute('recommendations-52', 52),
    recommendationRoute('recommendations-br-12', 12, undefined, COMPRESSED),
    recommendationRoute('recommendations-br-52', 52, undefined, COMPRESSED),
    recommendationRoute('recommendations-own', 12, undefined, undefined, { products: OWN_PRODUCTS }),
    {
      id: 'list',
      label: 'GET /v1/ingredients?limit=20',
      ratioTarget: 0.5,
      spec: () => get(['/v1/ingredients?limit=20']),
      captureCeiling: async (api) => [await capture(api, 'GET', '/v1/ingredients?limit=20', {})],
    },
    {
      id: 'slug',
      label: `GET /v1/ingredients/{slug} (${slugs.length} slugs rotated)`,
      ratioTarget: 0.6,
      spec: () => get(slugPaths),
      captureCeiling: async (api) => {
        const answers: CapturedAnswer[] = [];
        for (const path of slugPaths) answers.push(await capture(api, 'GET', path, {}));
        return answers;
      },
    },
  ];
}

/** One measured thing of a round: a route on the API, on its ceiling, on two workers, or the probe. */
export interface Run {
  key: string;
  label: string;
  server: ServerHandle;
  spec(round: number): LoadSpec;
}

export interface RunSummary {
  key: string;
  label: string;
  rounds: RoundResult[];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerAnswer: number;
  clientUsPerRequest: number;
  serverUsPerRequest: number;
  bad: number;
}

export function summarise(run: Run, rounds: RoundResult[]): RunSummary {
  const mid = (pick: (round: RoundResult) => number) => median(rounds.map(pick));
  return {
    key: run.key,
    label: run.label,
    rounds,
    requestsPerSecond: mid((round) => round.requestsPerSecond),
    p50Ms: mid((round) => round.p50Ms),
    p99Ms: mid((round) => round.p99Ms),
    bytesPerAnswer: mid((round) => round.bytesPerAnswer),
    clientUsPerRequest: mid((round) => round.clientUsPerRequest),
    serverUsPerRequest: mid((round) => round.serverUsPerRequest),
    bad: rounds.reduce((sum, round) => sum + round.bad, 0),
  };
}

async function measure(
  generator: LoadGenerator,
  run: Run,
  round: number,
  seconds: number,
): Promise<RoundResult> {
  const cpuBefore = run.server.cpuSeconds();
  const result = await generator.run(run.server.url, run.spec(round), seconds);
  const serverSeconds = run.server.cpuSeconds() - cpuBefore;
  return {
    ...result,
    round,
    serverUsPerRequest: (serverSeconds * 1e6) / Math.max(1, result.completed),
  };
}

export interface HttpPlan {
  generator: LoadGenerator;
  runs: Run[];
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  /** Called after each full round (every run once), e.g. to sample memory. */
  afterRound?: (round: number) => void;
  log?: (line: string) => void;
}

/**
 * Rounds alternate the runs (probe, ceiling, API, ceiling, API, …) rather than running
 * each one's rounds back to back, so a slow patch of a shared machine lands on every run
 * alike and the ratios to the ceilings stay fair; the median of the rounds then drops
 * the outlier.
 */
export async function measureHttp(plan: HttpPlan): Promise<Map<string, RunSummary>> {
  for (const run of plan.runs) await plan.generator.run(run.server.url, run.spec(-1), plan.warmupSeconds);
  const results = new Map<string, RoundResult[]>(plan.runs.map((run) => [run.key, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const run of plan.runs) {
      const result = await measure(plan.generator, run, round, plan.seconds);
      results.get(run.key)!.push(result);
      plan.log?.(
        `  round ${round + 1}/${plan.rounds} ${run.key.padEnd(30)} ${Math.round(result.requestsPerSecond)
          .toLocaleString('en-US')
          .padStart(
            7,
          )} req/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  ${Math.round(result.bytesPerAnswer)} B  cpu/req: client ${result.clientUsPerRequest.toFixed(0)} µs, server ${result.serverUsPerRequest.toFixed(0)} µs${result.bad > 0 ? `  ${result.bad} BAD` : ''}`,
      );
    }
    plan.afterRound?.(round);
  }
  return new Map(plan.runs.map((run) => [run.key, summarise(run, results.get(run.key)!)]));
}

/** The ratio of the API to its ceiling, as the median of the per-round ratios (each pair ran back to back). */
export function pairedRatio(api: RunSummary, ceiling: RunSummary): number {
  return median(
    api.rounds.map((round, index) => round.requestsPerSecond / ceiling.rounds[index]!.requestsPerSecond),
  );
}
