import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';

/** What a message does with one placeholder; a `select` lists the choices it tells apart. */
export type Placeholder = { kind: 'value' } | { kind: 'plural' } | { kind: 'select'; choices: string[] };

function walk(
  elements: readonly MessageFormatElement[],
  onPlaceholder: (name: string, placeholder: Placeholder) => void,
  onText: (text: string) => void,
): void {
  for (const element of elements) {
    if (isLiteralElement(element)) onText(element.value);
    else if (
      isArgumentElement(element) ||
      isNumberElement(element) ||
      isDateElement(element) ||
      isTimeElement(element)
    )
      onPlaceholder(element.value, { kind: 'value' });
    else if (isPluralElement(element) || isSelectElement(element)) {
      onPlaceholder(
        element.value,
        isPluralElement(element)
          ? { kind: 'plural' }
          : {
              kind: 'select',
              choices: Object.keys(element.options)
                .filter((key) => key !== 'other')
                .sort(),
            },
      );
      for (const option of Object.values(element.options)) walk(option.value, onPlaceholder, onText);
    } else if (isTagElement(element)) walk(element.children, onPlaceholder, onText);
  }
}

/** Every placeholder of an ICU message, by name (a name used twice keeps its richest use). */
export function placeholdersOf(message: string): Map<string, Placeholder> {
  const found = new Map<string, Placeholder>();
  walk(
    parse(message),
    (name, placeholder) => {
      if (found.get(name)?.kind !== 'select') found.set(name, placeholder);
    },
    () => {},
  );
  return found;
}

/** The words of an ICU message outside its placeholders, every branch included. */
export function literalTextOf(message: string): string {
  const parts: string[] = [];
  walk(
    parse(message),
    () => {},
    (text) => parts.push(text),
  );
  return parts.join(' ');
}
