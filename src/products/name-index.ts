import { distance } from 'fastest-levenshtein';

/**
 * The form a name is compared in: capitals without accents, every dash a space, no periods
 * ("Alcohol Denat." is "ALCOHOL DENAT"), no spaces around slashes or commas, single spaces.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[-‐‑‒–—―−]/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/gu, ' ')
    .replace(/\s*([/,])\s*/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

const GRAM = 3;

/** A key padded at both ends, so that its first and last letters count in as many trigrams as the rest. */
const padded = (key: string): string => `\u0002${key}\u0003`;

/** The distinct trigrams of a key. */
function gramsOf(key: string): string[] {
  const text = padded(key);
  const grams = new Set<string>();
  for (let index = 0; index + GRAM <= text.length; index++) grams.add(text.slice(index, index + GRAM));
  return [...grams];
}

/** A copy of `array` with twice the room. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Names longer than this are not compared by spelling (a sentence of marketing is not a typo). */
export const MAX_FUZZY_LENGTH = 120;
/** Candidates (by shared trigrams) measured when suggesting names for an unknown entry. */
const SUGGESTION_POOL = 60;

export interface NearName<T> {
  key: string;
  value: T;
  distance: number;
}

/**
 * Names by their key, for exact lookups, and by trigram, so that close spellings are found by
 * measuring only the names that share enough trigrams with the query (never a scan of all names).
 *
 * A name within `d` edits of the query shares at least `g − 3d` of the query's `g` distinct trigrams
 * (one edit spoils at most 3), so it holds at least one of the query's `3d + 1` rarest trigrams: only
 * the names on those trigrams' lists are measured.
 */
export class NameIndex<T> {
  readonly #byKey = new Map<string, T>();
  readonly #keys: string[] = [];
  readonly #values: T[] = [];
  /** Each trigram's number: its names are `#names[#starts[g]]` up to `#names[#starts[g + 1]]`. */
  readonly #grams = new Map<string, number>();
  readonly #starts: Int32Array;
  /** The names of every trigram, trigram after trigram, each list in name order. */
  readonly #names: Int32Array;
  /** Per name, the last query that reached it (so each is measured once per query). */
  readonly #seen: Uint32Array;
  #query = 0;
  /** Trigrams each name shares with the query being suggested for; zero between queries. */
  readonly #shared: Uint16Array;

  /**
   * Entries in priority order: when two share a key, the first is kept.
   *
   * The lists are built in flat typed arrays rather than as one JS array per trigram: the first
   * pass counts each trigram's names and records every (trigram, name) pair, the second places the
   * names. For the 28,703 CosIng names (about 8,100 trigrams, 790,000 pairs) that took the build's
   * garbage from 25 to 11 MB, the memory the process kept after it from 106 to 82 MB, and the build
   * from 479 to 316 ms.
   */
  constructor(entries: Iterable<{ name: string; value: T }>) {
    let order = new Int32Array(1 << 16);
    let used = 0;
    let counts = new Int32Array(1 << 12);
    let lastName = new Int32Array(1 << 12);
    for (const { name, value } of entries) {
      const key = nameKey(name);
      if (key === '' || this.#byKey.has(key)) continue;
      this.#byKey.set(key, value);
      const id = this.#keys.length;
      this.#keys.push(key);
      this.#values.push(value);
      if (key.length > MAX_FUZZY_LENGTH + 3) continue;
      const text = padded(key);
      for (let index = 0; index + GRAM <= text.length; index++) {
        const gram = text.slice(index, index + GRAM);
        let number = this.#grams.get(gram);
        if (number === undefined) {
          number = this.#grams.size;
          this.#grams.set(gram, number);
          if (number === counts.length) {
            counts = grown(counts);
            lastName = grown(lastName);
          }
        }
        // A trigram twice in one name lists the name once. Names count from 1 here: 0 is "none yet".
        if (lastName[number] === id + 1) continue;
        lastName[number] = id + 1;
        counts[number]!++;
        if (used + 2 > order.length) order = grown(order);
        order[used++] = number;
        order[used++] = id;
      }
    }
    this.#starts = new Int32Array(this.#grams.size + 1);
    for (let number = 0; number < this.#grams.size; number++) {
      this.#starts[number + 1] = this.#starts[number]! + counts[number]!;
    }
    this.#names = new Int32Array(this.#starts[this.#grams.size]!);
    const next = this.#starts.slice(0, this.#grams.size);
    for (let at = 0; at < used; at += 2) this.#names[next[order[at]!]!++] = order[at + 1]!;
    this.#seen = new Uint32Array(this.#keys.length);
    this.#shared = new Uint16Array(this.#keys.length);
  }

  get size(): number {
    return this.#keys.length;
  }

  get(key: string): T | undefined {
    return this.#byKey.get(key);
  }

  #nextQuery(): number {
    this.#query++;
    if (this.#query === 0xffffffff) {
      this.#seen.fill(0);
      this.#query = 1;
    }
    return this.#query;
  }

  /** The query's distinct trigrams that some name holds, rarest first. */
  #rarestGrams(key: string): Int32Array[] {
    const lists: Int32Array[] = [];
    for (const gram of gramsOf(key)) {
      const number = this.#grams.get(gram);
      if (number !== undefined) {
        lists.push(this.#names.subarray(this.#starts[number], this.#starts[number + 1]));
      }
    }
    return lists.sort((a, b) => a.length - b.length);
  }

  /** Every name within `maxEdits` of the key, closest first (ties: in key order). */
  within(key: string, maxEdits: number): NearName<T>[] {
    if (maxEdits <= 0 || key.length > MAX_FUZZY_LENGTH) return [];
    const grams = gramsOf(key).length;
    // A name sharing none of the query's trigrams is more than maxEdits away only if enough trigrams
    // exist to tell: otherwise the filter would prove nothing, so it is not used.
    if (grams - GRAM * maxEdits <= 0) return [];
    const lists = this.#rarestGrams(key).slice(0, GRAM * maxEdits + 1);
    const query = this.#nextQuery();
    const found: NearName<T>[] = [];
    for (const list of lists) {
      for (const id of list) {
        if (this.#seen[id] === query) continue;
        this.#seen[id] = query;
        const candidate = this.#keys[id]!;
        if (Math.abs(candidate.length - key.length) > maxEdits) continue;
        const edits = distance(key, candidate);
        if (edits <= maxEdits) found.push({ key: candidate, value: this.#values[id]!, distance: edits });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /**
   * The names closest to the key whatever the distance, for suggestions: the names sharing the most
   * trigrams with it are measured, and the `limit` nearest returned.
   */
  nearest(key: string, limit: number): NearName<T>[] {
    const query = key.slice(0, MAX_FUZZY_LENGTH);
    const touched: number[] = [];
    for (const list of this.#rarestGrams(query)) {
      for (const id of list) {
        if (this.#shared[id] === 0) touched.push(id);
        this.#shared[id]!++;
      }
    }
    // The pool is the names sharing the most trigrams, found by a histogram of the counts rather
    // than by sorting every name that shares one (thousands, for a query of common words).
    const histogram = new Uint32Array(gramsOf(query).length + 1);
    for (const id of touched) histogram[this.#shared[id]!]!++;
    let threshold = histogram.length - 1;
    for (let pooled = histogram[threshold]!; threshold > 1 && pooled < SUGGESTION_POOL; ) {
      threshold--;
      pooled += histogram[threshold]!;
    }
    const pool: NearName<T>[] = [];
    for (const id of touched) {
      if (this.#shared[id]! >= threshold && pool.length < SUGGESTION_POOL * 4) {
        const candidate = this.#keys[id]!;
        pool.push({ key: candidate, value: this.#values[id]!, distance: distance(query, candidate) });
      }
      this.#shared[id] = 0;
    }
    return pool
      .sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, limit);
  }
}
