import type { IngredientService } from '../catalogue/ingredient-service.js';
import { isoFromDays, parseIsoDate, recommend } from '../engine/index.js';
import type { CatalogueSnapshot, Profile } from '../engine/types.js';
import { type FieldError, invalidFields } from '../http/problem.js';
import { type Locale, rendererFor } from '../messages/render.js';
import type { OwnProductResolver } from '../products/own-products.js';
import { calendarFile, planKey } from './calendar-file.js';
import {
  DEFAULT_WEEKS,
  MAX_CHECK_INS,
  MAX_WEEKS,
  type Recommendation,
  type RecommendationRequest,
} from './recommendation-schemas.js';
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

  /**
   * What no static schema can check in the check-ins: each date inside the schedule (which starts
   * today when the request gives no `startDate`) and each ingredient in the catalogue. Takes the raw
   * body, like {@link unknownAvoided}, and skips what the schema already rejects.
   */
  invalidCheckIns(body: unknown, catalogue: CatalogueSnapshot = this.#ingredients.snapshot()): FieldError[] {
    if (!isRecord(body) || !Array.isArray(body.checkIns) || body.checkIns.length > MAX_CHECK_INS) return [];
    const start =
      body.startDate === undefined
        ? this.#today()
        : typeof body.startDate === 'string'
          ? parseIsoDate(body.startDate)
          : undefined;
    const weeks = body.weeks === undefined ? DEFAULT_WEEKS : body.weeks;
    const knownSchedule =
      start !== undefined &&
      typeof weeks === 'number' &&
      Number.isInteger(weeks) &&
      weeks >= 1 &&
      weeks <= MAX_WEEKS;
    // An own product may be named by its productId or its name.
    const ownNames = new Set(
      (Array.isArray(body.products) ? body.products : []).flatMap((product: unknown) =>
        isRecord(product)
          ? [product.productId, product.name].filter((name): name is string => typeof name === 'string')
          : [],
      ),
    );
    const errors: FieldError[] = [];
    body.checkIns.forEach((checkIn: unknown, index) => {
      if (!isRecord(checkIn)) return;
      const day = typeof checkIn.date === 'string' ? parseIsoDate(checkIn.date) : undefined;
      if (knownSchedule && day !== undefined && (day < start || day >= start + weeks * 7)) {
        errors.push({
          path: `/checkIns/${index}/date`,
          in: 'body',
          message: `${checkIn.date} is outside the schedule, ${isoFromDays(start)} to ${isoFromDays(start + weeks * 7 - 1)}`,
        });
      }
      if (
        typeof checkIn.ingredient === 'string' &&
        !catalogue.bySlug.has(checkIn.ingredient) &&
        !ownNames.has(checkIn.ingredient)
      ) {
        errors.push({
          path: `/checkIns/${index}/ingredient`,
          in: 'body',
          message: `'${checkIn.ingredient}' is neither in the ingredient catalogue nor one of the request's products`,
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
    return request.startDate ?? isoFromDays(this.#today());
  }

  #answer(request: RecommendationRequest, startDate: string, options: RecommendOptions): Recommendation {
    // One snapshot per request: one version lookup, and the same catalogue checked and used.
    const catalogue = this.#ingredients.snapshot();
    const errors = [
      ...this.unknownAvoided(request.avoid, catalogue),
      ...this.invalidCheckIns(request, catalogue),
      ...this.#products.unknownIds(request.products),
    ];
    if (errors.length > 0) {
      throw invalidFields(errors);
    }
    // Reminders only place the calendar file's events; the engine never sees them.
    const { checkIns, reminders: _reminders, products, suggestProducts, ...fields } = request;
    const profile: Profile = { ...fields, startDate };
    const own = products.length > 0 ? this.#products.resolve(products) : [];
    if (own.length > 0) profile.ownProducts = own;
    if (checkIns.length > 0) {
      // A slug names one ingredient; an own product (by productId or name) the ingredients it holds.
      const held = new Map(own.map((product) => [product.key, product.slugs]));
      profile.checkIns = checkIns.map(({ date, reaction, severity, ingredient }) => ({
        date,
        reaction,
        severity,
        ingredients: ingredient === undefined ? null : (held.get(ingredient) ?? [ingredient]),
      }));
    }
    const result = recommend(profile, catalogue, {
      explain: options.explain === true,
      ...(suggestProducts ? { productCatalogue: this.#products.catalogue() } : {}),
    });
    return renderRecommendation(result, rendererFor(options.locale ?? 'en'));
  }

  /** Today (UTC) as a day number: the schedule's start when the request gives none. */
  #today(): number {
    return Math.floor(this.#now().getTime() / DAY_MS);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
