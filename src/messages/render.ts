import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
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

/** Rendered templates kept per renderer; past this many the map starts over, whatever clients send. */
const CACHE_LIMIT = 20_000;

/**
 * A rendered message with holes for its verbatim arguments: literal text at even indexes, the name of
 * the argument that goes between at odd ones. A message renders once per combination of its other
 * parameters, then every date, name or nested text is put in by a join.
 */
type Template = readonly string[];

/** Marks a verbatim argument in a template while it is rendered; no message text holds it. */
const HOLE = '\u0000';

/**
 * The arguments a message prints as they are given (`{date}`), and nowhere chooses by or formats as
 * a number, date or plural: rendering with another string there changes the text only there.
 */
function verbatimArguments(elements: readonly MessageFormatElement[]): Set<string> {
  const plain = new Set<string>();
  const decided = new Set<string>();
  const walk = (list: readonly MessageFormatElement[]) => {
    for (const element of list) {
      if (isArgumentElement(element)) plain.add(element.value);
      else if (!isLiteralElement(element) && 'value' in element && typeof element.value === 'string')
        decided.add(element.value);
      if (isSelectElement(element) || isPluralElement(element))
        for (const option of Object.values(element.options)) walk(option.value);
      if (isTagElement(element)) walk(element.children);
    }
  };
  walk(elements);
  for (const name of decided) plain.delete(name);
  return plain;
}

/**
 * Renders engine messages in one language. Each message is compiled once and rendered once per
 * combination of the parameters it decides on; the arguments it prints verbatim (dates, names,
 * nested texts) fill a kept template, so a new start date costs a join, not a render.
 */
export class MessageRenderer {
  readonly locale: Locale;
  readonly #formats = new Map<CatalogueKey, { format: IntlMessageFormat; verbatim: Set<string> }>();
  // Conjunction and disjunction for lists of words; `unit` for plain enumerations ("a, b, c" in English).
  readonly #lists: Record<RuleTextList['join'], Intl.ListFormat>;
  readonly #plain = new Map<MessageCode, string>();
  readonly #templates = new Map<string, Template>();

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
    const { verbatim } = this.#compiled(message.code);
    const values: Values = {};
    // The key holds every value the message decides on, and only the names of those it prints as given.
    let key: string = message.code;
    for (const name in message.params) {
      const value = this.#value(message.params[name]!);
      values[name] = value;
      key +=
        typeof value === 'string' && verbatim.has(name) ? `\u0001${name}` : `\u0001${name}\u0002${value}`;
    }
    let template = this.#templates.get(key);
    if (template === undefined) {
      template = this.#template(message.code, values, verbatim);
      if (this.#templates.size >= CACHE_LIMIT) this.#templates.clear();
      this.#templates.set(key, template);
    }
    if (template.length === 1) return template[0]!;
    let text = template[0]!;
    for (let i = 1; i < template.length; i += 2) text += String(values[template[i]!]) + template[i + 1]!;
    return text;
  }

  /** The message rendered with a hole for each verbatim string argument, split at the holes. */
  #template(code: MessageCode, values: Values, verbatim: ReadonlySet<string>): Template {
    const marked: Values = {};
    for (const name in values) {
      const value = values[name]!;
      marked[name] = typeof value === 'string' && verbatim.has(name) ? `${HOLE}${name}${HOLE}` : value;
    }
    // "a\0date\0b" splits into ["a", "date", "b"]: names at odd indexes, as Template says.
    const template = this.#format(code, marked).split(HOLE);
    for (let i = 1; i < template.length; i += 2)
      if (!verbatim.has(template[i]!)) throw new TypeError(`message ${code} has a hole in a chosen value`);
    return template;
  }

  #value(param: MessageParam): string | number {
    if (typeof param === 'number' || typeof param === 'string') return param;
    if (typeof param === 'boolean') return param ? 'true' : 'false';
    if (Array.isArray(param)) {
      return (param as readonly Message[]).map((part) => this.render(part)).join(LIST_SEPARATOR[this.locale]);
    }
    return this.render(param as Message);
  }

  #compiled(key: CatalogueKey): { format: IntlMessageFormat; verbatim: Set<string> } {
    let compiled = this.#formats.get(key);
    if (compiled === undefined) {
      const format = new IntlMessageFormat(CATALOGUES[this.locale][key], this.locale);
      compiled = { format, verbatim: verbatimArguments(format.getAst()) };
      this.#formats.set(key, compiled);
    }
    return compiled;
  }

  #format(key: CatalogueKey, values: Values): string {
    const text = this.#compiled(key).format.format<string>(values);
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
