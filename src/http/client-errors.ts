import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { SECURITY_HEADERS } from './hardening.js';
import { PROBLEM_TYPES, type ProblemTypeName, problemTypeOf, problemTypeUri } from './problem.js';

/** Node's parser error codes for what the client sent, and the status each earns. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
};

/**
 * What a request gets when Node's HTTP parser refuses it before Fastify sees a request (headers too
 * large, a timeout, malformed HTTP): the same problem+json and security headers as every other error,
 * where Fastify's default writes its own JSON shape. The connection is closed after it, as Node does.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
  const name: ProblemTypeName = problemTypeOf(status);
  const body = JSON.stringify({
    type: problemTypeUri(name),
    title: PROBLEM_TYPES[name].title,
    status,
    detail: PROBLEM_TYPES[name].description,
  });
  if (socket.writable) {
    const headers = SECURITY_HEADERS.map(([header, value]) => `${header}: ${value}\r\n`).join('');
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n${headers}\r\n${body}`,
    );
  }
  socket.destroy(error);
}
