/**
 * Serialized answers of one catalogue version, keyed by what the answer depends on (the
 * request URL, a slug): a page asked for again at the same version is sent as the
 * string it was, not walked and serialized again. A new version empties it; past
 * `limit` entries it starts over, so it stays small whatever clients ask for.
 */
export class SerializedAnswers {
  readonly #limit: number;
  readonly #answers = new Map<string, string>();
  #version: string | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(version: string, key: string, serialize: () => string): string {
    if (version !== this.#version) {
      this.#answers.clear();
      this.#version = version;
    }
    let json = this.#answers.get(key);
    if (json === undefined) {
      json = serialize();
      if (this.#answers.size >= this.#limit) this.#answers.clear();
      this.#answers.set(key, json);
    }
    return json;
  }
}

/** The content type Fastify gives a serialized JSON answer, set by hand when sending a string. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
