import type { GlossaryEntry } from '../types.js';
import { type Plan, stepIngredients } from './routine.js';

/** Every ingredient the routine names, once, in the order a reader meets them (`evidence.graded`). */
export function glossaryOf(plan: Plan): GlossaryEntry[] {
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const steps of [plan.am, plan.pm]) {
    for (const step of steps) {
      for (const ingredient of stepIngredients(step)) {
        if (seen.has(ingredient.slug)) continue;
        seen.add(ingredient.slug);
        entries.push({
          slug: ingredient.slug,
          name: ingredient.name,
          evidence: ingredient.evidence,
          strength: ingredient.strength,
        });
      }
    }
  }
  return entries;
}
