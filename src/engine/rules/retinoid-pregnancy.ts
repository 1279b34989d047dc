import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `retinoid.pregnancy`: recommends no retinoid when pregnant or trying to conceive, with a warning and
 * peptides in the firming slot; while breastfeeding allows one on the face and neck only, with a warning.
 * Why: Topical retinoids are avoided in pregnancy as a precaution and kept off the chest during
 * breastfeeding. Source: UKTIS Topical retinoids; NHS SPS Safety in lactation: acne and rosacea.
 */
export const retinoidPregnancy = {
  id: 'retinoid.pregnancy',
  title: 'No retinoid in pregnancy; face and neck only when breastfeeding',
  rationale:
    'If the profile says pregnant or trying for a baby, no retinoid is recommended: a warning ' +
    'explains why and peptides take the firming slot instead. When breastfeeding, a retinoid may ' +
    'still be used, limited to the face and neck and kept off the chest, again with a warning. ' +
    'Topical retinoids are avoided in pregnancy out of caution, while during breastfeeding very ' +
    'little is absorbed as long as the product stays away from the breast.',
  sources: [SOURCES['uktis-retinoid'], SOURCES['sps-lactation']],
} as const satisfies Rule;
