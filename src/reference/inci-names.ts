/**
 * INCI names as the reference stores and searches them: shared by the CosIng importer
 * (which cleans a file into entries) and the repository (which stores and searches them).
 */

/** One INCI name of the CosIng inventory, cleaned and merged across duplicate rows. */
export interface ReferenceEntry {
  inciName: string;
  casNumbers: string[];
  ecNumbers: string[];
  functions: string[];
}

export const MAX_INCI_NAME_LENGTH = 2000;

export const CAS_NUMBER = /^\d{2,7}-\d{2}-\d$/;

/** Trims a name and collapses every whitespace run into one space. */
export const normaliseInciName = (name: string): string => name.trim().replace(/\s+/g, ' ');

/**
 * The words of a name as searches see them: upper-cased, every run of anything but
 * letters and digits turned into one separator.
 */
export const searchWords = (text: string): string[] =>
  text
    .toUpperCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/** `searchText` of a reference row: its words joined and padded by single spaces. */
export const searchTextOf = (name: string): string => ` ${searchWords(name).join(' ')} `;
