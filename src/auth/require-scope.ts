import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { ClientError } from '../errors.js';
import type { ApiKeyRepository, Scope } from './api-key-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The staff key that authenticated this request, when one did. */
    staff?: { name: string; scopes: Scope[] };
  }
}

/**
 * A preHandler that lets the request through only with a valid bearer token holding
 * `scope`: no, unknown or revoked token is 401, a token without the scope is 403.
 */
export function requireScope(keys: ApiKeyRepository, scope: Scope, now: () => Date): preHandlerHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) {
      reply.header('www-authenticate', 'Bearer');
      throw new ClientError(
        401,
        'Unauthorized',
        'This operation needs a staff token: Authorization: Bearer <token>.',
      );
    }
    const verified = keys.verify(token, now().toISOString());
    if (!verified.ok) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new ClientError(401, 'Unauthorized', 'The token is unknown or revoked.');
    }
    if (!verified.scopes.includes(scope)) {
      throw new ClientError(403, 'Forbidden', `This operation needs the '${scope}' scope.`);
    }
    request.staff = { name: verified.name, scopes: verified.scopes };
  };
}
