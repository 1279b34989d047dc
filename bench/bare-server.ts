/**
 * The honest ceiling of one route: Fastify with nothing but a route that sends the
 * bytes the real API answered (status, headers, body, compressed when it was), read
 * from the file BENCH_ANSWERS names. Whatever the API spends beyond this is ours.
 * Answers are keyed by URL (the slug route replays each slug's own answer); a URL not
 * captured gets the first answer. `/ping` answers two bytes, to show how far the load
 * generator itself can go.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import type { CapturedAnswer } from './capture.js';
import { serveForBench } from './child-protocol.js';

interface Prepared {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const file = process.env.BENCH_ANSWERS;
const answers: CapturedAnswer[] = file ? (JSON.parse(readFileSync(file, 'utf8')) as CapturedAnswer[]) : [];
const byUrl = new Map<string, Prepared>(
  answers.map((answer) => [
    answer.url,
    { status: answer.status, headers: answer.headers, body: Buffer.from(answer.body, 'base64') },
  ]),
);

const app = Fastify({ logger: false });
app.get('/ping', (_request, reply) => {
  reply.type('text/plain').send('ok');
});

const routes = new Set<string>();
for (const answer of answers) {
  const path = answer.url.split('?')[0]!;
  const key = `${answer.method} ${path}`;
  if (routes.has(key)) continue;
  routes.add(key);
  const fallback = byUrl.get(answer.url)!;
  app.route({
    method: answer.method as 'GET' | 'POST',
    url: path,
    handler: (request, reply) => {
      const prepared = byUrl.get(request.url) ?? fallback;
      reply.code(prepared.status).headers(prepared.headers).send(prepared.body);
    },
  });
}

await serveForBench(app);
