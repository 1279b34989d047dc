import { randomBytes } from 'node:crypto';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { auditLog, catalogueMeta, ingredients } from '../db/schema.js';
import type { CatalogueSnapshot, Ingredient } from '../engine/types.js';
import type { IngredientInput } from './ingredient-schemas.js';

type Row = typeof ingredients.$inferSelect;

function toIngredient(row: Row): Ingredient {
  return {
    slug: row.slug,
    name: row.name,
    inciName: row.inciName,
    class: row.class,
    family: row.family,
    rank: row.rank,
    concerns: row.concerns,
    photosensitizing: row.photosensitizing,
    irritation: row.irritation,
    maxApplicationsPerDay: row.maxApplicationsPerDay,
    pregnancySafe: row.pregnancySafe,
    skinTypes: row.skinTypes,
    casNumber: row.casNumber,
    ecNumber: row.ecNumber,
    notes: row.notes,
    updatedAt: row.updatedAt,
  };
}

export type WriteOutcome = 'created' | 'updated';

/**
 * The only module that reads or writes the `ingredients` table.
 *
 * Reads are served from an in-memory snapshot keyed by the catalogue version. The
 * version lives in the database, so a write from another process (the CLI while the
 * server runs) is seen on the next read: each read costs one prepared lookup of an
 * integer, and the catalogue is reloaded only when that integer moved.
 */
export class IngredientRepository {
  readonly #db: Db;
  readonly #versionQuery;
  readonly #bySlugQuery;
  #cache: CatalogueSnapshot | undefined;

  constructor(db: Db) {
    this.#db = db;
    this.#versionQuery = db
      .select({ version: catalogueMeta.version, epoch: catalogueMeta.epoch })
      .from(catalogueMeta)
      .where(eq(catalogueMeta.id, 1))
      .prepare();
    this.#bySlugQuery = db
      .select()
      .from(ingredients)
      .where(eq(ingredients.slug, sql.placeholder('slug')))
      .prepare();
  }

  /** The current catalogue version, as clients see it in `catalogueVersion` and `ETag`. */
  version(): string {
    const row = this.#versionQuery.get();
    return row ? `${row.version}.${row.epoch}` : '0';
  }

  /** The whole catalogue at its current version; cheap when nothing changed. */
  snapshot(): CatalogueSnapshot {
    const version = this.version();
    if (this.#cache?.version === version) return this.#cache;
    // Read rows and version in one transaction so the snapshot is never labelled
    // with a version other than the one its rows belong to.
    const snapshot = this.#db.transaction((tx) => {
      const rows = tx.select().from(ingredients).orderBy(asc(ingredients.slug)).all();
      const list = rows.map(toIngredient);
      return {
        version: this.version(),
        ingredients: list,
        bySlug: new Map(list.map((item) => [item.slug, item])),
      } satisfies CatalogueSnapshot;
    });
    this.#cache = snapshot;
    return snapshot;
  }

  count(): number {
    return this.#db.select({ n: count() }).from(ingredients).get()?.n ?? 0;
  }

  findBySlug(slug: string): Ingredient | undefined {
    const row = this.#bySlugQuery.get({ slug });
    return row ? toIngredient(row) : undefined;
  }

  /**
   * Runs a write in an IMMEDIATE transaction: it takes the write lock up front, so
   * with another writer (the CLI) active it waits out the busy timeout instead of
   * failing with SQLITE_BUSY when a read snapshot would have to upgrade.
   */
  #write<T>(work: (tx: Tx) => T): T {
    return this.#db.transaction(work, { behavior: 'immediate' });
  }

  /** Whether an ingredient with this slug exists (read from the database, not the snapshot). */
  exists(slug: string): boolean {
    return this.#bySlugQuery.get({ slug }) !== undefined;
  }

  /**
   * Inserts or replaces each ingredient by slug, all in one transaction with one
   * version bump and an audit record per row: either every row lands or none does.
   * Bulk imports run through two raw prepared statements: building each query with
   * the query builder cost ten times more than executing it.
   */
  upsertMany(
    items: readonly IngredientInput[],
    now: string,
    actor = 'system',
    onProgress?: (done: number) => void,
  ): WriteOutcome[] {
    const client = this.#db.$client;
    const upsert = client.prepare(UPSERT_SQL);
    const record = client.prepare(AUDIT_SQL);
    return this.#write((tx) => {
      const existing = new Map(
        tx
          .select()
          .from(ingredients)
          .all()
          .map((row) => [row.slug, toIngredient(row)]),
      );
      const outcomes: WriteOutcome[] = [];
      for (const item of items) {
        const after: Ingredient = { ...item, updatedAt: now };
        const before = existing.get(item.slug) ?? null;
        upsert.run(toParams(after));
        record.run(
          now,
          actor,
          before ? 'update' : 'create',
          item.slug,
          before && JSON.stringify(before),
          JSON.stringify(after),
        );
        existing.set(item.slug, after);
        outcomes.push(before ? 'updated' : 'created');
        if (onProgress && outcomes.length % 500 === 0) onProgress(outcomes.length);
      }
      if (items.length > 0) bumpVersion(tx);
      return outcomes;
    });
  }

  /** Inserts one ingredient; undefined when the slug is taken (nothing written). */
  create(item: IngredientInput, now: string, actor = 'system'): Ingredient | undefined {
    return this.#write((tx) => {
      const inserted = tx
        .insert(ingredients)
        .values({ ...item, updatedAt: now })
        .onConflictDoNothing({ target: ingredients.slug })
        .returning()
        .get();
      if (!inserted) return undefined;
      const after = toIngredient(inserted);
      audit(tx, now, actor, 'create', null, after);
      bumpVersion(tx);
      return after;
    });
  }

  /** Replaces the ingredient at `slug`; undefined when there is none. */
  replace(slug: string, item: IngredientInput, now: string, actor = 'system'): Ingredient | undefined {
    return this.#write((tx) => {
      const before = tx.select().from(ingredients).where(eq(ingredients.slug, slug)).get();
      if (!before) return undefined;
      const updated = tx
        .update(ingredients)
        .set({ ...item, updatedAt: now })
        .where(eq(ingredients.id, before.id))
        .returning()
        .get()!;
      const after = toIngredient(updated);
      audit(tx, now, actor, 'update', toIngredient(before), after);
      bumpVersion(tx);
      return after;
    });
  }

  /** Deletes the ingredient at `slug`; the deleted ingredient, or undefined. */
  delete(slug: string, now = new Date().toISOString(), actor = 'system'): Ingredient | undefined {
    return this.#write((tx) => {
      const deleted = tx.delete(ingredients).where(eq(ingredients.slug, slug)).returning().get();
      if (!deleted) return undefined;
      const before = toIngredient(deleted);
      audit(tx, now, actor, 'delete', before, null);
      bumpVersion(tx);
      return before;
    });
  }
}

const COLUMNS: [column: string, field: keyof Ingredient][] = [
  ['slug', 'slug'],
  ['name', 'name'],
  ['inci_name', 'inciName'],
  ['class', 'class'],
  ['family', 'family'],
  ['rank', 'rank'],
  ['concerns', 'concerns'],
  ['photosensitizing', 'photosensitizing'],
  ['irritation', 'irritation'],
  ['max_applications_per_day', 'maxApplicationsPerDay'],
  ['pregnancy_safe', 'pregnancySafe'],
  ['skin_types', 'skinTypes'],
  ['cas_number', 'casNumber'],
  ['ec_number', 'ecNumber'],
  ['notes', 'notes'],
  ['updated_at', 'updatedAt'],
];
const UPSERT_SQL =
  `INSERT INTO ingredients (${COLUMNS.map(([column]) => column).join(', ')}) ` +
  `VALUES (${COLUMNS.map(([, field]) => `@${field}`).join(', ')}) ` +
  `ON CONFLICT(slug) DO UPDATE SET ${COLUMNS.slice(1)
    .map(([column]) => `${column} = excluded.${column}`)
    .join(', ')}`;
const AUDIT_SQL =
  'INSERT INTO audit_log (at, actor, operation, slug, before, after) VALUES (?, ?, ?, ?, ?, ?)';

/** An ingredient as SQLite parameters: lists as JSON text, booleans as 0/1. */
function toParams(item: Ingredient): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {};
  for (const [, field] of COLUMNS) {
    const value = item[field];
    params[field] = Array.isArray(value)
      ? JSON.stringify(value)
      : typeof value === 'boolean'
        ? Number(value)
        : value;
  }
  return params;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function audit(
  tx: Tx,
  at: string,
  actor: string,
  operation: 'create' | 'update' | 'delete',
  before: Ingredient | null,
  after: Ingredient | null,
): void {
  const slug = (after ?? before)!.slug;
  tx.insert(auditLog).values({ at, actor, operation, slug, before, after }).run();
}

function bumpVersion(tx: Tx): void {
  tx.insert(catalogueMeta)
    .values({ id: 1, version: 1, epoch: randomBytes(4).toString('hex') })
    .onConflictDoUpdate({ target: catalogueMeta.id, set: { version: sql`${catalogueMeta.version} + 1` } })
    .run();
}
