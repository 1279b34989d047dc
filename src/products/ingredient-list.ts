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

/**
 * Stand-in reader until the inci-reader branch lands: splits on commas outside parentheses and matches
 * each entry to a catalogue INCI name exactly (case-insensitive); everything else is unknown.
 */
export class IngredientListReader {
  readonly #byInci: ReadonlyMap<string, Ingredient>;

  constructor(ingredients: readonly Ingredient[], _referenceNames: readonly string[] = []) {
    this.#byInci = new Map(ingredients.map((item) => [item.inciName.toUpperCase(), item]));
  }

  read(inci: string): ListReading {
    const ingredients: ListEntry[] = [];
    const unknownIngredients: UnknownIngredient[] = [];
    let mayContain = false;
    let position = 0;
    for (const raw of splitOutsideParentheses(inci)) {
      let text = raw.trim().replace(/\.$/, '').trim();
      const marker = /^may contain:?\s*/i.exec(text);
      if (marker) {
        mayContain = true;
        text = text.slice(marker[0].length);
      }
      if (text === '') continue;
      position += 1;
      const match = this.#byInci.get(text.toUpperCase());
      ingredients.push({
        position,
        text,
        slug: match?.slug ?? null,
        inciName: match?.inciName ?? null,
        match: match ? 'exact' : 'unknown',
        confidence: match ? 1 : 0,
        percent: null,
        mayContain,
      });
      if (!match) unknownIngredients.push({ text, suggestions: [] });
    }
    const held = ingredients
      .filter((entry) => entry.slug !== null && !entry.mayContain)
      .map((entry) => this.#byInci.get(entry.inciName!.toUpperCase())!);
    return {
      ingredients,
      facts: {
        actives: held.filter(isActive).map((item) => item.slug),
        retinoid: held.some(isRetinoid),
        exfoliatingAcid: held.some(isExfoliatingAcid),
        photosensitizing: held.some((item) => item.photosensitizing),
        pregnancySafe: held.every((item) => item.pregnancySafe),
      },
      unknownIngredients,
    };
  }
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
