import { IntlMessageFormat } from 'intl-messageformat';
import type { Message, MessageCode, MessageParam } from '../engine/index.js';
import { en } from './en.js';

/** The languages the service speaks; English is the default. */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGUES: Record<Locale, Record<MessageCode, string>> = { en };
/** How a list of nested messages (the stages of a ramp) is joined, per language. */
const LIST_SEPARATOR: Record<Locale, string> = { en: '; ' };

type Values = Record<string, string | number>;

/** Rendered texts kept per renderer; profiles repeat, so most messages are rendered once. */
const CACHE_LIMIT = 20_000;

/**
 * Renders engine messages in one language. Each message is compiled once; messages without
 * parameters (most notes) are rendered once and reused.
 */
export class MessageRenderer {
  readonly locale: Locale;
  readonly #formats = new Map<MessageCode, IntlMessageFormat>();
  readonly #plain = new Map<MessageCode, string>();
  readonly #rendered = new Map<string, string>();

  constructor(locale: Locale) {
    this.locale = locale;
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

  #format(code: MessageCode, values: Values): string {
    let format = this.#formats.get(code);
    if (format === undefined) {
      format = new IntlMessageFormat(CATALOGUES[this.locale][code], this.locale);
      this.#formats.set(code, format);
    }
    const text = format.format<string>(values);
    if (typeof text !== 'string') throw new TypeError(`message ${code} did not render to text`);
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
