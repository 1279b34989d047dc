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

/** Trigrams of a key padded at both ends, so its first and last letters count as much as the rest. */
function gramsOf(key: string): string[] {
  const padded = `\u0002${key}\u0003`;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return [...grams];
}
const GRAM = 3;

/**
 * Edits allowed for a close spelling, by the length of what was printed: none under 5 characters
 * (too many short names lie one letter apart), 1 up to 8, 2 up to 15, 3 beyond. The confidence
 * reported, 1 − edits / length, is then never below 0.77.
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length <= 8) return 1;
  if (length <= 15) return 2;
  return 3;
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
  readonly #postings = new Map<string, Int32Array>();
  /** Per name, the last query that reached it (so each is measured once per query). */
  readonly #seen: Uint32Array;
  #query = 0;
  /** Trigrams each name shares with the query being suggested for; zero between queries. */
  readonly #shared: Uint16Array;

  /** Entries in priority order: when two share a key, the first is kept. */
  constructor(entries: Iterable<{ name: string; value: T }>) {
    const lists = new Map<string, number[]>();
    for (const { name, value } of entries) {
      const key = nameKey(name);
      if (key === '' || this.#byKey.has(key)) continue;
      this.#byKey.set(key, value);
      const id = this.#keys.length;
      this.#keys.push(key);
      this.#values.push(value);
      if (key.length > MAX_FUZZY_LENGTH + 3) continue;
      for (const gram of gramsOf(key)) {
        let list = lists.get(gram);
        if (!list) {
          list = [];
          lists.set(gram, list);
        }
        list.push(id);
      }
    }
    for (const [gram, list] of lists) this.#postings.set(gram, Int32Array.from(list));
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
      const list = this.#postings.get(gram);
      if (list) lists.push(list);
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
