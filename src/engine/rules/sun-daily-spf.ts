import { SOURCES } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * `sun.daily-spf`: ends every morning with a broad-spectrum SPF 30+ step that is never dropped, keeping a
 * generic step with a warning if every UV filter is avoided.
 * Why: UV exposure is a leading cause of lost firmness, and daily sunscreen is advised for everyone.
 * Source: AAD Sunscreen FAQs; Nebraska Medicine on moisturizers for dry skin; the Supermood serum article.
 */
export const sunDailySpf = {
  id: 'sun.daily-spf',
  title: 'Finish every morning with broad-spectrum SPF 30 or higher',
  rationale:
    'Every morning of the schedule ends with a broad-spectrum sunscreen of SPF 30 or more. The step ' +
    'is never removed: if the person avoids every UV filter in the catalogue, it stays as a generic ' +
    'sunscreen step and a warning is raised. Ultraviolet light is one of the biggest drivers of ' +
    'sagging and photoageing, and daily protection is recommended for everyone.',
  sources: [SOURCES['aad-sunscreen'], SOURCES['nebraska-moisturizer'], SOURCES.article],
} as const satisfies Rule;
