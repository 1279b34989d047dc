import { randomBytes } from 'node:crypto';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { catalogueMeta, ingredients } from '../db/schema.js';
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
   * Inserts or replaces each ingredient by slug, all in one transaction with one
   * version bump: either every row lands or none does.
   */
  upsertMany(items: readonly IngredientInput[], now: string): WriteOutcome[] {
    return this.#db.transaction((tx) => {
      const outcomes: WriteOutcome[] = [];
      for (const item of items) {
        const existing = tx
          .select({ id: ingredients.id })
          .from(ingredients)
          .where(eq(ingredients.slug, item.slug))
          .get();
        const values = { ...item, updatedAt: now };
        if (existing) {
          tx.update(ingredients).set(values).where(eq(ingredients.id, existing.id)).run();
          outcomes.push('updated');
        } else {
          tx.insert(ingredients).values(values).run();
          outcomes.push('created');
        }
      }
      if (items.length > 0) bumpVersion(tx);
      return outcomes;
    });
  }

  /** Inserts one ingredient; false when the slug is taken (nothing written). */
  create(item: IngredientInput, now: string): Ingredient | undefined {
    return this.#db.transaction((tx) => {
      const inserted = tx
        .insert(ingredients)
        .values({ ...item, updatedAt: now })
        .onConflictDoNothing({ target: ingredients.slug })
        .returning()
        .get();
      if (!inserted) return undefined;
      bumpVersion(tx);
      return toIngredient(inserted);
    });
  }

  /** Replaces the ingredient at `slug`; undefined when there is none. */
  replace(slug: string, item: IngredientInput, now: string): Ingredient | undefined {
    return this.#db.transaction((tx) => {
      const updated = tx
        .update(ingredients)
        .set({ ...item, updatedAt: now })
        .where(eq(ingredients.slug, slug))
        .returning()
        .get();
      if (!updated) return undefined;
      bumpVersion(tx);
      return toIngredient(updated);
    });
  }

  /** Deletes the ingredient at `slug`; the deleted ingredient, or undefined. */
  delete(slug: string): Ingredient | undefined {
    return this.#db.transaction((tx) => {
      const deleted = tx.delete(ingredients).where(eq(ingredients.slug, slug)).returning().get();
      if (!deleted) return undefined;
      bumpVersion(tx);
      return toIngredient(deleted);
    });
  }
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function bumpVersion(tx: Tx): void {
  tx.insert(catalogueMeta)
    .values({ id: 1, version: 1, epoch: randomBytes(4).toString('hex') })
    .onConflictDoUpdate({ target: catalogueMeta.id, set: { version: sql`${catalogueMeta.version} + 1` } })
    .run();
}
