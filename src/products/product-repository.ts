import type { Statement } from 'better-sqlite3';
import { asc, count, eq, sql } from 'drizzle-orm';
import { bumpVersion, CatalogueVersion, type Tx, writeTransaction } from '../catalogue/catalogue-version.js';
import type { WriteOutcome } from '../catalogue/import-files.js';
import type { Db } from '../db/connection.js';
import { escapeLike } from '../db/like.js';
import { productEntries, products } from '../db/schema.js';
import type { StepKind } from '../engine/vocabulary.js';
import type { ListEntry, ListReading, ProductFacts } from './ingredient-list.js';
import type { Product, ProductInput, ProductRecord } from './product-schemas.js';

type Row = typeof products.$inferSelect;

/** What reading a product's list gives it, as stored and served. */
export interface Derived {
  ingredients: ListEntry[];
  facts: ProductFacts;
  unknownIngredients: string[];
}

export const derivedFrom = (reading: ListReading): Derived => ({
  ingredients: reading.ingredients,
  facts: reading.facts,
  unknownIngredients: reading.unknownIngredients.map((unknown) => unknown.text),
});

/** A product as the engine needs it for own products and suggestions. */
export interface ProductSummary {
  id: string;
  brand: string;
  name: string;
  kind: StepKind;
  /** Catalogue slugs it holds (not after "may contain"), in list order. */
  slugs: string[];
}

export interface ProductPageQuery {
  /** Already lower-cased. */
  q?: string | undefined;
  kind?: StepKind | undefined;
  contains?: string | undefined;
  freeOf?: string | undefined;
  pregnancySafe?: boolean | undefined;
  /** Only ids after this one (the last id of the previous page). */
  after?: string | undefined;
  limit: number;
}

/** An entry a new or renamed ingredient could come to match: its printed text and what it matched. */
export interface UnmatchedText {
  text: string;
  slug: string | null;
}

const toProduct = (row: Row): Product => ({
  id: row.id,
  brand: row.brand,
  name: row.name,
  kind: row.kind,
  inci: row.inci,
  spf: row.spf,
  url: row.url,
  ingredients: row.ingredients,
  facts: row.facts,
  unknownIngredients: row.unknownIngredients,
  updatedAt: row.updatedAt,
});

/** The staff-written fields of a product and when they were written: what the audit trail keeps. */
const toRecord = (product: ProductInput & { updatedAt: string }): ProductRecord => ({
  id: product.id,
  brand: product.brand,
  name: product.name,
  kind: product.kind,
  inci: product.inci,
  spf: product.spf,
  url: product.url,
  updatedAt: product.updatedAt,
});

/** A stored row with its derived fields left as the JSON text they are stored as, to compare cheaply. */
interface StoredText {
  id: string;
  brand: string;
  name: string;
  kind: StepKind;
  inci: string;
  spf: number | null;
  url: string | null;
  ingredients: string;
  facts: string;
  unknown_ingredients: string;
  updated_at: string;
}

/** The derived fields as stored: JSON text. */
const derivedText = (derived: Derived) => ({
  ingredients: JSON.stringify(derived.ingredients),
  facts: JSON.stringify(derived.facts),
  unknownIngredients: JSON.stringify(derived.unknownIngredients),
});

const sameDerived = (stored: StoredText, text: ReturnType<typeof derivedText>): boolean =>
  stored.ingredients === text.ingredients &&
  stored.facts === text.facts &&
  stored.unknown_ingredients === text.unknownIngredients;

const STAFF_FIELDS = ['id', 'brand', 'name', 'kind', 'inci', 'spf', 'url'] as const;

function outcomeOf(stored: StoredText | undefined, input: ProductInput, derived: Derived): WriteOutcome {
  if (!stored) return 'created';
  const same =
    STAFF_FIELDS.every((field) => stored[field] === input[field]) &&
    sameDerived(stored, derivedText(derived));
  return same ? 'unchanged' : 'updated';
}

const SELECT_TEXT =
  'SELECT id, brand, name, kind, inci, spf, url, ingredients, facts, unknown_ingredients, updated_at FROM products';
const UPSERT_SQL = `INSERT INTO products
  (id, brand, name, kind, inci, spf, url, ingredients, facts, unknown_ingredients, pregnancy_safe, updated_at)
  VALUES (@id, @brand, @name, @kind, @inci, @spf, @url, @ingredients, @facts, @unknownIngredients,
    @pregnancySafe, @updatedAt)
  ON CONFLICT(id) DO UPDATE SET brand = excluded.brand, name = excluded.name, kind = excluded.kind,
    inci = excluded.inci, spf = excluded.spf, url = excluded.url, ingredients = excluded.ingredients,
    facts = excluded.facts, unknown_ingredients = excluded.unknown_ingredients,
    pregnancy_safe = excluded.pregnancy_safe, updated_at = excluded.updated_at`;
const REDERIVE_SQL = `UPDATE products SET ingredients = @ingredients, facts = @facts,
  unknown_ingredients = @unknownIngredients, pregnancy_safe = @pregnancySafe, updated_at = @updatedAt
  WHERE id = @id`;
const AUDIT_SQL =
  "INSERT INTO audit_log (at, actor, operation, entity, slug, before, after) VALUES (?, ?, ?, 'product', ?, ?, ?)";
/** Entry rows per INSERT: 5 values a row stays far below SQLite's 32,766 bound values. */
const ENTRY_CHUNK = 200;

/**
 * Whether a new or renamed ingredient could change what an entry reads as: entries no
 * catalogue ingredient matched, or matched only by a close spelling. Their printed text
 * is kept in `product_entries.text` for the re-reading that finds them.
 */
const mayRematch = (entry: ListEntry) => entry.slug === null || entry.match === 'fuzzy';

/**
 * The only module that reads or writes the `products` and `product_entries` tables.
 * Reads go to SQLite (the join table serves `contains`/`freeOf`); the list the engine
 * takes (`summaries`) is cached under the products' version, which every product
 * write bumps in its own transaction.
 */
export class ProductRepository {
  readonly #db: Db;
  readonly #version: CatalogueVersion;
  readonly #byIdQuery;
  readonly #pageQuery;
  readonly #upsert: Statement;
  readonly #deleteEntries: Statement;
  readonly #rederive: Statement;
  readonly #audit: Statement;
  readonly #storedText: Statement<[string], StoredText>;
  readonly #insertEntries = new Map<number, Statement>();
  #summaries: { version: string; items: ProductSummary[]; byId: Map<string, ProductSummary> } | undefined;

  constructor(db: Db) {
    this.#db = db;
    this.#version = new CatalogueVersion(db, 'products');
    this.#byIdQuery = db
      .select()
      .from(products)
      .where(eq(products.id, sql.placeholder('id')))
      .prepare();
    // One statement for every filter combination: a filter left out is bound to NULL.
    const param = (name: string) => sql.placeholder(name);
    this.#pageQuery = db
      .select()
      .from(products)
      .where(
        sql`(${param('after')} IS NULL OR ${products.id} > ${param('after')})
          AND (${param('kind')} IS NULL OR ${products.kind} = ${param('kind')})
          AND (${param('pregnancySafe')} IS NULL OR ${products.pregnancySafe} = ${param('pregnancySafe')})
          AND (${param('q')} IS NULL OR ${products.brand} LIKE ${param('q')} ESCAPE '\\'
            OR ${products.name} LIKE ${param('q')} ESCAPE '\\')
          AND (${param('contains')} IS NULL OR ${products.id} IN (
            SELECT ${productEntries.productId} FROM ${productEntries}
            WHERE ${productEntries.ingredientSlug} = ${param('contains')} AND ${productEntries.mayContain} = 0))
          AND (${param('freeOf')} IS NULL OR ${products.id} NOT IN (
            SELECT ${productEntries.productId} FROM ${productEntries}
            WHERE ${productEntries.ingredientSlug} = ${param('freeOf')}))`,
      )
      .orderBy(asc(products.id))
      .limit(param('limit'))
      .prepare();
    const client = db.$client;
    this.#upsert = client.prepare(UPSERT_SQL);
    this.#deleteEntries = client.prepare('DELETE FROM product_entries WHERE product_id = ?');
    this.#rederive = client.prepare(REDERIVE_SQL);
    this.#audit = client.prepare(AUDIT_SQL);
    this.#storedText = client.prepare<[string], StoredText>(`${SELECT_TEXT} WHERE id = ?`);
  }

  /** The products' version, as clients see it in the products' `ETag`. */
  version(): string {
    return this.#version.current();
  }

  count(): number {
    return this.#db.select({ n: count() }).from(products).get()?.n ?? 0;
  }

  /** One product and the version it was read at, in one read transaction. */
  findById(id: string): { product: Product | undefined; version: string } {
    return this.#db.transaction(() => {
      const row = this.#byIdQuery.get({ id });
      return { product: row ? toProduct(row) : undefined, version: this.#version.read() };
    });
  }

  /** Up to `limit` products in id order after `after`, and the version they were read at. */
  page(query: ProductPageQuery): { items: Product[]; version: string } {
    return this.#db.transaction(() => {
      const rows = this.#pageQuery.all({
        after: query.after ?? null,
        kind: query.kind ?? null,
        pregnancySafe: query.pregnancySafe === undefined ? null : Number(query.pregnancySafe),
        q: query.q === undefined ? null : `%${escapeLike(query.q)}%`,
        contains: query.contains ?? null,
        freeOf: query.freeOf ?? null,
        limit: query.limit,
      });
      return { items: rows.map(toProduct), version: this.#version.read() };
    });
  }

  /** Every product, in id order (for exports). */
  all(): Product[] {
    return this.#db.select().from(products).orderBy(asc(products.id)).all().map(toProduct);
  }

  /**
   * Every product as the engine reads it, cached under the products' version: rebuilt
   * from the join table (no JSON parsing) only after a product write.
   */
  summaries(): { items: readonly ProductSummary[]; byId: ReadonlyMap<string, ProductSummary> } {
    const version = this.#version.current();
    if (this.#summaries?.version === version) return this.#summaries;
    const built = this.#db.transaction((tx) => {
      const items: ProductSummary[] = tx
        .select({ id: products.id, brand: products.brand, name: products.name, kind: products.kind })
        .from(products)
        .orderBy(asc(products.id))
        .all()
        .map((row) => ({ ...row, slugs: [] }));
      const byId = new Map(items.map((item) => [item.id, item]));
      const held = tx
        .select({ id: productEntries.productId, slug: productEntries.ingredientSlug })
        .from(productEntries)
        .where(sql`${productEntries.ingredientSlug} IS NOT NULL AND ${productEntries.mayContain} = 0`)
        .orderBy(asc(productEntries.productId), asc(productEntries.position))
        .all();
      for (const { id, slug } of held) byId.get(id)?.slugs.push(slug!);
      return { version: this.#version.read(), items, byId };
    });
    this.#summaries = built;
    return built;
  }

  /** Runs `work` as one catalogue write (see `writeTransaction`); nested writes join it. */
  transaction<T>(work: (tx: Tx) => T): T {
    return writeTransaction(this.#db, work);
  }

  /** What writing these products would do to each id, read in one snapshot of the table. */
  plan(items: readonly { input: ProductInput; derived: Derived }[]): WriteOutcome[] {
    const stored = this.#storedById();
    return items.map(({ input, derived }) => outcomeOf(stored.get(input.id), input, derived));
  }

  #storedById(): Map<string, StoredText> {
    const rows = this.#db.$client.prepare<[], StoredText>(SELECT_TEXT).all();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * Inserts or replaces each product by id in one transaction, with one version bump
   * and an audit record per product written: every row lands or none does. A product
   * equal to what is stored (derived fields included) is left alone, not audited.
   */
  upsertMany(
    items: readonly { input: ProductInput; derived: Derived }[],
    now: string,
    actor = 'system',
    onProgress?: (done: number) => void,
  ): WriteOutcome[] {
    return this.transaction(() => {
      const stored = this.#storedById();
      const outcomes: WriteOutcome[] = [];
      for (const { input, derived } of items) {
        const before = stored.get(input.id);
        const outcome = outcomeOf(before, input, derived);
        outcomes.push(outcome);
        if (outcome !== 'unchanged') {
          const after = this.#store(input, derived, now);
          this.#record(now, actor, before ? 'update' : 'create', input.id, before, after);
        }
        if (onProgress && outcomes.length % 500 === 0) onProgress(outcomes.length);
      }
      if (outcomes.some((outcome) => outcome !== 'unchanged')) bumpVersion(this.#db, 'products');
      return outcomes;
    });
  }

  /** Inserts one product; undefined when the id is taken (nothing written). */
  create(input: ProductInput, derived: Derived, now: string, actor = 'system'): Product | undefined {
    return this.transaction(() => {
      if (this.#storedText.get(input.id)) return undefined;
      const after = this.#store(input, derived, now);
      this.#record(now, actor, 'create', input.id, undefined, after);
      bumpVersion(this.#db, 'products');
      return after;
    });
  }

  /** Replaces the product at `id`; undefined when there is none. */
  replace(
    id: string,
    input: ProductInput,
    derived: Derived,
    now: string,
    actor = 'system',
  ): Product | undefined {
    return this.transaction(() => {
      const before = this.#storedText.get(id);
      if (!before) return undefined;
      const after = this.#store(input, derived, now);
      this.#record(now, actor, 'update', id, before, after);
      bumpVersion(this.#db, 'products');
      return after;
    });
  }

  /** Deletes the product at `id` (its entries go with it); whether there was one. */
  delete(id: string, now: string, actor = 'system'): boolean {
    return this.transaction(() => {
      const before = this.#storedText.get(id);
      if (!before) return false;
      this.#db.delete(products).where(eq(products.id, id)).run();
      this.#record(now, actor, 'delete', id, before, undefined);
      bumpVersion(this.#db, 'products');
      return true;
    });
  }

  /** Ids of the products listing any of these ingredients (after "may contain" too). */
  idsHolding(slugs: readonly string[]): string[] {
    if (slugs.length === 0) return [];
    return this.#db.$client
      .prepare<[string], string>(
        'SELECT DISTINCT product_id FROM product_entries WHERE ingredient_slug IN (SELECT value FROM json_each(?))',
      )
      .pluck()
      .all(JSON.stringify(slugs));
  }

  /** Every distinct entry a new or renamed ingredient could come to match (see `mayRematch`). */
  unmatchedTexts(): UnmatchedText[] {
    return this.#db.$client
      .prepare<[], UnmatchedText>(
        'SELECT DISTINCT text, ingredient_slug AS slug FROM product_entries WHERE text IS NOT NULL',
      )
      .all();
  }

  /** Ids of the products with an entry printed as one of these texts. */
  idsWithTexts(texts: readonly string[]): string[] {
    if (texts.length === 0) return [];
    return this.#db.$client
      .prepare<[string], string>(
        'SELECT DISTINCT product_id FROM product_entries WHERE text IS NOT NULL AND text IN (SELECT value FROM json_each(?))',
      )
      .pluck()
      .all(JSON.stringify(texts));
  }

  /**
   * Reads these products' lists again (`derive`) and stores what changed, in one
   * transaction with one version bump when anything did. Their staff-written fields
   * stay as they are, so this is not audited: the ingredient write that caused it is.
   * Returns how many products changed.
   */
  rederive(ids: readonly string[], derive: (inci: string) => Derived, now: string): number {
    return this.transaction(() => {
      let changed = 0;
      for (const id of ids) {
        const stored = this.#storedText.get(id);
        if (!stored) continue;
        const derived = derive(stored.inci);
        if (sameDerived(stored, derivedText(derived))) continue;
        this.#rederive.run({
          id,
          ...derivedText(derived),
          pregnancySafe: Number(derived.facts.pregnancySafe),
          updatedAt: now,
        });
        this.#storeEntries(id, derived.ingredients);
        changed++;
      }
      if (changed > 0) bumpVersion(this.#db, 'products');
      return changed;
    });
  }

  #store(input: ProductInput, derived: Derived, now: string): Product {
    const product: Product = { ...input, ...derived, updatedAt: now };
    this.#upsert.run({
      ...input,
      ...derivedText(derived),
      pregnancySafe: Number(derived.facts.pregnancySafe),
      updatedAt: now,
    });
    this.#storeEntries(input.id, derived.ingredients);
    return product;
  }

  /** Replaces the join-table rows of a product, in multi-row INSERTs. */
  #storeEntries(id: string, entries: readonly ListEntry[]): void {
    this.#deleteEntries.run(id);
    for (let start = 0; start < entries.length; start += ENTRY_CHUNK) {
      const chunk = entries.slice(start, start + ENTRY_CHUNK);
      const values: (string | number | null)[] = [];
      for (const entry of chunk) {
        values.push(
          id,
          entry.position,
          entry.slug,
          Number(entry.mayContain),
          mayRematch(entry) ? entry.text : null,
        );
      }
      this.#insertStatement(chunk.length).run(values);
    }
  }

  #insertStatement(rows: number): Statement {
    let statement = this.#insertEntries.get(rows);
    if (!statement) {
      statement = this.#db.$client.prepare(
        'INSERT INTO product_entries (product_id, position, ingredient_slug, may_contain, text) VALUES ' +
          Array.from({ length: rows }, () => '(?, ?, ?, ?, ?)').join(', '),
      );
      this.#insertEntries.set(rows, statement);
    }
    return statement;
  }

  #record(
    at: string,
    actor: string,
    operation: 'create' | 'update' | 'delete',
    id: string,
    before: StoredText | undefined,
    after: Product | undefined,
  ): void {
    this.#audit.run(
      at,
      actor,
      operation,
      id,
      before ? JSON.stringify(toRecord({ ...before, updatedAt: before.updated_at })) : null,
      after ? JSON.stringify(toRecord(after)) : null,
    );
  }
}
