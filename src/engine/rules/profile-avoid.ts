import { SOURCES } from '../sources.js';
import type { Profile, Rule } from '../types.js';

/** The distinct slugs the person avoids, in the order they gave them (one warning each). */
export function distinctAvoided(profile: Profile): string[] {
  const out: string[] = [];
  for (const slug of profile.avoid) if (!out.includes(slug)) out.push(slug);
  return out;
}

/**
 * `profile.avoid`: never recommends an ingredient the person lists under `avoid`, and says which step
 * it left out (one warning per distinct slug).
 * Why: the person's own exclusions win. Source: the Supermood serum article.
 */
export const profileAvoid = {
  id: 'profile.avoid',
  reads: ['avoid'],
  params: {},
  sources: [SOURCES.article],
  strength: 'strong',
  certainty: 'moderate',
} as const satisfies Rule;
