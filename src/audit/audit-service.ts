import { invalidInput } from '../http/problem.js';
import type { AuditEntry, AuditRepository } from './audit-repository.js';

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/** Reading the audit trail: pages for the API, a time range for the CLI. */
export class AuditService {
  readonly #repository: AuditRepository;

  constructor(repository: AuditRepository) {
    this.#repository = repository;
  }

  /** One page, newest first; the cursor is the id of the last entry of the previous page. */
  page(limit: number, cursor: string | undefined): AuditPage {
    const before = cursor === undefined ? undefined : Number(cursor);
    if (before !== undefined && !Number.isSafeInteger(before)) {
      throw invalidInput('The cursor is not one this API returned.', [
        { path: '/cursor', in: 'query', message: 'is not a valid cursor' },
      ]);
    }
    const rows = this.#repository.page(limit, before);
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? String(items.at(-1)!.id) : null };
  }

  /** Every entry at or after `since` (all when undefined), oldest first, as a log reads. */
  since(since: Date | undefined): AuditEntry[] {
    return this.#repository.since(since?.toISOString());
  }
}
