import type { IngredientInput } from '../../src/catalogue/ingredient-schemas.js';

/** A plain, valid humectant row, for tests that need many rows (imports, writes, crashes). */
export const humectantRow = (slug: string, overrides: Partial<IngredientInput> = {}): IngredientInput => ({
  slug,
  name: slug,
  inciName: 'GLYCERIN',
  class: 'humectant',
  family: null,
  rank: 100,
  concerns: ['dryness'],
  photosensitizing: false,
  irritation: 'low',
  maxApplicationsPerDay: 2,
  pregnancySafe: true,
  skinTypes: ['dry'],
  casNumber: null,
  ecNumber: null,
  notes: '',
  aliases: [],
  uvSpectrum: null,
  strength: null,
  evidence: { grade: 'moderate', sources: ['nebraska-moisturizer'] },
  ...overrides,
});

/** A photosensitizing AHA that is not in the seed: what staff might add tomorrow. */
export const MALIC_ACID: IngredientInput = {
  slug: 'malic-acid',
  name: 'Malic Acid',
  inciName: 'MALIC ACID',
  class: 'aha',
  family: null,
  rank: 1,
  concerns: ['texture', 'dullness', 'dark-spots'],
  photosensitizing: true,
  irritation: 'medium',
  maxApplicationsPerDay: 1,
  pregnancySafe: true,
  skinTypes: ['dry', 'combination', 'normal', 'oily'],
  casNumber: '6915-15-7',
  ecNumber: '230-022-8',
  notes: '',
  aliases: [],
  uvSpectrum: null,
  strength: null,
  evidence: { grade: 'limited', sources: [] },
};
