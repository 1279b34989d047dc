import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Evidence, Ingredient, Strength } from '../engine/types.js';
import type {
  Concern,
  IngredientClass,
  Irritation,
  SkinType,
  StepKind,
  UvSpectrum,
} from '../engine/vocabulary.js';
import type { ListEntry, ProductFacts } from '../products/ingredient-list.js';
import type { ProductRecord } from '../products/product-schemas.js';

/**
 * The ingredient catalogue. List-valued facts are JSON arrays in TEXT columns:
 * they are read whole into the in-memory snapshot, never queried by element.
 */
export const ingredients = sqliteTable(
  'ingredients',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    name: text().notNull(),
    inciName: text().notNull(),
    class: text().$type<IngredientClass>().notNull(),
    family: text(),
    rank: integer().notNull().default(100),
    concerns: text({ mode: 'json' }).$type<Concern[]>().notNull(),
    photosensitizing: integer({ mode: 'boolean' }).notNull(),
    irritation: text().$type<Irritation>().notNull(),
    maxApplicationsPerDay: integer().$type<1 | 2>().notNull(),
    pregnancySafe: integer({ mode: 'boolean' }).notNull(),
    skinTypes: text({ mode: 'json' }).$type<SkinType[]>().notNull(),
    casNumber: text(),
    ecNumber: text(),
    notes: text().notNull().default(''),
    aliases: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    uvSpectrum: text().$type<UvSpectrum>(),
    strength: text({ mode: 'json' }).$type<Strength>(),
    evidence: text({ mode: 'json' })
      .$type<Evidence>()
      .notNull()
      .default(sql`'{"grade":"limited","sources":[]}'`),
    updatedAt: text().notNull(),
  },
  (table) => [
    check('ingredients_max_applications', sql`${table.maxApplicationsPerDay} IN (1, 2)`),
    check('ingredients_irritation', sql`${table.irritation} IN ('low', 'medium', 'high')`),
  ],
);

/**
 * One row per versioned part of the catalogue (1: ingredients, 2: products; see
 * catalogue-version.ts). Every write bumps its part in the same transaction, so any
 * process (server or CLI) sees a change by reading one integer.
 */
export const catalogueMeta = sqliteTable('catalogue_meta', {
  id: integer().primaryKey(),
  version: integer().notNull(),
  /** Random, drawn again on every write, so neither a recreated nor a restored file repeats an ETag. */
  epoch: text().notNull(),
});

/**
 * Staff API keys. The token is shown once at creation; only its key id (to find the
 * row) and a SHA-256 hash of its secret (to compare in constant time) are stored.
 */
export const apiKeys = sqliteTable('api_keys', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull().unique(),
  keyId: text().notNull().unique(),
  secretHash: text().notNull(),
  scopes: text({ mode: 'json' }).$type<string[]>().notNull(),
  createdAt: text().notNull(),
  lastUsedAt: text(),
  revokedAt: text(),
});

/**
 * Every catalogue write: who, what, when, and the values before and after. `slug` is
 * the ingredient's slug or the product's id, as `entity` says.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    actor: text().notNull(),
    operation: text().$type<'create' | 'update' | 'delete'>().notNull(),
    entity: text().$type<'ingredient' | 'product'>().notNull().default('ingredient'),
    slug: text().notNull(),
    before: text({ mode: 'json' }).$type<Ingredient | ProductRecord | null>(),
    after: text({ mode: 'json' }).$type<Ingredient | ProductRecord | null>(),
  },
  (table) => [index('audit_log_slug').on(table.slug)],
);

/**
 * The product catalogue: what staff write (brand to url) and what is derived from
 * `inci` by reading it against the catalogue (ingredients, facts, unknownIngredients),
 * kept here so reads never re-read a list. `pregnancySafe` repeats the fact as a
 * column for the list filter.
 */
export const products = sqliteTable(
  'products',
  {
    id: text().primaryKey(),
    brand: text().notNull(),
    name: text().notNull(),
    kind: text().$type<StepKind>().notNull(),
    inci: text().notNull(),
    spf: real(),
    url: text(),
    ingredients: text({ mode: 'json' }).$type<ListEntry[]>().notNull(),
    facts: text({ mode: 'json' }).$type<ProductFacts>().notNull(),
    unknownIngredients: text({ mode: 'json' }).$type<string[]>().notNull(),
    pregnancySafe: integer({ mode: 'boolean' }).notNull(),
    updatedAt: text().notNull(),
  },
  (table) => [index('products_kind').on(table.kind)],
);

/**
 * One row per entry of a product's list: which catalogue ingredient it holds (if
 * any), for the `contains`/`freeOf` filters and for finding the products to re-derive
 * when an ingredient changes. `text` (as printed) is kept only for entries that no
 * catalogue ingredient matched exactly or by alias: the ones a new or renamed
 * ingredient could come to match. It has no index on purpose: only an ingredient
 * create or rename scans it, and indexing it made a 10,000-product import three
 * times slower.
 */
export const productEntries = sqliteTable(
  'product_entries',
  {
    productId: text()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    ingredientSlug: text(),
    mayContain: integer({ mode: 'boolean' }).notNull(),
    text: text(),
  },
  (table) => [
    primaryKey({ columns: [table.productId, table.position] }),
    // Most entries hold no catalogue ingredient; `ingredient_slug = ?` still finds this index.
    index('product_entries_slug')
      .on(table.ingredientSlug, table.productId)
      .where(sql`${table.ingredientSlug} IS NOT NULL`),
  ],
);

/** The EU CosIng INCI inventory, replaced whole by `regimen reference import-cosing`. */
export const inciReference = sqliteTable('inci_reference', {
  id: integer().primaryKey({ autoIncrement: true }),
  inciName: text().notNull().unique(),
  /** Upper-cased name with every non-alphanumeric run turned into one space, padded with spaces. */
  searchText: text().notNull(),
  casNumbers: text({ mode: 'json' }).$type<string[]>().notNull(),
  ecNumbers: text({ mode: 'json' }).$type<string[]>().notNull(),
  functions: text({ mode: 'json' }).$type<string[]>().notNull(),
});

/** CAS number → reference row, for exact CAS searches and write cross-checks. */
export const inciReferenceCas = sqliteTable(
  'inci_reference_cas',
  {
    casNumber: text().notNull(),
    referenceId: integer()
      .notNull()
      .references(() => inciReference.id, { onDelete: 'cascade' }),
  },
  (table) => [index('inci_reference_cas_number').on(table.casNumber)],
);
