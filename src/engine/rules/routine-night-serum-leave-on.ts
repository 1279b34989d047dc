import { message } from '../message.js';
import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';
import type { StepKind } from '../vocabulary.js';

/** Every step but the cleanser stays on the skin. */
export const staysOn = (kind: StepKind): boolean => kind !== 'cleanse';

export const LEAVE_ON_NOTE = message('leave-on-overnight');

/**
 * `routine.night-serum-leave-on`: marks evening serums and treatments as leave-on (sleep in them).
 * Why: hours of undisturbed contact. Source: the Supermood serum article.
 */
export const routineNightSerumLeaveOn = {
  id: 'routine.night-serum-leave-on',
  reads: [],
  params: {},
  sources: [SOURCES.article],
  strength: 'conditional',
  certainty: 'very-low',
} as const satisfies Rule;
