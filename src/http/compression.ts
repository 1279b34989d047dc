import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, onSendHookHandler } from 'fastify';

/** Bodies smaller than this go out as they are: compressing them saves too little to pay for. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Brotli quality 4: on a 52-week recommendation (90 KB of JSON) it gives 3.0 KB in
 * about the time gzip level 6 takes for 3.5 KB; quality 5 and up cost 1.5–2× the CPU
 * for 10 % fewer bytes, and 11 (zlib's default) costs 200 ms a body.
 */
export const BROTLI_QUALITY = 4;

/** Content types compressed as well as those mime-db marks compressible (application/json among them). */
export const COMPRESSIBLE_TYPES = /^text\/(?!event-stream)|\+json$|\+text$|\+xml$|^application\/yaml\b/;

/**
 * gzip and brotli for JSON answers (problem+json and the OpenAPI document included)
 * over 1 KiB, as the client's `Accept-Encoding` allows; `Vary: Accept-Encoding` on
 * every compressed answer. A compressed body is a different representation, so its
 * strong `ETag` becomes weak (as nginx does); `If-None-Match` compares weakly anyway.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESSION_THRESHOLD,
    encodings: ['br', 'gzip'],
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      },
    },
    zlibOptions: { level: 6 },
    // The plugin's own types (text, +json, +xml), plus YAML: mime-db does not mark
    // application/yaml compressible, and the 280 KB contract at /openapi.yaml went out whole.
    customTypes: COMPRESSIBLE_TYPES,
    // Every JSON answer (a 52-week recommendation is 90 KB) is compressed in one synchronous
    // call of 0.1–0.3 ms, cheaper than a zlib stream through the thread pool per request.
    syncThreshold: 256 * 1024,
    // Request bodies are never inflated: a 64 KiB gzip body could expand past every limit.
    globalDecompression: false,
  });
  // @fastify/compress appends its onSend hook to each route; this one is appended after it.
  app.addHook('onRoute', (route) => {
    const hooks =
      route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
    route.onSend = [...hooks, weakenCompressedEtag];
  });
}

const weakenCompressedEtag: onSendHookHandler = (_request, reply, payload, done) => {
  const etag = reply.getHeader('etag');
  if (typeof etag === 'string' && !etag.startsWith('W/') && reply.getHeader('content-encoding')) {
    reply.header('etag', `W/${etag}`);
  }
  done(null, payload);
};
