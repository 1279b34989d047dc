import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { apiKeys } from '../db/schema.js';

export const SCOPES = ['catalogue:write', 'audit:read'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKeySummary {
  name: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type Verification = { ok: true; name: string; scopes: Scope[] } | { ok: false };

// Tokens look like `rgm_<key id>_<secret>`: the key id finds the row without a scan,
// the secret is compared by hash in constant time.
const TOKEN = /^rgm_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const hash = (secret: string) => createHash('sha256').update(secret).digest();

/** Staff API keys: only a hash of each secret is stored; the token is shown once. */
export class ApiKeyRepository {
  readonly #db: Db;
  readonly #byKeyId;

  constructor(db: Db) {
    this.#db = db;
    this.#byKeyId = db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.keyId, sql.placeholder('keyId')))
      .prepare();
  }

  /** Creates a key and returns its token; throws when the name is taken. */
  create(name: string, scopes: readonly Scope[], now: string): string {
    const keyId = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const inserted = this.#db
      .insert(apiKeys)
      .values({
        name,
        keyId,
        secretHash: hash(secret).toString('hex'),
        scopes: [...new Set(scopes)],
        createdAt: now,
      })
      .onConflictDoNothing({ target: apiKeys.name })
      .returning({ id: apiKeys.id })
      .get();
    if (!inserted) throw new Error(`a key named '${name}' already exists`);
    return `rgm_${keyId}_${secret}`;
  }

  list(): ApiKeySummary[] {
    return this.#db
      .select()
      .from(apiKeys)
      .orderBy(asc(apiKeys.name))
      .all()
      .map((row) => ({
        name: row.name,
        scopes: row.scopes as Scope[],
        createdAt: row.createdAt,
        lastUsedAt: row.lastUsedAt,
        revokedAt: row.revokedAt,
      }));
  }

  /** Revokes the key; false when no active key has that name. */
  revoke(name: string, now: string): boolean {
    const result = this.#db
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(sql`${apiKeys.name} = ${name} AND ${apiKeys.revokedAt} IS NULL`)
      .run();
    return result.changes > 0;
  }

  /** Checks a bearer token; records when a valid key was last used. */
  verify(token: string, now: string): Verification {
    const match = TOKEN.exec(token);
    if (!match) return { ok: false };
    const row = this.#byKeyId.get({ keyId: match[1] });
    if (!row || row.revokedAt !== null) return { ok: false };
    const expected = Buffer.from(row.secretHash, 'hex');
    const actual = hash(match[2]!);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false };
    this.#db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id)).run();
    return { ok: true, name: row.name, scopes: row.scopes as Scope[] };
  }
}
