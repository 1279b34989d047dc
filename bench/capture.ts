import { request } from 'node:http';

/** One answer as the API sent it: what a same-bytes server replays. */
export interface CapturedAnswer {
  method: string;
  /** Path and query, as requested. */
  url: string;
  status: number;
  /** Every header but those the replaying server's HTTP layer writes itself. */
  headers: Record<string, string>;
  /** The body exactly as sent (compressed when it was), base64. */
  body: string;
}

/** Written per connection or per message by Node's HTTP layer, so not part of "the answer". */
const TRANSPORT_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

/** Sends one request and keeps the raw answer: no decompression, no parsing. */
export function capture(
  base: string,
  method: 'GET' | 'POST',
  url: string,
  headers: Readonly<Record<string, string>>,
  body?: string,
): Promise<CapturedAnswer> {
  return new Promise((resolveAnswer, reject) => {
    const outgoing = request(new URL(url, base), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined || TRANSPORT_HEADERS.has(name)) continue;
          kept[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolveAnswer({
          method,
          url,
          status: response.statusCode ?? 0,
          headers: kept,
          body: Buffer.concat(chunks).toString('base64'),
        });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export const bodyBytes = (answer: CapturedAnswer): number => Buffer.from(answer.body, 'base64').length;
