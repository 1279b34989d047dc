import { message } from '../message.js';
import { listRank, MAX_SUGGESTIONS, productSuggest, suitsStep } from '../rules/product-suggest.js';
import type { Firing } from '../trace.js';
import type { CatalogueProduct, CatalogueSnapshot, Ingredient, Profile, Step } from '../types.js';
import type { Session } from './products.js';

/**
 * The suggestion phase (`product.suggest`): on each step without an own product, up to
 * {@link MAX_SUGGESTIONS} catalogue products that hold the step's chosen ingredients and break no rule
 * for this profile, those listing the chosen ingredients earliest first.
 */
export function addSuggestions(
  routine: { am: Step[]; pm: Step[] },
  products: readonly CatalogueProduct[],
  profile: Profile,
  catalogue: CatalogueSnapshot,
  firing: Firing,
): void {
  const held = new Map<CatalogueProduct, Ingredient[]>();
  for (const product of products) {
    const ingredients: Ingredient[] = [];
    for (const slug of product.slugs) {
      const ingredient = catalogue.bySlug.get(slug);
      if (ingredient) ingredients.push(ingredient);
    }
    held.set(product, ingredients);
  }
  const forSession = (steps: Step[], session: Session) => {
    for (const step of steps) {
      if (step.products.length > 0) continue;
      const slot = { kind: step.kind, session, chosen: step.ingredients };
      const fitting = products.filter((product) => suitsStep(product, held.get(product)!, slot, profile));
      const ranks = new Map(fitting.map((product) => [product, listRank(product, slot.chosen)]));
      fitting.sort((a, b) => {
        const [lastA, sumA] = ranks.get(a)!;
        const [lastB, sumB] = ranks.get(b)!;
        return lastA - lastB || sumA - sumB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      });
      step.suggestions = fitting
        .slice(0, MAX_SUGGESTIONS)
        .map((product) => ({ productId: product.id, brand: product.brand, name: product.name }));
      if (step.suggestions.length > 0) {
        const ids = step.suggestions.map((suggestion) => suggestion.productId);
        firing.fire(productSuggest.id, () => ({
          facts: { [`${session}.${step.order}.${step.kind}.chosen`]: step.ingredients },
          effect: message('effect-suggested', { ids: ids.join(', '), step: step.kind }),
        }));
      }
    }
  };
  forSession(routine.am, 'am');
  forSession(routine.pm, 'pm');
}
