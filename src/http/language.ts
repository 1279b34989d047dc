import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localeFrom } from '../messages/negotiate.js';
import { LOCALES, type Locale } from '../messages/render.js';
import type { ResponseHeaders } from './responses.js';
import { appendVary } from './vary.js';

/**
 * The `Accept-Language` request header, for a route's `headers` schema. Loose: the other
 * headers pass through untouched. Any value is accepted (an unknown language means English);
 * only its length is bounded.
 */
export const AcceptLanguageHeadersSchema = z.looseObject({
  'accept-language': z
    .string()
    .max(1000)
    .optional()
    .describe(
      `The reader's languages, with quality values (\`de-CH, fr;q=0.9\`). The texts of the answer are in ` +
        `the best match among ${LOCALES.map((locale) => `\`${locale}\``).join(', ')} (\`fr-CA\` counts as \`fr\`), ` +
        'or in English when none matches.',
    ),
});

export const LANGUAGE_HEADERS: ResponseHeaders = {
  'Content-Language': {
    type: 'string',
    maxLength: 2,
    description: `The language of the texts: ${LOCALES.map((locale) => `\`${locale}\``).join(', ')}.`,
  },
  Vary: {
    type: 'string',
    maxLength: 100,
    description:
      'Lists the request headers the answer depends on: `Accept-Language` (its texts), `Accept` where a route ' +
      'offers more than one media type, and `accept-encoding` when compressed.',
  },
};

/**
 * Picks the answer's language from the request and says so: `Content-Language`, and
 * `Accept-Language` added to any `Vary` already set, so a cache keeps one copy a language.
 */
export function negotiateLanguage(request: FastifyRequest, reply: FastifyReply): Locale {
  const locale = localeFrom(request.headers['accept-language']);
  reply.header('content-language', locale);
  appendVary(reply, 'Accept-Language');
  return locale;
}
