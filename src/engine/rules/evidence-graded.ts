import { SOURCES } from '../sources.js';
import type { Ingredient, Rule } from '../types.js';
import { EVIDENCE_GRADES, type EvidenceGrade } from '../vocabulary.js';

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
  title: 'Grade the evidence and prefer the better supported',
  rationale:
    `Every chosen ingredient carries the catalogue's evidence grade (${EVIDENCE_GRADES.join(', ')}) ` +
    'and the sources behind it, and within a class the engine prefers stronger evidence: an ingredient ' +
    'with limited evidence is chosen only when nothing better supported serves the concern. Every rule ' +
    'states its own strength (strong or conditional) and the certainty of its evidence, rated ' +
    'separately as GRADE does, so a rule can be strong on low-certainty evidence, like keeping ' +
    'retinoids out of pregnancy. Contested advice is graded, not enforced: vitamin C and niacinamide ' +
    'may be used together.',
  sources: [SOURCES.grade, SOURCES['spierings-retinol'], SOURCES['niacinamide-review']],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
