import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { PROJECT_ROOT } from '../project-root.js';

/** Where the page's files live: plain HTML, CSS and JavaScript modules, served as they are. */
export const PUBLIC_DIR = join(PROJECT_ROOT, 'public');

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Every path the page serves and its file: a fixed set, so no request can name another file. */
export const PAGE_FILES: Readonly<Record<string, readonly [file: string, contentType: string]>> = {
  '/': ['index.html', HTML],
  '/page/app.js': ['app.js', JS],
  '/page/i18n.js': ['i18n.js', JS],
  '/page/month-grid.js': ['month-grid.js', JS],
  '/page/styles.css': ['styles.css', CSS],
};

/**
 * `GET /`: a page to try the API, calling it like any client. The files are read once at
 * start-up; each carries a strong ETag and `no-cache`, so a browser revalidates (304) and
 * sees a new version as soon as one is deployed.
 */
export const pageRoutes: FastifyPluginAsync = async (app) => {
  for (const [path, [file, contentType]] of Object.entries(PAGE_FILES)) {
    const body = readFileSync(join(PUBLIC_DIR, file));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    app.get(path, { schema: { hide: true } }, (request, reply) => {
      reply.type(contentType).header('etag', etag).header('cache-control', 'no-cache');
      const held = request.headers['if-none-match'];
      if (held?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        return reply.code(304).send();
      }
      return reply.send(body);
    });
  }
};
