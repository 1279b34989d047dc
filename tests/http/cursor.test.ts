import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/http/cursor.js';
import { ClientError } from '../../src/http/problem.js';

const anyKey = () => true;

describe('the cursor codec', () => {
  it.each(['retinol', 'SODIUM HYALURONATE', 'PEG-8 / SMDI COPOLYMER', 'é'])('round-trips %j', (key) => {
    expect(decodeCursor(encodeCursor(key), anyKey)).toBe(key);
  });

  it.each([
    ['not the canonical encoding', `${encodeCursor('retinol')}=`],
    ['empty', ''],
    ['a key the list does not sort by', encodeCursor('Not A Slug')],
  ])('refuses a cursor that is %s with a 400 naming the cursor', (_name, cursor) => {
    const isSlug = (key: string) => /^[a-z0-9-]+$/.test(key);
    try {
      decodeCursor(cursor, isSlug);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClientError);
      expect((error as ClientError).status).toBe(400);
      expect((error as ClientError).errors).toEqual([
        expect.objectContaining({ path: '/cursor', in: 'query' }),
      ]);
    }
  });
});
