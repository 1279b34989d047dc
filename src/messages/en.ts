import type { Catalogue } from './catalogue.js';

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
  'frequency-adjusted': '{parts}',
  'paused-after-reaction': 'none from {from} to {to}, after the reaction of {date}',
  'ramp-after-reaction': 'from {from}, after the reaction of {date}, counting weeks from then: {ramp}',
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
  'warning-stop-and-seek-advice':
    'After the {reaction} you reported on {date}, stop {name} from {from} to {to}; it restarts on {restart} ' +
    '{restartAs, select, ramp {at the first stage of its ramp} acid {at its pace for the first weeks} other {as before}}, ' +
    'as the calendar shows. If swelling or blistering persists, seek medical advice.',
  'warning-stop-and-seek-advice-other':
    'After the {reaction} you reported on {date}, ' +
    '{named, select, true {stop {name}; if this routine lists it, add it to your avoid list so something else takes its place.} ' +
    'other {stop whatever you suspect caused it: no active of this routine was on your skin that day or the day before.}} ' +
    'If swelling or blistering persists, seek medical advice.',
  'warning-purging':
    'The {reaction} you reported on {date} is common in the first {weeks} weeks of {name}: skin renewing faster ' +
    'brings blemishes to the surface sooner for a while (purging). It passes, so the plan stays as it is; ' +
    'if it turns severe, report it again.',
  'check-in-reaction':
    '{reaction, select, breakout {{severity, select, mild {mild breakout} moderate {moderate breakout} other {severe breakout}}} ' +
    'other {{severity, select, mild {mild} moderate {moderate} other {severe}} ' +
    '{reaction, select, dryness {dryness} peeling {peeling} redness {redness} stinging {stinging} burning {burning} other {swelling}}}}',
  'analysis-unknown-ingredients':
    '{count, plural, one {One entry matches} other {# entries match}} nothing in the catalogue or the CosIng ' +
    'inventory: {names}. Check the spelling against the label; the suggestions list the closest INCI names.',
  'analysis-close-spellings':
    '{count, plural, one {One entry was} other {# entries were}} read by a close spelling: {matches}. ' +
    'Check {count, plural, one {it} other {them}} against the label.',
  'analysis-may-contain':
    '{names} {count, plural, one {is} other {are}} listed as “may contain”: counted for warnings, never for ' +
    'where the product goes in a routine.',
  'analysis-not-pregnancy-safe':
    'Holds {names}, not established as safe in pregnancy: avoid it while pregnant or trying to conceive.',
  'analysis-photosensitizing':
    'Holds {names}, which {count, plural, one {makes} other {make}} skin more sensitive to the sun: use it in ' +
    'the evening and wear sunscreen every day.',
  'analysis-too-strong':
    'States {name} at {percent, number} %, above the {max, number} % this routine advises: choose a milder ' +
    'product, or ask a professional.',
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
  'conflict-too-strong':
    '{product} holds {ingredient} at {percent, number} %, above the {max, number} % this routine advises{peel, select, true {: above it an AHA is a peel for professionals} other {}}',
  'conflict-redness-acid':
    '{product} holds {ingredient}, an exfoliating acid, and the routine uses none while redness is a concern',
  'conflict-evening-only':
    '{product} holds {ingredient}, which goes on in the evening only, and a sunscreen is for the morning',
  'conflict-serum-cap':
    '{product} would make more than {max, plural, one {one serum} other {# serums}} in a session, after {other}',
  'fix-left-out': '{product} is left out of the routine.',
  'fix-other-nights': '{product} takes nights of its own, each one a night off {other}.',
  'fix-one-session': '{product} is used {session, select, am {in the morning} other {in the evening}} only.',
  'warning-may-contain':
    '{name} may or may not contain {ingredients} (its label does not say for sure), {reason, select, avoided ' +
    '{which you asked to avoid} pregnancy {which is not recommended while pregnant or trying to conceive} other ' +
    '{which makes skin more sensitive to the sun: wear sunscreen every day}}. Ask the maker, or check the ' +
    'batch, before you use it.',
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
  // vocabulary words and a ramp stage, as rule rationales state them
  'skin-type-dry': 'dry',
  'skin-type-combination': 'combination',
  'skin-type-normal': 'normal',
  'skin-type-oily': 'oily',
  'irritation-low': 'low',
  'irritation-medium': 'medium',
  'irritation-high': 'high',
  'evidence-strong': 'strong',
  'evidence-moderate': 'moderate',
  'evidence-limited': 'limited',
  'area-face': 'face',
  'area-neck': 'neck',
  'area-decolletage': 'décolletage',
  'rule-ramp-stage': '{nights} in {single, select, true {week {fromWeek}} other {weeks {fromWeek}-{toWeek}}}',
  // rule titles and rationales: placeholders are the names in each rule's `params`
  'rule.skin-type.basis.title': 'Choose cleanser and moisturizer by skin type',
  'rule.skin-type.basis.rationale':
    'Every profile must state a skin type of dry, combination, normal or oily, and the engine uses it to pick the ' +
    'texture of the base products: a cream cleanser with a rich cream for dry skin, a gentle cleanser with a lotion ' +
    'for normal skin, a gentle cleanser with a light lotion for combination skin, and a gel cleanser with a gel or ' +
    'oil-free lotion for oily skin. Skin type is the starting point of any routine, because how much oil and ' +
    'moisture the skin has decides which textures it tolerates and needs.',
  'rule.goals.match-ingredients.title': 'Pick treatment ingredients by the concerns they address',
  'rule.goals.match-ingredients.rationale':
    'Treatment ingredients come from the catalogue, selected because their listed concerns overlap the concerns in ' +
    'the profile and their listed skin types include the profile’s; no ingredient list is hard-coded. A routine ' +
    'holds no more than {retinoids, plural, one {# retinoid} other {# retinoids}}, ' +
    '{acids, plural, one {# exfoliating acid} other {# exfoliating acids}} and ' +
    '{antioxidants, plural, one {# antioxidant} other {# antioxidants}}, and no session holds more than ' +
    '{serumSteps, plural, one {# serum step} other {# serum steps}} (in the morning the antioxidant serum is one ' +
    'of them). Within a class it prefers stronger evidence, then lower irritation, then the staff ranking. An ' +
    'ingredient earns its place only by doing what the person is looking for, and the caps keep the routine short ' +
    'enough to tolerate and to follow.',
  'rule.goals.firming-actives.title': 'Prefer retinoid, peptides, vitamin C, then HA for firming',
  'rule.goals.firming-actives.rationale':
    'When the profile asks for firmness or fine lines, the engine ranks candidates in a fixed order: a retinoid ' +
    'first, then peptides, then vitamin C, then hyaluronic acid. For someone starting their first retinoid it ' +
    'passes over forms graded {avoidedIrritation} irritation in favour of retinol or retinaldehyde, since they ' +
    'irritate far less. These four are the workhorses of tightening serums, and irritation is the main reason ' +
    'people give up on a retinoid.',
  'rule.antioxidant.morning.title': 'Apply the antioxidant serum in the morning',
  'rule.antioxidant.morning.rationale':
    'An antioxidant serum such as vitamin C goes in the morning session, beneath the sunscreen, as long as the ' +
    'ingredient is not photosensitizing. The morning routine is about protection: an antioxidant helps shield ' +
    'skin from the daytime damage that drives photoageing and supports collagen along the way.',
  'rule.profile.avoid.title': 'Never recommend an ingredient the person avoids',
  'rule.profile.avoid.rationale':
    'Any ingredient listed under avoid, whether for an allergy or a preference, is excluded from every step, and ' +
    'the response names the step that lost it, once per ingredient. Skin needs differ from one person to the ' +
    "next, so the person's own exclusions win over every other choice, and saying what was dropped keeps the " +
    'routine transparent.',
  'rule.sensitive.gentle-only.title': 'Only gentle ingredients for sensitive skin and redness',
  'rule.sensitive.gentle-only.rationale':
    'For sensitive skin, and whenever the profile lists {reactiveConcern}, the engine never picks an ingredient ' +
    'the catalogue grades {neverIrritation} irritation, in any step. With {reactiveConcern} it also leaves out ' +
    'exfoliating acids and any antioxidant above the lowest irritation grade, and a retinoid climbs at the slower ' +
    'sensitive pace. Every choice is read from catalogue facts, never from ingredient names. Reactive skin flares ' +
    'with irritants such as strong acids, so gentle products come first.',
  'rule.concern.uncovered.title': 'Say when no ingredient serves a concern',
  'rule.concern.uncovered.rationale':
    'When none of the ingredients in the routine lists one of the profile’s concerns, the response warns and ' +
    'names that concern, instead of leaving the person to think it is being treated. This happens when the ' +
    'catalogue holds nothing suitable for the skin type, or the person avoids it, or gentleness or pregnancy ' +
    'rules it out.',
  'rule.routine.serum-with-basics.title': 'Build serums into a full cleanse, moisturize, protect routine',
  'rule.routine.serum-with-basics.rationale':
    'Serums are never recommended on their own: the morning runs cleanse, optional tone, serum(s), moisturize and ' +
    'sunscreen, and the evening runs cleanse, optional tone, serum or treatment and moisturize. A toner is offered ' +
    'only for {tonerSkinTypes} skin. A serum does its job as part of gentle cleansing and effective moisturizing, ' +
    'not as a replacement for them.',
  'rule.routine.layer-order.title': 'Layer each session from thinnest to thickest',
  'rule.routine.layer-order.rationale':
    'Within each session the steps run from the lightest texture to the heaviest: cleanser, toner, water-based ' +
    'serums, treatments, then moisturizer, with sunscreen always the final morning step. Light products applied ' +
    'first can reach the skin, heavier ones on top would block them, and sunscreen protects best as the outermost ' +
    'layer.',
  'rule.sun.daily-spf.title': 'Finish every morning with broad-spectrum SPF {minSpf} or higher',
  'rule.sun.daily-spf.rationale':
    'Every morning of the schedule ends with a broad-spectrum sunscreen of SPF {minSpf} or more, and the step is ' +
    'never removed. Broad-spectrum is read from the catalogue: the chosen filters together block both UVA and UVB ' +
    '(one broad filter does both); when the filters left after the avoid list cannot, the step names no filter ' +
    'and a warning says to choose a broad-spectrum product. The sunscreen covers every area another step treats, ' +
    'so a serum on the décolletage means sunscreen there too. Ultraviolet light is one of the biggest drivers of ' +
    'sagging and photoageing, and daily protection is recommended for everyone.',
  'rule.routine.night-serum-leave-on.title': 'Leave evening serums and treatments on overnight',
  'rule.routine.night-serum-leave-on.rationale':
    'Serum and treatment steps in the evening session are flagged as leave-on: the person sleeps in them instead ' +
    'of rinsing them off. Wearing them overnight gives the product hours of undisturbed contact with the skin, ' +
    'and sleeping in a serum is safe.',
  'rule.hyaluronic.twice-daily.title': 'Use hyaluronic acid morning and evening, at most twice a day',
  'rule.hyaluronic.twice-daily.rationale':
    'Once chosen, a hyaluronic-acid serum appears in both the morning and the evening session, and all its ' +
    'catalogue forms together never add up to more than ' +
    '{maxPerDay, plural, one {# application} other {# applications}} a day. It takes priority over other ' +
    'low-irritation serums when the skin is dry or the profile lists dryness, firmness or fine lines. Two ' +
    'applications a day is the upper limit for a serum, and the water it binds relieves dryness and gives skin a ' +
    'firmer look.',
  'rule.hyaluronic.seal.title': 'Seal hyaluronic acid in with a moisturizer',
  'rule.hyaluronic.seal.rationale':
    'The engine adds a note that a humectant like hyaluronic acid should be covered by a moisturizer that locks ' +
    'the water in. The catalogue keeps the two sizes apart: high-molecular-weight sodium hyaluronate hydrates the ' +
    'surface, while low-molecular-weight hydrolyzed hyaluronic acid gets further into the skin. Without an ' +
    'emollient on top the water a humectant draws in can evaporate, and very small hyaluronic acid has been shown ' +
    'to reduce wrinkle depth over 8 weeks.',
  'rule.photosensitizer.night-only.title': 'Schedule photosensitizing ingredients in the evening only',
  'rule.photosensitizer.night-only.rationale':
    'Any ingredient flagged as photosensitizing in the catalogue, such as a retinoid or an AHA, is placed only in ' +
    'the evening session, on every day of the schedule, in whatever step it belongs to, the moisturizer included. ' +
    'The decision reads the flag, so an ingredient staff add later is scheduled correctly with no code change. ' +
    'These ingredients make skin more vulnerable to UV damage, which is why they belong to the night routine.',
  'rule.photosensitizer.sun-warning.title': 'Warn about sun sensitivity when a photosensitizer is used',
  'rule.photosensitizer.sun-warning.rationale':
    'If any ingredient in the routine is photosensitizing, the response carries a warning to wear sunscreen every ' +
    'day and keep sun exposure down while using it, continuing for ' +
    '{weeksAfter, plural, one {# week} other {# weeks}} after an AHA is stopped. AHAs increase sensitivity to ' +
    'sunburn both during use and for up to a week afterwards, which is why the FDA asks for a sunburn alert on ' +
    'their labels.',
  'rule.retinoid.ramp.title': 'Ramp a retinoid up week by week',
  'rule.retinoid.ramp.rationale':
    'A retinoid is scheduled on an exact number of nights per week of use: {table}, and from week ' +
    '{everyNightFrom} on every night an exfoliating acid does not claim. Before that every-night stage the number ' +
    'is exact, with acid nights placed on other nights, and as long as a week holds under {apartBelow} retinoid ' +
    'nights none of them fall on back-to-back nights (a pair spanning two weeks counts against the later week). ' +
    'Irritation is the main reason people stop using a retinoid, so the skin gets time to adjust; the precise ' +
    "counts are this product's own conservative choice.",
  'rule.retinoid.ramp-sensitive.title': 'Ramp a retinoid twice as slowly for sensitive skin',
  'rule.retinoid.ramp-sensitive.rationale':
    'For sensitive skin every ramp stage lasts twice as long, in nights a week: {table}, and from week ' +
    '{everyNightFrom} on every night that no exfoliating acid claims. The counts are exact in the same way, and ' +
    'no two retinoid nights are consecutive while a week has fewer than {apartBelow}. Sensitive skin calls for ' +
    'extra care at the start, so it climbs more gently.',
  'rule.retinoid.experience.title': 'Start an experienced retinoid user further along the ramp',
  'rule.retinoid.experience.rationale':
    'A person who has already used a retinoid for N weeks starts at week N+1 of the ramp rather than week 1, and ' +
    'that retinoid is not treated as new, so it is scheduled without spacing or a patch test. Their skin has ' +
    'already adapted through those weeks, and repeating them would only hold the routine back without making it ' +
    'any safer.',
  'rule.retinoid.amount.title': 'Use a pea-sized amount of retinoid at bedtime',
  'rule.retinoid.amount.rationale':
    'The retinoid step carries a note: one pea-sized amount covers the entire face, with another for the neck ' +
    'and décolletage, applied at bedtime on dry skin. A small amount is all the skin needs, and using more brings ' +
    'extra irritation rather than extra benefit.',
  'rule.retinoid.pregnancy.title': 'No retinoid in pregnancy; face and neck only when breastfeeding',
  'rule.retinoid.pregnancy.rationale':
    'If the profile says pregnant or trying for a baby, no retinoid is recommended, nor anything the catalogue ' +
    'does not mark as safe in pregnancy: a warning explains why and peptides take the firming slot instead. When ' +
    'breastfeeding, a retinoid may still be used, limited to the {breastfeedingAreas} and kept off the chest, ' +
    'again with a warning. Topical retinoids are avoided in pregnancy out of caution, while during breastfeeding ' +
    'very little is absorbed as long as the product stays away from the breast.',
  'rule.acid.night-frequency.title': 'Limit exfoliating acids to one or two evenings a week',
  'rule.acid.night-frequency.rationale':
    'An exfoliating acid (AHA, BHA or PHA, photosensitizing or not) is scheduled only in the evening: no more ' +
    'than {nightsFirstWeeks, plural, one {# night} other {# nights}} a week during its first ' +
    '{firstWeeks, plural, one {week} other {# weeks}} of use, counted from its own first night, and no more than ' +
    '{nightsLater} after that, or {nightsLaterDryOrSensitive} for dry or sensitive skin. The engine reaches for ' +
    'one when the profile lists {concerns}; for sensitive skin it takes the least irritating acid that serves the ' +
    'concern, such as a PHA or lactic or mandelic acid, never glycolic acid. Over-exfoliating harms the skin ' +
    'barrier and raises sun sensitivity, and the milder acids treat the same concerns.',
  'rule.actives.no-stacking.title': 'Never combine a retinoid and an acid in one session',
  'rule.actives.no-stacking.rationale':
    'A session never holds both a retinoid and an exfoliating acid, nor two exfoliating acids; a night with an ' +
    'acid is a night off the retinoid. Retinoids already leave skin sensitive and exfoliating over one can deepen ' +
    'dryness and irritation, so keeping them on separate nights is the cautious reading of that advice.',
  'rule.actives.one-at-a-time.title': 'Introduce new actives one at a time',
  'rule.actives.one-at-a-time.rationale':
    'New actives are started one by one, with at least {standardDays} days between the first uses of any two of ' +
    'them ({sensitiveDays} days for sensitive skin), while low-irritation ingredients begin on day 1 (for ' +
    'sensitive skin, serums begin after their patch window). When a retinoid is chosen it comes first: on day ' +
    '{retinoidDay}, after its patch window, when it is new, and on day 1 for someone already using one. ' +
    'Introducing actives separately lets the skin adjust to each, and if a reaction appears it is clear which ' +
    'product caused it.',
  'rule.actives.patch-test.title': 'Patch-test each new active before first use',
  'rule.actives.patch-test.rationale':
    'A patch test happens before first use, inside the calendar: each new active gets a window of the ' +
    '{windowDays} days right before its first night on the face, on which the usual amount goes on a small spot ' +
    'inside the arm or in the bend of the elbow, {timesPerDay} times a day. Its first use on the face therefore ' +
    'comes after the window, and a warning on the first day of the window gives the planned first-use date and ' +
    'says to stop, and not start it, if redness, itching or swelling appears. For sensitive skin every new serum ' +
    'or treatment ingredient gets a window too, and the base steps start on day 1 with a reminder to patch-test ' +
    'any product that is new. Testing on a small area first catches a bad reaction before it affects the face.',
  'rule.area.neck-decolletage.title': 'Extend firming steps to the neck and décolletage',
  'rule.area.neck-decolletage.rationale':
    'If the profile includes firmness or fine lines, each serum or treatment step whose ingredients target ' +
    'firmness or fine lines, an exfoliating acid included, is applied to the face, neck and décolletage; when ' +
    'breastfeeding, a retinoid step is kept off the décolletage. No step ever skips the face, and the sunscreen ' +
    'covers every area treated. The neck and chest show signs of ageing as well and are among the areas most ' +
    'often skipped.',
  'rule.expectation.weeks-to-months.title': 'Set realistic timelines for visible results',
  'rule.expectation.weeks-to-months.rationale':
    'For each concern in the profile the engine states one window in which consistent use should show visible ' +
    'results: {firmnessFrom}-{firmnessTo} weeks for firmness and fine lines, {drynessFrom}-{drynessTo} weeks for ' +
    'dryness, {rednessFrom}-{rednessTo} weeks for redness, and {textureFrom}-{textureTo} weeks for texture, ' +
    'dullness, pores and dark spots. It also stresses that regular use is what counts. Changes appear over weeks ' +
    "to months, and a retinoid's effect on wrinkles keeps building for months, so honest timelines help people " +
    'stick with the routine.',
  'rule.lifestyle.sun-smoking-alcohol.title': 'Advise cutting back on sun, smoking and alcohol',
  'rule.lifestyle.sun-smoking-alcohol.rationale':
    'A profile reporting high sun exposure, smoking or drinking gets advice to cut back on each of them. ' +
    'Ultraviolet light, smoking and alcohol all hasten sagging and the loss of firmness, working against anything ' +
    'a serum can do.',
  'rule.label.instructions-first.title': 'Product instructions come first; general guidance only',
  'rule.label.instructions-first.rationale':
    "Every response states that the instructions on the product's own packaging take precedence and that the " +
    'engine offers general cosmetic guidance, not medical advice. Formulas and strengths vary between products, ' +
    "and advice for a particular person's skin condition belongs to a clinician.",
  'rule.strength.start-low.title': 'Start every active at a low strength',
  'rule.strength.start-low.rationale':
    'Every serum or treatment step that holds an active says which strength to start with, taken from the ' +
    'catalogue: its starting range, or the low end of it for sensitive skin, and never more than its maximum. An ' +
    'AHA above {homeAhaMax} % is a peel for professionals, not a product for home use. Where the catalogue gives ' +
    'no strength, the advice is to choose the lowest strength sold. Irritation rises with strength, and a low ' +
    'start lets skin adapt.',
  'rule.evidence.graded.title': 'Grade the evidence and prefer the better supported',
  'rule.evidence.graded.rationale':
    "Every chosen ingredient carries the catalogue's evidence grade ({grades}) and the sources behind it, and " +
    'within a class the engine prefers stronger evidence: an ingredient with limited evidence is chosen only when ' +
    'nothing better supported serves the concern. Every rule states its own strength (strong or conditional) and ' +
    'the certainty of its evidence, rated separately as GRADE does, so a rule can be strong on low-certainty ' +
    'evidence, like keeping retinoids out of pregnancy. Contested advice is graded, not enforced: vitamin C and ' +
    'niacinamide may be used together.',
  'calendar-name': 'Skincare routine',
  'calendar-session':
    '{session, select, am {Morning skincare} other {Evening skincare}}{hasActives, select, true {: {actives}} other {}}',
  'calendar-step':
    '{order}. {kind, select, cleanse {Cleanse} tone {Tone} serum {Serum} treatment {Treatment} moisturize {Moisturize} other {Sunscreen}}' +
    '{hasNames, select, true {: {names}} other {}}' +
    '{areas, select, faceNeck { (face and neck)} faceNeckDecolletage { (face, neck and décolletage)} other {}}',
  'calendar-alarm':
    '{session, select, am {Time for your morning skincare.} other {Time for your evening skincare.}}',
  'calendar-patch': 'Patch test: {names}',
  'effect-adjusted':
    '{action, select, hold {held} pause {paused} stop {stopped} other {stepped back}} {slug} after the check-in of {date}, until {until}',
  'rule.checkin.hold.title': 'Hold the retinoid ramp after a mild reaction',
  'rule.checkin.hold.rationale':
    'A check-in reporting mild dryness, peeling, redness or stinging from a retinoid pauses its ramp: the next ' +
    'week of use keeps the current number of nights instead of moving up, and the rest of the ramp follows ' +
    '{heldWeeks, plural, one {# week} other {# weeks}} later; a second such check-in during that week holds it ' +
    'again. Mild irritation is the usual sign that the skin is still adjusting, and using a retinoid less often ' +
    'while it settles is the standard advice, so the plan waits rather than stops.',
  'rule.checkin.step-back.title': 'Step back after a moderate reaction',
  'rule.checkin.step-back.rationale':
    'After a check-in reporting a moderate reaction to a retinoid, the ramp drops to the stage below the current ' +
    'one (never under the first) for {stepBackDays} days from the next day, then climbs again from the start of ' +
    'the stage it left. After a moderate reaction to an exfoliating acid there are no acid nights for ' +
    '{stepBackDays} days, and it then restarts at its cap for the first {firstWeeks} weeks of use. Using an ' +
    'irritating active less often until the skin settles is the usual advice; going back one step keeps the ' +
    'progress made without pushing through irritation.',
  'rule.checkin.stop.title': 'Stop after a severe reaction, burning or swelling',
  'rule.checkin.stop.rationale':
    'A check-in reporting a severe reaction, or burning or swelling of any severity, stops every active it ' +
    'implicates for {stopDays} days from the next day. Each then restarts from the beginning: a retinoid at week ' +
    '{restartWeek} of its ramp, an exfoliating acid at its cap for the first weeks of use. A warning says to stop ' +
    'and to seek medical advice if swelling or blistering persists. Stopping at the first sign of swelling is what ' +
    'patch-test advice says for a product that does not suit the skin, and restarting from the bottom lets the ' +
    'skin adjust again.',
  'rule.checkin.purge.title': 'Explain purging in the first weeks of a retinoid or an acid',
  'rule.checkin.purge.rationale':
    'A breakout reported in the first {purgeWeeks} weeks of use of a retinoid or an exfoliating acid, unless ' +
    'severe, changes nothing in the plan: a warning explains that faster renewal of the skin brings blemishes to ' +
    'the surface sooner for a while, and that it passes. Stopping then would only restart the adjustment; a severe ' +
    'breakout is handled as a severe reaction.',
  'effect-product-read':
    'read {name}: {count, plural, =0 {no ingredient the catalogue knows} one {# catalogue ingredient} other {# catalogue ingredients}}',
  'effect-product-placed': 'placed {name} as {role} in the {step} step',
  'effect-product-fixed': 'for {name}: {fix}',
  'effect-suggested': 'suggested {ids} for the {step} step',
  'rule.product.contains.title': 'Read a product’s ingredient list into catalogue ingredients',
  'rule.product.contains.rationale':
    'A product is what its label lists. Each entry of the ingredient list is matched to a catalogue ingredient by ' +
    'its INCI name, then by another name it is sold under (an alias), and only then by a close spelling, reported ' +
    'as a fuzzy match with its confidence: names shorter than {exactBelow} characters must match exactly, names of ' +
    'up to {oneEditUpTo} characters may differ by one letter, up to {twoEditsUpTo} by two, and longer names by at ' +
    'most {maxEdits}. Each entry keeps its position and any percent printed with it. A product holds a retinoid, an ' +
    'exfoliating acid, an active or a photosensitizing ingredient when any ingredient it holds is one, and counts ' +
    'as safe in pregnancy only when all of them are. Entries after “may contain” or “+/-” are colourings a product ' +
    'may or may not hold: they count for warnings, never for where the product goes in the routine.',
  'rule.product.own-first.title': 'Build the routine around the person’s own products',
  'rule.product.own-first.rationale':
    'The products a person already owns fill the steps they fit before anything is picked from the catalogue. A ' +
    'product holding a retinoid is the routine’s retinoid, so no second one is picked, and it climbs the ramp; one ' +
    'holding an exfoliating acid takes the acid nights; one holding a photosensitizing ingredient goes on in the ' +
    'evening only; a cleanser, toner, moisturizer or sunscreen fills its own step. Each product then follows every ' +
    'rule as the ingredients it holds would: patch window, spacing, nightly caps, daily limits, areas and ' +
    'pregnancy. A product sent without its kind is placed by what it holds: a treatment with a retinoid or an acid, ' +
    'a sunscreen with a UV filter, a moisturizer when an emollient or barrier lipid is among its first ' +
    '{moisturizerLead} known ingredients, otherwise a serum. Serums are meant to be used alongside other products, ' +
    'and every person’s skin and shelf are different.',
  'rule.product.conflict.title': 'Resolve clashes between own products, never just list them',
  'rule.product.conflict.rationale':
    'When two of the person’s products would break a rule together (two retinoids, two exfoliating acids, a ' +
    'retinoid and an acid in the same session, or one ingredient over its daily limit across them) or one product ' +
    'breaks a rule for this profile (not safe in pregnancy, on the avoid list, too irritating for reactive skin), ' +
    'the routine never uses them that way. It keeps one, in a fixed order (treatments before serums before base ' +
    'products; between two retinoids or two acids, the gentler one for a newcomer or reactive skin, else the one ' +
    'listed first), moves the other to nights of its own or to one session, or leaves it out, and a warning names ' +
    'both products, the rule and what was done. Layering a retinoid with an exfoliant deepens dryness, and ' +
    'retinoids are avoided in pregnancy as a precaution.',
  'rule.product.suggest.title': 'Suggest catalogue products that hold each step’s ingredients',
  'rule.product.suggest.rationale':
    'On request, each step the person has no product for gets up to {maxSuggestions} products from the product ' +
    'catalogue. Each one holds every ingredient the routine chose for the step, nothing on the avoid list, nothing ' +
    'the profile rules out (pregnancy, skin type, irritation for reactive skin, a photosensitizer in the morning) ' +
    'and nothing the plan did not schedule: no second retinoid or acid, nothing kept to once a day, and no other ' +
    'active in a serum or treatment step. They are ranked by how early the chosen ingredient stands in the ' +
    'ingredient list, since labels list ingredients from the most to the least, then by product id. A product ' +
    'should fit the needs, the skin type and the intended use.',
  'rule.product.unknown.title': 'Name every ingredient of a product that matches nothing',
  'rule.product.unknown.rationale':
    'Each entry of a product’s ingredient list that matches no catalogue ingredient, and no name of the CosIng ' +
    'reference when it is loaded, is reported as unknown with the closest reference names, and a warning on the ' +
    'routine names every such entry of the person’s own products: none is ever dropped in silence. No rule can be ' +
    'applied to what is not known, so a serum or treatment whose ingredients are all unknown, or a product without ' +
    'a kind and nothing known, is left out of the routine with that warning. An unknown name can hide an allergen ' +
    'or an active.',
} as const satisfies Catalogue;
