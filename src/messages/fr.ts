import type { Catalogue } from './catalogue.js';

/**
 * Français. Vouvoiement, mots de tous les jours ; les noms d’ingrédients viennent du catalogue et
 * restent tels quels, les dates restent au format ISO (AAAA-MM-JJ).
 */
export const fr = {
  'every-morning': 'tous les matins',
  'every-evening': 'tous les soirs',
  'every-morning-optional': 'tous les matins (facultatif)',
  'every-evening-optional': 'tous les soirs (facultatif)',
  'every-session-from':
    '{session, select, am {tous les matins} other {tous les soirs}} à partir du {date} (semaine {week})',
  'ramp-from': 'à partir du {date}, en comptant les semaines depuis ce premier soir : {ramp}',
  'ramp-stages': '{stages}',
  'ramp-stage-counted':
    '{nights, plural, one {# soir} other {# soirs}} par semaine ' +
    '{single, select, true {la semaine {fromWeek}} other {les semaines {fromWeek} à {toWeek}}}' +
    '{apart, select, true {, jamais deux soirs de suite} other {}}',
  'ramp-stage-every':
    '{afterEarlier, select, true {puis } other {}}tous les soirs{fromWeek, plural, =0 {} other { à partir de la semaine #}}' +
    '{withAcid, select, true {, sauf les soirs d’acide} other {}}',
  'acid-frequency':
    '{first, plural, one {# soir} other {# soirs}} par semaine à partir du {date}' +
    '{changes, select, true { pendant ses {firstWeeks} premières semaines, puis {later, plural, one {# soir} other {# soirs}} par semaine} other {}}',
  'cleanser-texture':
    '{texture, select, cream {Un nettoyant crème, qui nettoie sans dessécher.} gel {Un gel nettoyant.} other {Un nettoyant doux.}}',
  'moisturizer-texture':
    '{texture, select, richCream {Une crème riche.} lotion {Une émulsion.} lightLotion {Une émulsion légère.} other {Un gel ou une émulsion non grasse.}}',
  'toner-optional': 'Facultatif : une lotion tonique sans alcool après le nettoyage.',
  'starts-after-previous-active':
    'Commence quand le nouveau produit actif précédent a eu le temps de se faire accepter par la peau : en cas de réaction, on sait ainsi lequel en est la cause.',
  'starts-after-patch-test':
    'Commence le lendemain de son test de tolérance, si la zone testée est restée calme.',
  'antioxidant-under-sunscreen': 'Protection du matin, à appliquer sous la crème solaire.',
  'hyaluronic-twice-daily-cap':
    'Pas plus de {max, plural, one {une fois} =2 {deux fois} other {# fois}} par jour, toutes formes d’acide hyaluronique confondues ; la crème hydratante par-dessus retient l’eau qu’il apporte.',
  'extend-to-areas':
    'Prolongez l’application sur {decolletage, select, true {le cou et le décolleté} other {le cou}}.',
  'leave-on-overnight': 'À laisser agir toute la nuit, sans rincer.',
  'hyaluronic-sealed': 'Elle retient l’eau du sérum à l’acide hyaluronique appliqué juste avant.',
  'sunscreen-daily':
    'Large spectre (UVA et UVB), SPF {spf} ou plus, en dernière étape du matin, tous les jours, quel que soit le temps ; renouvelez l’application quand vous êtes dehors.',
  'retinoid-amount':
    '{areas, select, faceNeckDecolletage {L’équivalent d’un petit pois pour tout le visage, et un second pour le cou et le décolleté, au coucher, sur une peau bien sèche.} ' +
    'faceNeck {L’équivalent d’un petit pois pour tout le visage, et un second pour le cou, au coucher, sur une peau bien sèche.} ' +
    'other {L’équivalent d’un petit pois pour tout le visage, au coucher, sur une peau bien sèche.}}',
  'retinoid-breastfeeding-areas': 'Pendant l’allaitement : visage et cou seulement, jamais la poitrine.',
  'retinoid-not-with-acid': 'Jamais le même soir que l’acide exfoliant.',
  'retinoid-experience':
    'Vous utilisez un rétinoïde depuis {weeks, plural, one {# semaine} other {# semaines}} : la progression reprend là où vous en êtes.',
  'acid-evening-only': 'Le soir uniquement.',
  'acid-not-with-retinoid':
    'Jamais un soir de rétinoïde : le soir de l’acide, on fait une pause de rétinoïde.',
  'acid-kept-to-one':
    'Limité à {nights, plural, one {un soir} other {# soirs}} par semaine pour une peau sèche ou sensible.',
  'warning-pregnancy':
    'Pas de rétinoïde pendant la grossesse ni si vous essayez d’avoir un enfant : par précaution, on évite les rétinoïdes ' +
    'pendant la grossesse, ainsi que tout ce que le catalogue déconseille dans ce cas.' +
    '{peptide, select, true { Des peptides prennent leur place pour la fermeté.} other {}}',
  'warning-breastfeeding':
    'Pendant l’allaitement, appliquez {name} uniquement sur le visage et le cou, jamais sur la poitrine, pour que le bébé ne soit pas en contact avec le produit.',
  'warning-avoided-step':
    '{name} figure dans votre liste d’ingrédients à éviter : l’étape « {step, select, cleanse {nettoyage} tone {tonique} ' +
    'serum {sérum} treatment {soin ciblé} moisturize {hydratation} sunscreen {protection solaire} other {soin}} » s’en passe.',
  'warning-avoided':
    '{name} figure dans votre liste d’ingrédients à éviter ; il ne fait pas partie de cette routine.',
  'warning-no-uv-filter':
    'Aucun filtre UV du catalogue ne convient à votre profil et à votre liste d’ingrédients à éviter, donc l’étape de ' +
    'protection solaire ne nomme aucun ingrédient : portez quand même chaque matin une crème solaire large spectre ' +
    'SPF {spf}+ que votre peau tolère.',
  'warning-sun-sensitivity':
    '{name} rend la peau plus sensible au soleil : mettez de la crème solaire tous les jours et limitez le temps passé au soleil pendant que vous l’utilisez' +
    '{weeksAfter, plural, =0 {} one { et pendant une semaine après l’avoir arrêté} other { et pendant # semaines après l’avoir arrêté}}.',
  'warning-deferred-patch':
    '{name} commencerait le {date}, après son test de tolérance de {days} jours, soit plus tard que ce programme de ' +
    '{weeks} semaines ne le permet : demandez un programme plus long pour l’inclure.',
  'warning-deferred':
    '{name} commencerait le {date}, après la fin de ce programme de {weeks} semaines, pour espacer les nouveaux actifs : ' +
    'demandez un programme plus long pour l’inclure.',
  'warning-patch-test':
    'Testez {name} pendant {days} jours avant de l’utiliser pour la première fois le {date} : à partir du {start}, ' +
    'appliquez la quantité habituelle sur une petite zone rien qu’à lui, à l’intérieur du bras ou au pli du coude, ' +
    '{times, plural, =2 {deux fois} other {# fois}} par jour (une zone différente pour chaque produit testé), pour ' +
    'qu’une réaction désigne un seul produit. En cas de rougeur, de démangeaison ou de gonflement, arrêtez et ne ' +
    'commencez pas ce produit.',
  'warning-patch-test-base':
    'Votre nettoyant, votre crème hydratante et votre crème solaire commencent aujourd’hui. Si l’un d’eux est nouveau ' +
    'pour vous, essayez-le d’abord sur une petite zone à l’intérieur du bras, {times, plural, =2 {deux fois} other {# fois}} ' +
    'par jour, et arrêtez en cas de rougeur, de démangeaison ou de gonflement.',
  'warning-concern-uncovered':
    'Rien dans cette routine ne cible ce souci : {concern}. Aucun ingrédient du catalogue adapté à votre profil ne le ' +
    'traite. Un pharmacien ou un dermatologue peut vous conseiller.',
  'warning-no-broad-spectrum':
    'Les filtres UV qui conviennent à votre profil et à votre liste d’ingrédients à éviter ne peuvent pas, ensemble, ' +
    'bloquer à la fois les UVA et les UVB, donc l’étape de protection solaire ne nomme aucun ingrédient : chaque matin, ' +
    'choisissez une crème solaire marquée « large spectre », SPF {spf} ou plus, que votre peau tolère.',
  'strength-range':
    'Commencez {name} à {from, number}{single, select, true {} other {–{to, number}}} % et ne dépassez jamais {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Au-delà de # %, c’est un peeling réservé aux professionnels, pas un produit pour la maison.}}',
  'strength-low-end':
    'Commencez {name} à {from, number} %, le bas de la fourchette pour une peau sensible, et ne dépassez jamais {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Au-delà de # %, c’est un peeling réservé aux professionnels, pas un produit pour la maison.}}',
  'strength-at-most':
    'Choisissez {name} à {max, number} % au maximum.' +
    '{peelAbove, plural, =0 {} other { Au-delà de # %, c’est un peeling réservé aux professionnels, pas un produit pour la maison.}}',
  'strength-lowest-sold':
    'Choisissez {name} à la plus faible concentration que vous trouvez, et n’augmentez que si votre peau reste calme.',
  expectation:
    'Attendez-vous à {result} après environ {from} à {to} semaines d’utilisation régulière ; sauter des jours retarde les résultats.',
  'result-firmness': 'une peau visiblement plus ferme',
  'result-fine-lines': 'des ridules atténuées',
  'result-dryness': 'moins de sécheresse',
  'result-redness': 'moins de rougeurs',
  'result-texture': 'un grain de peau plus lisse',
  'result-dullness': 'un teint plus lumineux',
  'result-pores': 'des pores moins visibles',
  'result-dark-spots': 'des taches pigmentaires estompées',
  'concern-firmness': 'perte de fermeté',
  'concern-fine-lines': 'ridules',
  'concern-dryness': 'sécheresse',
  'concern-dullness': 'teint terne',
  'concern-dark-spots': 'taches pigmentaires',
  'concern-texture': 'grain de peau irrégulier',
  'concern-pores': 'pores visibles',
  'concern-redness': 'rougeurs',
  'lifestyle-sun-exposure':
    'De longues heures au soleil accélèrent le relâchement de la peau et les rides : cherchez l’ombre, portez un chapeau et remettez de la crème solaire.',
  'lifestyle-smoking':
    'Le tabac détruit le collagène et l’élastine de la peau ; fumer moins l’aide à rester ferme.',
  'lifestyle-alcohol': 'L’alcool déshydrate la peau et accélère la perte de fermeté ; boire moins l’aide.',
  disclaimer:
    'Suivez d’abord les instructions figurant sur l’étiquette de chaque produit : elles passent avant cette routine. ' +
    'Il s’agit de conseils cosmétiques généraux, pas d’un avis médical ; pour une maladie de peau, des médicaments, ' +
    'une grossesse ou un allaitement, demandez l’avis d’un médecin ou d’un dermatologue.',
  'effect-chose':
    'a choisi {slug} ({role, select, retinoid {rétinoïde} acid {acide exfoliant} antioxidant {antioxydant} serum {sérum} ' +
    'moisturizer {crème hydratante} sunscreen {protection solaire} other {ingrédient}})',
  'effect-left-out':
    'a retiré {slug} de l’étape « {step, select, cleanse {nettoyage} tone {tonique} serum {sérum} treatment {soin ciblé} ' +
    'moisturize {hydratation} sunscreen {protection solaire} other {soin}} »',
  'effect-excluded': 'a exclu {slug}',
  'effect-scheduled-nights': 'a prévu {slug} sur {nights, plural, one {# soir} other {# soirs}}',
  'effect-first-use': 'première utilisation de {slug} le jour {day}',
  'effect-patch-window': 'test de tolérance de {slug} à partir du jour {day}, pendant {days} jours',
  'effect-evening-only': 'a gardé {slug} hors de la routine du matin',
  'effect-areas': 'a appliqué {slug} sur : {areas}',
  'effect-warned': 'a averti : {code}',
  // mots du vocabulaire et étape de progression, tels que les justifications des règles les citent
  'skin-type-dry': 'les peaux sèches',
  'skin-type-combination': 'les peaux mixtes',
  'skin-type-normal': 'les peaux normales',
  'skin-type-oily': 'les peaux grasses',
  'irritation-low': 'faible',
  'irritation-medium': 'moyen',
  'irritation-high': 'élevé',
  'evidence-strong': 'solide',
  'evidence-moderate': 'modéré',
  'evidence-limited': 'limité',
  'area-face': 'au visage',
  'area-neck': 'au cou',
  'area-decolletage': 'au décolleté',
  'rule-ramp-stage':
    '{nights, plural, one {# soir} other {# soirs}} {single, select, true {la semaine {fromWeek}} other {les semaines {fromWeek} à {toWeek}}}',
  // titres et justifications des règles : les variables sont les noms des `params` de chaque règle
  'rule.skin-type.basis.title': 'Choisir le nettoyant et la crème hydratante selon le type de peau',
  'rule.skin-type.basis.rationale':
    'Chaque profil indique un type de peau, sèche, mixte, normale ou grasse, et le moteur s’en sert pour choisir la ' +
    'texture des produits de base : un nettoyant crème et une crème riche pour une peau sèche, un nettoyant doux et ' +
    'une émulsion pour une peau normale, un nettoyant doux et une émulsion légère pour une peau mixte, un gel ' +
    'nettoyant et un gel ou une émulsion non grasse pour une peau grasse. Le type de peau est le point de départ de ' +
    'toute routine : la quantité de sébum et d’eau de la peau décide des textures qu’elle supporte et dont elle a ' +
    'besoin.',
  'rule.goals.match-ingredients.title': 'Choisir les ingrédients de soin selon les soucis qu’ils traitent',
  'rule.goals.match-ingredients.rationale':
    'Les ingrédients de soin viennent du catalogue : ils sont retenus parce que les soucis qu’ils traitent ' +
    'recoupent ceux du profil et que les types de peau auxquels ils conviennent incluent celui du profil ; aucune ' +
    'liste d’ingrédients n’est écrite en dur. Une routine contient au plus ' +
    '{retinoids, plural, one {# rétinoïde} other {# rétinoïdes}}, ' +
    '{acids, plural, one {# acide exfoliant} other {# acides exfoliants}} et ' +
    '{antioxidants, plural, one {# antioxydant} other {# antioxydants}}, et aucun moment de la journée ne compte ' +
    'plus de {serumSteps, plural, one {# étape de sérum} other {# étapes de sérum}} (le matin, le sérum ' +
    'antioxydant en fait partie). Au sein d’une même famille, le moteur préfère les preuves les plus solides, puis ' +
    'l’irritation la plus faible, puis le classement de l’équipe. Un ingrédient n’a sa place que s’il répond à ce ' +
    'que la personne recherche, et ces limites gardent une routine assez courte pour être bien tolérée et suivie.',
  'rule.goals.firming-actives.title':
    'Pour la fermeté : rétinoïde, puis peptides, puis vitamine C, puis acide hyaluronique',
  'rule.goals.firming-actives.rationale':
    'Quand le profil demande plus de fermeté ou moins de ridules, le moteur classe les candidats dans un ordre ' +
    'fixe : d’abord un rétinoïde, puis les peptides, puis la vitamine C, puis l’acide hyaluronique. Pour un ' +
    'premier rétinoïde, il écarte les formes dont le catalogue juge le potentiel irritant {avoidedIrritation} au ' +
    'profit du rétinol ou du rétinaldéhyde, bien moins irritants. Ces quatre actifs sont la base des sérums ' +
    'raffermissants, et l’irritation est la première raison pour laquelle on abandonne un rétinoïde.',
  'rule.antioxidant.morning.title': 'Appliquer le sérum antioxydant le matin',
  'rule.antioxidant.morning.rationale':
    'Un sérum antioxydant comme la vitamine C se place le matin, sous la crème solaire, tant que l’ingrédient ' +
    'n’est pas photosensibilisant. La routine du matin sert à protéger : un antioxydant aide la peau à se défendre ' +
    'contre les agressions de la journée qui la font vieillir, et soutient au passage le collagène.',
  'rule.profile.avoid.title': 'Ne jamais recommander un ingrédient que la personne évite',
  'rule.profile.avoid.rationale':
    'Tout ingrédient de la liste « à éviter », pour une allergie ou par simple choix, est exclu de toutes les ' +
    'étapes, et la réponse indique l’étape qui s’en passe, une fois par ingrédient. Chaque peau est différente : ' +
    'les exclusions de la personne l’emportent sur tout autre choix, et dire ce qui a été retiré rend la routine ' +
    'transparente.',
  'rule.sensitive.gentle-only.title':
    'Uniquement des ingrédients doux pour les peaux sensibles ou sujettes aux rougeurs',
  'rule.sensitive.gentle-only.rationale':
    'Pour une peau sensible, et chaque fois que le profil signale le souci « {reactiveConcern} », le moteur ne ' +
    'choisit jamais, ' +
    'à aucune étape, un ingrédient dont le catalogue juge le potentiel irritant {neverIrritation}. En cas de ' +
    '{reactiveConcern}, il écarte aussi les acides exfoliants et tout antioxydant au-dessus du plus bas niveau ' +
    'd’irritation, et un rétinoïde progresse au rythme plus lent prévu pour les peaux sensibles. Chaque choix repose ' +
    'sur les données du catalogue, jamais sur le nom des ingrédients. Une peau réactive s’enflamme au contact ' +
    'd’irritants comme les acides forts : les produits doux passent donc en premier.',
  'rule.concern.uncovered.title': 'Dire quand aucun ingrédient ne traite un souci',
  'rule.concern.uncovered.rationale':
    'Quand aucun ingrédient de la routine ne traite l’un des soucis du profil, la réponse le signale et nomme ce ' +
    'souci, plutôt que de laisser croire qu’il est pris en charge. Cela arrive quand le catalogue ne contient rien ' +
    'qui convienne au type de peau, que la personne évite l’ingrédient, ou que la douceur ou la grossesse ' +
    'l’exclut.',
  'rule.routine.serum-with-basics.title':
    'Intégrer les sérums à une routine complète : nettoyer, hydrater, protéger',
  'rule.routine.serum-with-basics.rationale':
    'Un sérum n’est jamais recommandé seul : le matin, la routine enchaîne nettoyage, tonique facultatif, ' +
    'sérum(s), hydratation et crème solaire ; le soir, nettoyage, tonique facultatif, sérum ou soin ciblé et ' +
    'hydratation. Une lotion tonique n’est proposée que pour {tonerSkinTypes}. Un sérum fait son effet au sein ' +
    'd’un nettoyage doux et d’une bonne hydratation, il ne les remplace pas.',
  'rule.routine.layer-order.title': 'Appliquer les produits du plus fluide au plus épais',
  'rule.routine.layer-order.rationale':
    'À chaque moment de la journée, les étapes vont de la texture la plus légère à la plus riche : nettoyant, ' +
    'lotion tonique, sérums aqueux, soins ciblés, puis crème hydratante, la crème solaire étant toujours la ' +
    'dernière étape du matin. Les produits légers appliqués en premier atteignent la peau, alors que des produits ' +
    'plus riches appliqués avant eux les bloqueraient, et la crème solaire protège mieux en dernière couche.',
  'rule.sun.daily-spf.title':
    'Finir chaque matin par une protection solaire large spectre SPF {minSpf} ou plus',
  'rule.sun.daily-spf.rationale':
    'Chaque matin du programme se termine par une crème solaire large spectre d’indice SPF {minSpf} ou plus, et ' +
    'cette étape n’est jamais supprimée. Le large spectre se lit dans le catalogue : ensemble, les filtres choisis ' +
    'bloquent les UVA et les UVB (un filtre large spectre fait les deux) ; quand les filtres restants après la ' +
    'liste « à éviter » n’y parviennent pas, l’étape ne nomme aucun filtre et un avertissement conseille de ' +
    'choisir un produit large spectre. La crème solaire couvre chaque zone traitée par une autre étape : un sérum ' +
    'sur le décolleté veut dire de la crème solaire là aussi. Les ultraviolets sont l’une des principales causes du ' +
    'relâchement et du vieillissement de la peau, et une protection quotidienne est recommandée à tous.',
  'rule.routine.night-serum-leave-on.title': 'Laisser agir les sérums et soins du soir toute la nuit',
  'rule.routine.night-serum-leave-on.rationale':
    'Les étapes de sérum et de soin ciblé du soir sont marquées « sans rinçage » : on les garde pour dormir au ' +
    'lieu de les rincer. Les porter toute la nuit laisse au produit des heures de contact tranquille avec la peau, ' +
    'et dormir avec un sérum ne pose aucun problème.',
  'rule.hyaluronic.twice-daily.title': 'Acide hyaluronique matin et soir, deux fois par jour au maximum',
  'rule.hyaluronic.twice-daily.rationale':
    'Une fois choisi, un sérum à l’acide hyaluronique figure à la fois dans la routine du matin et dans celle du ' +
    'soir, et toutes ses formes du catalogue réunies ne dépassent jamais ' +
    '{maxPerDay, plural, one {# application} other {# applications}} par jour. Il passe avant les autres sérums ' +
    'peu irritants quand la peau est sèche ou que le profil signale sécheresse, perte de fermeté ou ridules. Deux ' +
    'applications par jour sont le maximum pour un sérum, et l’eau qu’il retient soulage la sécheresse et donne à ' +
    'la peau un aspect plus ferme.',
  'rule.hyaluronic.seal.title': 'Recouvrir l’acide hyaluronique d’une crème hydratante',
  'rule.hyaluronic.seal.rationale':
    'Le moteur ajoute une note : un humectant comme l’acide hyaluronique doit être recouvert d’une crème ' +
    'hydratante qui retient l’eau dans la peau. Le catalogue distingue deux tailles : le hyaluronate de sodium de ' +
    'haut poids moléculaire hydrate la surface, tandis que l’acide hyaluronique hydrolysé de bas poids moléculaire ' +
    'pénètre plus loin dans la peau. Sans émollient par-dessus, l’eau attirée par un humectant peut s’évaporer, et ' +
    'un acide hyaluronique de très petite taille a réduit la profondeur des rides en 8 semaines dans une étude.',
  'rule.photosensitizer.night-only.title': 'Ingrédients photosensibilisants : le soir uniquement',
  'rule.photosensitizer.night-only.rationale':
    'Tout ingrédient marqué photosensibilisant dans le catalogue, comme un rétinoïde ou un AHA, est placé ' +
    'uniquement dans la routine du soir, chaque jour du programme, quelle que soit son étape, crème hydratante ' +
    'comprise. La décision lit cette indication : un ingrédient ajouté plus tard par l’équipe est donc placé ' +
    'correctement sans changer le code. Ces ingrédients rendent la peau plus vulnérable aux UV, c’est pourquoi ils ' +
    'ont leur place dans la routine du soir.',
  'rule.photosensitizer.sun-warning.title':
    'Prévenir de la sensibilité au soleil avec un ingrédient photosensibilisant',
  'rule.photosensitizer.sun-warning.rationale':
    'Si un ingrédient de la routine est photosensibilisant, la réponse avertit de mettre de la crème solaire tous ' +
    'les jours et de limiter l’exposition au soleil pendant son utilisation, et encore ' +
    '{weeksAfter, plural, one {# semaine} other {# semaines}} après l’arrêt d’un AHA. Les AHA augmentent le ' +
    'risque de coup de soleil pendant l’utilisation et jusqu’à une semaine après, c’est pourquoi la FDA ' +
    'américaine exige une mise en garde sur leur étiquette.',
  'rule.retinoid.ramp.title': 'Augmenter un rétinoïde semaine après semaine',
  'rule.retinoid.ramp.rationale':
    'Un rétinoïde est prévu sur un nombre exact de soirs par semaine d’utilisation : {table}, puis à partir de la ' +
    'semaine {everyNightFrom}, tous les soirs qu’un acide exfoliant ne prend pas. Avant ce stade, le nombre est ' +
    'exact, les soirs d’acide tombant sur d’autres soirs, et tant qu’une semaine compte moins de {apartBelow} soirs ' +
    'de rétinoïde, jamais deux ne se suivent (deux soirs de suite à cheval sur deux semaines comptent pour la ' +
    'seconde). L’irritation est la première raison d’abandonner un rétinoïde : la peau a donc le temps de ' +
    's’habituer ; le nombre précis de soirs est un choix prudent propre à ce service.',
  'rule.retinoid.ramp-sensitive.title':
    'Pour une peau sensible, augmenter un rétinoïde deux fois plus lentement',
  'rule.retinoid.ramp-sensitive.rationale':
    'Pour une peau sensible, chaque palier dure deux fois plus longtemps, en soirs par semaine : {table}, puis à ' +
    'partir de la semaine {everyNightFrom}, tous les soirs qu’aucun acide exfoliant ne prend. Le nombre est exact ' +
    'de la même façon, et deux soirs de rétinoïde ne se suivent jamais tant qu’une semaine en compte moins de ' +
    '{apartBelow}. Une peau sensible demande plus de ménagement au début : elle progresse donc plus doucement.',
  'rule.retinoid.experience.title':
    'Reprendre plus loin dans la progression pour qui utilise déjà un rétinoïde',
  'rule.retinoid.experience.rationale':
    'Une personne qui utilise déjà un rétinoïde depuis N semaines commence à la semaine N+1 de la progression ' +
    'plutôt qu’à la semaine 1, et ce rétinoïde n’est pas traité comme nouveau : il est donc prévu sans délai ' +
    'd’attente ni test de tolérance. Sa peau s’est déjà habituée pendant ces semaines, et les refaire ne ferait ' +
    'que retarder la routine sans la rendre plus sûre.',
  'rule.retinoid.amount.title': 'Une noisette de rétinoïde de la taille d’un petit pois, au coucher',
  'rule.retinoid.amount.rationale':
    'L’étape du rétinoïde porte une note : l’équivalent d’un petit pois suffit pour tout le visage, plus un second ' +
    'pour le cou et le décolleté, à appliquer au coucher sur une peau bien sèche. Il n’en faut pas plus à la ' +
    'peau, et en mettre davantage apporte plus d’irritation, pas plus de résultats.',
  'rule.retinoid.pregnancy.title':
    'Pas de rétinoïde pendant la grossesse ; visage et cou seulement pendant l’allaitement',
  'rule.retinoid.pregnancy.rationale':
    'Si le profil indique une grossesse ou un projet de grossesse, aucun rétinoïde n’est recommandé, ni rien que ' +
    'le catalogue ne marque comme sûr pendant la grossesse : un avertissement explique pourquoi, et des peptides ' +
    'prennent la place pour la fermeté. Pendant l’allaitement, un rétinoïde reste possible, limité ' +
    '{breastfeedingAreas}, et tenu à l’écart de la poitrine, là aussi avec un avertissement. Par précaution, on ' +
    'évite les rétinoïdes en application locale pendant la grossesse ; pendant l’allaitement, très peu de produit ' +
    'passe dans l’organisme tant qu’il reste loin du sein.',
  'rule.acid.night-frequency.title': 'Limiter les acides exfoliants à un ou deux soirs par semaine',
  'rule.acid.night-frequency.rationale':
    'Un acide exfoliant (AHA, BHA ou PHA, photosensibilisant ou non) est prévu uniquement le soir : au plus ' +
    '{nightsFirstWeeks, plural, one {# soir} other {# soirs}} par semaine pendant ' +
    '{firstWeeks, plural, one {sa première semaine} other {ses # premières semaines}} d’utilisation, comptées ' +
    'depuis son premier soir, puis au plus {nightsLater}, ou {nightsLaterDryOrSensitive} pour une peau sèche ou ' +
    'sensible. Le moteur en choisit un quand le profil signale l’un de ces soucis : {concerns} ; pour une peau sensible, il prend ' +
    'l’acide le moins irritant qui traite le souci, comme un PHA ou l’acide lactique ou mandélique, jamais ' +
    'l’acide glycolique. Trop exfolier abîme la barrière de la peau et augmente la sensibilité au soleil, et les ' +
    'acides les plus doux traitent les mêmes soucis.',
  'rule.actives.no-stacking.title': 'Jamais un rétinoïde et un acide au même moment',
  'rule.actives.no-stacking.rationale':
    'Un même moment de la journée ne réunit jamais un rétinoïde et un acide exfoliant, ni deux acides ' +
    'exfoliants ; un soir d’acide est un soir sans rétinoïde. Les rétinoïdes rendent déjà la peau sensible, et ' +
    'exfolier par-dessus peut aggraver la sécheresse et l’irritation : les garder sur des soirs différents est la ' +
    'lecture prudente de ce conseil.',
  'rule.actives.one-at-a-time.title': 'Introduire les nouveaux actifs un par un',
  'rule.actives.one-at-a-time.rationale':
    'Les nouveaux actifs commencent un par un, avec au moins {standardDays} jours entre les premières ' +
    'utilisations de deux d’entre eux ({sensitiveDays} jours pour une peau sensible), tandis que les ingrédients ' +
    'peu irritants commencent le jour 1 (pour une peau sensible, les sérums commencent après leur test de ' +
    'tolérance). Quand un rétinoïde est choisi, il passe en premier : le jour {retinoidDay}, après son test de ' +
    'tolérance, s’il est nouveau, et le jour 1 pour qui en utilise déjà un. Introduire les actifs séparément ' +
    'laisse la peau s’habituer à chacun, et en cas de réaction, on sait quel produit en est la cause.',
  'rule.actives.patch-test.title': 'Tester chaque nouvel actif avant sa première utilisation',
  'rule.actives.patch-test.rationale':
    'Un test de tolérance a lieu avant la première utilisation, dans le calendrier : chaque nouvel actif a une ' +
    'période de test des {windowDays} jours qui précèdent son premier soir sur le visage, pendant lesquels la ' +
    'quantité habituelle s’applique sur une petite zone à l’intérieur du bras ou au pli du coude, ' +
    '{timesPerDay} fois par jour. Sa première utilisation sur le visage vient donc après cette période, et un ' +
    'avertissement, le premier jour du test, donne la date prévue de première utilisation et dit d’arrêter, et de ' +
    'ne pas commencer le produit, en cas de rougeur, de démangeaison ou de gonflement. Pour une peau sensible, ' +
    'chaque nouveau sérum ou soin ciblé a aussi sa période de test, et les étapes de base commencent le jour 1 ' +
    'avec un rappel de tester tout produit nouveau. Tester d’abord sur une petite zone repère une mauvaise réaction ' +
    'avant qu’elle n’atteigne le visage.',
  'rule.area.neck-decolletage.title': 'Étendre les soins raffermissants au cou et au décolleté',
  'rule.area.neck-decolletage.rationale':
    'Si le profil signale une perte de fermeté ou des ridules, chaque étape de sérum ou de soin ciblé dont les ' +
    'ingrédients visent la fermeté ou les ridules, acide exfoliant compris, s’applique sur le visage, le cou et le ' +
    'décolleté ; pendant l’allaitement, une étape de rétinoïde reste à l’écart du décolleté. Aucune étape ne ' +
    'saute le visage, et la crème solaire couvre chaque zone traitée. Le cou et la poitrine montrent eux aussi les ' +
    'signes de l’âge et font partie des zones les plus souvent oubliées.',
  'rule.expectation.weeks-to-months.title': 'Donner des délais réalistes pour des résultats visibles',
  'rule.expectation.weeks-to-months.rationale':
    'Pour chaque souci du profil, le moteur indique une période au bout de laquelle une utilisation régulière ' +
    'devrait montrer des résultats visibles : {firmnessFrom} à {firmnessTo} semaines pour la fermeté et les ' +
    'ridules, {drynessFrom} à {drynessTo} semaines pour la sécheresse, {rednessFrom} à {rednessTo} semaines pour ' +
    'les rougeurs, et {textureFrom} à {textureTo} semaines pour le grain de peau, le teint terne, les pores et les ' +
    'taches. Il rappelle aussi que c’est la régularité qui compte. Les changements se voient en quelques semaines ' +
    'ou quelques mois, et l’effet d’un rétinoïde sur les rides continue de progresser pendant des mois : des ' +
    'délais honnêtes aident à tenir la routine.',
  'rule.lifestyle.sun-smoking-alcohol.title': 'Conseiller de réduire soleil, tabac et alcool',
  'rule.lifestyle.sun-smoking-alcohol.rationale':
    'Un profil qui signale une forte exposition au soleil, le tabac ou l’alcool reçoit le conseil de réduire ' +
    'chacun d’eux. Les ultraviolets, le tabac et l’alcool accélèrent tous le relâchement et la perte de fermeté, ' +
    'et vont à l’encontre de tout ce qu’un sérum peut faire.',
  'rule.label.instructions-first.title':
    'Les instructions du produit d’abord ; des conseils généraux seulement',
  'rule.label.instructions-first.rationale':
    'Chaque réponse rappelle que les instructions figurant sur l’emballage du produit passent en premier et que ' +
    'le service donne des conseils cosmétiques généraux, pas un avis médical. Les formules et les concentrations ' +
    'varient d’un produit à l’autre, et un conseil sur le problème de peau d’une personne en particulier relève ' +
    'd’un médecin.',
  'rule.strength.start-low.title': 'Commencer chaque actif à faible concentration',
  'rule.strength.start-low.rationale':
    'Chaque étape de sérum ou de soin ciblé qui contient un actif indique la concentration de départ, tirée du ' +
    'catalogue : sa fourchette de départ, ou le bas de celle-ci pour une peau sensible, et jamais plus que son ' +
    'maximum. Un AHA au-delà de {homeAhaMax} % est un peeling réservé aux professionnels, pas un produit pour la ' +
    'maison. Quand le catalogue ne donne aucune concentration, le conseil est de choisir la plus faible en vente. ' +
    'L’irritation augmente avec la concentration, et un départ en douceur laisse la peau s’adapter.',
  'rule.evidence.graded.title': 'Évaluer les preuves et préférer les ingrédients les mieux étayés',
  'rule.evidence.graded.rationale':
    'Chaque ingrédient choisi porte le niveau de preuve du catalogue ({grades}) et les sources qui le fondent, et ' +
    'au sein d’une même famille le moteur préfère les preuves les plus solides : un ingrédient aux preuves ' +
    'limitées n’est choisi que si rien de mieux étayé ne traite le souci. Chaque règle indique sa propre force ' +
    '(forte ou conditionnelle) et la certitude de ses preuves, notées séparément comme le fait la méthode GRADE : ' +
    'une règle peut donc être forte sur des preuves peu certaines, comme celle qui écarte les rétinoïdes pendant ' +
    'la grossesse. Un conseil discuté est évalué, pas imposé : la vitamine C et la niacinamide peuvent s’utiliser ' +
    'ensemble.',
  'calendar-name': 'Routine de soin de la peau',
  'calendar-session':
    '{session, select, am {Soin du matin} other {Soin du soir}}{hasActives, select, true { : {actives}} other {}}',
  'calendar-step':
    '{order}. {kind, select, cleanse {Nettoyer} tone {Tonifier} serum {Sérum} treatment {Traitement} moisturize {Hydrater} other {Protection solaire}}' +
    '{hasNames, select, true { : {names}} other {}}' +
    '{areas, select, faceNeck { (visage et cou)} faceNeckDecolletage { (visage, cou et décolleté)} other {}}',
  'calendar-alarm':
    '{session, select, am {C’est l’heure de votre soin du matin.} other {C’est l’heure de votre soin du soir.}}',
  'calendar-patch': 'Test de tolérance : {names}',
  'frequency-adjusted': '{parts}',
  'paused-after-reaction': 'aucune application du {from} au {to}, après la réaction du {date}',
  'ramp-after-reaction':
    'à partir du {from}, après la réaction du {date}, en comptant les semaines depuis ce jour : {ramp}',
  'warning-stop-and-seek-advice':
    'Après la réaction ({reaction}) que vous avez signalée le {date}, arrêtez {name} du {from} au {to} ; il reprend ' +
    'le {restart} {restartAs, select, ramp {au premier palier de sa progression} acid {au rythme de ses premières ' +
    'semaines} other {comme avant}}, comme l’indique le calendrier. Si le gonflement ou des cloques persistent, ' +
    'consultez un médecin.',
  'warning-stop-and-seek-advice-other':
    'Après la réaction ({reaction}) que vous avez signalée le {date}, ' +
    '{named, select, true {arrêtez {name} ; si cette routine le prévoit, ajoutez-le à votre liste d’ingrédients à ' +
    'éviter pour qu’un autre le remplace.} other {arrêtez ce que vous soupçonnez d’en être la cause : aucun actif ' +
    'de cette routine n’était sur votre peau ce jour-là ni la veille.}} Si le gonflement ou des cloques ' +
    'persistent, consultez un médecin.',
  'warning-purging':
    'La réaction ({reaction}) que vous avez signalée le {date} est fréquente pendant les {weeks} premières ' +
    'semaines de {name} : la peau se renouvelle plus vite et fait remonter les imperfections plus tôt pendant ' +
    'un temps (on parle de « purge »). Cela passe, le programme reste donc le même ; si cela devient sévère, ' +
    'signalez-le de nouveau.',
  'check-in-reaction':
    '{reaction, select, breakout {{severity, select, mild {poussée de boutons légère} moderate {poussée de ' +
    'boutons modérée} other {poussée de boutons sévère}}} other {{reaction, select, dryness {sécheresse} peeling ' +
    '{desquamation} redness {rougeur} stinging {picotements} burning {brûlure} other {gonflement}} ' +
    '{severity, select, mild {légère} moderate {modérée} other {sévère}}}}',
  'effect-adjusted':
    '{action, select, hold {a maintenu le palier de} pause {a mis en pause} stop {a arrêté} other {a fait reculer ' +
    'd’un palier}} {slug} après le suivi du {date}, jusqu’au {until}',
  'rule.checkin.hold.title': 'Maintenir la progression du rétinoïde après une réaction légère',
  'rule.checkin.hold.rationale':
    'Si vous signalez une sécheresse, une desquamation, une rougeur ou des picotements légers dus à un ' +
    'rétinoïde, sa progression marque une pause : la semaine d’utilisation suivante garde le même nombre de ' +
    'soirs au lieu d’augmenter, et la suite de la progression arrive ' +
    '{heldWeeks, plural, one {# semaine} other {# semaines}} plus tard ; un second signalement de ce type ' +
    'pendant cette semaine la prolonge encore. Une irritation légère montre d’habitude que la peau s’adapte ' +
    'encore, et le conseil courant est d’espacer le rétinoïde le temps qu’elle se calme : le programme attend ' +
    'au lieu de s’arrêter.',
  'rule.checkin.step-back.title': 'Reculer d’un palier après une réaction modérée',
  'rule.checkin.step-back.rationale':
    'Après le signalement d’une réaction modérée à un rétinoïde, la progression redescend au palier inférieur ' +
    '(jamais sous le premier) pendant {stepBackDays} jours à partir du lendemain, puis remonte depuis le début ' +
    'du palier quitté. Après une réaction modérée à un acide exfoliant, il n’y a plus de soirs d’acide pendant ' +
    '{stepBackDays} jours, puis il reprend au rythme maximal de ses {firstWeeks} premières semaines. Espacer un ' +
    'actif irritant jusqu’à ce que la peau se calme est le conseil habituel ; reculer d’un palier garde le ' +
    'chemin parcouru sans forcer malgré l’irritation.',
  'rule.checkin.stop.title': 'Arrêter après une réaction sévère, une brûlure ou un gonflement',
  'rule.checkin.stop.rationale':
    'Le signalement d’une réaction sévère, ou d’une brûlure ou d’un gonflement quelle qu’en soit l’intensité, ' +
    'arrête chaque actif en cause pendant {stopDays} jours à partir du lendemain. Chacun reprend ensuite depuis ' +
    'le début : un rétinoïde à la semaine {restartWeek} de sa progression, un acide exfoliant au rythme de ses ' +
    'premières semaines. Un avertissement dit d’arrêter et de consulter un médecin si le gonflement ou des ' +
    'cloques persistent. Arrêter dès le premier signe de gonflement est ce que recommandent les conseils sur le ' +
    'test de tolérance quand un produit ne convient pas, et reprendre depuis le début laisse à la peau le temps ' +
    'de se réhabituer.',
  'rule.checkin.purge.title': 'Expliquer la « purge » des premières semaines d’un rétinoïde ou d’un acide',
  'rule.checkin.purge.rationale':
    'Une poussée de boutons signalée pendant les {purgeWeeks} premières semaines d’utilisation d’un rétinoïde ou ' +
    'd’un acide exfoliant, si elle n’est pas sévère, ne change rien au programme : un avertissement explique que ' +
    'la peau, en se renouvelant plus vite, fait remonter les imperfections plus tôt pendant un temps, et que cela ' +
    'passe. Arrêter à ce moment ne ferait que recommencer l’adaptation ; une poussée sévère est traitée comme ' +
    'une réaction sévère.',
  'analysis-unknown-ingredients':
    '{count, plural, one {Une entrée ne correspond} other {# entrées ne correspondent}} à rien dans le catalogue ni ' +
    'dans l’inventaire CosIng : {names}. Vérifiez l’orthographe sur l’étiquette ; les suggestions donnent les noms ' +
    'INCI les plus proches.',
  'analysis-close-spellings':
    '{count, plural, one {Une entrée a été lue} other {# entrées ont été lues}} d’après une orthographe proche : ' +
    '{matches}. Vérifiez-{count, plural, one {la} other {les}} sur l’étiquette.',
  'analysis-may-contain':
    '{names} {count, plural, one {figure} other {figurent}} en « peut contenir » : pris en compte pour les ' +
    'avertissements, jamais pour la place du produit dans une routine.',
  'analysis-not-pregnancy-safe':
    'Contient {names}, dont l’innocuité pendant la grossesse n’est pas établie : à éviter pendant la grossesse ' +
    'ou si vous essayez de concevoir.',
  'analysis-photosensitizing':
    'Contient {names}, qui {count, plural, one {rend} other {rendent}} la peau plus sensible au soleil : à ' +
    'utiliser le soir, avec une protection solaire tous les jours.',
  'analysis-too-strong':
    'Indique {name} à {percent, number} %, au-delà des {max, number} % que conseille cette routine : choisissez ' +
    'un produit plus doux, ou demandez conseil à un professionnel.',
  'warning-product-conflict': '{reason} (règle {rule}) : {fix}',
  'conflict-two-retinoids':
    '{product} et {other} contiennent tous deux un rétinoïde, et une routine n’utilise qu’un rétinoïde à la fois',
  'conflict-two-acids':
    '{product} et {other} contiennent tous deux un acide exfoliant, et deux acides exfoliants ne partagent jamais ' +
    'une séance ni les soirs d’acide de la semaine',
  'conflict-retinoid-acid':
    '{product} contient un acide exfoliant et {other} un rétinoïde, qui ne s’appliquent jamais lors de la même séance',
  'conflict-retinoid-and-acid':
    '{product} contient à la fois un rétinoïde et un acide exfoliant, qui ne s’appliquent jamais lors de la même séance',
  'conflict-daily-limit':
    '{product} et {other} contiennent tous deux {ingredient}, à appliquer au plus ' +
    '{max, plural, one {une fois} =2 {deux fois} other {# fois}} par jour',
  'conflict-pregnancy':
    '{product} contient {ingredient}, déconseillé pendant la grossesse ou si vous essayez de concevoir',
  'conflict-avoided': '{product} contient {ingredient}, qui figure sur votre liste d’ingrédients à éviter',
  'conflict-too-harsh':
    '{product} contient {ingredient}, trop irritant pour une peau sensible ou sujette aux rougeurs',
  'conflict-too-strong':
    '{product} contient {ingredient} à {percent, number} %, au-delà des {max, number} % que conseille cette routine{peel, select, true { : au-delà, un AHA est un peeling de professionnel} other {}}',
  'conflict-redness-acid':
    '{product} contient {ingredient}, un acide exfoliant, et la routine n’en utilise aucun tant que les rougeurs ' +
    'sont une préoccupation',
  'conflict-evening-only':
    '{product} contient {ingredient}, à appliquer le soir uniquement, alors qu’une protection solaire est pour le matin',
  'conflict-serum-cap':
    '{product} ferait plus de {max, plural, one {un sérum} other {# sérums}} dans une séance, après {other}',
  'fix-left-out': '{product} est laissé hors de la routine.',
  'fix-other-nights': '{product} a ses propres soirs, chacun un soir sans {other}.',
  'fix-one-session': '{product} s’utilise {session, select, am {le matin} other {le soir}} uniquement.',
  'warning-may-contain':
    '{name} contient peut-être {ingredients} (son étiquette ne le dit pas avec certitude), {reason, select, ' +
    'avoided {que vous avez demandé d’éviter} pregnancy {à éviter pendant la grossesse ou si vous essayez de ' +
    'concevoir} other {sensibilisant la peau au soleil : mettez un écran solaire chaque jour}}. Demandez au ' +
    'fabricant, ou vérifiez le lot, avant de l’utiliser.',
  'warning-product-unknown':
    '{name} contient {count, plural, one {un ingrédient} other {# ingrédients}} que le catalogue ne connaît pas : ' +
    '{unknown}. La routine ne peut pas {count, plural, one {le} other {les}} vérifier selon ses règles : lisez ' +
    'l’étiquette et arrêtez en cas de rougeur, de démangeaison ou de gonflement.',
  'warning-product-not-placed':
    'Aucun des ingrédients de {name} ne figure dans le catalogue : aucune règle ne peut s’y appliquer et il est ' +
    'laissé hors de la routine{kindGiven, select, true {.} other { ; indiquez son type (nettoyant, lotion tonique, ' +
    'crème hydratante ou protection solaire) pour le placer.}}',
  'warning-product-not-broad-spectrum':
    'Les filtres UV connus du catalogue dans {names} ne bloquent pas ensemble les UVA et les UVB : vérifiez que ' +
    'l’étiquette indique « large spectre », SPF {spf} ou plus, ou choisissez-en un qui l’indique.',
  'effect-product-read':
    'a lu {name} : {count, plural, =0 {aucun ingrédient connu du catalogue} one {# ingrédient du catalogue} other {# ingrédients du catalogue}}',
  'effect-product-placed': 'a placé {name} comme {role} à l’étape {step}',
  'effect-product-fixed': 'pour {name} : {fix}',
  'effect-suggested': 'a suggéré {ids} pour l’étape {step}',
  'rule.product.contains.title': 'Lire la liste d’ingrédients d’un produit à l’aide du catalogue',
  'rule.product.contains.rationale':
    'Un produit est ce que dit son étiquette. Chaque entrée de la liste d’ingrédients est rapprochée d’un ' +
    'ingrédient du catalogue par son nom INCI, puis par un autre nom sous lequel il est vendu (un alias), et ' +
    'seulement ensuite par une orthographe proche, signalée comme correspondance approchée avec son degré de ' +
    'confiance : les noms de moins de {exactBelow} caractères doivent correspondre exactement, ceux de ' +
    '{oneEditUpTo} caractères au plus peuvent différer d’une lettre, ceux de {twoEditsUpTo} caractères au plus de ' +
    'deux, et les plus longs de {maxEdits} au plus. Chaque entrée garde sa position et le pourcentage imprimé avec ' +
    'elle, s’il y en a un. Un produit contient un rétinoïde, un acide exfoliant, un actif ou un ingrédient ' +
    'photosensibilisant dès qu’un des ingrédients qu’il contient en est un, et ne compte comme sûr pendant la ' +
    'grossesse que si tous le sont. Les entrées qui suivent « peut contenir » ou « +/- » sont des colorants que le ' +
    'produit contient ou non : elles comptent pour les avertissements, jamais pour la place du produit dans la ' +
    'routine.',
  'rule.product.own-first.title': 'Construire la routine autour des produits que vous avez déjà',
  'rule.product.own-first.rationale':
    'Les produits que vous possédez déjà occupent les étapes qui leur conviennent avant que quoi que ce soit ne ' +
    'soit choisi dans le catalogue. Un produit contenant un rétinoïde devient le rétinoïde de la routine, sans en ' +
    'choisir un second, et suit la progression ; un produit contenant un acide exfoliant prend les soirs d’acide ; ' +
    'un produit contenant un ingrédient photosensibilisant s’applique le soir uniquement ; un nettoyant, une lotion ' +
    'tonique, une crème hydratante ou une protection solaire occupe sa propre étape. Chaque produit suit ensuite ' +
    'toutes les règles comme le feraient ses ingrédients : test de tolérance, espacement, plafonds par soir, ' +
    'limites par jour, zones et grossesse. Un produit envoyé sans son type est placé d’après son contenu : un ' +
    'traitement s’il contient un rétinoïde ou un acide, une protection solaire s’il contient un filtre UV, une ' +
    'crème hydratante si un émollient ou un lipide barrière figure parmi ses {moisturizerLead} premiers ' +
    'ingrédients connus, sinon un sérum. Les sérums sont faits pour s’utiliser avec d’autres produits, et chaque ' +
    'peau comme chaque salle de bains est différente.',
  'rule.product.conflict.title':
    'Résoudre les incompatibilités entre vos produits, pas seulement les signaler',
  'rule.product.conflict.rationale':
    'Quand deux de vos produits enfreindraient ensemble une règle (deux rétinoïdes, deux acides exfoliants, un ' +
    'rétinoïde et un acide lors de la même séance, ou un ingrédient au-delà de sa limite quotidienne en les ' +
    'cumulant) ou qu’un produit enfreint une règle pour ce profil (déconseillé pendant la grossesse, sur la liste ' +
    'à éviter, trop irritant pour une peau réactive), la routine ne les utilise jamais ainsi. Elle en garde un, ' +
    'dans un ordre fixe (les traitements avant les sérums, avant les produits de base ; entre deux rétinoïdes ou ' +
    'deux acides, le plus doux pour une débutante, un débutant ou une peau réactive, sinon le premier de la ' +
    'liste), déplace l’autre sur des soirs à lui ou sur une seule séance, ou le laisse de côté, et un ' +
    'avertissement nomme les deux produits, la règle et ce qui a été fait. Superposer un rétinoïde et un ' +
    'exfoliant accentue la sécheresse, et les rétinoïdes sont évités pendant la grossesse par précaution.',
  'rule.product.suggest.title':
    'Suggérer des produits du catalogue qui contiennent les ingrédients de chaque étape',
  'rule.product.suggest.rationale':
    'Sur demande, chaque étape pour laquelle vous n’avez pas de produit reçoit jusqu’à {maxSuggestions} produits ' +
    'du catalogue. Chacun contient tous les ingrédients choisis pour l’étape, rien de la liste à éviter, rien que ' +
    'le profil exclut (grossesse, type de peau, irritation pour une peau réactive, un photosensibilisant le ' +
    'matin) et rien que le programme n’a pas prévu : pas de second rétinoïde ni de second acide, rien de limité à ' +
    'une fois par jour, et aucun autre actif dans une étape de sérum ou de traitement. Ils sont classés selon la ' +
    'place de l’ingrédient choisi dans la liste des ingrédients, puisque les étiquettes vont du plus présent au ' +
    'moins présent, puis par identifiant de produit. Un produit doit convenir aux besoins, au type de peau et à ' +
    'l’usage prévu.',
  'rule.product.unknown.title': 'Nommer chaque ingrédient d’un produit qui ne correspond à rien',
  'rule.product.unknown.rationale':
    'Chaque entrée de la liste d’ingrédients d’un produit qui ne correspond à aucun ingrédient du catalogue, ni à ' +
    'aucun nom de la référence CosIng quand elle est chargée, est signalée comme inconnue avec les noms de ' +
    'référence les plus proches, et un avertissement de la routine nomme chacune de ces entrées dans vos propres ' +
    'produits : aucune n’est jamais écartée en silence. Aucune règle ne peut s’appliquer à ce qui est inconnu : un ' +
    'sérum ou un traitement dont tous les ingrédients sont inconnus, ou un produit sans type dont rien n’est ' +
    'connu, est donc laissé hors de la routine avec cet avertissement. Un nom inconnu peut cacher un allergène ou ' +
    'un actif.',
} as const satisfies Catalogue;
