import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import { EVIDENCE_GRADES, type EvidenceGrade } from '../vocabulary.js';
import { commaList, evidenceWord } from './rule-text.js';

/** Stronger evidence first: strong 0, moderate 1, limited 2. */
export const evidenceRank = (ingredient: Ingredient): number =>
  EVIDENCE_GRADES.indexOf(ingredient.evidence.grade);

/** The grade chosen only as a last resort. */
export const LAST_RESORT: EvidenceGrade = 'limited';

/**
 * Whether an ingredient may still be chosen, given the concerns (as a bit mask) its candidate serves
 * that nothing chosen so far serves: a last-resort ingredient only when it serves one of them.
 */
export const admissibleByEvidence = (ingredient: Ingredient, uncoveredItServes: number): boolean =>
  ingredient.evidence.grade !== LAST_RESORT || uncoveredItServes !== 0;

/**
 * `evidence.graded`: gives every chosen ingredient its evidence grade and sources, prefers stronger
 * evidence within a class (a `limited` ingredient only when nothing stronger serves the concern), and
 * states each rule's GRADE strength and certainty.
 * Why: strength of a recommendation and certainty of its evidence are separate judgements. Source:
 * GRADE; Spierings (2021); Marques et al. (2024).
 */
export const evidenceGraded = {
  id: 'evidence.graded',
  reads: [],
  params: { grades: commaList(EVIDENCE_GRADES.map(evidenceWord)) },
  sources: [SOURCES.grade, SOURCES['spierings-retinol'], SOURCES['niacinamide-review']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
