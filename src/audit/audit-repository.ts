import { asc, desc, gte, lt } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { auditLog } from '../db/schema.js';
import type { Ingredient } from '../engine/types.js';
import type { ProductRecord } from '../products/product-schemas.js';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  operation: 'create' | 'update' | 'delete';
  /** What was written: an ingredient (by `slug`) or a product (by id, in `slug`). */
  entity: 'ingredient' | 'product';
  slug: string;
  before: Ingredient | ProductRecord | null;
  after: Ingredient | ProductRecord | null;
}

/** Reads the audit trail, newest first; the rows are written by the catalogue repository. */
export class AuditRepository {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Entries older than `beforeId` (all when undefined), newest first, at most `limit` + 1. */
  page(limit: number, beforeId: number | undefined): AuditEntry[] {
    return this.#db
      .select()
      .from(auditLog)
      .where(beforeId === undefined ? undefined : lt(auditLog.id, beforeId))
      .orderBy(desc(auditLog.id))
      .limit(limit + 1)
      .all();
  }

  /** Entries written at or after `at` (an ISO 8601 UTC time; all when undefined), oldest first. */
  since(at: string | undefined): AuditEntry[] {
    return this.#db
      .select()
      .from(auditLog)
      .where(at === undefined ? undefined : gte(auditLog.at, at))
      .orderBy(asc(auditLog.id))
      .all();
  }
}
