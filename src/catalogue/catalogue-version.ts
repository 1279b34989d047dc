import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { CommitWatch } from '../db/commit-watch.js';
import type { Db } from '../db/connection.js';
import { catalogueMeta } from '../db/schema.js';

/** The transaction handle drizzle passes to `db.transaction` work. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Writes made through this process's own connection. SQLite's `data_version` only
 * moves for commits by *other* connections, so every write here bumps this counter
 * as well; it is keyed by connection because tests and the seeder build several
 * repositories around one connection.
 */
const localWrites = new WeakMap<Database.Database, number>();

function noteLocalWrite(client: Database.Database): void {
  localWrites.set(client, (localWrites.get(client) ?? 0) + 1);
}

/**
 * Runs a catalogue write in an IMMEDIATE transaction: it takes the write lock up front,
 * so with another writer (the CLI) active it waits out the busy timeout instead of
 * failing with SQLITE_BUSY when a read snapshot would have to upgrade. Called inside
 * another catalogue write it becomes a savepoint of that one.
 */
export function writeTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  try {
    return db.transaction(work, { behavior: 'immediate' });
  } finally {
    // Even after a rollback: one needless marker check is cheaper than a stale read.
    noteLocalWrite(db.$client);
  }
}

/**
 * The versioned parts of the catalogue, each a row of `catalogue_meta`: the ingredients
 * (what the engine and the list reader are built from) and the products. A product
 * write leaves the ingredients' version alone, so it rebuilds no snapshot or reader;
 * an ingredient write that changes products' derived fields moves both.
 */
export const MARKERS = { ingredients: 1, products: 2 } as const;
export type Marker = keyof typeof MARKERS;

/**
 * Moves a version of the catalogue (`<counter>.<nonce>`, what clients see in `ETag` and
 * `catalogueVersion`). The counter alone would repeat after a backup restore (restore at 5,
 * write twice, and 7 names other content than the 7 clients saw), so each write also
 * draws a fresh 64-bit random nonce: a restored file brings back its own marker with
 * its own content, and every later write gets a marker no one has seen. We chose this
 * over a content hash because it costs nothing per read and no pass over the whole
 * catalogue per write.
 *
 * The local write count moves here too, inside the transaction: a read later in the
 * same transaction (re-deriving products from the ingredients just written) then
 * sees the new catalogue instead of the cached one.
 */
export function bumpVersion(db: Db, marker: Marker = 'ingredients'): void {
  const epoch = randomBytes(8).toString('hex');
  db.insert(catalogueMeta)
    .values({ id: MARKERS[marker], version: 1, epoch })
    .onConflictDoUpdate({
      target: catalogueMeta.id,
      set: { version: sql`${catalogueMeta.version} + 1`, epoch },
    })
    .run();
  noteLocalWrite(db.$client);
}

/**
 * The current version of one part of the catalogue, asked cheaply. Whether the last answer still holds is
 * asked first of the commit watch (one read of the WAL's shared header, no lock: nothing committed, the
 * answer holds), then of SQLite's `PRAGMA data_version` (moved by any commit of another connection: the
 * CLI, another worker) plus the local write counter above. Only when one of those moved is the marker
 * row read.
 */
export class CatalogueVersion {
  readonly #db: Db;
  readonly #markerQuery;
  readonly #dataVersion: Statement<[], number>;
  readonly #commits: CommitWatch;
  /** The last marker read, and the data version and local write count it was read under. */
  #known: { dataVersion: number | undefined; local: number; version: string } | undefined;

  constructor(db: Db, marker: Marker = 'ingredients') {
    this.#db = db;
    this.#markerQuery = db
      .select({ version: catalogueMeta.version, epoch: catalogueMeta.epoch })
      .from(catalogueMeta)
      .where(eq(catalogueMeta.id, MARKERS[marker]))
      .prepare();
    this.#dataVersion = db.$client.prepare<[], number>('PRAGMA data_version').pluck();
    this.#commits = new CommitWatch(db.$client);
  }

  /** The marker row as it stands, read now. */
  read(): string {
    const row = this.#markerQuery.get();
    return row ? `${row.version}.${row.epoch}` : '0';
  }

  current(): string {
    // Every check reads before the marker: a commit landing in between moves them again, so the
    // next call looks once more instead of trusting a marker older than the data.
    const local = localWrites.get(this.#db.$client) ?? 0;
    const committed = this.#commits.moved();
    const known = this.#known;
    if (known && local === known.local && !committed) return known.version;
    const dataVersion = this.#dataVersion.get();
    if (known && local === known.local && dataVersion === known.dataVersion) return known.version;
    const version = this.read();
    this.#known = { dataVersion, local, version };
    return version;
  }
}
