/**
 * Splits an ingredient list as printed on a label into its entries. Pure text work: what each
 * entry is (a catalogue ingredient, a CosIng name, unknown) is decided by the reader.
 */

/** One entry of the printed list, before it is matched to a name. */
export interface PrintedEntry {
  /** As printed, trimmed, without the separator that ended it. */
  text: string;
  /** After "may contain", "+/-", or inside a "[+/- …]" group. */
  mayContain: boolean;
  /** Only a line break separates it from the entry before (a label may wrap one name over two lines). */
  afterLineBreak: boolean;
  /** Starts with a footnote mark: a legend such as "*organic farming" unless it reads as a name. */
  markedLead: boolean;
}

/**
 * Where the list proper starts: "Ingredients:", "INCI:", "Inactive ingredients:" and the same in a few
 * languages labels are printed in. A heading alone on its line counts without the colon.
 */
const HEADING =
  /(?<![\p{L}\p{N}])(?:(?:non-?active|inactive|active|other|key)\s+)?(?:ingredients?|ingr[eé]dients?|ingredientes|ingredienti|inhaltsstoffe|bestandteile|zutaten|inci(?:\s+list)?|composition)(?:\s*\([^()\n]{0,20}\))?\s*(?:[:：]|\n)/giu;

/** "May contain", "+/-" and their translations, with the colon or brackets around them. */
const MAY_CONTAIN_MARK = String.raw`(?:may\s+contain|peut\s+contenir|kann\s+enthalten|puede\s+contener|pu[oò]\s+contenere|\+\s*\/\s*[-−–]|±)`;
/** One or more marks at the start of an entry: "May contain (+/-):", "May contain/Peut contenir:". */
const MAY_CONTAIN_LEAD = new RegExp(String.raw`^(?:[\s/(\[]*${MAY_CONTAIN_MARK}\s*[)\]]?)+\s*:?\s*`, 'iu');
/** A mark further into an entry ("Tocopherol May contain: CI 77491"): the rest is may-contain. */
const MAY_CONTAIN_INSIDE = new RegExp(String.raw`\s(?=[(\[]?\s*${MAY_CONTAIN_MARK})`, 'iu');
/** A bracketed may-contain group: "[+/- CI 77491, CI 77492]" or "(May contain: Mica, CI 77891)". */
const MAY_CONTAIN_GROUP = new RegExp(
  String.raw`[\[(]\s*${MAY_CONTAIN_MARK}\s*:?(?=[^\])]*[\p{L}\p{N}])[^\[\]()]*(?:\([^()]*\)[^\[\]()]*)*[\])]`,
  'giu',
);

/** Marks that point to a footnote ("*organic"); they are never part of an INCI name. */
export const FOOTNOTE_MARKS = /[*†‡§°¹²³⁴⁵⁶⁷⁸⁹⁰#^]+/gu;
const LEADING_MARK = /^[*†‡§°¹²³⁴⁵⁶⁷⁸⁹⁰#^]/u;

const BULLETS = new Set([';', '•', '·', '●', '▪', '∙', '◦', '|']);
/** Private-use characters standing for the edges of a may-contain group while scanning. */
const GROUP_OPEN = '\uE000';
const GROUP_CLOSE = '\uE001';

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const hasWordCharacter = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Whether every bracket closes: when not, brackets cannot be trusted to hold commas together. */
function bracketsBalance(text: string): boolean {
  const stack: string[] = [];
  for (const char of text) {
    if (char === '(' || char === '[') stack.push(char === '(' ? ')' : ']');
    else if (char === ')' || char === ']') {
      if (stack.pop() !== char) return false;
    }
  }
  return stack.length === 0;
}

/** The list without the marketing text before its heading; later headings become separators. */
export function listBody(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').normalize('NFC');
  const headings = [...normalised.matchAll(HEADING)];
  const first = headings[0];
  if (first === undefined) return normalised;
  const body = normalised.slice(first.index + first[0].length);
  return body.replace(HEADING, '\n');
}

interface RawSegment {
  text: string;
  inGroup: boolean;
  afterLineBreak: boolean;
}

/**
 * Cuts the list at separators: `,` `;` bullets, line breaks, and a period followed by a space or the
 * end. Commas inside brackets ("Aqua (Water, Eau)") and between digits ("1,2-Hexanediol", "0,5%") do
 * not cut.
 */
function cut(body: string): RawSegment[] {
  const marked = body.replace(
    MAY_CONTAIN_GROUP,
    (group) => `${GROUP_OPEN}${group.slice(1, -1)}${GROUP_CLOSE}`,
  );
  const trustBrackets = bracketsBalance(marked);
  const segments: RawSegment[] = [];
  let buffer = '';
  let depth = 0;
  let inGroup = false;
  // What separated the segment being read from the one before: nothing yet, only line breaks, or more.
  let separatedBy: 'none' | 'line' | 'other' = 'none';
  const separator = (kind: 'line' | 'other') => {
    if (buffer.trim() !== '') {
      segments.push({ text: buffer.trim(), inGroup, afterLineBreak: separatedBy === 'line' });
      separatedBy = kind;
    } else if (kind === 'other') {
      // ", \n" between two entries is a comma, not a wrapped line.
      separatedBy = 'other';
    }
    buffer = '';
  };
  const chars = [...marked];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (char === GROUP_OPEN || char === GROUP_CLOSE) {
      separator('other');
      inGroup = char === GROUP_OPEN;
      continue;
    }
    if (trustBrackets && (char === '(' || char === '[')) depth++;
    if (trustBrackets && (char === ')' || char === ']')) depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const next = chars[index + 1];
      if (char === '\n') {
        separator('line');
        continue;
      }
      if (
        BULLETS.has(char) ||
        (char === ',' && !(isDigit(chars[index - 1]) && isDigit(next))) ||
        (char === '.' && (next === undefined || /\s/u.test(next)))
      ) {
        separator('other');
        continue;
      }
    }
    buffer += char;
  }
  separator('other');
  return segments;
}

/**
 * The entries of a printed ingredient list, in printed order. Text before an "Ingredients:" heading is
 * marketing and left out; everything after "may contain" (or "+/-") and inside "[+/- …]" is flagged.
 * Segments holding no letter or digit (stray punctuation) are not entries.
 */
export function splitPrintedList(text: string): PrintedEntry[] {
  const entries: PrintedEntry[] = [];
  let mayContainFromHere = false;
  for (const segment of cut(listBody(text))) {
    let pieces = [segment.text];
    const inside = MAY_CONTAIN_INSIDE.exec(segment.text);
    if (inside && inside.index > 0) {
      pieces = [segment.text.slice(0, inside.index), segment.text.slice(inside.index + 1)];
    }
    pieces.forEach((piece, pieceIndex) => {
      let entryText = piece.trim();
      let flagged = segment.inGroup || mayContainFromHere;
      const lead = MAY_CONTAIN_LEAD.exec(entryText);
      if (lead) {
        entryText = entryText.slice(lead[0].length).trim();
        flagged = true;
        // Outside a bracketed group, the mark applies to the rest of the list.
        if (!segment.inGroup) mayContainFromHere = true;
      }
      if (!hasWordCharacter(entryText)) return;
      entries.push({
        text: entryText,
        mayContain: flagged,
        afterLineBreak: pieceIndex === 0 && segment.afterLineBreak,
        markedLead: LEADING_MARK.test(entryText),
      });
    });
  }
  return entries;
}

/** A stated percentage and the entry's text without it: "Retinol 0.5%" → 0.5 and "Retinol". */
export function takePercent(text: string): { rest: string; percent: number | null } {
  const match = /(?:^|[\s(])((?:\d+(?:[.,]\d+)?)|(?:[.,]\d+))\s*%/u.exec(text);
  if (!match) return { rest: text, percent: null };
  const value = Number(match[1]!.replace(',', '.'));
  const start = match.index + match[0].indexOf(match[1]!);
  const rest = `${text.slice(0, start)}${text.slice(match.index + match[0].length)}`
    .replace(/\(\s*\)|\[\s*\]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return { rest, percent: Number.isFinite(value) && value > 0 && value <= 100 ? value : null };
}

/**
 * The forms of an entry worth looking up, most literal first: the whole name; without bracketed
 * parts ("Aqua (Water)" → "Aqua", "Titanium Dioxide [Nano]" → "Titanium Dioxide"); each bracketed
 * part ("Water"); and, for a name with slashes that is not itself a name, each part between slashes
 * ("Aqua/Water/Eau" → "Aqua", "Water", "Eau").
 */
export function nameForms(name: string): string[] {
  const forms: string[] = [];
  const add = (form: string) => {
    const trimmed = form.replace(/\s+/gu, ' ').trim();
    if (hasWordCharacter(trimmed) && !forms.includes(trimmed)) forms.push(trimmed);
  };
  add(name);
  const unbracketed = name.replace(/\([^()]*\)|\[[^[\]]*\]/gu, ' ');
  add(unbracketed);
  for (const match of name.matchAll(/\(([^()]*)\)/gu)) add(match[1]!);
  for (const form of [name, unbracketed]) {
    if (form.includes('/')) for (const part of form.split('/')) add(part);
  }
  return forms;
}

/** The entry's name without footnote marks, percentages and stray punctuation around it. */
export function cleanName(text: string): { name: string; percent: number | null } {
  const unmarked = text.replace(FOOTNOTE_MARKS, ' ');
  const { rest, percent } = takePercent(unmarked);
  const name = rest
    .replace(/^[\s"'“”‘’«»:;,\-–—]+|[\s"'“”‘’«»:;,\-–—]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return { name, percent };
}
