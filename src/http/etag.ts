import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendVary } from './vary.js';

/**
 * Sets a strong `ETag` derived from the catalogue version and answers 304 when the
 * client already holds it. Returns true when the 304 was sent.
 */
export function replyNotModified(request: FastifyRequest, reply: FastifyReply, version: string): boolean {
  const etag = `"${version}"`;
  reply.header('etag', etag);
  reply.header('cache-control', 'no-cache');
  // Compression varies the 200 on Accept-Encoding, and a 304 must carry the Vary its 200 would
  // (RFC 9110 §15.4.5); compression never sees the 304's empty body, so both say it here.
  appendVary(reply, 'accept-encoding');
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  const held = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (held.includes('*') || held.includes(etag)) {
    reply.code(304).send();
    return true;
  }
  return false;
}
