import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `area.neck-decolletage`: for firmness or fine lines, applies every serum or treatment step with a
 * firming or fine-lines ingredient to the face, neck and décolletage; every step covers at least the face.
 * Why: The neck and chest age too and are easily forgotten. Source: the Supermood serum article.
 */
export const areaNeckDecolletage = {
  id: 'area.neck-decolletage',
  title: 'Extend firming steps to the neck and décolletage',
  rationale:
    'If the profile includes firmness or fine lines, each serum or treatment step whose ingredients ' +
    'target firmness or fine lines is applied to the face, neck and décolletage; when breastfeeding, ' +
    'a retinoid step is kept off the décolletage. No step ever skips the face. The neck and chest ' +
    'show signs of ageing as well and are among the areas most often skipped.',
  sources: [SOURCES.article],
} as const satisfies Rule;
