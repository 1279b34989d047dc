import type { GlossaryEntry, Ingredient } from '../types.js';
import { type Plan, stepIngredients } from './routine.js';
import type { Pick } from './select.js';

/**
 * Every ingredient the routine names, once, in the order a reader meets them (`evidence.graded`):
 * the steps', then any patch-tested only (its first use falls after the schedule).
 */
export function glossaryOf(plan: Plan, patched: readonly Pick[]): GlossaryEntry[] {
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  const add = (ingredient: Ingredient) => {
    if (seen.has(ingredient.slug)) return;
    seen.add(ingredient.slug);
    entries.push({
      slug: ingredient.slug,
      name: ingredient.name,
      evidence: ingredient.evidence,
      strength: ingredient.strength,
    });
  };
  for (const steps of [plan.am, plan.pm]) for (const step of steps) stepIngredients(step).forEach(add);
  // The calendar's patch list names each pick by its lead ingredient: so does the glossary.
  for (const pick of patched) add(pick.ingredient);
  return entries;
}
