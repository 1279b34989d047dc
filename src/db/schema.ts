import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Concern, IngredientClass, Irritation, SkinType } from '../engine/vocabulary.js';

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
  /** Random per database file, so a recreated file never reuses an old version's ETag. */
  epoch: text().notNull(),
});
