import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { auditLog, ingredients } from '../db/schema.js';
import type { CatalogueSnapshot, Ingredient } from '../engine/types.js';
import { bumpVersion, CatalogueVersion, type Tx, writeTransaction } from './catalogue-version.js';
import type { WriteOutcome } from './import-files.js';
import { IngredientFields, type IngredientInput } from './ingredient-schemas.js';

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
    aliases: row.aliases,
    uvSpectrum: row.uvSpectrum,
    strength: row.strength,
    evidence: row.evidence,
    updatedAt: row.updatedAt,
  };
}

/** The fields an import compares: everything but `updatedAt`, which only records when a write happened. */
const COMPARED_FIELDS = Object.keys(IngredientFields.shape) as (keyof IngredientInput)[];

/**
 * Whether writing `item` over `stored` would change anything a reader sees. Lists
 * compare in order, as they are stored and served: reordering concerns is a change.
 */
export function sameIngredient(stored: Ingredient, item: IngredientInput): boolean {
  return COMPARED_FIELDS.every((field) => {
    const a = stored[field];
    const b = item[field];
    if (Array.isArray(a) && Array.isArray(b))
      return a.length === b.length && a.every((value, index) => value === b[index]);
    // Nested facts (strength, evidence) are small plain objects written in schema order.
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
      return JSON.stringify(a) === JSON.stringify(b);
    return a === b;
  });
}

/**
 * The only module that reads or writes the `ingredients` table.
 *
 * Reads are served from an in-memory snapshot, reloaded only when the catalogue
 * version (asked cheaply of `CatalogueVersion`) moved.
 */
export class IngredientRepository {
  readonly #db: Db;
  readonly #version: CatalogueVersion;
  readonly #bySlugQuery;
  #cache: CatalogueSnapshot | undefined;

  constructor(db: Db) {
    this.#db = db;
    this.#version = new CatalogueVersion(db);
    this.#bySlugQuery = db
      .select()
      .from(ingredients)
      .where(eq(ingredients.slug, sql.placeholder('slug')))
      .prepare();
  }

  /** The current catalogue version, as clients see it in `catalogueVersion` and `ETag`. */
  version(): string {
    return this.snapshot().version;
  }

  /** The whole catalogue at its current version; cheap when nothing changed. */
  snapshot(): CatalogueSnapshot {
    // Something else may have changed (an API key's last use, the reference): the catalogue did not.
    if (this.#cache && this.#cache.version === this.#version.current()) return this.#cache;
    // Read rows and marker in one transaction so the snapshot is never labelled
    // with a version other than the one its rows belong to.
    const snapshot = this.#db.transaction((tx) => {
      const rows = tx.select().from(ingredients).orderBy(asc(ingredients.slug)).all();
      const list = rows.map(toIngredient);
      return {
        version: this.#version.read(),
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

  /** Runs `work` as one catalogue write (see `writeTransaction`); nested writes join it. */
  transaction<T>(work: (tx: Tx) => T): T {
    return writeTransaction(this.#db, work);
  }

  /**
   * What writing these rows would do to each slug, read in one snapshot of the table:
   * new, different from what is stored, or the same (ignoring `updatedAt`).
   */
  plan(items: readonly IngredientInput[]): WriteOutcome[] {
    const existing = this.#storedBySlug(this.#db);
    return items.map((item) => outcomeOf(existing.get(item.slug), item));
  }

  #storedBySlug(tx: Tx | Db): Map<string, Ingredient> {
    return new Map(
      tx
        .select()
        .from(ingredients)
        .all()
        .map((row) => [row.slug, toIngredient(row)]),
    );
  }

  /**
   * Inserts or replaces each ingredient by slug, all in one transaction with one
   * version bump and an audit record per row written: either every row lands or none
   * does. A row equal to what is stored is left alone (not written, not audited), and
   * a call that changes nothing keeps the version, so client caches stay valid.
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
    return this.transaction((tx) => {
      const existing = this.#storedBySlug(tx);
      const outcomes: WriteOutcome[] = [];
      for (const item of items) {
        const before = existing.get(item.slug);
        const outcome = outcomeOf(before, item);
        outcomes.push(outcome);
        if (outcome !== 'unchanged') {
          const after: Ingredient = { ...item, updatedAt: now };
          upsert.run(toParams(after));
          record.run(
            now,
            actor,
            before ? 'update' : 'create',
            item.slug,
            before ? JSON.stringify(before) : null,
            JSON.stringify(after),
          );
          existing.set(item.slug, after);
        }
        if (onProgress && outcomes.length % 500 === 0) onProgress(outcomes.length);
      }
      if (outcomes.some((outcome) => outcome !== 'unchanged')) bumpVersion(this.#db);
      return outcomes;
    });
  }

  /** Inserts one ingredient; undefined when the slug is taken (nothing written). */
  create(item: IngredientInput, now: string, actor = 'system'): Ingredient | undefined {
    return this.transaction((tx) => {
      const inserted = tx
        .insert(ingredients)
        .values({ ...item, updatedAt: now })
        .onConflictDoNothing({ target: ingredients.slug })
        .returning()
        .get();
      if (!inserted) return undefined;
      const after = toIngredient(inserted);
      audit(tx, now, actor, 'create', null, after);
      bumpVersion(this.#db);
      return after;
    });
  }

  /** Replaces the ingredient at `slug`; undefined when there is none. */
  replace(slug: string, item: IngredientInput, now: string, actor = 'system'): Ingredient | undefined {
    return this.transaction((tx) => {
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
      bumpVersion(this.#db);
      return after;
    });
  }

  /** Deletes the ingredient at `slug`; the deleted ingredient, or undefined. */
  delete(slug: string, now = new Date().toISOString(), actor = 'system'): Ingredient | undefined {
    return this.transaction((tx) => {
      const deleted = tx.delete(ingredients).where(eq(ingredients.slug, slug)).returning().get();
      if (!deleted) return undefined;
      const before = toIngredient(deleted);
      audit(tx, now, actor, 'delete', before, null);
      bumpVersion(this.#db);
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
  ['aliases', 'aliases'],
  ['uv_spectrum', 'uvSpectrum'],
  ['strength', 'strength'],
  ['evidence', 'evidence'],
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
    params[field] =
      typeof value === 'object' && value !== null
        ? JSON.stringify(value)
        : typeof value === 'boolean'
          ? Number(value)
          : value;
  }
  return params;
}

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

function outcomeOf(before: Ingredient | undefined, item: IngredientInput): WriteOutcome {
  if (!before) return 'created';
  return sameIngredient(before, item) ? 'unchanged' : 'updated';
}
