import type { FastifyPluginAsync } from 'fastify';
import { notFound, PROBLEM_BASE, PROBLEM_TYPES, type ProblemTypeName, problemTypeUri } from './problem.js';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Markdown's `code` spans, the only markup the descriptions use. */
const withCode = (text: string) => escapeHtml(text).replaceAll(/`([^`]+)`/g, '<code>$1</code>');

function page(name: ProblemTypeName): string {
  const type = PROBLEM_TYPES[name];
  const others = (Object.keys(PROBLEM_TYPES) as ProblemTypeName[])
    .map((other) => `<li><a href="${problemTypeUri(other)}">${escapeHtml(other)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(type.title)} (${type.status}) · Regimen API</title></head>
<body>
<h1>${escapeHtml(type.title)}</h1>
<p>HTTP status <strong>${type.status}</strong>; problem type <code>${escapeHtml(problemTypeUri(name))}</code>.</p>
<p>${withCode(type.description)}</p>
<p>Every error of the Regimen API is <code>application/problem+json</code> (RFC 9457) with
<code>type</code>, <code>title</code>, <code>status</code> and <code>detail</code>; see <a href="/docs">the documentation</a>.</p>
<h2>Other problem types</h2>
<ul>${others}</ul>
</body>
</html>
`;
}

/** `GET /problems/{type}`: a page for every problem type the API emits, so each `type` URI leads somewhere. */
export const problemPages: FastifyPluginAsync = async (app) => {
  const pages = new Map(
    (Object.keys(PROBLEM_TYPES) as ProblemTypeName[]).map((name) => [name as string, page(name)]),
  );
  app.get<{ Params: { type: string } }>(
    `${PROBLEM_BASE}:type`,
    { schema: { hide: true } },
    (request, reply) => {
      const html = pages.get(request.params.type);
      if (html === undefined) throw notFound(`No problem type is named '${request.params.type}'.`);
      reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=86400').send(html);
    },
  );
};
