import type { MessageCode } from '../engine/index.js';

/**
 * English, the default language. ICU MessageFormat: `{n, plural, one {…} other {…}}` for counts,
 * `{x, select, a {…} other {…}}` for choices (booleans arrive as `true`/`false`). Dates stay ISO
 * (YYYY-MM-DD) so every language reads them the same.
 */
export const en = {
  'every-morning': 'every morning',
  'every-evening': 'every evening',
  'every-morning-optional': 'every morning (optional)',
  'every-evening-optional': 'every evening (optional)',
  'every-session-from':
    '{session, select, am {every morning} other {every evening}} from {date} (week {week})',
  'ramp-from': 'from {date}, counting weeks from that first night: {ramp}',
  'ramp-stages': '{stages}',
  'ramp-stage-counted':
    '{nights, plural, one {# night} other {# nights}} a week in ' +
    '{single, select, true {week {fromWeek}} other {weeks {fromWeek}–{toWeek}}}' +
    '{apart, select, true {, never two in a row} other {}}',
  'ramp-stage-every':
    '{afterEarlier, select, true {then } other {}}every night{fromWeek, plural, =0 {} other { from week #}}' +
    '{withAcid, select, true { except acid nights} other {}}',
  'acid-frequency':
    '{first, plural, one {# night} other {# nights}} a week from {date}' +
    '{changes, select, true { for its first {firstWeeks} weeks, then {later, plural, one {# night} other {# nights}} a week} other {}}',
  'cleanser-texture':
    '{texture, select, cream {A cream cleanser that cleans without stripping oils.} gel {A gel cleanser.} other {A gentle cleanser.}}',
  'moisturizer-texture':
    '{texture, select, richCream {A rich cream.} lotion {A lotion.} lightLotion {A light lotion.} other {A gel or oil-free lotion.}}',
  'toner-optional': 'Optional: an alcohol-free toner after cleansing.',
  'starts-after-previous-active':
    'Starts once the previous new active has had time to settle, so a reaction can be traced to it.',
  'starts-after-patch-test': 'Starts the day after its patch test, if the test spot stayed calm.',
  'antioxidant-under-sunscreen': 'Morning protection under sunscreen.',
  'hyaluronic-twice-daily-cap':
    'No more than {max, plural, one {once} =2 {twice} other {# times}} a day, counting every form of hyaluronic acid; seal it in with the moisturizer.',
  'extend-to-areas': 'Take it down over the {decolletage, select, true {neck and décolletage} other {neck}}.',
  'leave-on-overnight': 'Leave it on overnight.',
  'hyaluronic-sealed': 'It seals in the hyaluronic acid serum underneath.',
  'sunscreen-daily':
    'Broad-spectrum, SPF {spf} or higher, as the last morning step every day, whatever the weather; reapply outdoors.',
  'retinoid-amount':
    '{areas, select, faceNeckDecolletage {A pea-sized amount for the whole face and a second one for the neck and décolletage, at bedtime, on dry skin.} ' +
    'faceNeck {A pea-sized amount for the whole face and a second one for the neck, at bedtime, on dry skin.} ' +
    'other {A pea-sized amount for the whole face, at bedtime, on dry skin.}}',
  'retinoid-breastfeeding-areas': 'While breastfeeding: face and neck only, never the chest.',
  'retinoid-not-with-acid': 'Never on the same night as the exfoliating acid.',
  'retinoid-experience':
    'You have used a retinoid for {weeks, plural, one {# week} other {# weeks}}: the ramp continues from there.',
  'acid-evening-only': 'Evening only.',
  'acid-not-with-retinoid': 'Never on a retinoid night: an acid night is a night off the retinoid.',
  'acid-kept-to-one':
    'Kept to {nights, plural, one {one night} other {# nights}} a week for dry or sensitive skin.',
  'warning-pregnancy':
    'No retinoid while pregnant or trying to conceive: retinoids are avoided in pregnancy as a precaution, ' +
    'and so is anything the catalogue marks as not for pregnancy.' +
    '{peptide, select, true { Peptides take the firming slot instead.} other {}}',
  'warning-breastfeeding':
    'While breastfeeding, apply {name} to the face and neck only, never the chest, so the baby does not come into contact with it.',
  'warning-avoided-step': '{name} is on your avoid list, so the {step} step leaves it out.',
  'warning-avoided': '{name} is on your avoid list; it is not part of this routine.',
  'warning-no-uv-filter':
    'No UV filter in the catalogue fits your profile and avoid list, so the sunscreen step names no ingredient: ' +
    'still wear a broad-spectrum SPF {spf}+ sunscreen you tolerate every morning.',
  'warning-sun-sensitivity':
    '{name} makes skin more sensitive to the sun: wear sunscreen every day and limit time in the sun while you use it' +
    '{weeksAfter, plural, =0 {} one { and for a week after you stop using it} other { and for # weeks after you stop using it}}.',
  'warning-deferred-patch':
    '{name} would start on {date}, after its {days}-day patch test, which is later than this {weeks}-week schedule ' +
    'allows: ask for a longer schedule to include it.',
  'warning-deferred':
    '{name} would start on {date}, after this {weeks}-week schedule, to keep new actives apart: ask for a longer schedule to include it.',
  'warning-patch-test':
    'Patch-test {name} for {days} days before its first use on {date}: from {start}, apply the usual amount to a small ' +
    'spot of its own on the inner arm or the bend of the elbow {times, plural, =2 {twice} other {# times}} a day ' +
    '(a different spot for each product you test), so a reaction points to one product. If redness, itching or ' +
    'swelling appears, stop and do not start it.',
  'warning-patch-test-base':
    'Your cleanser, moisturizer and sunscreen start today. If any of them is new to you, try it first on a small spot ' +
    'on the inner arm, {times, plural, =2 {twice} other {# times}} a day, and stop if redness, itching or swelling appears.',
  'warning-concern-uncovered':
    'Nothing in this routine targets {concern}: no ingredient in the catalogue that suits your profile addresses it. ' +
    'A pharmacist or dermatologist can suggest what to use.',
  'warning-no-broad-spectrum':
    'The UV filters that fit your profile and avoid list cannot together block both UVA and UVB, so the sunscreen step ' +
    'names no ingredient: every morning, choose a sunscreen labelled broad-spectrum, SPF {spf} or higher, that you tolerate.',
  'warning-product-conflict': '{reason} (rule {rule}): {fix}',
  'conflict-two-retinoids':
    '{product} and {other} both hold a retinoid, and a routine uses one retinoid at a time',
  'conflict-two-acids':
    '{product} and {other} both hold an exfoliating acid, and two exfoliating acids never share a session or the weekly acid nights',
  'conflict-retinoid-acid':
    '{product} holds an exfoliating acid and {other} a retinoid, which never go on in the same session',
  'conflict-retinoid-and-acid':
    '{product} holds both a retinoid and an exfoliating acid, which never go on in the same session',
  'conflict-daily-limit':
    '{product} and {other} both hold {ingredient}, which goes on at most {max, plural, one {once} =2 {twice} other {# times}} a day',
  'conflict-pregnancy':
    '{product} holds {ingredient}, which is not recommended while pregnant or trying to conceive',
  'conflict-avoided': '{product} holds {ingredient}, which is on your avoid list',
  'conflict-too-harsh':
    '{product} holds {ingredient}, which is too irritating for sensitive or redness-prone skin',
  'conflict-redness-acid':
    '{product} holds {ingredient}, an exfoliating acid, and the routine uses none while redness is a concern',
  'conflict-evening-only':
    '{product} holds {ingredient}, which goes on in the evening only, and a sunscreen is for the morning',
  'conflict-serum-cap':
    '{product} would make more than {max, plural, one {one serum} other {# serums}} in a session, after {other}',
  'fix-left-out': '{product} is left out of the routine.',
  'fix-other-nights': '{product} takes nights of its own, each one a night off {other}.',
  'fix-one-session': '{product} is used {session, select, am {in the morning} other {in the evening}} only.',
  'warning-product-unknown':
    '{name} lists {count, plural, one {an ingredient} other {# ingredients}} the catalogue does not know: {unknown}. ' +
    'The routine cannot check {count, plural, one {it} other {them}} against its rules, so read the label, and stop if ' +
    'redness, itching or swelling appears.',
  'warning-product-not-placed':
    'None of the ingredients of {name} is in the catalogue, so no rule can be applied to it and it is left out of ' +
    'the routine{kindGiven, select, true {.} other {: give its kind (cleanser, toner, moisturizer or sunscreen) to place it.}}',
  'warning-product-not-broad-spectrum':
    'The UV filters the catalogue knows in {names} do not together block both UVA and UVB: check that the label says ' +
    'broad-spectrum, SPF {spf} or higher, or choose one that does.',
  'strength-range':
    'Start with {name} at {from, number}{single, select, true {} other {–{to, number}}} % and never go above {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Above # % it is a peel for professionals, not a product for home use.}}',
  'strength-low-end':
    'Start with {name} at {from, number} %, the low end for sensitive skin, and never go above {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Above # % it is a peel for professionals, not a product for home use.}}',
  'strength-at-most':
    'Choose {name} at no more than {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Above # % it is a peel for professionals, not a product for home use.}}',
  'strength-lowest-sold':
    'Choose the lowest strength of {name} you can find, and go up only if your skin stays calm.',
  expectation:
    'Expect {result} after about {from}–{to} weeks of consistent use; skipping days delays results.',
  'result-firmness': 'firmer-looking skin',
  'result-fine-lines': 'softer fine lines',
  'result-dryness': 'less dryness',
  'result-redness': 'less redness',
  'result-texture': 'smoother texture',
  'result-dullness': 'a brighter complexion',
  'result-pores': 'less visible pores',
  'result-dark-spots': 'faded dark spots',
  'concern-firmness': 'firmness',
  'concern-fine-lines': 'fine lines',
  'concern-dryness': 'dryness',
  'concern-dullness': 'dullness',
  'concern-dark-spots': 'dark spots',
  'concern-texture': 'texture',
  'concern-pores': 'visible pores',
  'concern-redness': 'redness',
  'lifestyle-sun-exposure':
    'Long hours in the sun speed up sagging and wrinkles: seek shade, wear a hat and reapply sunscreen.',
  'lifestyle-smoking':
    'Smoking breaks down the skin’s collagen and elastin; cutting down helps skin keep its firmness.',
  'lifestyle-alcohol': 'Drinking dehydrates skin and speeds the loss of firmness; drinking less helps.',
  disclaimer:
    'Follow the instructions on each product’s own label first: they come before this routine. ' +
    'This is general cosmetic guidance, not medical advice; ask a doctor or dermatologist about a skin ' +
    'condition, medicines, pregnancy or breastfeeding.',
  'effect-chose': 'chose {slug} ({role})',
  'effect-left-out': 'left {slug} out of the {step} step',
  'effect-excluded': 'excluded {slug}',
  'effect-scheduled-nights': 'scheduled {slug} on {nights, plural, one {# night} other {# nights}}',
  'effect-first-use': 'first use of {slug} on day {day}',
  'effect-patch-window': 'patch test of {slug} from day {day}, {days} days',
  'effect-evening-only': 'kept {slug} out of the morning',
  'effect-areas': 'applied {slug} to {areas}',
  'effect-warned': 'warned: {code}',
  'effect-product-placed': 'placed {name} as {role} in the {step} step',
  'effect-product-fixed': '{name}: {fix}',
  'effect-suggested': 'suggested {ids} for the {step} step',
} as const satisfies Record<MessageCode, string>;
