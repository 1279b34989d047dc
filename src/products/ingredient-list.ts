// PLACEHOLDER: replaced by the inci-reader branch at merge
import { isActive, isExfoliatingAcid, isRetinoid } from '../engine/ingredient-facts.js';
import type { Ingredient } from '../engine/types.js';

export type MatchKind = 'exact' | 'alias' | 'fuzzy' | 'reference' | 'unknown';
/** One entry of a printed list, as api.md's Product.ingredients item. */
export interface ListEntry {
  position: number;
  text: string;
  slug: string | null;
  inciName: string | null;
  match: MatchKind;
  confidence: number;
  percent: number | null;
  mayContain: boolean;
}
export interface ProductFacts {
  actives: string[];
  retinoid: boolean;
  exfoliatingAcid: boolean;
  photosensitizing: boolean;
  pregnancySafe: boolean;
}
export interface UnknownIngredient {
  text: string;
  suggestions: string[];
}
export interface ListReading {
  ingredients: ListEntry[];
  facts: ProductFacts;
  unknownIngredients: UnknownIngredient[];
}

/** Exact, case-insensitive INCI names and aliases of catalogue ingredients only (the inci-reader branch does the rest). */
export class IngredientListReader {
  readonly #byName: Map<string, Ingredient>;
  readonly #byAlias: Map<string, Ingredient>;

  constructor(ingredients: readonly Ingredient[], _referenceNames: readonly string[] = []) {
    this.#byName = new Map(ingredients.map((item) => [item.inciName.toUpperCase(), item]));
    this.#byAlias = new Map(
      ingredients.flatMap((item) => item.aliases.map((alias) => [alias.toUpperCase(), item] as const)),
    );
  }

  read(inci: string): ListReading {
    const texts = inci
      .split(/[,;\n]/)
      .map((text) => text.trim().replace(/\.$/, ''))
      .filter((text) => text !== '');
    const held: Ingredient[] = [];
    const ingredients = texts.map((text, index): ListEntry => {
      const exact = this.#byName.get(text.toUpperCase());
      const found = exact ?? this.#byAlias.get(text.toUpperCase());
      if (found) held.push(found);
      return {
        position: index + 1,
        text,
        slug: found?.slug ?? null,
        inciName: found?.inciName ?? null,
        match: exact ? 'exact' : found ? 'alias' : 'unknown',
        confidence: found ? 1 : 0,
        percent: null,
        mayContain: false,
      };
    });
    return {
      ingredients,
      facts: {
        actives: held.filter(isActive).map((item) => item.slug),
        retinoid: held.some(isRetinoid),
        exfoliatingAcid: held.some(isExfoliatingAcid),
        photosensitizing: held.some((item) => item.photosensitizing),
        pregnancySafe: held.every((item) => item.pregnancySafe),
      },
      unknownIngredients: ingredients
        .filter((entry) => entry.match === 'unknown')
        .map((entry) => ({ text: entry.text, suggestions: [] })),
    };
  }
}
