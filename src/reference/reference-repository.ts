import { and, asc, count, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { escapeLike, like } from '../db/like.js';
import { inciReference, inciReferenceCas } from '../db/schema.js';
import {
  CAS_NUMBER,
  normaliseInciName,
  type ReferenceEntry,
  searchTextOf,
  searchWords,
} from './inci-names.js';

type Row = typeof inciReference.$inferSelect;

export interface ReferenceSearch {
  /** A CAS number (exact lookup), or the start or some word starts of an INCI name. */
  q: string;
  limit: number;
  /** Only names sorting after this one (the last name of the previous page). */
  after?: string | undefined;
}

export interface ReferenceMatches {
  items: ReferenceEntry[];
  /** Whether more names match after the last item. */
  more: boolean;
}

/** Rows per INSERT: 500 rows × 5 values stays far below SQLite's limit of 32,766 bound values. */
const CHUNK = 500;

const toEntry = (row: Pick<Row, 'inciName' | 'casNumbers' | 'ecNumbers' | 'functions'>): ReferenceEntry => ({
  inciName: row.inciName,
  casNumbers: row.casNumbers,
  ecNumbers: row.ecNumbers,
  functions: row.functions,
});

const entryColumns = {
  inciName: inciReference.inciName,
  casNumbers: inciReference.casNumbers,
  ecNumbers: inciReference.ecNumbers,
  functions: inciReference.functions,
};

/**
 * The only module that reads or writes the CosIng INCI reference (`inci_reference`
 * and its CAS index `inci_reference_cas`).
 */
export class ReferenceRepository {
  readonly #db: Db;
  readonly #exactNameQuery;
  readonly #anyRowQuery;

  constructor(db: Db) {
    this.#db = db;
    // CosIng names are capitals: the indexed exact lookup (as given, or upper-cased) finds them.
    this.#exactNameQuery = db
      .select(entryColumns)
      .from(inciReference)
      .where(inArray(inciReference.inciName, [sql.placeholder('name'), sql.placeholder('upper')]))
      .orderBy(asc(inciReference.inciName))
      .limit(1)
      .prepare();
    this.#anyRowQuery = db.select({ id: inciReference.id }).from(inciReference).limit(1).prepare();
  }

  /** Replaces the whole reference with `entries`, in one transaction: readers see the old or the new one. */
  replaceAll(entries: readonly ReferenceEntry[], onProgress?: (done: number) => void): void {
    // Plain multi-row statements: building 28,000 rows through the query builder costs
    // more than SQLite takes to store them.
    const client = this.#db.$client;
    const insertChunk = (size: number) =>
      client.prepare(
        'INSERT INTO inci_reference (inci_name, search_text, cas_numbers, ec_numbers, functions) VALUES ' +
          Array.from({ length: size }, () => '(?, ?, ?, ?, ?)').join(', '),
      );
    const fullChunk = entries.length >= CHUNK ? insertChunk(CHUNK) : undefined;
    client
      .transaction(() => {
        client.prepare('DELETE FROM inci_reference_cas').run();
        client.prepare('DELETE FROM inci_reference').run();
        for (let start = 0; start < entries.length; start += CHUNK) {
          const chunk = entries.slice(start, start + CHUNK);
          const values: string[] = [];
          for (const entry of chunk) {
            values.push(
              entry.inciName,
              searchTextOf(entry.inciName),
              JSON.stringify(entry.casNumbers),
              JSON.stringify(entry.ecNumbers),
              JSON.stringify(entry.functions),
            );
          }
          (chunk.length === CHUNK && fullChunk ? fullChunk : insertChunk(chunk.length)).run(values);
          onProgress?.(start + chunk.length);
        }
        // One statement fills the CAS index from the rows just written, ids and all.
        client
          .prepare(
            `INSERT INTO inci_reference_cas (cas_number, reference_id)
             SELECT DISTINCT cas.value, reference.id
             FROM inci_reference AS reference, json_each(reference.cas_numbers) AS cas`,
          )
          .run();
      })
      .immediate();
  }

  /** Whether a reference has been loaded (cheaper than counting it). */
  isLoaded(): boolean {
    return this.#anyRowQuery.get() !== undefined;
  }

  /** How many INCI names the reference holds. */
  count(): number {
    return this.#db.select({ n: count() }).from(inciReference).get()?.n ?? 0;
  }

  /**
   * Entries for many names at once (keyed by the name as given), in one query: an
   * import cross-checks every row without a round trip per row.
   */
  findManyByName(names: readonly string[]): Map<string, ReferenceEntry> {
    const wanted = new Map<string, string[]>();
    for (const name of names) {
      const key = normaliseInciName(name).toUpperCase();
      if (key === '') continue;
      const list = wanted.get(key) ?? [];
      list.push(name);
      wanted.set(key, list);
    }
    const found = new Map<string, ReferenceEntry>();
    if (wanted.size === 0) return found;
    const rows = this.#db
      .select(entryColumns)
      .from(inciReference)
      .where(
        sql`${inciReference.inciName} IN (SELECT value FROM json_each(${JSON.stringify([...wanted.keys()])}))`,
      )
      .all();
    for (const row of rows) for (const name of wanted.get(row.inciName) ?? []) found.set(name, toEntry(row));
    return found;
  }

  /** The entry with this INCI name, ignoring case and extra spaces. */
  findByName(inciName: string): ReferenceEntry | undefined {
    const name = normaliseInciName(inciName);
    if (name === '') return undefined;
    // CosIng writes every name upper-case: two indexed lookups, never a table scan,
    // so cross-checking a 10,000-row import stays cheap.
    const row = this.#exactNameQuery.get({ name, upper: name.toUpperCase() });
    return row ? toEntry(row) : undefined;
  }

  /**
   * One page of entries in INCI-name order. A `q` shaped like a CAS number is an
   * exact CAS lookup; otherwise a name matches when it starts with `q` or when each
   * word of `q` starts one of its words (both ignoring case and punctuation).
   */
  search(query: ReferenceSearch): ReferenceMatches {
    const q = query.q.trim();
    const conditions: SQL[] = [];
    if (CAS_NUMBER.test(q)) {
      conditions.push(
        inArray(
          inciReference.id,
          this.#db
            .select({ id: inciReferenceCas.referenceId })
            .from(inciReferenceCas)
            .where(eq(inciReferenceCas.casNumber, q)),
        ),
      );
    } else {
      const prefix = like(inciReference.inciName, `${escapeLike(q)}%`);
      const words = searchWords(q).map((word) => like(inciReference.searchText, `% ${escapeLike(word)}%`));
      conditions.push(words.length === 0 ? prefix : or(prefix, and(...words))!);
    }
    if (query.after !== undefined) conditions.push(gt(inciReference.inciName, query.after));

    const rows = this.#db
      .select(entryColumns)
      .from(inciReference)
      .where(and(...conditions))
      .orderBy(asc(inciReference.inciName))
      .limit(query.limit + 1)
      .all();
    return { items: rows.slice(0, query.limit).map(toEntry), more: rows.length > query.limit };
  }
}
