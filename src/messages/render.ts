import { IntlMessageFormat } from 'intl-messageformat';
import type {
  Message,
  MessageCode,
  MessageParam,
  Rule,
  RuleId,
  RuleTextList,
  RuleTextParam,
} from '../engine/index.js';
import { type Catalogue, type CatalogueKey, ruleTextKey } from './catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** The languages the service speaks; English, first, is the default. */
export const LOCALES = ['en', 'fr', 'de', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Catalogue> = { en, fr, de, es };
/** How a list of nested messages (the stages of a ramp) is joined, per language. */
const LIST_SEPARATOR: Record<Locale, string> = { en: '; ', fr: '\u00a0; ', de: '; ', es: '; ' };

type Values = Record<string, string | number>;

/** Rendered texts kept per renderer; profiles repeat, so most messages are rendered once. */
const CACHE_LIMIT = 20_000;

/**
 * Renders engine messages in one language. Each message is compiled once; messages without
 * parameters (most notes) are rendered once and reused.
 */
export class MessageRenderer {
  readonly locale: Locale;
  readonly #formats = new Map<CatalogueKey, IntlMessageFormat>();
  // Conjunction and disjunction for lists of words; `unit` for plain enumerations ("a, b, c" in English).
  readonly #lists: Record<RuleTextList['join'], Intl.ListFormat>;
  readonly #plain = new Map<MessageCode, string>();
  readonly #rendered = new Map<string, string>();

  constructor(locale: Locale) {
    this.locale = locale;
    this.#lists = {
      and: new Intl.ListFormat(locale, { type: 'conjunction' }),
      or: new Intl.ListFormat(locale, { type: 'disjunction' }),
      comma: new Intl.ListFormat(locale, { type: 'unit' }),
    };
  }

  /** A rule's title and rationale in this language, filled from the rule's own parameters. */
  ruleText(id: RuleId, params: Rule['params']): { title: string; rationale: string } {
    const values: Values = {};
    for (const name in params) values[name] = this.#ruleValue(params[name]!);
    return {
      title: this.#format(ruleTextKey(id, 'title'), values),
      rationale: this.#format(ruleTextKey(id, 'rationale'), values),
    };
  }

  #ruleValue(param: RuleTextParam): string | number {
    if (typeof param === 'number') return param;
    if ('code' in param) return this.render(param);
    const items = param.items.map((item) => this.render(item));
    return this.#lists[param.join].format(items);
  }

  render(message: Message): string {
    if (message.params === undefined) {
      let text = this.#plain.get(message.code);
      if (text === undefined) {
        text = this.#format(message.code, {});
        this.#plain.set(message.code, text);
      }
      return text;
    }
    // Messages are plain data, so their JSON is a complete cache key.
    const key = message.code + JSON.stringify(message.params);
    let text = this.#rendered.get(key);
    if (text === undefined) {
      const values: Values = {};
      for (const name in message.params) values[name] = this.#value(message.params[name]!);
      text = this.#format(message.code, values);
      if (this.#rendered.size >= CACHE_LIMIT) this.#rendered.clear();
      this.#rendered.set(key, text);
    }
    return text;
  }

  #value(param: MessageParam): string | number {
    if (typeof param === 'number' || typeof param === 'string') return param;
    if (typeof param === 'boolean') return param ? 'true' : 'false';
    if (Array.isArray(param)) {
      return (param as readonly Message[]).map((part) => this.render(part)).join(LIST_SEPARATOR[this.locale]);
    }
    return this.render(param as Message);
  }

  #format(key: CatalogueKey, values: Values): string {
    let format = this.#formats.get(key);
    if (format === undefined) {
      format = new IntlMessageFormat(CATALOGUES[this.locale][key], this.locale);
      this.#formats.set(key, format);
    }
    const text = format.format<string>(values);
    if (typeof text !== 'string') throw new TypeError(`message ${key} did not render to text`);
    return text;
  }
}

const renderers = new Map<Locale, MessageRenderer>();

/** The shared renderer of a language. */
export function rendererFor(locale: Locale = 'en'): MessageRenderer {
  let renderer = renderers.get(locale);
  if (!renderer) {
    renderer = new MessageRenderer(locale);
    renderers.set(locale, renderer);
  }
  return renderer;
}
