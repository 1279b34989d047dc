import type { Catalogue } from './catalogue.js';

/**
 * Deutsch. Gesiezt, in Alltagssprache; Namen von Inhaltsstoffen kommen aus dem Katalog und bleiben,
 * wie sie sind, Daten bleiben im ISO-Format (JJJJ-MM-TT).
 */
export const de = {
  'every-morning': 'jeden Morgen',
  'every-evening': 'jeden Abend',
  'every-morning-optional': 'jeden Morgen (optional)',
  'every-evening-optional': 'jeden Abend (optional)',
  'every-session-from': '{session, select, am {jeden Morgen} other {jeden Abend}} ab {date} (Woche {week})',
  'ramp-from': 'ab {date}, die Wochen ab diesem ersten Abend gezählt: {ramp}',
  'ramp-stages': '{stages}',
  'ramp-stage-counted':
    '{nights, plural, one {# Abend} other {# Abende}} pro Woche ' +
    '{single, select, true {in Woche {fromWeek}} other {in den Wochen {fromWeek}–{toWeek}}}' +
    '{apart, select, true {, nie zwei Abende hintereinander} other {}}',
  'ramp-stage-every':
    '{afterEarlier, select, true {danach } other {}}jeden Abend{fromWeek, plural, =0 {} other { ab Woche #}}' +
    '{withAcid, select, true { außer an Säure-Abenden} other {}}',
  'acid-frequency':
    '{first, plural, one {# Abend} other {# Abende}} pro Woche ab {date}' +
    '{changes, select, true { in den ersten {firstWeeks} Wochen, danach {later, plural, one {# Abend} other {# Abende}} pro Woche} other {}}',
  'cleanser-texture':
    '{texture, select, cream {Eine Reinigungscreme, die reinigt, ohne die Haut auszutrocknen.} gel {Ein Reinigungsgel.} other {Ein mildes Reinigungsprodukt.}}',
  'moisturizer-texture':
    '{texture, select, richCream {Eine reichhaltige Creme.} lotion {Eine Lotion.} lightLotion {Eine leichte Lotion.} other {Ein Gel oder eine ölfreie Lotion.}}',
  'toner-optional': 'Optional: ein alkoholfreies Gesichtswasser nach der Reinigung.',
  'starts-after-previous-active':
    'Beginnt erst, wenn sich die Haut an den vorigen neuen Wirkstoff gewöhnt hat, damit sich eine Reaktion einem Produkt zuordnen lässt.',
  'starts-after-patch-test':
    'Beginnt am Tag nach dem Verträglichkeitstest, wenn die Teststelle ruhig geblieben ist.',
  'antioxidant-under-sunscreen': 'Schutz am Morgen, unter dem Sonnenschutz.',
  'hyaluronic-twice-daily-cap':
    'Höchstens {max, plural, one {einmal} =2 {zweimal} other {#-mal}} am Tag, alle Formen von Hyaluronsäure zusammengezählt; die Feuchtigkeitspflege darüber hält das Wasser in der Haut.',
  'extend-to-areas':
    'Tragen Sie es auch auf {decolletage, select, true {Hals und Dekolleté} other {den Hals}} auf.',
  'leave-on-overnight': 'Über Nacht einwirken lassen.',
  'hyaluronic-sealed': 'Schließt das Wasser aus dem Hyaluronsäure-Serum darunter in der Haut ein.',
  'sunscreen-daily':
    'Breitbandschutz (UVA und UVB), LSF {spf} oder höher, als letzter Schritt am Morgen, jeden Tag und bei jedem Wetter; draußen nachcremen.',
  'retinoid-amount':
    '{areas, select, faceNeckDecolletage {Eine erbsengroße Menge für das ganze Gesicht und eine zweite für Hals und Dekolleté, vor dem Schlafengehen, auf die trockene Haut.} ' +
    'faceNeck {Eine erbsengroße Menge für das ganze Gesicht und eine zweite für den Hals, vor dem Schlafengehen, auf die trockene Haut.} ' +
    'other {Eine erbsengroße Menge für das ganze Gesicht, vor dem Schlafengehen, auf die trockene Haut.}}',
  'retinoid-breastfeeding-areas': 'In der Stillzeit nur Gesicht und Hals, nie die Brust.',
  'retinoid-not-with-acid': 'Nie am selben Abend wie die Peeling-Säure.',
  'retinoid-experience':
    'Sie verwenden seit {weeks, plural, one {# Woche} other {# Wochen}} ein Retinoid: Die Steigerung geht von dort aus weiter.',
  'acid-evening-only': 'Nur abends.',
  'acid-not-with-retinoid': 'Nie an einem Retinoid-Abend: An einem Säure-Abend pausiert das Retinoid.',
  'acid-kept-to-one':
    'Bei trockener oder empfindlicher Haut auf {nights, plural, one {einen Abend} other {# Abende}} pro Woche begrenzt.',
  'warning-pregnancy':
    'Kein Retinoid in der Schwangerschaft oder bei Kinderwunsch: Retinoide werden in der Schwangerschaft vorsorglich ' +
    'gemieden, ebenso alles, was der Katalog für die Schwangerschaft nicht freigibt.' +
    '{peptide, select, true { Stattdessen übernehmen Peptide die straffende Pflege.} other {}}',
  'warning-breastfeeding':
    'Tragen Sie {name} in der Stillzeit nur auf Gesicht und Hals auf, nie auf die Brust, damit Ihr Baby nicht damit in Berührung kommt.',
  'warning-avoided-step':
    '{name} steht auf Ihrer Liste zu meidender Inhaltsstoffe und kommt daher im Schritt „{step, select, cleanse {Reinigung} ' +
    'tone {Gesichtswasser} serum {Serum} treatment {Behandlung} moisturize {Feuchtigkeitspflege} sunscreen {Sonnenschutz} ' +
    'other {Pflege}}“ nicht vor.',
  'warning-avoided':
    '{name} steht auf Ihrer Liste zu meidender Inhaltsstoffe und ist daher nicht Teil dieser Routine.',
  'warning-no-uv-filter':
    'Kein UV-Filter im Katalog passt zu Ihrem Profil und Ihrer Liste zu meidender Inhaltsstoffe, daher nennt der ' +
    'Sonnenschutz-Schritt keinen Inhaltsstoff: Tragen Sie trotzdem jeden Morgen einen Sonnenschutz mit Breitbandschutz ' +
    'und LSF {spf}+ auf, den Sie vertragen.',
  'warning-sun-sensitivity':
    '{name} macht die Haut sonnenempfindlicher: Verwenden Sie jeden Tag Sonnenschutz und meiden Sie die Sonne, solange Sie es anwenden' +
    '{weeksAfter, plural, =0 {} one { und noch eine Woche nach dem Absetzen} other { und noch # Wochen nach dem Absetzen}}.',
  'warning-deferred-patch':
    '{name} würde am {date} beginnen, nach seinem {days}-tägigen Verträglichkeitstest, also später, als dieser ' +
    '{weeks}-Wochen-Plan reicht: Fragen Sie nach einem längeren Plan, um es einzubeziehen.',
  'warning-deferred':
    '{name} würde am {date} beginnen, nach dem Ende dieses {weeks}-Wochen-Plans, damit neue Wirkstoffe zeitlich ' +
    'getrennt bleiben: Fragen Sie nach einem längeren Plan, um es einzubeziehen.',
  'warning-patch-test':
    'Testen Sie {name} {days} Tage lang, bevor Sie es am {date} zum ersten Mal verwenden: Tragen Sie ab {start} die ' +
    'übliche Menge auf eine eigene kleine Stelle an der Innenseite des Arms oder in der Armbeuge auf, ' +
    '{times, plural, =2 {zweimal} other {#-mal}} am Tag (für jedes getestete Produkt eine andere Stelle), damit eine ' +
    'Reaktion auf ein einziges Produkt hinweist. Wenn Rötung, Juckreiz oder Schwellung auftreten, hören Sie auf und ' +
    'beginnen Sie nicht mit dem Produkt.',
  'warning-patch-test-base':
    'Ihre Reinigung, Feuchtigkeitspflege und Ihr Sonnenschutz beginnen heute. Wenn eines davon neu für Sie ist, ' +
    'probieren Sie es zuerst an einer kleinen Stelle an der Innenseite des Arms aus, ' +
    '{times, plural, =2 {zweimal} other {#-mal}} am Tag, und hören Sie auf, wenn Rötung, Juckreiz oder Schwellung ' +
    'auftreten.',
  'warning-concern-uncovered':
    'Nichts in dieser Routine behandelt dieses Anliegen: {concern}. Kein Inhaltsstoff im Katalog, der zu Ihrem Profil ' +
    'passt, wirkt dagegen. In einer Apotheke oder Hautarztpraxis kann man Ihnen etwas empfehlen.',
  'warning-no-broad-spectrum':
    'Die UV-Filter, die zu Ihrem Profil und Ihrer Liste zu meidender Inhaltsstoffe passen, können zusammen nicht ' +
    'sowohl UVA als auch UVB abhalten, daher nennt der Sonnenschutz-Schritt keinen Inhaltsstoff: Wählen Sie jeden ' +
    'Morgen einen Sonnenschutz mit der Angabe Breitbandschutz und LSF {spf} oder höher, den Sie vertragen.',
  'strength-range':
    'Beginnen Sie bei {name} mit {from, number}{single, select, true {} other {–{to, number}}} % und gehen Sie nie über {max, number} % hinaus.' +
    '{peelAbove, plural, =0 {} other { Über # % ist es ein Peeling für Fachleute, kein Produkt für zu Hause.}}',
  'strength-low-end':
    'Beginnen Sie bei {name} mit {from, number} %, dem unteren Ende für empfindliche Haut, und gehen Sie nie über {max, number} % hinaus.' +
    '{peelAbove, plural, =0 {} other { Über # % ist es ein Peeling für Fachleute, kein Produkt für zu Hause.}}',
  'strength-at-most':
    'Wählen Sie {name} mit höchstens {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Über # % ist es ein Peeling für Fachleute, kein Produkt für zu Hause.}}',
  'strength-lowest-sold':
    'Wählen Sie {name} in der niedrigsten Konzentration, die Sie finden, und steigern Sie nur, wenn Ihre Haut ruhig bleibt.',
  expectation:
    'Rechnen Sie nach etwa {from}–{to} Wochen regelmäßiger Anwendung mit {result}; ausgelassene Tage verzögern die Ergebnisse.',
  'result-firmness': 'straffer wirkender Haut',
  'result-fine-lines': 'gemilderten feinen Linien',
  'result-dryness': 'weniger Trockenheit',
  'result-redness': 'weniger Rötungen',
  'result-texture': 'einem glatteren Hautbild',
  'result-dullness': 'einem strahlenderen Teint',
  'result-pores': 'weniger sichtbaren Poren',
  'result-dark-spots': 'verblassten Pigmentflecken',
  'concern-firmness': 'nachlassende Spannkraft',
  'concern-fine-lines': 'feine Linien',
  'concern-dryness': 'Trockenheit',
  'concern-dullness': 'fahler Teint',
  'concern-dark-spots': 'Pigmentflecken',
  'concern-texture': 'unebenes Hautbild',
  'concern-pores': 'sichtbare Poren',
  'concern-redness': 'Rötungen',
  'lifestyle-sun-exposure':
    'Viele Stunden in der Sonne lassen die Haut schneller erschlaffen und Falten bilden: Suchen Sie Schatten, tragen Sie einen Hut und cremen Sie nach.',
  'lifestyle-smoking':
    'Rauchen baut Kollagen und Elastin der Haut ab; weniger zu rauchen hilft der Haut, straff zu bleiben.',
  'lifestyle-alcohol':
    'Alkohol trocknet die Haut aus und beschleunigt den Verlust an Spannkraft; weniger zu trinken hilft.',
  disclaimer:
    'Befolgen Sie zuerst die Hinweise auf dem Etikett jedes Produkts: Sie gehen dieser Routine vor. ' +
    'Dies ist eine allgemeine kosmetische Empfehlung, keine medizinische Beratung; fragen Sie bei Hauterkrankungen, ' +
    'Medikamenten, in der Schwangerschaft oder Stillzeit Ihre Ärztin, Ihren Arzt oder eine Hautarztpraxis.',
  'effect-chose':
    'hat {slug} gewählt ({role, select, retinoid {Retinoid} acid {Peeling-Säure} antioxidant {Antioxidans} serum {Serum} ' +
    'moisturizer {Feuchtigkeitspflege} sunscreen {Sonnenschutz} other {Inhaltsstoff}})',
  'effect-left-out':
    'hat {slug} aus dem Schritt „{step, select, cleanse {Reinigung} tone {Gesichtswasser} serum {Serum} ' +
    'treatment {Behandlung} moisturize {Feuchtigkeitspflege} sunscreen {Sonnenschutz} other {Pflege}}“ weggelassen',
  'effect-excluded': 'hat {slug} ausgeschlossen',
  'effect-scheduled-nights': 'hat {slug} für {nights, plural, one {# Abend} other {# Abende}} eingeplant',
  'effect-first-use': 'erste Anwendung von {slug} an Tag {day}',
  'effect-patch-window': 'Verträglichkeitstest von {slug} ab Tag {day}, {days} Tage lang',
  'effect-evening-only': 'hat {slug} aus der Morgenroutine herausgehalten',
  'effect-areas': 'hat {slug} aufgetragen auf: {areas}',
  'effect-warned': 'hat gewarnt: {code}',
  // Wörter des Vokabulars und eine Stufe der Steigerung, wie die Begründungen der Regeln sie nennen
  'skin-type-dry': 'trockene Haut',
  'skin-type-combination': 'Mischhaut',
  'skin-type-normal': 'normale Haut',
  'skin-type-oily': 'fettige Haut',
  'irritation-low': 'niedrigem',
  'irritation-medium': 'mittlerem',
  'irritation-high': 'hohem',
  'evidence-strong': 'stark',
  'evidence-moderate': 'mäßig',
  'evidence-limited': 'begrenzt',
  'area-face': 'Gesicht',
  'area-neck': 'Hals',
  'area-decolletage': 'Dekolleté',
  'rule-ramp-stage':
    '{nights, plural, one {# Abend} other {# Abende}} {single, select, true {in Woche {fromWeek}} other {in den Wochen {fromWeek}–{toWeek}}}',
  // Titel und Begründungen der Regeln: Die Platzhalter sind die Namen in den `params` jeder Regel
  'rule.skin-type.basis.title': 'Reinigung und Feuchtigkeitspflege nach Hauttyp wählen',
  'rule.skin-type.basis.rationale':
    'Jedes Profil nennt einen Hauttyp, trocken, Mischhaut, normal oder fettig, und danach wählt die Engine die ' +
    'Textur der Basisprodukte: eine Reinigungscreme und eine reichhaltige Creme für trockene Haut, ein mildes ' +
    'Reinigungsprodukt und eine Lotion für normale Haut, ein mildes Reinigungsprodukt und eine leichte Lotion für ' +
    'Mischhaut, ein Reinigungsgel und ein Gel oder eine ölfreie Lotion für fettige Haut. Der Hauttyp ist der ' +
    'Ausgangspunkt jeder Routine, denn wie viel Fett und Feuchtigkeit die Haut hat, bestimmt, welche Texturen sie ' +
    'verträgt und braucht.',
  'rule.goals.match-ingredients.title': 'Wirkstoffe nach den Anliegen wählen, gegen die sie wirken',
  'rule.goals.match-ingredients.rationale':
    'Wirkstoffe kommen aus dem Katalog und werden gewählt, weil die Anliegen, gegen die sie wirken, sich mit denen ' +
    'des Profils überschneiden und die Hauttypen, zu denen sie passen, den des Profils einschließen; keine Liste ' +
    'von Inhaltsstoffen ist fest im Code hinterlegt. Eine Routine enthält höchstens ' +
    '{retinoids, plural, one {# Retinoid} other {# Retinoide}}, ' +
    '{acids, plural, one {# Peeling-Säure} other {# Peeling-Säuren}} und ' +
    '{antioxidants, plural, one {# Antioxidans} other {# Antioxidantien}}, und keine Tageszeit hat mehr als ' +
    '{serumSteps, plural, one {# Serum-Schritt} other {# Serum-Schritte}} (morgens zählt das antioxidative Serum ' +
    'dazu). Innerhalb einer Klasse bevorzugt die Engine die bessere Studienlage, dann die geringere Reizung, dann ' +
    'die Rangfolge des Teams. Ein Inhaltsstoff verdient seinen Platz nur, wenn er tut, was die Person sucht, und ' +
    'die Obergrenzen halten die Routine kurz genug, um sie zu vertragen und durchzuhalten.',
  'rule.goals.firming-actives.title':
    'Für Straffheit: Retinoid, dann Peptide, dann Vitamin C, dann Hyaluronsäure',
  'rule.goals.firming-actives.rationale':
    'Wünscht das Profil mehr Spannkraft oder weniger feine Linien, reiht die Engine die Kandidaten in fester ' +
    'Reihenfolge: zuerst ein Retinoid, dann Peptide, dann Vitamin C, dann Hyaluronsäure. Beim ersten Retinoid ' +
    'übergeht sie Formen mit {avoidedIrritation} Reizpotenzial zugunsten von Retinol oder Retinal, die deutlich ' +
    'weniger reizen. Diese vier sind die Arbeitspferde straffender Seren, und Reizungen sind der Hauptgrund, ein ' +
    'Retinoid aufzugeben.',
  'rule.antioxidant.morning.title': 'Das antioxidative Serum morgens auftragen',
  'rule.antioxidant.morning.rationale':
    'Ein antioxidatives Serum wie Vitamin C gehört in die Morgenroutine, unter den Sonnenschutz, sofern der ' +
    'Inhaltsstoff die Haut nicht lichtempfindlich macht. Morgens geht es um Schutz: Ein Antioxidans hilft der ' +
    'Haut gegen die Schäden des Tages, die sie altern lassen, und unterstützt nebenbei das Kollagen.',
  'rule.profile.avoid.title': 'Nie einen Inhaltsstoff empfehlen, den die Person meidet',
  'rule.profile.avoid.rationale':
    'Jeder Inhaltsstoff auf der Liste zu meidender Inhaltsstoffe, ob wegen einer Allergie oder aus Vorliebe, ' +
    'wird aus jedem Schritt ausgeschlossen, und die Antwort nennt den Schritt, in dem er fehlt, einmal pro ' +
    'Inhaltsstoff. Jede Haut ist anders, daher gehen die eigenen Ausschlüsse der Person jeder anderen Wahl vor, ' +
    'und zu sagen, was wegfiel, hält die Routine nachvollziehbar.',
  'rule.sensitive.gentle-only.title': 'Nur milde Inhaltsstoffe bei empfindlicher Haut und Rötungen',
  'rule.sensitive.gentle-only.rationale':
    'Bei empfindlicher Haut, und immer wenn das Profil {reactiveConcern} nennt, wählt die Engine in keinem ' +
    'Schritt einen Inhaltsstoff, den der Katalog mit {neverIrritation} Reizpotenzial einstuft. Bei ' +
    '{reactiveConcern} lässt sie außerdem Peeling-Säuren weg und jedes Antioxidans oberhalb der niedrigsten ' +
    'Reizstufe, und ein Retinoid steigt im langsameren Tempo für empfindliche Haut. Jede Wahl beruht auf Daten ' +
    'aus dem Katalog, nie auf Namen von Inhaltsstoffen. Reaktive Haut reagiert auf Reizstoffe wie starke Säuren ' +
    'mit Schüben, daher haben milde Produkte Vorrang.',
  'rule.concern.uncovered.title': 'Sagen, wenn kein Inhaltsstoff ein Anliegen abdeckt',
  'rule.concern.uncovered.rationale':
    'Wenn keiner der Inhaltsstoffe der Routine eines der Anliegen des Profils behandelt, warnt die Antwort und ' +
    'nennt dieses Anliegen, statt die Person glauben zu lassen, es werde behandelt. Das geschieht, wenn der ' +
    'Katalog nichts Passendes für den Hauttyp enthält, die Person den Inhaltsstoff meidet oder Milde oder ' +
    'Schwangerschaft ihn ausschließen.',
  'rule.routine.serum-with-basics.title':
    'Seren in eine vollständige Routine einbetten: reinigen, pflegen, schützen',
  'rule.routine.serum-with-basics.rationale':
    'Seren werden nie allein empfohlen: Morgens folgen Reinigung, optional Gesichtswasser, Serum(s), ' +
    'Feuchtigkeitspflege und Sonnenschutz, abends Reinigung, optional Gesichtswasser, Serum oder Behandlung und ' +
    'Feuchtigkeitspflege. Gesichtswasser gibt es nur für {tonerSkinTypes}. Ein Serum wirkt als Teil einer milden ' +
    'Reinigung und guten Feuchtigkeitspflege, nicht als deren Ersatz.',
  'rule.routine.layer-order.title': 'Von der dünnsten zur dicksten Textur auftragen',
  'rule.routine.layer-order.rationale':
    'Zu jeder Tageszeit gehen die Schritte von der leichtesten zur reichhaltigsten Textur: Reinigung, ' +
    'Gesichtswasser, wässrige Seren, Behandlungen, dann Feuchtigkeitspflege, wobei der Sonnenschutz morgens ' +
    'immer den Abschluss bildet. Leichte Produkte zuerst erreichen die Haut, schwerere darunter würden sie ' +
    'abhalten, und Sonnenschutz schützt als äußerste Schicht am besten.',
  'rule.sun.daily-spf.title': 'Jeden Morgen mit Breitband-Sonnenschutz LSF {minSpf} oder höher abschließen',
  'rule.sun.daily-spf.rationale':
    'Jeder Morgen des Plans endet mit einem Breitband-Sonnenschutz mit LSF {minSpf} oder mehr, und dieser Schritt ' +
    'entfällt nie. Ob der Schutz breitbandig ist, steht im Katalog: Die gewählten Filter halten zusammen UVA und ' +
    'UVB ab (ein Breitbandfilter kann beides); schaffen das die nach der Meideliste verbleibenden Filter nicht, ' +
    'nennt der Schritt keinen Filter, und eine Warnung rät, ein Breitbandprodukt zu wählen. Der Sonnenschutz ' +
    'deckt jede Stelle ab, die ein anderer Schritt behandelt: Ein Serum auf dem Dekolleté bedeutet auch dort ' +
    'Sonnenschutz. UV-Licht ist eine der Hauptursachen für erschlaffende und vorzeitig gealterte Haut, und ' +
    'täglicher Schutz wird allen empfohlen.',
  'rule.routine.night-serum-leave-on.title': 'Abendliche Seren und Behandlungen über Nacht einwirken lassen',
  'rule.routine.night-serum-leave-on.rationale':
    'Serum- und Behandlungsschritte am Abend sind als „nicht abspülen“ markiert: Man schläft damit, statt sie ' +
    'abzuwaschen. Über Nacht hat das Produkt stundenlang ungestörten Kontakt mit der Haut, und mit einem Serum zu ' +
    'schlafen ist unbedenklich.',
  'rule.hyaluronic.twice-daily.title': 'Hyaluronsäure morgens und abends, höchstens zweimal am Tag',
  'rule.hyaluronic.twice-daily.rationale':
    'Einmal gewählt, steht ein Hyaluronsäure-Serum in der Morgen- und in der Abendroutine, und alle seine Formen ' +
    'im Katalog zusammen kommen nie auf mehr als {maxPerDay, plural, one {# Anwendung} other {# Anwendungen}} ' +
    'am Tag. Es hat Vorrang vor anderen wenig reizenden Seren, wenn die Haut trocken ist oder das Profil ' +
    'Trockenheit, nachlassende Spannkraft oder feine Linien nennt. Zwei Anwendungen am Tag sind das Maximum für ' +
    'ein Serum, und das Wasser, das es bindet, lindert Trockenheit und lässt die Haut straffer aussehen.',
  'rule.hyaluronic.seal.title': 'Hyaluronsäure mit einer Feuchtigkeitspflege versiegeln',
  'rule.hyaluronic.seal.rationale':
    'Die Engine fügt einen Hinweis hinzu: Ein Feuchthaltemittel wie Hyaluronsäure sollte von einer ' +
    'Feuchtigkeitspflege bedeckt werden, die das Wasser in der Haut hält. Der Katalog unterscheidet zwei Größen: ' +
    'hochmolekulares Natriumhyaluronat spendet der Oberfläche Feuchtigkeit, niedermolekulare hydrolysierte ' +
    'Hyaluronsäure dringt tiefer in die Haut ein. Ohne rückfettende Pflege darüber kann das Wasser, das ein ' +
    'Feuchthaltemittel anzieht, verdunsten, und sehr kleine Hyaluronsäure hat in einer Studie die Faltentiefe in ' +
    '8 Wochen verringert.',
  'rule.photosensitizer.night-only.title': 'Lichtsensibilisierende Inhaltsstoffe nur abends',
  'rule.photosensitizer.night-only.rationale':
    'Jeder Inhaltsstoff, den der Katalog als lichtsensibilisierend kennzeichnet, etwa ein Retinoid oder eine AHA, ' +
    'kommt nur in die Abendroutine, an jedem Tag des Plans und in jedem Schritt, zu dem er gehört, die ' +
    'Feuchtigkeitspflege eingeschlossen. Die Entscheidung liest diese Kennzeichnung, daher wird ein Inhaltsstoff, ' +
    'den das Team später hinzufügt, ohne Codeänderung richtig eingeplant. Diese Inhaltsstoffe machen die Haut ' +
    'anfälliger für UV-Schäden, deshalb gehören sie in die Abendroutine.',
  'rule.photosensitizer.sun-warning.title':
    'Vor Sonnenempfindlichkeit warnen, wenn ein Inhaltsstoff sie erhöht',
  'rule.photosensitizer.sun-warning.rationale':
    'Ist ein Inhaltsstoff der Routine lichtsensibilisierend, warnt die Antwort, jeden Tag Sonnenschutz zu tragen ' +
    'und die Sonne während der Anwendung zu meiden, noch {weeksAfter, plural, one {# Woche} other {# Wochen}} ' +
    'über das Absetzen einer AHA hinaus. AHAs erhöhen die Sonnenbrandgefahr während der Anwendung und bis zu ' +
    'einer Woche danach, weshalb die US-Behörde FDA einen Sonnenbrand-Hinweis auf ihren Etiketten verlangt.',
  'rule.retinoid.ramp.title': 'Ein Retinoid Woche für Woche steigern',
  'rule.retinoid.ramp.rationale':
    'Ein Retinoid wird an einer genauen Zahl von Abenden pro Anwendungswoche eingeplant: {table}, und ab Woche ' +
    '{everyNightFrom} an jedem Abend, den keine Peeling-Säure belegt. Vor dieser Stufe ist die Zahl genau, ' +
    'Säure-Abende liegen auf anderen Abenden, und solange eine Woche weniger als {apartBelow} Retinoid-Abende hat, ' +
    'folgen keine zwei direkt aufeinander (ein Paar über zwei Wochen hinweg zählt zur späteren Woche). Reizungen ' +
    'sind der Hauptgrund, ein Retinoid abzusetzen, daher bekommt die Haut Zeit, sich zu gewöhnen; die genauen ' +
    'Zahlen sind eine vorsichtige Wahl dieses Dienstes.',
  'rule.retinoid.ramp-sensitive.title': 'Ein Retinoid bei empfindlicher Haut halb so schnell steigern',
  'rule.retinoid.ramp-sensitive.rationale':
    'Bei empfindlicher Haut dauert jede Stufe doppelt so lange, in Abenden pro Woche: {table}, und ab Woche ' +
    '{everyNightFrom} an jedem Abend, den keine Peeling-Säure belegt. Die Zahlen sind ebenso genau, und keine zwei ' +
    'Retinoid-Abende folgen aufeinander, solange eine Woche weniger als {apartBelow} hat. Empfindliche Haut ' +
    'braucht am Anfang besondere Vorsicht, deshalb steigt sie sanfter.',
  'rule.retinoid.experience.title': 'Wer schon ein Retinoid verwendet, steigt später in die Steigerung ein',
  'rule.retinoid.experience.rationale':
    'Wer bereits seit N Wochen ein Retinoid verwendet, beginnt in Woche N+1 der Steigerung statt in Woche 1, und ' +
    'dieses Retinoid gilt nicht als neu: Es wird ohne Abstand zu anderen neuen Wirkstoffen und ohne ' +
    'Verträglichkeitstest eingeplant. Die Haut hat sich in diesen Wochen schon angepasst, und sie zu wiederholen ' +
    'würde die Routine nur aufhalten, ohne sie sicherer zu machen.',
  'rule.retinoid.amount.title': 'Eine erbsengroße Menge Retinoid vor dem Schlafengehen',
  'rule.retinoid.amount.rationale':
    'Der Retinoid-Schritt trägt einen Hinweis: Eine erbsengroße Menge reicht für das ganze Gesicht, eine weitere ' +
    'für Hals und Dekolleté, aufgetragen vor dem Schlafengehen auf die trockene Haut. Mehr braucht die Haut ' +
    'nicht, und mehr aufzutragen bringt zusätzliche Reizung statt zusätzlichen Nutzen.',
  'rule.retinoid.pregnancy.title':
    'Kein Retinoid in der Schwangerschaft; in der Stillzeit nur Gesicht und Hals',
  'rule.retinoid.pregnancy.rationale':
    'Nennt das Profil eine Schwangerschaft oder einen Kinderwunsch, wird kein Retinoid empfohlen und nichts, was ' +
    'der Katalog nicht als sicher in der Schwangerschaft kennzeichnet: Eine Warnung erklärt, warum, und Peptide ' +
    'übernehmen die straffende Pflege. In der Stillzeit bleibt ein Retinoid möglich, auf {breastfeedingAreas} ' +
    'beschränkt und fern von der Brust, ebenfalls mit einer Warnung. Äußerlich angewendete Retinoide werden in ' +
    'der Schwangerschaft vorsorglich gemieden; in der Stillzeit gelangt nur sehr wenig in den Körper, solange ' +
    'das Produkt nicht an die Brust kommt.',
  'rule.acid.night-frequency.title': 'Peeling-Säuren auf einen oder zwei Abende pro Woche begrenzen',
  'rule.acid.night-frequency.rationale':
    'Eine Peeling-Säure (AHA, BHA oder PHA, lichtsensibilisierend oder nicht) wird nur abends eingeplant: ' +
    'höchstens {nightsFirstWeeks, plural, one {# Abend} other {# Abende}} pro Woche in ' +
    '{firstWeeks, plural, one {der ersten Anwendungswoche} other {den ersten # Anwendungswochen}}, gezählt ab ' +
    'ihrem eigenen ersten Abend, danach höchstens {nightsLater}, bei trockener oder empfindlicher Haut ' +
    '{nightsLaterDryOrSensitive}. Die Engine greift zu einer, wenn das Profil {concerns} nennt; bei empfindlicher ' +
    'Haut nimmt sie die am wenigsten reizende Säure, die das Anliegen behandelt, etwa eine PHA oder Milch- oder ' +
    'Mandelsäure, nie Glykolsäure. Zu viel Peeling schädigt die Hautbarriere und erhöht die ' +
    'Sonnenempfindlichkeit, und mildere Säuren wirken gegen dieselben Anliegen.',
  'rule.actives.no-stacking.title': 'Nie Retinoid und Säure in derselben Routine',
  'rule.actives.no-stacking.rationale':
    'Eine Tageszeit enthält nie zugleich ein Retinoid und eine Peeling-Säure, auch nicht zwei Peeling-Säuren; an ' +
    'einem Säure-Abend pausiert das Retinoid. Retinoide machen die Haut ohnehin empfindlich, und ein Peeling ' +
    'darüber kann Trockenheit und Reizung verstärken, daher ist es die vorsichtige Lesart dieses Rats, sie auf ' +
    'getrennte Abende zu legen.',
  'rule.actives.one-at-a-time.title': 'Neue Wirkstoffe einzeln einführen',
  'rule.actives.one-at-a-time.rationale':
    'Neue Wirkstoffe beginnen einer nach dem anderen, mit mindestens {standardDays} Tagen zwischen den ersten ' +
    'Anwendungen zweier von ihnen ({sensitiveDays} Tage bei empfindlicher Haut), während wenig reizende ' +
    'Inhaltsstoffe an Tag 1 beginnen (bei empfindlicher Haut beginnen Seren nach ihrem Verträglichkeitstest). ' +
    'Wird ein Retinoid gewählt, kommt es zuerst: an Tag {retinoidDay}, nach seinem Verträglichkeitstest, wenn es ' +
    'neu ist, und an Tag 1 für alle, die schon eines verwenden. Wirkstoffe getrennt einzuführen lässt die Haut ' +
    'sich an jeden gewöhnen, und bei einer Reaktion ist klar, welches Produkt sie ausgelöst hat.',
  'rule.actives.patch-test.title': 'Jeden neuen Wirkstoff vor der ersten Anwendung testen',
  'rule.actives.patch-test.rationale':
    'Ein Verträglichkeitstest findet vor der ersten Anwendung statt, im Kalender: Jeder neue Wirkstoff bekommt ' +
    'einen Testzeitraum aus den {windowDays} Tagen direkt vor seinem ersten Abend im Gesicht, an denen die ' +
    'übliche Menge auf eine kleine Stelle an der Innenseite des Arms oder in der Armbeuge kommt, {timesPerDay}-mal ' +
    'am Tag. Die erste Anwendung im Gesicht folgt daher nach dem Testzeitraum, und eine Warnung am ersten Testtag ' +
    'nennt das geplante Datum der ersten Anwendung und sagt, bei Rötung, Juckreiz oder Schwellung aufzuhören und ' +
    'nicht damit zu beginnen. Bei empfindlicher Haut bekommt auch jedes neue Serum und jede neue Behandlung einen ' +
    'Testzeitraum, und die Basisschritte beginnen an Tag 1 mit dem Hinweis, jedes neue Produkt zu testen. Ein ' +
    'Test an einer kleinen Stelle fängt eine schlechte Reaktion ab, bevor sie das Gesicht trifft.',
  'rule.area.neck-decolletage.title': 'Straffende Schritte auf Hals und Dekolleté ausweiten',
  'rule.area.neck-decolletage.rationale':
    'Nennt das Profil nachlassende Spannkraft oder feine Linien, wird jeder Serum- oder Behandlungsschritt, dessen ' +
    'Inhaltsstoffe darauf zielen, eine Peeling-Säure eingeschlossen, auf Gesicht, Hals und Dekolleté ' +
    'aufgetragen; in der Stillzeit bleibt ein Retinoid-Schritt vom Dekolleté fern. Kein Schritt lässt das Gesicht ' +
    'aus, und der Sonnenschutz deckt jede behandelte Stelle ab. Auch Hals und Brust zeigen Zeichen der ' +
    'Hautalterung und gehören zu den am häufigsten vergessenen Stellen.',
  'rule.expectation.weeks-to-months.title': 'Realistische Zeiträume für sichtbare Ergebnisse nennen',
  'rule.expectation.weeks-to-months.rationale':
    'Für jedes Anliegen des Profils nennt die Engine einen Zeitraum, in dem regelmäßige Anwendung sichtbare ' +
    'Ergebnisse zeigen sollte: {firmnessFrom}–{firmnessTo} Wochen bei Spannkraft und feinen Linien, ' +
    '{drynessFrom}–{drynessTo} Wochen bei Trockenheit, {rednessFrom}–{rednessTo} Wochen bei Rötungen und ' +
    '{textureFrom}–{textureTo} Wochen bei Hautbild, fahlem Teint, Poren und Pigmentflecken. Sie betont auch, dass ' +
    'regelmäßige Anwendung entscheidet. Veränderungen zeigen sich über Wochen bis Monate, und die Wirkung eines ' +
    'Retinoids auf Falten nimmt noch monatelang zu: Ehrliche Zeiträume helfen, bei der Routine zu bleiben.',
  'rule.lifestyle.sun-smoking-alcohol.title': 'Raten, weniger Sonne, Rauchen und Alkohol',
  'rule.lifestyle.sun-smoking-alcohol.rationale':
    'Ein Profil mit viel Sonne, Rauchen oder Alkohol erhält den Rat, jedes davon einzuschränken. UV-Licht, ' +
    'Rauchen und Alkohol beschleunigen alle das Erschlaffen der Haut und den Verlust an Spannkraft und wirken ' +
    'allem entgegen, was ein Serum leisten kann.',
  'rule.label.instructions-first.title': 'Die Hinweise des Produkts gehen vor; nur allgemeine Empfehlungen',
  'rule.label.instructions-first.rationale':
    'Jede Antwort sagt, dass die Hinweise auf der Verpackung des Produkts Vorrang haben und dass der Dienst ' +
    'allgemeine kosmetische Empfehlungen gibt, keine medizinische Beratung. Rezepturen und Konzentrationen ' +
    'unterscheiden sich von Produkt zu Produkt, und Rat zu einer bestimmten Hauterkrankung gehört in ärztliche ' +
    'Hände.',
  'rule.strength.start-low.title': 'Jeden Wirkstoff in niedriger Konzentration beginnen',
  'rule.strength.start-low.rationale':
    'Jeder Serum- oder Behandlungsschritt mit einem Wirkstoff nennt die Anfangskonzentration aus dem Katalog: ' +
    'den Anfangsbereich, bei empfindlicher Haut dessen unteres Ende, und nie mehr als das Maximum. Eine AHA über ' +
    '{homeAhaMax} % ist ein Peeling für Fachleute, kein Produkt für zu Hause. Nennt der Katalog keine ' +
    'Konzentration, lautet der Rat, die niedrigste erhältliche zu wählen. Die Reizung steigt mit der ' +
    'Konzentration, und ein niedriger Beginn lässt der Haut Zeit, sich anzupassen.',
  'rule.evidence.graded.title': 'Die Studienlage bewerten und besser belegte Inhaltsstoffe vorziehen',
  'rule.evidence.graded.rationale':
    'Jeder gewählte Inhaltsstoff trägt die Bewertung der Studienlage aus dem Katalog ({grades}) und die Quellen ' +
    'dazu, und innerhalb einer Klasse bevorzugt die Engine die bessere Studienlage: Ein Inhaltsstoff mit ' +
    'begrenzter Studienlage wird nur gewählt, wenn nichts besser Belegtes das Anliegen abdeckt. Jede Regel nennt ' +
    'ihre eigene Stärke (stark oder bedingt) und die Sicherheit ihrer Evidenz, getrennt bewertet wie bei GRADE, ' +
    'sodass eine Regel auch auf unsicherer Evidenz stark sein kann, etwa Retinoide in der Schwangerschaft zu ' +
    'meiden. Umstrittene Ratschläge werden bewertet, nicht erzwungen: Vitamin C und Niacinamid dürfen zusammen ' +
    'verwendet werden.',
  'calendar-name': 'Hautpflege-Routine',
  'calendar-session':
    '{session, select, am {Morgenpflege} other {Abendpflege}}{hasActives, select, true {: {actives}} other {}}',
  'calendar-step':
    '{order}. {kind, select, cleanse {Reinigen} tone {Tonisieren} serum {Serum} treatment {Wirkstoffpflege} moisturize {Feuchtigkeitspflege} other {Sonnenschutz}}' +
    '{hasNames, select, true {: {names}} other {}}' +
    '{areas, select, faceNeck { (Gesicht und Hals)} faceNeckDecolletage { (Gesicht, Hals und Dekolleté)} other {}}',
  'calendar-alarm': '{session, select, am {Zeit für Ihre Morgenpflege.} other {Zeit für Ihre Abendpflege.}}',
  'calendar-patch': 'Verträglichkeitstest: {names}',
  'frequency-adjusted': '{parts}',
  'paused-after-reaction': 'keine Anwendung vom {from} bis {to}, nach der Reaktion vom {date}',
  'ramp-after-reaction': 'ab {from}, nach der Reaktion vom {date}, die Wochen ab dann gezählt: {ramp}',
  'warning-stop-and-seek-advice':
    'Nach der Reaktion ({reaction}), die Sie am {date} gemeldet haben, setzen Sie {name} vom {from} bis {to} ab; ' +
    'am {restart} geht es {restartAs, select, ramp {mit der ersten Stufe der Steigerung} acid {im Rhythmus der ' +
    'ersten Wochen} other {wie zuvor}} weiter, wie der Kalender zeigt. Wenn die Schwellung oder Bläschen ' +
    'anhalten, holen Sie ärztlichen Rat ein.',
  'warning-stop-and-seek-advice-other':
    'Nach der Reaktion ({reaction}), die Sie am {date} gemeldet haben, ' +
    '{named, select, true {setzen Sie {name} ab; falls diese Routine es vorsieht, nehmen Sie es in Ihre Liste der ' +
    'zu meidenden Inhaltsstoffe auf, damit etwas anderes seinen Platz einnimmt.} other {setzen Sie ab, was Sie ' +
    'als Ursache vermuten: An diesem Tag und am Vortag war kein Wirkstoff dieser Routine auf Ihrer Haut.}} Wenn ' +
    'die Schwellung oder Bläschen anhalten, holen Sie ärztlichen Rat ein.',
  'warning-purging':
    'Die Reaktion ({reaction}), die Sie am {date} gemeldet haben, ist in den ersten {weeks} Wochen mit {name} ' +
    'häufig: Die Haut erneuert sich schneller und bringt Unreinheiten eine Zeit lang früher an die Oberfläche ' +
    '(„Purging“). Das geht vorbei, daher bleibt der Plan, wie er ist; wird es stark, melden Sie es erneut.',
  'check-in-reaction':
    '{reaction, select, breakout {{severity, select, mild {leichte Pickel} moderate {mäßige Pickel} other ' +
    '{starke Pickel}}} other {{severity, select, mild {leichte} moderate {mäßige} other {starke}} ' +
    '{reaction, select, dryness {Trockenheit} peeling {Schuppung} redness {Rötung} stinging {Brennen auf der ' +
    'Haut} burning {Verbrennungsgefühl} other {Schwellung}}}}',
  'effect-adjusted':
    '{action, select, hold {hat die Stufe gehalten für} pause {hat pausiert:} stop {hat abgesetzt:} other {hat ' +
    'eine Stufe zurückgesetzt:}} {slug} nach der Rückmeldung vom {date}, bis {until}',
  'rule.checkin.hold.title': 'Die Retinoid-Steigerung nach einer leichten Reaktion anhalten',
  'rule.checkin.hold.rationale':
    'Melden Sie leichte Trockenheit, Schuppung, Rötung oder ein leichtes Brennen durch ein Retinoid, pausiert ' +
    'seine Steigerung: Die nächste Anwendungswoche behält die bisherige Zahl der Abende, statt zu steigen, und ' +
    'der Rest der Steigerung folgt {heldWeeks, plural, one {# Woche} other {# Wochen}} später; eine zweite ' +
    'solche Meldung in dieser Woche hält sie erneut an. Eine leichte Reizung zeigt meist, dass sich die Haut ' +
    'noch gewöhnt, und der übliche Rat ist, das Retinoid seltener zu verwenden, bis sie sich beruhigt: Der Plan ' +
    'wartet, statt abzubrechen.',
  'rule.checkin.step-back.title': 'Nach einer mäßigen Reaktion eine Stufe zurückgehen',
  'rule.checkin.step-back.rationale':
    'Nach der Meldung einer mäßigen Reaktion auf ein Retinoid fällt die Steigerung ab dem nächsten Tag für ' +
    '{stepBackDays} Tage auf die Stufe darunter (nie unter die erste) und steigt dann wieder vom Anfang der ' +
    'verlassenen Stufe an. Nach einer mäßigen Reaktion auf eine Peeling-Säure gibt es {stepBackDays} Tage lang ' +
    'keine Säure-Abende; danach beginnt sie wieder mit der Obergrenze ihrer ersten {firstWeeks} Wochen. Einen ' +
    'reizenden Wirkstoff seltener zu verwenden, bis sich die Haut beruhigt, ist der übliche Rat; eine Stufe ' +
    'zurückzugehen bewahrt den Fortschritt, ohne gegen die Reizung anzuarbeiten.',
  'rule.checkin.stop.title': 'Nach einer starken Reaktion, Verbrennungsgefühl oder Schwellung absetzen',
  'rule.checkin.stop.rationale':
    'Die Meldung einer starken Reaktion oder eines Verbrennungsgefühls oder einer Schwellung jeder Stärke setzt ' +
    'jeden betroffenen Wirkstoff ab dem nächsten Tag für {stopDays} Tage ab. Danach beginnt jeder von vorn: ein ' +
    'Retinoid mit Woche {restartWeek} seiner Steigerung, eine Peeling-Säure mit der Obergrenze ihrer ersten ' +
    'Wochen. Ein Hinweis rät, abzusetzen und ärztlichen Rat einzuholen, wenn Schwellung oder Bläschen anhalten. ' +
    'Beim ersten Anzeichen einer Schwellung aufzuhören, empfehlen die Hinweise zum Verträglichkeitstest für ein ' +
    'Produkt, das die Haut nicht verträgt, und ein Neubeginn von unten lässt der Haut Zeit, sich erneut zu ' +
    'gewöhnen.',
  'rule.checkin.purge.title': 'Das „Purging“ der ersten Wochen mit einem Retinoid oder einer Säure erklären',
  'rule.checkin.purge.rationale':
    'Pickel, die in den ersten {purgeWeeks} Wochen der Anwendung eines Retinoids oder einer Peeling-Säure ' +
    'gemeldet werden, ändern am Plan nichts, sofern sie nicht stark sind: Ein Hinweis erklärt, dass die ' +
    'schnellere Erneuerung der Haut Unreinheiten eine Zeit lang früher an die Oberfläche bringt und dass das ' +
    'vorbeigeht. Jetzt abzusetzen würde die Eingewöhnung nur neu beginnen lassen; starke Pickel werden wie eine ' +
    'starke Reaktion behandelt.',
  'analysis-unknown-ingredients':
    '{count, plural, one {Ein Eintrag passt} other {# Einträge passen}} zu nichts im Katalog oder im ' +
    'CosIng-Verzeichnis: {names}. Prüfen Sie die Schreibweise auf dem Etikett; die Vorschläge nennen die ' +
    'nächstliegenden INCI-Namen.',
  'analysis-close-spellings':
    '{count, plural, one {Ein Eintrag wurde} other {# Einträge wurden}} über eine ähnliche Schreibweise gelesen: ' +
    '{matches}. Bitte prüfen Sie {count, plural, one {ihn} other {sie}} auf dem Etikett.',
  'analysis-may-contain':
    '{names} {count, plural, one {steht} other {stehen}} unter „kann enthalten“: zählt für Hinweise, nie dafür, ' +
    'wo das Produkt in einer Routine hingehört.',
  'analysis-not-pregnancy-safe':
    'Enthält {names}, dessen Sicherheit in der Schwangerschaft nicht belegt ist: in der Schwangerschaft oder ' +
    'bei Kinderwunsch meiden.',
  'analysis-photosensitizing':
    'Enthält {names}, {count, plural, one {das} other {die}} die Haut empfindlicher für Sonne ' +
    '{count, plural, one {macht} other {machen}}: abends verwenden und jeden Tag Sonnenschutz tragen.',
  'analysis-too-strong':
    'Gibt {name} mit {percent, number} % an, mehr als die {max, number} %, die diese Routine empfiehlt: Wählen ' +
    'Sie ein milderes Produkt oder fragen Sie eine Fachperson.',
  'warning-product-conflict': '{reason} (Regel {rule}): {fix}',
  'conflict-two-retinoids':
    '{product} und {other} enthalten beide ein Retinoid, und eine Routine verwendet jeweils nur ein Retinoid',
  'conflict-two-acids':
    '{product} und {other} enthalten beide eine Peeling-Säure, und zwei Peeling-Säuren teilen sich nie eine ' +
    'Anwendung oder die Säure-Abende der Woche',
  'conflict-retinoid-acid':
    '{product} enthält eine Peeling-Säure und {other} ein Retinoid, die nie bei derselben Anwendung aufgetragen werden',
  'conflict-retinoid-and-acid':
    '{product} enthält sowohl ein Retinoid als auch eine Peeling-Säure, die nie bei derselben Anwendung ' +
    'aufgetragen werden',
  'conflict-daily-limit':
    '{product} und {other} enthalten beide {ingredient}, das höchstens ' +
    '{max, plural, one {einmal} =2 {zweimal} other {#-mal}} am Tag aufgetragen wird',
  'conflict-pregnancy':
    '{product} enthält {ingredient}, das in der Schwangerschaft oder bei Kinderwunsch nicht empfohlen wird',
  'conflict-avoided':
    '{product} enthält {ingredient}, das auf Ihrer Liste der zu meidenden Inhaltsstoffe steht',
  'conflict-too-harsh':
    '{product} enthält {ingredient}, das für empfindliche oder zu Rötungen neigende Haut zu reizend ist',
  'conflict-too-strong':
    '{product} enthält {ingredient} mit {percent, number} %, mehr als die {max, number} %, die diese Routine empfiehlt{peel, select, true {: darüber ist eine AHA-Säure ein Peeling für Fachleute} other {}}',
  'conflict-redness-acid':
    '{product} enthält {ingredient}, eine Peeling-Säure, und die Routine verwendet keine, solange Rötungen ein ' +
    'Anliegen sind',
  'conflict-evening-only':
    '{product} enthält {ingredient}, das nur abends aufgetragen wird, ein Sonnenschutz aber ist für den Morgen',
  'conflict-serum-cap':
    '{product} wäre nach {other} mehr als {max, plural, one {ein Serum} other {# Seren}} bei einer Anwendung',
  'fix-left-out': '{product} bleibt außerhalb der Routine.',
  'fix-other-nights': '{product} bekommt eigene Abende, an denen jeweils {other} pausiert.',
  'fix-one-session': '{product} wird nur {session, select, am {morgens} other {abends}} verwendet.',
  'warning-may-contain':
    '{name} enthält möglicherweise {ingredients} (das Etikett sagt es nicht sicher), {reason, select, avoided ' +
    '{was Sie meiden möchten} pregnancy {was in der Schwangerschaft oder bei Kinderwunsch nicht empfohlen wird} ' +
    'other {was die Haut empfindlicher für die Sonne macht: Tragen Sie täglich Sonnenschutz}}. Fragen Sie den ' +
    'Hersteller oder prüfen Sie die Charge, bevor Sie es verwenden.',
  'warning-product-unknown':
    '{name} enthält {count, plural, one {einen Inhaltsstoff} other {# Inhaltsstoffe}}, den der Katalog nicht ' +
    'kennt: {unknown}. Die Routine kann {count, plural, one {ihn} other {sie}} nicht anhand ihrer Regeln ' +
    'prüfen; lesen Sie daher das Etikett und hören Sie auf, wenn Rötung, Juckreiz oder Schwellung auftreten.',
  'warning-product-not-placed':
    'Keiner der Inhaltsstoffe von {name} steht im Katalog, daher lässt sich keine Regel darauf anwenden und es ' +
    'bleibt außerhalb der Routine{kindGiven, select, true {.} other {; geben Sie seine Art an (Reinigung, ' +
    'Gesichtswasser, Feuchtigkeitspflege oder Sonnenschutz), um es einzuordnen.}}',
  'warning-product-not-broad-spectrum':
    'Die UV-Filter in {names}, die der Katalog kennt, blockieren zusammen nicht UVA und UVB: Prüfen Sie, ob auf ' +
    'dem Etikett „Breitband“ und LSF {spf} oder höher steht, oder wählen Sie ein Produkt, auf dem das steht.',
  'effect-product-read':
    'hat {name} gelesen: {count, plural, =0 {kein Inhaltsstoff, den der Katalog kennt} one {# Inhaltsstoff des Katalogs} other {# Inhaltsstoffe des Katalogs}}',
  'effect-product-placed': 'hat {name} als {role} im Schritt {step} eingesetzt',
  'effect-product-fixed': 'für {name}: {fix}',
  'effect-suggested': 'hat {ids} für den Schritt {step} vorgeschlagen',
  'rule.product.contains.title': 'Die Zutatenliste eines Produkts mit dem Katalog lesen',
  'rule.product.contains.rationale':
    'Ein Produkt ist, was sein Etikett aufführt. Jeder Eintrag der Zutatenliste wird einem Inhaltsstoff des ' +
    'Katalogs zugeordnet: zuerst über seinen INCI-Namen, dann über einen anderen Namen, unter dem er verkauft wird ' +
    '(ein Alias), und erst dann über eine ähnliche Schreibweise, die als ungefähre Übereinstimmung mit ihrer ' +
    'Sicherheit angegeben wird. Namen mit weniger als {exactBelow} Zeichen müssen genau übereinstimmen, Namen mit ' +
    'bis zu {oneEditUpTo} Zeichen dürfen sich in einem Buchstaben unterscheiden, Namen mit bis zu {twoEditsUpTo} ' +
    'Zeichen in zwei und längere Namen in höchstens {maxEdits}. Jeder Eintrag behält seine Position und einen ' +
    'dazu aufgedruckten Prozentwert. Ein Produkt enthält ein Retinoid, eine Peeling-Säure, einen Wirkstoff oder ' +
    'einen lichtsensibilisierenden Inhaltsstoff, sobald einer seiner Inhaltsstoffe es ist, und gilt in der ' +
    'Schwangerschaft nur als unbedenklich, wenn alle es sind. Einträge nach „kann enthalten“ oder „+/-“ sind ' +
    'Farbstoffe, die ein Produkt enthalten kann oder nicht: Sie zählen für Warnungen, nie dafür, wo das Produkt in ' +
    'der Routine steht.',
  'rule.product.own-first.title': 'Die Routine um Ihre eigenen Produkte herum aufbauen',
  'rule.product.own-first.rationale':
    'Die Produkte, die Sie schon besitzen, belegen die passenden Schritte, bevor etwas aus dem Katalog gewählt ' +
    'wird. Ein Produkt mit einem Retinoid ist das Retinoid der Routine, es wird also kein zweites gewählt, und es ' +
    'folgt der Steigerung; eines mit einer Peeling-Säure übernimmt die Säure-Abende; eines mit einem ' +
    'lichtsensibilisierenden Inhaltsstoff kommt nur abends zum Einsatz; eine Reinigung, ein Gesichtswasser, eine ' +
    'Feuchtigkeitspflege oder ein Sonnenschutz belegt den eigenen Schritt. Jedes Produkt folgt dann jeder Regel so, ' +
    'wie es seine Inhaltsstoffe täten: Verträglichkeitstest, Abstände, Obergrenzen pro Abend, Tageslimits, ' +
    'Hautpartien und Schwangerschaft. Ein Produkt ohne Angabe der Art wird nach seinem Inhalt eingeordnet: als ' +
    'Wirkstoffpflege mit einem Retinoid oder einer Säure, als Sonnenschutz mit einem UV-Filter, als ' +
    'Feuchtigkeitspflege, wenn ein Emolliens oder Barrierelipid unter seinen ersten {moisturizerLead} bekannten ' +
    'Inhaltsstoffen ist, sonst als Serum. Seren sind dafür gedacht, zusammen mit anderen Produkten verwendet zu ' +
    'werden, und jede Haut und jedes Badezimmerregal ist anders.',
  'rule.product.conflict.title': 'Konflikte zwischen eigenen Produkten lösen, nicht nur aufzählen',
  'rule.product.conflict.rationale':
    'Wenn zwei Ihrer Produkte zusammen eine Regel brechen würden (zwei Retinoide, zwei Peeling-Säuren, ein ' +
    'Retinoid und eine Säure bei derselben Anwendung oder ein Inhaltsstoff, der zusammengenommen über seinem ' +
    'Tageslimit liegt) oder ein Produkt für dieses Profil eine Regel bricht (in der Schwangerschaft nicht ' +
    'empfohlen, auf der Meiden-Liste, zu reizend für empfindliche Haut), verwendet die Routine sie nie so. Sie ' +
    'behält eines in fester Reihenfolge (Wirkstoffpflege vor Seren vor Basisprodukten; bei zwei Retinoiden oder ' +
    'zwei Säuren das mildere für Einsteiger oder empfindliche Haut, sonst das zuerst genannte), verlegt das ' +
    'andere auf eigene Abende oder eine einzige Anwendung oder lässt es weg, und ein Hinweis nennt beide ' +
    'Produkte, die Regel und was getan wurde. Ein Retinoid zusammen mit einem Peeling verstärkt die Trockenheit, ' +
    'und Retinoide werden in der Schwangerschaft vorsorglich gemieden.',
  'rule.product.suggest.title': 'Katalogprodukte vorschlagen, die die Inhaltsstoffe jedes Schritts enthalten',
  'rule.product.suggest.rationale':
    'Auf Wunsch bekommt jeder Schritt, für den Sie kein Produkt haben, bis zu {maxSuggestions} Produkte aus dem ' +
    'Produktkatalog. Jedes enthält alle Inhaltsstoffe, die die Routine für den Schritt gewählt hat, nichts von ' +
    'der Meiden-Liste, nichts, was das Profil ausschließt (Schwangerschaft, Hauttyp, Reizung bei empfindlicher ' +
    'Haut, ein lichtsensibilisierender Stoff am Morgen), und nichts, was der Plan nicht vorsieht: kein zweites ' +
    'Retinoid und keine zweite Säure, nichts, was auf einmal am Tag begrenzt ist, und keinen weiteren Wirkstoff in ' +
    'einem Serum- oder Wirkstoffschritt. Sie sind danach geordnet, wie weit vorn der gewählte Inhaltsstoff in der ' +
    'Liste steht, da Etiketten die Inhaltsstoffe von der größten zur kleinsten Menge aufführen, dann nach ' +
    'Produktkennung. Ein Produkt sollte zu den Bedürfnissen, dem Hauttyp und der vorgesehenen Anwendung passen.',
  'rule.product.unknown.title': 'Jeden Inhaltsstoff eines Produkts nennen, der zu nichts passt',
  'rule.product.unknown.rationale':
    'Jeder Eintrag der Inhaltsstoffliste eines Produkts, der zu keinem Inhaltsstoff des Katalogs und, wenn ' +
    'geladen, zu keinem Namen des CosIng-Verzeichnisses passt, wird mit den nächstliegenden Namen als unbekannt ' +
    'gemeldet, und ein Hinweis der Routine nennt jeden solchen Eintrag Ihrer eigenen Produkte: Keiner fällt je ' +
    'stillschweigend weg. Auf Unbekanntes lässt sich keine Regel anwenden; ein Serum oder eine Wirkstoffpflege, ' +
    'deren Inhaltsstoffe alle unbekannt sind, oder ein Produkt ohne Art, von dem nichts bekannt ist, bleibt daher ' +
    'mit diesem Hinweis außerhalb der Routine. Hinter einem unbekannten Namen kann sich ein Allergen oder ein ' +
    'Wirkstoff verbergen.',
} as const satisfies Catalogue;
