import type { IngredientService } from '../catalogue/ingredient-service.js';
import { isoFromDays, recommend } from '../engine/index.js';
import type { CatalogueSnapshot, Profile } from '../engine/types.js';
import { type FieldError, invalidFields } from '../http/problem.js';
import { type Locale, rendererFor } from '../messages/render.js';
import { calendarFile, planKey } from './calendar-file.js';
import type { Recommendation, RecommendationRequest } from './recommendation-schemas.js';
import { renderRecommendation } from './render-recommendation.js';

export interface RecommendOptions {
  /** Add every rule's firing record (`trace`). */
  explain?: boolean;
  /** The language of every text; English when not given. */
  locale?: Locale;
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

  constructor(ingredients: IngredientService, now: () => Date) {
    this.#ingredients = ingredients;
    this.#now = now;
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
    return this.#answer(request, this.#startDate(request), options);
  }

  /**
   * The same answer as an RFC 5545 calendar file: its sessions at the request's reminder
   * times, with UIDs that stay the same for the same plan, date and session.
   */
  calendarFile(request: RecommendationRequest, options: { locale?: Locale } = {}): string {
    const locale = options.locale ?? 'en';
    const startDate = this.#startDate(request);
    return calendarFile(this.#answer(request, startDate, { locale }), {
      reminders: request.reminders,
      planKey: planKey(request, startDate),
      stamp: this.#now(),
      renderer: rendererFor(locale),
    });
  }

  /** The request's start date, or today's (UTC) when it gives none. */
  #startDate(request: RecommendationRequest): string {
    return request.startDate ?? isoFromDays(Math.floor(this.#now().getTime() / DAY_MS));
  }

  #answer(request: RecommendationRequest, startDate: string, options: RecommendOptions): Recommendation {
    // One snapshot per request: one version lookup, and the same catalogue checked and used.
    const catalogue = this.#ingredients.snapshot();
    const errors = this.unknownAvoided(request.avoid, catalogue);
    if (errors.length > 0) {
      throw invalidFields(errors);
    }
    // Reminders only place the calendar file's events; the engine never sees them.
    const { reminders: _reminders, ...fields } = request;
    const profile: Profile = { ...fields, startDate };
    const result = recommend(profile, catalogue, { explain: options.explain === true });
    return renderRecommendation(result, rendererFor(options.locale ?? 'en'));
  }
}
