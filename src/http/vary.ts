import type { FastifyReply } from 'fastify';

/**
 * Adds a request header name to `Vary`, keeping what is there: several negotiations
 * (language, media type, compression) shape one answer and a cache must key on all of them.
 */
export function appendVary(reply: FastifyReply, name: string): void {
  const vary = reply.getHeader('vary');
  // The common case, on every catalogue read: nothing listed yet.
  if (vary === undefined) {
    reply.header('vary', name);
    return;
  }
  const listed = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (listed.some((entry) => entry === '*' || entry.toLowerCase() === name.toLowerCase())) return;
  reply.header('vary', [...listed, name].join(', '));
}
