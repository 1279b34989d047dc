import type { IncomingHttpHeaders } from 'node:http';
import Negotiator from 'negotiator';

/**
 * The media type of `offered` the client's `Accept` prefers (q-values, wildcards and
 * specificity as RFC 9110 says); the first offered when it accepts none of them, since
 * answering in the default type serves a client better than a 406.
 */
export function preferredMediaType<T extends string>(
  headers: IncomingHttpHeaders,
  offered: readonly [T, ...T[]],
): T {
  const chosen = new Negotiator({ headers }).mediaType([...offered]);
  return offered.find((type) => type === chosen) ?? offered[0];
}
