import type { FastifyReply } from 'fastify';

/**
 * Serialized answers of one catalogue version, keyed by what the answer depends on (the
 * request URL, a slug): a page asked for again at the same version is sent as the bytes
 * it was, not walked, serialized and encoded again (a string would be measured and
 * encoded to UTF-8 on every send). A new version empties it; past `limit` entries it
 * starts over, so it stays small whatever clients ask for.
 */
export class SerializedAnswers {
  readonly #limit: number;
  readonly #answers = new Map<string, Buffer>();
  #version: string | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(version: string, key: string, serialize: () => string): Buffer {
    if (version !== this.#version) {
      this.#answers.clear();
      this.#version = version;
    }
    let bytes = this.#answers.get(key);
    if (bytes === undefined) {
      const json = serialize();
      // Outside Node's shared 8 KiB pool: a kept answer must not hold a slab of others' garbage.
      bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(json));
      bytes.write(json);
      if (this.#answers.size >= this.#limit) this.#answers.clear();
      this.#answers.set(key, bytes);
    }
    return bytes;
  }
}

/** The content type Fastify gives a serialized JSON answer, set by hand when sending bytes. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Sends `bytes`, the JSON answer already serialized (from {@link SerializedAnswers}). Fastify
 * passes a Buffer through as it is: no serializer, no UTF-8 measuring or encoding per send.
 */
export function sendBytes(reply: FastifyReply, bytes: Buffer): void {
  reply.type(JSON_CONTENT_TYPE).send(bytes);
}
