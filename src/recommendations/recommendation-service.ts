import type { IngredientService } from '../catalogue/ingredient-service.js';
import { isoFromDays, recommend } from '../engine/index.js';
import type { CatalogueSnapshot, Profile } from '../engine/types.js';
import { type FieldError, invalidFields } from '../http/problem.js';
import { rendererFor } from '../messages/render.js';
import type { OwnProductResolver } from '../products/own-products.js';
import type { Recommendation, RecommendationRequest } from './recommendation-schemas.js';
import { renderRecommendation } from './render-recommendation.js';

export interface RecommendOptions {
  /** Add every rule's firing record (`trace`). */
  explain?: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The recommendation use case: check the request against the catalogue, complete the
 * profile (today's date only when none was given) and run the pure engine on the
 * catalogue snapshot of the current version.
 */
export class RecommendationService {
  readonly #ingredients: IngredientService;
  readonly #now: () => Date;
  readonly #products: OwnProductResolver;

  constructor(ingredients: IngredientService, now: () => Date, products: OwnProductResolver) {
    this.#ingredients = ingredients;
    this.#now = now;
    this.#products = products;
  }

  /**
   * Every reference in a request body that names nothing: unknown `avoid` slugs and `productId`s.
   * Takes the raw body, so a request with other invalid fields hears about these in the same answer.
   */
  unknownReferences(body: unknown): FieldError[] {
    if (body === null || typeof body !== 'object') return [];
    const { avoid, products } = body as { avoid?: unknown; products?: unknown };
    return [...this.unknownAvoided(avoid), ...this.#products.unknownIds(products)];
  }

  /**
   * The `avoid` entries that name no catalogue ingredient. Takes the raw body too, so a
   * request with other invalid fields still hears about its unknown slugs in one answer.
   */
  unknownAvoided(avoid: unknown, catalogue: CatalogueSnapshot = this.#ingredients.snapshot()): FieldError[] {
    if (!Array.isArray(avoid)) return [];
    const errors: FieldError[] = [];
    avoid.forEach((slug: unknown, index) => {
      if (typeof slug === 'string' && !catalogue.bySlug.has(slug)) {
        errors.push({
          path: `/avoid/${index}`,
          in: 'body',
          message: `'${slug}' is not in the ingredient catalogue`,
        });
      }
    });
    return errors;
  }

  recommend(request: RecommendationRequest, options: RecommendOptions = {}): Recommendation {
    // One snapshot per request: one version lookup, and the same catalogue checked and used.
    const catalogue = this.#ingredients.snapshot();
    const errors = [
      ...this.unknownAvoided(request.avoid, catalogue),
      ...this.#products.unknownIds(request.products),
    ];
    if (errors.length > 0) {
      throw invalidFields(errors);
    }
    const { products, suggestProducts, ...fields } = request;
    const profile: Profile = {
      ...fields,
      startDate: request.startDate ?? isoFromDays(Math.floor(this.#now().getTime() / DAY_MS)),
    };
    if (products.length > 0) profile.ownProducts = this.#products.resolve(products);
    const result = recommend(profile, catalogue, {
      explain: options.explain === true,
      ...(suggestProducts ? { productCatalogue: this.#products.catalogue() } : {}),
    });
    return renderRecommendation(result, rendererFor('en'));
  }
}
