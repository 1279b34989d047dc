import Fastify, {
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ApiKeyRepository } from '../../src/auth/api-key-repository.js';
import { loggerOptions, writeRequestCompleted } from '../../src/logging.js';
import { createTestDatabase, FIXED_NOW } from '../helpers/test-app.js';

/** An app logging at info as the server does, and every line it writes. */
function loggedApp() {
  const text: string[] = [];
  const stream = { write: (line: string) => void text.push(line) };
  const database = createTestDatabase({ seed: true });
  const app = buildApp({ db: database.db, now: () => FIXED_NOW, logger: loggerOptions('info', stream) });
  const lines = () =>
    text
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { app, database, text, lines };
}

it('logs one line per request at info, with the method, URL, status and time', async () => {
  const logged = loggedApp();
  const app = await logged.app;
  try {
    await app.inject('/v1/ingredients/retinol');
    await app.inject('/v1/ingredients/nothing');
    const requests = logged
      .lines()
      .filter((line) => line.msg === 'request completed' || line.msg === 'incoming request');
    expect(requests).toHaveLength(2);
    expect(requests.map((line) => [line.req, line.res])).toEqual([
      [expect.objectContaining({ method: 'GET', url: '/v1/ingredients/retinol' }), { statusCode: 200 }],
      [expect.objectContaining({ method: 'GET', url: '/v1/ingredients/nothing' }), { statusCode: 404 }],
    ]);
    for (const line of requests) {
      expect(line.level).toBe(30);
      expect(line.responseTime).toEqual(expect.any(Number));
      expect(line.reqId).toEqual(expect.any(String));
    }
  } finally {
    await app.close();
    logged.database.cleanup();
  }
});

it('never writes a token to the log, valid or not, on answers that succeed or fail', async () => {
  const logged = loggedApp();
  const app = await logged.app;
  const token = new ApiKeyRepository(logged.database.db).create(
    'staff',
    ['audit:read'],
    FIXED_NOW.toISOString(),
  );
  const wrong = 'rgm_wrong-token-that-must-not-be-logged';
  try {
    const answers = [
      await app.inject({ url: '/v1/audit', headers: { authorization: `Bearer ${token}` } }),
      await app.inject({ url: '/v1/audit', headers: { authorization: `Bearer ${wrong}` } }),
      await app.inject({
        method: 'DELETE',
        url: '/v1/ingredients/retinol',
        headers: { authorization: `Bearer ${wrong}` },
      }),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 401, 401]);
    const lines = logged.lines().filter((line) => line.msg === 'request completed');
    expect(lines).toHaveLength(3);
    const all = logged.text.join('');
    expect(all).not.toContain(token);
    expect(all).not.toContain(wrong);
    expect(all.toLowerCase()).not.toContain('bearer');
  } finally {
    await app.close();
    logged.database.cleanup();
  }
});

it('writes the request line as pino writes the same fields through Fastify’s serializers, at the logger’s level', async () => {
  for (const level of ['info', 'warn']) {
    const text: string[] = [];
    const app = Fastify({
      logger: loggerOptions(level, { write: (line: string) => void text.push(line) }),
      logController: new LogController({ disableRequestLogging: true }),
    });
    app.get('/x', (_request, reply) => reply.code(201).send('ok'));
    app.addHook('onResponse', (request, reply, done) => {
      const responseTime = reply.elapsedTime;
      reply.log.info({ req: request, res: reply, responseTime }, 'request completed');
      writeRequestCompleted(reply.log, request, reply);
      done();
    });
    try {
      await app.inject({ url: '/x?q=caf%C3%A9%22', headers: { 'accept-version': 'v"2\\', host: 'h:1' } });
      await app.inject({ url: '/x' });
    } finally {
      await app.close();
    }
    if (level === 'warn') {
      expect(text).toEqual([]);
      continue;
    }
    // Two requests, each logged by pino and then by hand: the same fields, values and order,
    // but for the clock.
    const lines = text.map((line) => {
      expect(line.endsWith('}\n')).toBe(true);
      const { time, responseTime, ...rest } = JSON.parse(line) as Record<string, unknown>;
      expect([typeof time, typeof responseTime]).toEqual(['number', 'number']);
      return Object.entries(rest);
    });
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual(lines[0]);
    expect(lines[3]).toEqual(lines[2]);
    expect(Object.fromEntries(lines[1]!)).toMatchObject({
      req: { method: 'GET', url: '/x?q=caf%C3%A9%22', version: 'v"2\\', host: 'h:1' },
      res: { statusCode: 201 },
    });
    expect(Object.keys(Object.fromEntries(lines[3]!).req as object)).not.toContain('version');
  }
});

it('logs through the logger itself when it is not pino', () => {
  const calls: unknown[][] = [];
  const log = { info: (...args: unknown[]) => void calls.push(args) } as unknown as FastifyBaseLogger;
  const request = { method: 'GET', url: '/x' } as unknown as FastifyRequest;
  const reply = { statusCode: 200, elapsedTime: 1.5 } as unknown as FastifyReply;
  writeRequestCompleted(log, request, reply);
  expect(calls).toEqual([[{ req: request, res: reply, responseTime: 1.5 }, 'request completed']]);
});
