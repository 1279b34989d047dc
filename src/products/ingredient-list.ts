import { isActive } from '../engine/ingredient-facts.js';
import { allowedEdits, heldFacts } from '../engine/rules/product-contains.js';
import type { Ingredient } from '../engine/types.js';
import { NameIndex, type NearName, nameKey } from './name-index.js';
import { cleanName, nameForms, type PrintedEntry, splitPrintedList } from './printed-list.js';

export type MatchKind = 'exact' | 'alias' | 'fuzzy' | 'reference' | 'unknown';

/** One entry of a printed list, as api.md's Product.ingredients item. */
export interface ListEntry {
  /** 1-based, in printed order. */
  position: number;
  /** As printed (trimmed). */
  text: string;
  /** The catalogue ingredient, when matched to one. */
  slug: string | null;
  /** The matched INCI name (catalogue or CosIng reference); null when unknown. */
  inciName: string | null;
  match: MatchKind;
  /** 0..1 (1 for exact, alias and reference). */
  confidence: number;
  /** Stated percentage, e.g. "Retinol 0.5%". */
  percent: number | null;
  /** After "May contain", "+/-", "[+/- …]": counts for warnings, never placement. */
  mayContain: boolean;
}

export interface ProductFacts {
  /** Catalogue slugs of active ingredients held (not mayContain), in list order. */
  actives: string[];
  retinoid: boolean;
  exfoliatingAcid: boolean;
  photosensitizing: boolean;
  pregnancySafe: boolean;
}

/** What a read list holds, as the engine needs it (`product.contains`). */
export interface HeldList {
  /** The catalogue slugs it holds, not "may contain" ones, in list order, each once. */
  slugs: string[];
  /** The 1-based position of each of `slugs`. */
  positions: number[];
  /** The percent printed for a held slug (its first entry that states one). */
  stated: Record<string, number>;
  /** The catalogue slugs only listed after "may contain": for warnings, never placement. */
  mayContain: string[];
}

export function heldList(entries: readonly ListEntry[]): HeldList {
  const held: HeldList = { slugs: [], positions: [], stated: {}, mayContain: [] };
  for (const entry of entries) {
    if (entry.slug === null || entry.mayContain) continue;
    if (entry.percent !== null && held.stated[entry.slug] === undefined)
      held.stated[entry.slug] = entry.percent;
    if (held.slugs.includes(entry.slug)) continue;
    held.slugs.push(entry.slug);
    held.positions.push(entry.position);
  }
  for (const entry of entries)
    if (entry.mayContain && entry.slug !== null && !held.slugs.includes(entry.slug))
      if (!held.mayContain.includes(entry.slug)) held.mayContain.push(entry.slug);
  return held;
}

/** An entry that matched nothing, with the closest INCI names. */
export interface UnknownIngredient {
  text: string;
  suggestions: string[];
}

export interface ListReading {
  ingredients: ListEntry[];
  facts: ProductFacts;
  unknownIngredients: UnknownIngredient[];
}

/** The CosIng names, indexed once per reference version: value is the name as CosIng spells it. */
export type ReferenceIndex = NameIndex<string>;

export const buildReferenceIndex = (names: readonly string[]): ReferenceIndex =>
  new NameIndex(names.map((name) => ({ name, value: name })));

interface CatalogueName {
  ingredient: Ingredient;
  /** Whether the key is the ingredient's INCI name or one of its aliases. */
  kind: 'exact' | 'alias';
}

interface Match {
  slug: string | null;
  inciName: string | null;
  match: MatchKind;
  confidence: number;
}

const UNKNOWN: Match = { slug: null, inciName: null, match: 'unknown', confidence: 0 };
/** Suggestions offered for an unknown entry. */
const SUGGESTIONS = 3;
/**
 * Entries of one list compared by spelling when no name matches them, and unknown entries given
 * suggestions: far more than a real label needs, and a bound on the work a 10,000-character list of
 * junk can cause. Entries past it are reported unknown, without suggestions.
 */
export const SPELLING_LOOKUPS_PER_LIST = 30;
/** Names whose reading is remembered between lists (labels repeat the same few hundred names). */
const REMEMBERED_NAMES = 20_000;

const byDistance = (a: NearName<unknown>, b: NearName<unknown>) => a.distance - b.distance;

/** A map that forgets everything when full: cheap, and the common names come back at once. */
function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= REMEMBERED_NAMES) map.clear();
  map.set(key, value);
  return value;
}
const isSure = (match: Match) => match.match !== 'unknown' && match.match !== 'fuzzy';

/**
 * Reads printed ingredient lists against the catalogue (INCI names, then aliases) and the CosIng
 * reference, then close spellings. Pure: built from plain arrays, no database.
 *
 * Each entry is tried in the forms `nameForms` gives, the most literal first; within one form a
 * catalogue INCI name beats an alias, which beats a CosIng name. Only when no form matches is the
 * spelling compared (`allowedEdits`): the nearest name wins, a catalogue one on a tie.
 */
export class IngredientListReader {
  readonly #catalogue: NameIndex<CatalogueName>;
  readonly #reference: ReferenceIndex;
  readonly #bySlug: ReadonlyMap<string, Ingredient>;
  /** Readings by name; `spelled` when it took a spelling lookup, which a list pays for every time. */
  readonly #matches = new Map<string, { match: Match; spelled: boolean }>();
  readonly #suggestions = new Map<string, string[]>();

  constructor(ingredients: readonly Ingredient[], reference: ReferenceIndex | readonly string[] = []) {
    // INCI names first, so an alias never shadows another ingredient's INCI name.
    const names: { name: string; value: CatalogueName }[] = ingredients.map((ingredient) => ({
      name: ingredient.inciName,
      value: { ingredient, kind: 'exact' },
    }));
    for (const ingredient of ingredients) {
      for (const alias of ingredient.aliases)
        names.push({ name: alias, value: { ingredient, kind: 'alias' } });
    }
    this.#catalogue = new NameIndex(names);
    this.#reference = reference instanceof NameIndex ? reference : buildReferenceIndex(reference);
    this.#bySlug = new Map(ingredients.map((ingredient) => [ingredient.slug, ingredient]));
  }

  /** How many CosIng names the reader knows. */
  get referenceSize(): number {
    return this.#reference.size;
  }

  read(inci: string): ListReading {
    const printed = splitPrintedList(inci);
    const budget = { spelling: SPELLING_LOOKUPS_PER_LIST, suggestions: SPELLING_LOOKUPS_PER_LIST };
    const read: { entry: PrintedEntry; name: string; percent: number | null; match: Match }[] = [];
    for (const entry of printed) {
      const { name, percent } = cleanName(entry.text);
      const match = this.#resolve(name, budget);
      const previous = read.at(-1);
      // A name a label wrapped over two lines ("Sodium\nHyaluronate") reads as one entry.
      if (previous && entry.afterLineBreak && (!isSure(previous.match) || !isSure(match))) {
        const joined = this.#joinWrapped(previous.entry.text, entry.text, budget);
        if (joined) {
          previous.entry = { ...previous.entry, text: joined.text };
          previous.name = joined.name;
          previous.percent = previous.percent ?? joined.percent;
          previous.match = joined.match;
          continue;
        }
      }
      // "*Certified organic" after the list is the legend of a footnote mark, not an ingredient.
      if (entry.markedLead && match.match === 'unknown') continue;
      read.push({ entry, name, percent, match });
    }

    const ingredients: ListEntry[] = read.map(({ entry, percent, match }, index) => ({
      position: index + 1,
      text: entry.text,
      slug: match.slug,
      inciName: match.inciName,
      match: match.match,
      confidence: match.confidence,
      percent,
      mayContain: entry.mayContain,
    }));
    const unknownIngredients = read
      .filter(({ match }) => match.match === 'unknown')
      .map(({ entry, name }) => ({ text: entry.text, suggestions: this.#suggest(name, budget) }));
    return { ingredients, facts: this.facts(ingredients), unknownIngredients };
  }

  /** The product's facts, from the catalogue ingredients it holds (may-contain entries aside). */
  facts(entries: readonly ListEntry[]): ProductFacts {
    const held = heldList(entries).slugs.flatMap((slug) => this.#bySlug.get(slug) ?? []);
    // `product.contains`: the engine places an own product by the same facts.
    const facts = heldFacts(held);
    return {
      actives: held.filter(isActive).map((ingredient) => ingredient.slug),
      retinoid: facts.retinoid !== undefined,
      exfoliatingAcid: facts.acid !== undefined,
      photosensitizing: facts.photosensitizer !== undefined,
      pregnancySafe: held.every((ingredient) => ingredient.pregnancySafe),
    };
  }

  /** The catalogue ingredient behind a slug the reader matched. */
  ingredient(slug: string): Ingredient | undefined {
    return this.#bySlug.get(slug);
  }

  /**
   * What a name is: by name (catalogue, alias or CosIng) in its whole forms, else by a close spelling
   * of them, else by name or close spelling of its slash parts. Readings are remembered. Comparing
   * spellings spends the list's budget; once it is spent only names are looked up.
   */
  #resolve(name: string, budget: { spelling: number }): Match {
    const forms = nameForms(name);
    // Slash parts only once the whole name has had every chance: "Caprylic/Capric Triglyceride" is
    // one name, "Aqua/Water/Eau" three names of one ingredient.
    const whole = forms.filter((form) => !form.includes('/') || form === forms[0]);
    const parts = forms.filter((form) => !whole.includes(form));
    const partKeys = () => parts.map(nameKey).filter((key) => key !== '');
    const known = this.#matches.get(name);
    if (known && !known.spelled) return known.match;
    if (!known) {
      const exact = this.#exact(whole.map(nameKey).filter((key) => key !== ''));
      if (exact) return remember(this.#matches, name, { match: exact, spelled: false }).match;
    }
    // A remembered spelling lookup still spends the budget, so a reading never depends on what
    // the reader read before.
    if (budget.spelling <= 0) return this.#exact(partKeys()) ?? UNKNOWN;
    budget.spelling--;
    if (known) return known.match;
    const wholeKeys = whole.map(nameKey).filter((key) => key !== '');
    const match = this.#close(wholeKeys) ?? this.#exact(partKeys()) ?? this.#close(partKeys()) ?? UNKNOWN;
    return remember(this.#matches, name, { match, spelled: true }).match;
  }

  #exact(keys: readonly string[]): Match | undefined {
    for (const key of keys) {
      const named = this.#catalogue.get(key);
      if (named) {
        return {
          slug: named.ingredient.slug,
          inciName: named.ingredient.inciName,
          match: named.kind,
          confidence: 1,
        };
      }
      const reference = this.#reference.get(key);
      if (reference !== undefined)
        return { slug: null, inciName: reference, match: 'reference', confidence: 1 };
    }
    return undefined;
  }

  #close(keys: readonly string[]): Match | undefined {
    let best: { match: Match; distance: number } | undefined;
    for (const key of keys) {
      const edits = allowedEdits(key.length);
      const named = this.#catalogue.within(key, edits)[0];
      const reference = this.#reference.within(key, edits)[0];
      // A catalogue name wins a tie: it carries the facts.
      const pick =
        named && (!reference || named.distance <= reference.distance)
          ? {
              slug: named.value.ingredient.slug,
              inciName: named.value.ingredient.inciName,
              distance: named.distance,
            }
          : reference
            ? {
                slug: this.#catalogue.get(reference.key)?.ingredient.slug ?? null,
                inciName: reference.value,
                distance: reference.distance,
              }
            : undefined;
      if (pick && (!best || pick.distance < best.distance)) {
        const confidence = Math.round((1 - pick.distance / key.length) * 100) / 100;
        best = {
          match: { slug: pick.slug, inciName: pick.inciName, match: 'fuzzy', confidence },
          distance: pick.distance,
        };
      }
    }
    return best?.match;
  }

  /** Two pieces split by a line break that form one name together, as one entry. */
  #joinWrapped(
    first: string,
    second: string,
    budget: { spelling: number },
  ): { text: string; name: string; percent: number | null; match: Match } | undefined {
    const joins = /[-/]$/.test(first)
      ? [`${first}${second}`, `${first.slice(0, -1)}${second}`]
      : [`${first} ${second}`];
    for (const text of joins) {
      const { name, percent } = cleanName(text);
      const match = this.#resolve(name, budget);
      if (isSure(match)) return { text, name, percent, match };
    }
    return undefined;
  }

  #suggest(name: string, budget: { suggestions: number }): string[] {
    const key = nameKey(nameForms(name)[0] ?? name);
    if (key === '') return [];
    if (budget.suggestions <= 0) return [];
    budget.suggestions--;
    const known = this.#suggestions.get(key);
    if (known) return [...known];
    const near = [
      ...this.#catalogue
        .nearest(key, SUGGESTIONS)
        .map((found) => ({ ...found, value: found.value.ingredient.inciName })),
      ...this.#reference.nearest(key, SUGGESTIONS),
    ].sort(byDistance);
    const names: string[] = [];
    for (const found of near) {
      if (!names.includes(found.value)) names.push(found.value);
      if (names.length === SUGGESTIONS) break;
    }
    return [...remember(this.#suggestions, key, names)];
  }
}
