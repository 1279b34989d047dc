import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `goals.firming-actives`: for firmness and fine lines, ranks a retinoid first, then peptides, vitamin C
 * and hyaluronic acid, and prefers retinol or retinaldehyde for a first retinoid.
 * Why: These are the ingredients firming serums rely on, and milder retinoids are easier to keep using.
 * Source: the Supermood serum article; Mukherjee et al., Retinoids in the treatment of skin aging (2006).
 */
export const goalsFirmingActives = {
  id: 'goals.firming-actives',
  title: 'Prefer retinoid, peptides, vitamin C, then HA for firming',
  rationale:
    'When the profile asks for firmness or fine lines, the engine ranks candidates in a fixed order: ' +
    'a retinoid first, then peptides, then vitamin C, then hyaluronic acid. For someone starting ' +
    'their first retinoid it favours retinol or retinaldehyde over stronger forms, since they ' +
    'irritate far less. These four are the workhorses of tightening serums, and irritation is the ' +
    'main reason people give up on a retinoid.',
  sources: [SOURCES.article, SOURCES['retinoid-aging-review']],
} as const satisfies Rule;
