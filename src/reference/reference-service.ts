import { decodeCursor, encodeCursor } from '../http/cursor.js';
import type { ReferenceEntry } from './inci-names.js';
import { MAX_INCI_NAME_LENGTH } from './inci-names.js';
import type { ReferenceRepository } from './reference-repository.js';

export interface ReferenceQuery {
  q: string;
  limit: number;
  cursor?: string | undefined;
}

export interface ReferencePage {
  items: ReferenceEntry[];
  nextCursor: string | null;
}

const isInciName = (name: string) => name.length <= MAX_INCI_NAME_LENGTH;

/** Search of the CosIng INCI reference, paged by INCI name. */
export class ReferenceService {
  readonly #repository: ReferenceRepository;

  constructor(repository: ReferenceRepository) {
    this.#repository = repository;
  }

  search(query: ReferenceQuery): ReferencePage {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isInciName);
    const { items, more } = this.#repository.search({ q: query.q, limit: query.limit, after });
    const last = items.at(-1);
    return { items, nextCursor: more && last ? encodeCursor(last.inciName) : null };
  }
}
