import { concernMask } from '../catalogue-index.js';
import type { RuleId } from '../rules/index.js';
import { Firing } from '../trace.js';
import type { CatalogueSnapshot, Profile } from '../types.js';
import { NO_PRODUCTS, type OwnPlacement } from './products.js';
import { type Selection, selectIngredients } from './select.js';

/**
 * Past this many distinct profiles a snapshot's selections start over. Without `avoid` there are at
 * most 4 skin types × 2 × 255 concern sets × 4 pregnancy statuses × 2 = 16,320 keys; a selection is
 * about 1 KB, so the bound keeps the cache under a few MB whatever clients send.
 */
export const SELECTION_CACHE_LIMIT = 4096;

interface Kept {
  selection: Selection;
  /** The rules the selection fired, replayed into each request's firing record. */
  fired: readonly RuleId[];
}

// Snapshots are immutable, so a selection made against one stays right for its life; a new catalogue
// version is a new snapshot object and starts empty.
const kept = new WeakMap<CatalogueSnapshot, Map<string, Kept>>();

/**
 * Everything of the profile the selection phase reads, and nothing else: skin type, sensitivity,
 * the concerns as a set, pregnancy, whether a retinoid is new, and the avoid list as given (its
 * order names the avoided ingredients in warnings). `tests/engine/selection-cache.test.ts` checks
 * that profiles with one key get one selection.
 */
export function selectionKey(profile: Profile): string {
  return `${profile.skinType}|${profile.sensitive ? 1 : 0}|${concernMask(profile.concerns)}|${profile.pregnancy}|${profile.retinoidWeeks === 0 ? 1 : 0}|${profile.avoid.join(',')}`;
}

/**
 * The selection phase, remembered per catalogue snapshot for profiles without own products: most
 * requests repeat a selection some earlier profile already made, and it is a third of the engine's
 * time. Explained requests always select afresh, since their trace records each decision's facts.
 * A kept selection is shared by every request with its key, so no later phase may change it.
 */
export function selectionFor(
  profile: Profile,
  catalogue: CatalogueSnapshot,
  firing: Firing,
  own: OwnPlacement,
): Selection {
  if (firing.explain || own !== NO_PRODUCTS) return selectIngredients(profile, catalogue, firing, own);
  let selections = kept.get(catalogue);
  if (!selections) {
    selections = new Map();
    kept.set(catalogue, selections);
  }
  const key = selectionKey(profile);
  let entry = selections.get(key);
  if (!entry) {
    const record = new Firing(false);
    const selection = selectIngredients(profile, catalogue, record, own);
    entry = { selection, fired: record.applied() };
    if (selections.size >= SELECTION_CACHE_LIMIT) selections.clear();
    selections.set(key, entry);
  }
  firing.fireAll(entry.fired);
  return entry.selection;
}
