import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Evidence, Ingredient, Strength } from '../engine/types.js';
import type { Concern, IngredientClass, Irritation, SkinType, UvSpectrum } from '../engine/vocabulary.js';

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
 * One row holding the catalogue version. Every write bumps it in the same
 * transaction, so any process (server or CLI) sees a change by reading one integer.
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

/** Every catalogue write: who, what, when, and the values before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    actor: text().notNull(),
    operation: text().$type<'create' | 'update' | 'delete'>().notNull(),
    slug: text().notNull(),
    before: text({ mode: 'json' }).$type<Ingredient | null>(),
    after: text({ mode: 'json' }).$type<Ingredient | null>(),
  },
  (table) => [index('audit_log_slug').on(table.slug)],
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
