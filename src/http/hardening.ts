import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCors from '@fastify/cors';
import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { problem, sendProblem } from './problem.js';
import { RATE_LIMIT_HEADER_NAMES, registerRateLimit } from './rate-limit.js';

export interface HardeningOptions {
  /** `*` for any origin, or the origins allowed to call the API from a browser. */
  corsOrigins: '*' | string[];
  /** Requests per minute per client on `/v1`; 0 turns rate limiting off. */
  rateLimitMax: number;
  /** Event-loop lag (ms) past which requests get 503, and how often it is sampled (ms). */
  loadShedding?: { maxEventLoopDelay: number; sampleInterval?: number };
}

/** under-pressure's default sample interval. */
const UNDER_PRESSURE_SAMPLE_MS = 1_000;

const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    // helmet's default CSP, less `upgrade-insecure-requests`: on plain HTTP at a
    // non-loopback address it rewrites the /docs assets to https and the page stays blank.
    // TLS, where there is any, ends in front of the service.
    directives: { upgradeInsecureRequests: null },
  },
};

/**
 * The headers helmet sets for these options, worked out once: without CSP nonces they
 * depend on nothing in the request, and @fastify/helmet rebuilt the whole middleware
 * (CSP parsing included) on every request.
 */
export function securityHeaders(options: HelmetOptions): [name: string, value: string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string | number) => headers.push([name, String(value)]),
    // helmet removes X-Powered-By, which Fastify never sets.
    removeHeader: () => {},
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** The security headers of every answer. */
export const SECURITY_HEADERS = securityHeaders(HELMET_OPTIONS);

/**
 * The protections every public API needs, registered before any route: security
 * headers, CORS, per-client rate limits on `/v1` (429 problem+json with
 * `Retry-After`), and load shedding (503) when the event loop falls behind.
 */
export async function registerHardening(app: FastifyInstance, options: HardeningOptions): Promise<void> {
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of SECURITY_HEADERS) reply.raw.setHeader(name, value);
    done();
  });

  await app.register(fastifyCors, {
    origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'if-none-match'],
    exposedHeaders: ['etag', 'location', 'retry-after', ...RATE_LIMIT_HEADER_NAMES],
    maxAge: 600,
    // A bare OPTIONS (no preflight headers) gets a plain 204 rather than a text/plain 400.
    strictPreflight: false,
  });

  const settling = 2 * (options.loadShedding?.sampleInterval ?? UNDER_PRESSURE_SAMPLE_MS);
  let readySince: number | undefined;
  app.addHook('onReady', (done) => {
    readySince = performance.now();
    done();
  });
  await app.register(fastifyUnderPressure, {
    // Only a lagging event loop sheds load: a saturated but responsive one (a benchmark,
    // a burst) is doing its job and must not start answering 503.
    maxEventLoopDelay: options.loadShedding?.maxEventLoopDelay ?? 1_000,
    ...(options.loadShedding?.sampleInterval ? { sampleInterval: options.loadShedding.sampleInterval } : {}),
    retryAfter: 5,
    pressureHandler: (request, reply, type) => {
      // Until a whole sample interval has passed since the app was ready, the delay read is
      // start-up's own blocking work (migrations, schema compilation), not load: shedding then
      // answered a fresh server's first requests with 503 on a busy machine.
      if (
        type === 'eventLoopDelay' &&
        (readySince === undefined || performance.now() - readySince < settling)
      ) {
        return;
      }
      reply.header('retry-after', '5');
      sendProblem(reply, problem(request, 503, 'The service is under heavy load; retry in a few seconds.'));
    },
  });

  // After load shedding, as the plugin it replaced ran: a 503 while shedding is not counted.
  if (options.rateLimitMax > 0) registerRateLimit(app, options.rateLimitMax);
}
