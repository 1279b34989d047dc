import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `routine.night-serum-leave-on`: marks evening serum and treatment steps as leave-on, to be slept in.
 * Why: Sleeping in a serum is fine and gives it the whole night on the skin. Source: the Supermood serum
 * article.
 */
export const routineNightSerumLeaveOn = {
  id: 'routine.night-serum-leave-on',
  title: 'Leave evening serums and treatments on overnight',
  rationale:
    'Serum and treatment steps in the evening session are flagged as leave-on: the person sleeps in ' +
    'them instead of rinsing them off. Wearing them overnight gives the product hours of undisturbed ' +
    'contact with the skin, and sleeping in a serum is safe.',
  sources: [SOURCES.article],
} as const satisfies Rule;
