import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { ClientError } from '../http/problem.js';
import { clientKey } from '../http/rate-limit.js';
import type { ApiKeyRepository, Scope } from './api-key-repository.js';
import type { AuthFailureLimiter } from './auth-failure-limiter.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The staff key that authenticated this request, when one did. */
    staff?: { name: string; scopes: Scope[] };
  }
}

/** What every staff operation's schema says: its tag and that it needs a bearer token. */
export const STAFF_OPERATION = { tags: ['staff'], security: [{ bearerAuth: [] }] };

/** Who a staff write is audited under: the name of the key that authenticated it. */
export const actorOf = (request: FastifyRequest): string => request.staff?.name ?? 'unknown';

export interface ScopeGuard {
  keys: ApiKeyRepository;
  failures: AuthFailureLimiter;
  now: () => Date;
}

/** `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 9110 §11.1). */
const BEARER = /^bearer +(\S+) *$/i;

/**
 * An onRequest hook that lets the request through only with a valid bearer token holding
 * `scope`: no, unknown or revoked token is 401, a token without the scope is 403,
 * and a client with too many failed attempts is 429 for a while. It runs before the body is
 * read or validated, so a caller without a token learns nothing about the body it sent.
 */
export function requireScope({ keys, failures, now }: ScopeGuard, scope: Scope): onRequestHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const at = now();
    const wait = failures.secondsToWait(clientKey(request), at.getTime());
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ClientError(
        429,
        'Too Many Requests',
        `Too many failed authentication attempts; retry in ${wait} seconds.`,
      );
    }
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) {
      failures.fail(clientKey(request), at.getTime());
      reply.header('www-authenticate', 'Bearer');
      throw new ClientError(
        401,
        'Unauthorized',
        'This operation needs a staff token: Authorization: Bearer <token>.',
      );
    }
    const verified = keys.verify(token, at.toISOString());
    if (!verified.ok) {
      failures.fail(clientKey(request), at.getTime());
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new ClientError(401, 'Unauthorized', 'The token is unknown or revoked.');
    }
    if (!verified.scopes.includes(scope)) {
      throw new ClientError(403, 'Forbidden', `This operation needs the '${scope}' scope.`);
    }
    request.staff = { name: verified.name, scopes: verified.scopes };
  };
}
