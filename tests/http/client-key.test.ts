import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { clientKey } from '../../src/http/rate-limit.js';

const on = (socket: object, ip: string) => ({ ip, raw: { socket } }) as unknown as FastifyRequest;

describe('client key', () => {
  it('keys an IPv6 client by its /64 and an IPv4 client by its address', () => {
    expect(clientKey(on({}, '2001:db8:1:2:aaaa::1'))).toBe(clientKey(on({}, '2001:db8:1:2:bbbb::9')));
    expect(clientKey(on({}, '2001:db8:1:3::1'))).not.toBe(clientKey(on({}, '2001:db8:1:2::1')));
    expect(clientKey(on({}, '192.0.2.7'))).toBe('192.0.2.7');
  });

  it('follows the address when one connection carries another (as behind a trusted proxy)', () => {
    const socket = {};
    expect(clientKey(on(socket, '192.0.2.7'))).toBe('192.0.2.7');
    expect(clientKey(on(socket, '192.0.2.7'))).toBe('192.0.2.7');
    expect(clientKey(on(socket, '198.51.100.1'))).toBe('198.51.100.1');
  });
});
