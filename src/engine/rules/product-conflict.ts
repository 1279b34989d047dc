import { type Message, type MessageCode, message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import { IRRITATION_LEVELS } from '../vocabulary.js';
import type { OwnRole } from './product-own-first.js';
import { peelsAbove } from './strength-start-low.js';

/** How two products, or a product and the profile, would break a rule together. */
export type ConflictReason =
  | 'two-retinoids'
  | 'two-acids'
  | 'retinoid-acid'
  | 'retinoid-and-acid'
  | 'daily-limit'
  | 'pregnancy'
  | 'avoided'
  | 'too-harsh'
  | 'too-strong'
  | 'redness-acid'
  | 'evening-only'
  | 'serum-cap';

/** What the engine did about it: the product named first is the one the fix applies to. */
export type ConflictFix = 'left-out' | 'other-nights' | 'one-session';

/**
 * The order in which own products claim their place, and so which one is kept when two cannot be
 * used together: the treatments the routine is built around first, then serums, then base products
 * (which any other product of their kind can replace).
 */
export const ROLE_PRIORITY: readonly OwnRole[] = [
  'retinoid',
  'acid',
  'antioxidant',
  'serum',
  'moisturizer',
  'sunscreen',
  'toner',
  'cleanser',
];

/** A product in competition for a place: its request order and the ingredient that places it. */
export interface Contender {
  index: number;
  lead: Ingredient;
}

/**
 * Which of two retinoid (or two acid) products is kept: when the person is new to it or has
 * reactive skin, the less irritating one, as the ramp and gentle care favour; otherwise, and on a
 * tie, the one listed first. Negative when `a` is kept.
 */
export function keepFirst(a: Contender, b: Contender, gentlerFirst: boolean): number {
  if (gentlerFirst) {
    const diff = IRRITATION_LEVELS.indexOf(a.lead.irritation) - IRRITATION_LEVELS.indexOf(b.lead.irritation);
    if (diff !== 0) return diff;
  }
  return a.index - b.index;
}

const REASON_CODE: Record<ConflictReason, MessageCode> = {
  'two-retinoids': 'conflict-two-retinoids',
  'two-acids': 'conflict-two-acids',
  'retinoid-acid': 'conflict-retinoid-acid',
  'retinoid-and-acid': 'conflict-retinoid-and-acid',
  'daily-limit': 'conflict-daily-limit',
  pregnancy: 'conflict-pregnancy',
  avoided: 'conflict-avoided',
  'too-harsh': 'conflict-too-harsh',
  'too-strong': 'conflict-too-strong',
  'redness-acid': 'conflict-redness-acid',
  'evening-only': 'conflict-evening-only',
  'serum-cap': 'conflict-serum-cap',
};

const FIX_CODE: Record<ConflictFix, MessageCode> = {
  'left-out': 'fix-left-out',
  'other-nights': 'fix-other-nights',
  'one-session': 'fix-one-session',
};

export interface ConflictWording {
  reason: ConflictReason;
  fix: ConflictFix;
  /** The product the fix applies to. */
  product: string;
  /** The product it clashed with (kept as it was), if the clash is with another product. */
  other: string | null;
  /** The ingredient at stake, if one. */
  ingredient: Ingredient | null;
  /** The rule the products would have broken. */
  rule: string;
  /**
   * For a daily limit, the most applications a day; for the serum cap, the most serum steps; for a
   * strength, the most percent (`strength.start-low`).
   */
  max?: number;
  /** For a strength, the percent the label prints. */
  percent?: number;
  /** For a product kept to one session, which. */
  session?: 'am' | 'pm';
}

/** The warning text: what clashed, the rule, and the fix applied, as message params. */
export function conflictMessage(w: ConflictWording): Message {
  const names = {
    product: w.product,
    other: w.other ?? '',
    ingredient: w.ingredient?.name ?? '',
    max: w.max ?? 0,
    percent: w.percent ?? 0,
    // Past its most an AHA is a professional peel (strength.start-low); other actives are just too strong.
    peel: w.ingredient ? peelsAbove(w.ingredient) : false,
  };
  return message('warning-product-conflict', {
    reason: message(REASON_CODE[w.reason], names),
    rule: w.rule,
    fix: message(FIX_CODE[w.fix], { product: w.product, other: w.other ?? '', session: w.session ?? 'pm' }),
    product: w.product,
    other: w.other ?? '',
  });
}

/**
 * `product.conflict`: when two own products would break a rule together (two retinoids, two acids, a
 * retinoid and an acid in one session, an ingredient over its daily limit across them) or a product
 * breaks one for this profile (pregnancy, avoid, gentleness), never uses them so: keeps one, moves the
 * other to other nights or one session, or leaves it out, and warns naming both, the rule and the fix.
 * Why: exfoliating over a retinoid deepens dryness; retinoids are avoided in pregnancy. Sources: AAD
 * How to safely exfoliate at home; UKTIS.
 */
export const productConflict = {
  id: 'product.conflict',
  reads: ['ownProducts', 'pregnancy', 'sensitive', 'avoid'],
  params: {},
  sources: [SOURCES['aad-exfoliation'], SOURCES['uktis-retinoid']],
  strength: 'strong',
  certainty: 'low',
} as const satisfies Rule;
