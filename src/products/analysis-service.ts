import { message } from '../engine/message.js';
import { mostExceeded } from '../engine/rules/strength-start-low.js';
import type { Ingredient } from '../engine/types.js';
import { invalidFields } from '../http/problem.js';
import { type Locale, type MessageRenderer, rendererFor } from '../messages/render.js';
import type { AnalysisWarningCode, ListAnalysis, ListAnalysisRequest } from './analysis-schemas.js';
import type { IngredientListReader, ListEntry, ListReading } from './ingredient-list.js';
import type { ListReaderProvider } from './list-reader-provider.js';

type Warning = ListAnalysis['warnings'][number];

/** How many entries a warning names in words; `positions` lists them all. */
const NAMED_IN_WORDS = 10;

const names = (texts: readonly string[]) =>
  texts.length > NAMED_IN_WORDS
    ? `${texts.slice(0, NAMED_IN_WORDS).join(', ')} and ${texts.length - NAMED_IN_WORDS} more`
    : texts.join(', ');

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/**
 * Reading an ingredient list for a person (POST /v1/products/analyze): the reader's entries and
 * facts, plus warnings about what to check (unknown entries, close spellings) and what the product
 * holds that matters (may-contain entries, pregnancy, sun sensitivity).
 */
export class ProductAnalysisService {
  readonly #readers: ListReaderProvider;

  constructor(readers: ListReaderProvider) {
    this.#readers = readers;
  }

  /** Reads the list; warnings are written in `locale`. */
  analyze(request: ListAnalysisRequest, locale: Locale = 'en'): ListAnalysis {
    const reader = this.#readers.current();
    const reading = reader.read(request.inci);
    const entries = reading.ingredients;
    if (entries.length === 0 || entries.every((entry) => entry.match === 'unknown')) {
      throw invalidFields([
        {
          path: '/inci',
          in: 'body',
          message:
            entries.length === 0
              ? 'holds no ingredient: no entry has a letter or digit'
              : `holds no ingredient: none of its ${entries.length === 1 ? 'entry' : `${entries.length} entries`} ` +
                'matches a catalogue ingredient or a CosIng INCI name, even by close spelling',
        },
      ]);
    }
    return { ...reading, warnings: this.#warnings(reading, reader, rendererFor(locale)) };
  }

  #warnings(reading: ListReading, reader: IngredientListReader, renderer: MessageRenderer): Warning[] {
    const warnings: Warning[] = [];
    const warn = (code: AnalysisWarningCode, about: readonly ListEntry[], text: string) =>
      warnings.push({ code, message: text, positions: about.map((entry) => entry.position) });
    const render = renderer.render.bind(renderer);
    const entries = reading.ingredients;

    const unknown = entries.filter((entry) => entry.match === 'unknown');
    if (unknown.length > 0) {
      const params = { count: unknown.length, names: names(unknown.map((entry) => entry.text)) };
      warn('product-unknown-ingredients', unknown, render(message('analysis-unknown-ingredients', params)));
    }
    const close = entries.filter((entry) => entry.match === 'fuzzy');
    if (close.length > 0) {
      const matches = names(
        close.map((entry) => `${entry.text} → ${entry.inciName} (${Math.round(entry.confidence * 100)} %)`),
      );
      warn(
        'close-spelling',
        close,
        render(message('analysis-close-spellings', { count: close.length, matches })),
      );
    }
    const mayContain = entries.filter((entry) => entry.mayContain);
    if (mayContain.length > 0) {
      const params = { count: mayContain.length, names: names(mayContain.map((entry) => entry.text)) };
      warn('may-contain', mayContain, render(message('analysis-may-contain', params)));
    }

    // Warnings count may-contain entries too: a product that may hold a retinoid is one to know about.
    const held = entries.flatMap((entry) => {
      const ingredient = entry.slug === null ? undefined : reader.ingredient(entry.slug);
      return ingredient ? [{ entry, ingredient }] : [];
    });
    const about = (test: (ingredient: Ingredient) => boolean) =>
      held.filter(({ ingredient }) => test(ingredient));
    const named = (list: { ingredient: Ingredient }[]) =>
      unique(list.map(({ ingredient }) => ingredient.name));
    const notSafe = about((ingredient) => !ingredient.pregnancySafe);
    if (notSafe.length > 0) {
      const params = { names: names(named(notSafe)) };
      warn(
        'pregnancy',
        notSafe.map(({ entry }) => entry),
        render(message('analysis-not-pregnancy-safe', params)),
      );
    }
    const sensitizing = about((ingredient) => ingredient.photosensitizing);
    if (sensitizing.length > 0) {
      const list = named(sensitizing);
      warn(
        'sun-sensitivity',
        sensitizing.map(({ entry }) => entry),
        render(message('analysis-photosensitizing', { count: list.length, names: names(list) })),
      );
    }
    // A stated strength above the most the catalogue advises (strength.start-low), entry by entry.
    for (const { entry, ingredient } of held) {
      if (entry.mayContain || entry.percent === null) continue;
      const max = mostExceeded(ingredient, entry.percent);
      if (max === undefined) continue;
      const params = { name: ingredient.name, percent: entry.percent, max };
      warn('too-strong', [entry], render(message('analysis-too-strong', params)));
    }
    return warnings;
  }
}
