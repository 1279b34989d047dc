import type { Catalogue } from './catalogue.js';

/**
 * Español, tratando de usted, con palabras de uso diario; los nombres de ingredientes vienen del
 * catálogo y se quedan como están, y las fechas siguen en formato ISO (AAAA-MM-DD).
 */
export const es = {
  'every-morning': 'todas las mañanas',
  'every-evening': 'todas las noches',
  'every-morning-optional': 'todas las mañanas (opcional)',
  'every-evening-optional': 'todas las noches (opcional)',
  'every-session-from':
    '{session, select, am {todas las mañanas} other {todas las noches}} desde el {date} (semana {week})',
  'ramp-from': 'desde el {date}, contando las semanas desde esa primera noche: {ramp}',
  'ramp-stages': '{stages}',
  'ramp-stage-counted':
    '{nights, plural, one {# noche} other {# noches}} por semana ' +
    '{single, select, true {en la semana {fromWeek}} other {en las semanas {fromWeek}–{toWeek}}}' +
    '{apart, select, true {, nunca dos seguidas} other {}}',
  'ramp-stage-every':
    '{afterEarlier, select, true {después } other {}}todas las noches{fromWeek, plural, =0 {} other { desde la semana #}}' +
    '{withAcid, select, true { salvo las noches de ácido} other {}}',
  'acid-frequency':
    '{first, plural, one {# noche} other {# noches}} por semana desde el {date}' +
    '{changes, select, true { durante sus primeras {firstWeeks} semanas, después {later, plural, one {# noche} other {# noches}} por semana} other {}}',
  'cleanser-texture':
    '{texture, select, cream {Un limpiador en crema que limpia sin resecar.} gel {Un limpiador en gel.} other {Un limpiador suave.}}',
  'moisturizer-texture':
    '{texture, select, richCream {Una crema rica.} lotion {Una loción.} lightLotion {Una loción ligera.} other {Un gel o una loción sin aceite.}}',
  'toner-optional': 'Opcional: un tónico sin alcohol después de la limpieza.',
  'starts-after-previous-active':
    'Empieza cuando la piel ya se ha acostumbrado al activo nuevo anterior, para que una posible reacción se pueda atribuir a un solo producto.',
  'starts-after-patch-test':
    'Empieza el día siguiente a su prueba de tolerancia, si la zona de prueba se ha mantenido tranquila.',
  'antioxidant-under-sunscreen': 'Protección de la mañana, debajo del protector solar.',
  'hyaluronic-twice-daily-cap':
    'No más de {max, plural, one {una vez} =2 {dos veces} other {# veces}} al día, sumando todas las formas de ácido hialurónico; la crema hidratante encima retiene el agua que aporta.',
  'extend-to-areas':
    'Extiéndalo también por {decolletage, select, true {el cuello y el escote} other {el cuello}}.',
  'leave-on-overnight': 'Déjelo actuar toda la noche.',
  'hyaluronic-sealed': 'Retiene el agua del sérum de ácido hialurónico aplicado justo antes.',
  'sunscreen-daily':
    'Amplio espectro (UVA y UVB), FPS {spf} o más, como último paso de la mañana, todos los días y haga el tiempo que haga; vuelva a aplicarlo al aire libre.',
  'retinoid-amount':
    '{areas, select, faceNeckDecolletage {Una cantidad del tamaño de un guisante para toda la cara y otra para el cuello y el escote, al acostarse, sobre la piel bien seca.} ' +
    'faceNeck {Una cantidad del tamaño de un guisante para toda la cara y otra para el cuello, al acostarse, sobre la piel bien seca.} ' +
    'other {Una cantidad del tamaño de un guisante para toda la cara, al acostarse, sobre la piel bien seca.}}',
  'retinoid-breastfeeding-areas': 'Durante la lactancia: solo cara y cuello, nunca el pecho.',
  'retinoid-not-with-acid': 'Nunca la misma noche que el ácido exfoliante.',
  'retinoid-experience':
    'Usted ya usa un retinoide desde hace {weeks, plural, one {# semana} other {# semanas}}: la progresión sigue desde ahí.',
  'acid-evening-only': 'Solo por la noche.',
  'acid-not-with-retinoid': 'Nunca en una noche de retinoide: la noche del ácido, el retinoide descansa.',
  'acid-kept-to-one':
    'Limitado a {nights, plural, one {una noche} other {# noches}} por semana para piel seca o sensible.',
  'warning-pregnancy':
    'Nada de retinoides durante el embarazo ni si está buscando un embarazo: por precaución, los retinoides se evitan ' +
    'en el embarazo, igual que todo lo que el catálogo no recomienda en ese caso.' +
    '{peptide, select, true { Los péptidos ocupan su lugar para la firmeza.} other {}}',
  'warning-breastfeeding':
    'Durante la lactancia, aplique {name} solo en la cara y el cuello, nunca en el pecho, para que el bebé no entre en contacto con el producto.',
  'warning-avoided-step':
    '{name} está en su lista de ingredientes que evitar, así que el paso de {step, select, cleanse {limpieza} ' +
    'tone {tónico} serum {sérum} treatment {tratamiento} moisturize {hidratación} sunscreen {protección solar} ' +
    'other {cuidado}} prescinde de él.',
  'warning-avoided': '{name} está en su lista de ingredientes que evitar; no forma parte de esta rutina.',
  'warning-no-uv-filter':
    'Ningún filtro UV del catálogo encaja con su perfil y su lista de ingredientes que evitar, así que el paso de ' +
    'protección solar no nombra ningún ingrediente: aun así, póngase cada mañana un protector solar de amplio ' +
    'espectro FPS {spf}+ que tolere bien.',
  'warning-sun-sensitivity':
    '{name} hace la piel más sensible al sol: use protector solar todos los días y limite el tiempo al sol mientras lo use' +
    '{weeksAfter, plural, =0 {} one { y durante una semana después de dejarlo} other { y durante # semanas después de dejarlo}}.',
  'warning-deferred-patch':
    '{name} empezaría el {date}, después de su prueba de tolerancia de {days} días, más tarde de lo que permite este ' +
    'plan de {weeks} semanas: pida un plan más largo para incluirlo.',
  'warning-deferred':
    '{name} empezaría el {date}, después de este plan de {weeks} semanas, para espaciar los activos nuevos: pida un ' +
    'plan más largo para incluirlo.',
  'warning-patch-test':
    'Pruebe {name} durante {days} días antes de usarlo por primera vez el {date}: desde el {start}, aplique la ' +
    'cantidad habitual en una pequeña zona solo para él, en la cara interna del brazo o en el pliegue del codo, ' +
    '{times, plural, =2 {dos veces} other {# veces}} al día (una zona distinta para cada producto que pruebe), para ' +
    'que una reacción apunte a un solo producto. Si aparece enrojecimiento, picor o hinchazón, deténgase y no lo ' +
    'empiece.',
  'warning-patch-test-base':
    'Su limpiador, su crema hidratante y su protector solar empiezan hoy. Si alguno es nuevo para usted, pruébelo ' +
    'primero en una pequeña zona de la cara interna del brazo, {times, plural, =2 {dos veces} other {# veces}} al ' +
    'día, y deténgase si aparece enrojecimiento, picor o hinchazón.',
  'warning-concern-uncovered':
    'Nada en esta rutina trata esta preocupación: {concern}. Ningún ingrediente del catálogo adecuado para su perfil ' +
    'la aborda. Un farmacéutico o un dermatólogo puede aconsejarle qué usar.',
  'warning-no-broad-spectrum':
    'Los filtros UV que encajan con su perfil y su lista de ingredientes que evitar no pueden bloquear juntos los ' +
    'UVA y los UVB, así que el paso de protección solar no nombra ningún ingrediente: cada mañana, elija un ' +
    'protector solar que indique amplio espectro, FPS {spf} o más, y que tolere bien.',
  'strength-range':
    'Empiece con {name} al {from, number}{single, select, true {} other {–{to, number}}} % y nunca supere el {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Por encima del # % es un peeling para profesionales, no un producto para casa.}}',
  'strength-low-end':
    'Empiece con {name} al {from, number} %, el extremo bajo para piel sensible, y nunca supere el {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Por encima del # % es un peeling para profesionales, no un producto para casa.}}',
  'strength-at-most':
    'Elija {name} a no más del {max, number} %.' +
    '{peelAbove, plural, =0 {} other { Por encima del # % es un peeling para profesionales, no un producto para casa.}}',
  'strength-lowest-sold':
    'Elija {name} en la concentración más baja que encuentre, y súbala solo si su piel se mantiene tranquila.',
  expectation:
    'Cabe esperar {result} tras unas {from}–{to} semanas de uso constante; saltarse días retrasa los resultados.',
  'result-firmness': 'una piel de aspecto más firme',
  'result-fine-lines': 'líneas finas más suaves',
  'result-dryness': 'menos sequedad',
  'result-redness': 'menos enrojecimiento',
  'result-texture': 'una textura más lisa',
  'result-dullness': 'un tono más luminoso',
  'result-pores': 'poros menos visibles',
  'result-dark-spots': 'manchas oscuras más atenuadas',
  'concern-firmness': 'pérdida de firmeza',
  'concern-fine-lines': 'líneas finas',
  'concern-dryness': 'sequedad',
  'concern-dullness': 'tono apagado',
  'concern-dark-spots': 'manchas oscuras',
  'concern-texture': 'textura irregular',
  'concern-pores': 'poros visibles',
  'concern-redness': 'enrojecimiento',
  'lifestyle-sun-exposure':
    'Pasar muchas horas al sol acelera la flacidez y las arrugas: busque la sombra, use sombrero y vuelva a aplicarse protector solar.',
  'lifestyle-smoking':
    'Fumar destruye el colágeno y la elastina de la piel; fumar menos ayuda a que la piel conserve su firmeza.',
  'lifestyle-alcohol': 'El alcohol deshidrata la piel y acelera la pérdida de firmeza; beber menos ayuda.',
  disclaimer:
    'Siga primero las instrucciones de la etiqueta de cada producto: van antes que esta rutina. ' +
    'Esto es una orientación cosmética general, no un consejo médico; consulte a un médico o dermatólogo si tiene ' +
    'una enfermedad de la piel, toma medicamentos, está embarazada o da el pecho.',
  'effect-chose':
    'eligió {slug} ({role, select, retinoid {retinoide} acid {ácido exfoliante} antioxidant {antioxidante} serum {sérum} ' +
    'moisturizer {crema hidratante} sunscreen {protector solar} other {ingrediente}})',
  'effect-left-out':
    'quitó {slug} del paso de {step, select, cleanse {limpieza} tone {tónico} serum {sérum} treatment {tratamiento} ' +
    'moisturize {hidratación} sunscreen {protección solar} other {cuidado}}',
  'effect-excluded': 'excluyó {slug}',
  'effect-scheduled-nights': 'programó {slug} en {nights, plural, one {# noche} other {# noches}}',
  'effect-first-use': 'primer uso de {slug} el día {day}',
  'effect-patch-window': 'prueba de tolerancia de {slug} desde el día {day}, durante {days} días',
  'effect-evening-only': 'mantuvo {slug} fuera de la mañana',
  'effect-areas': 'aplicó {slug} en: {areas}',
  'effect-warned': 'advirtió: {code}',
  // palabras del vocabulario y una etapa de la progresión, tal como las citan las justificaciones de las reglas
  'skin-type-dry': 'piel seca',
  'skin-type-combination': 'piel mixta',
  'skin-type-normal': 'piel normal',
  'skin-type-oily': 'piel grasa',
  'irritation-low': 'bajo',
  'irritation-medium': 'medio',
  'irritation-high': 'alto',
  'evidence-strong': 'sólida',
  'evidence-moderate': 'moderada',
  'evidence-limited': 'limitada',
  'area-face': 'la cara',
  'area-neck': 'el cuello',
  'area-decolletage': 'el escote',
  'rule-ramp-stage':
    '{nights, plural, one {# noche} other {# noches}} {single, select, true {en la semana {fromWeek}} other {en las semanas {fromWeek}–{toWeek}}}',
  // títulos y justificaciones de las reglas: los marcadores son los nombres de los `params` de cada regla
  'rule.skin-type.basis.title': 'Elegir limpiador y crema hidratante según el tipo de piel',
  'rule.skin-type.basis.rationale':
    'Cada perfil indica un tipo de piel, seca, mixta, normal o grasa, y el motor lo usa para elegir la textura de ' +
    'los productos básicos: un limpiador en crema y una crema rica para la piel seca, un limpiador suave y una ' +
    'loción para la piel normal, un limpiador suave y una loción ligera para la piel mixta, y un limpiador en gel ' +
    'y un gel o una loción sin aceite para la piel grasa. El tipo de piel es el punto de partida de cualquier ' +
    'rutina, porque la cantidad de grasa y de humedad de la piel decide qué texturas tolera y necesita.',
  'rule.goals.match-ingredients.title':
    'Elegir los ingredientes de tratamiento por las preocupaciones que tratan',
  'rule.goals.match-ingredients.rationale':
    'Los ingredientes de tratamiento salen del catálogo y se eligen porque las preocupaciones que tratan coinciden ' +
    'con las del perfil y los tipos de piel para los que sirven incluyen el del perfil; ninguna lista de ' +
    'ingredientes está fijada en el código. Una rutina lleva como máximo ' +
    '{retinoids, plural, one {# retinoide} other {# retinoides}}, ' +
    '{acids, plural, one {# ácido exfoliante} other {# ácidos exfoliantes}} y ' +
    '{antioxidants, plural, one {# antioxidante} other {# antioxidantes}}, y ningún momento del día tiene más de ' +
    '{serumSteps, plural, one {# paso de sérum} other {# pasos de sérum}} (por la mañana, el sérum antioxidante ' +
    'es uno de ellos). Dentro de una misma clase se prefiere la evidencia más sólida, luego la menor irritación y ' +
    'luego la clasificación del equipo. Un ingrediente solo se gana su sitio si hace lo que la persona busca, y ' +
    'los límites mantienen la rutina lo bastante corta para tolerarla y seguirla.',
  'rule.goals.firming-actives.title':
    'Para la firmeza: retinoide, luego péptidos, luego vitamina C, luego ácido hialurónico',
  'rule.goals.firming-actives.rationale':
    'Cuando el perfil pide más firmeza o menos líneas finas, el motor ordena los candidatos de forma fija: primero ' +
    'un retinoide, luego los péptidos, luego la vitamina C y luego el ácido hialurónico. Para un primer ' +
    'retinoide descarta las formas con un potencial irritante {avoidedIrritation} en favor del retinol o el ' +
    'retinaldehído, que irritan mucho menos. Estos cuatro son la base de los sérums reafirmantes, y la irritación ' +
    'es el principal motivo para abandonar un retinoide.',
  'rule.antioxidant.morning.title': 'Aplicar el sérum antioxidante por la mañana',
  'rule.antioxidant.morning.rationale':
    'Un sérum antioxidante como la vitamina C va en la rutina de la mañana, debajo del protector solar, siempre ' +
    'que el ingrediente no sea fotosensibilizante. La rutina de la mañana sirve para proteger: un antioxidante ' +
    'ayuda a defender la piel del daño diario que la envejece y, de paso, apoya el colágeno.',
  'rule.profile.avoid.title': 'No recomendar nunca un ingrediente que la persona evita',
  'rule.profile.avoid.rationale':
    'Todo ingrediente de la lista de ingredientes que evitar, por alergia o por preferencia, queda fuera de todos ' +
    'los pasos, y la respuesta nombra el paso que prescinde de él, una vez por ingrediente. Cada piel es ' +
    'distinta, así que las exclusiones de la propia persona se imponen a cualquier otra elección, y decir qué se ' +
    'ha quitado hace la rutina transparente.',
  'rule.sensitive.gentle-only.title': 'Solo ingredientes suaves para la piel sensible y el enrojecimiento',
  'rule.sensitive.gentle-only.rationale':
    'Para la piel sensible, y siempre que el perfil indique {reactiveConcern}, el motor nunca elige, en ningún ' +
    'paso, un ingrediente al que el catálogo atribuye un potencial irritante {neverIrritation}. En caso de ' +
    '{reactiveConcern}, además deja fuera los ácidos exfoliantes y cualquier antioxidante por encima del nivel ' +
    'de irritación más bajo, y un retinoide avanza al ritmo más lento previsto para la piel sensible. Cada ' +
    'elección se basa en los datos del catálogo, nunca en el nombre de los ingredientes. La piel reactiva se ' +
    'irrita con sustancias como los ácidos fuertes, así que los productos suaves van primero.',
  'rule.concern.uncovered.title': 'Avisar cuando ningún ingrediente trata una preocupación',
  'rule.concern.uncovered.rationale':
    'Cuando ninguno de los ingredientes de la rutina trata una de las preocupaciones del perfil, la respuesta lo ' +
    'advierte y nombra esa preocupación, en lugar de dejar creer a la persona que se está tratando. Ocurre cuando ' +
    'el catálogo no tiene nada adecuado para el tipo de piel, la persona evita el ingrediente o la suavidad o el ' +
    'embarazo lo descartan.',
  'rule.routine.serum-with-basics.title':
    'Integrar los sérums en una rutina completa: limpiar, hidratar, proteger',
  'rule.routine.serum-with-basics.rationale':
    'Un sérum nunca se recomienda solo: por la mañana van limpieza, tónico opcional, sérum(s), hidratación y ' +
    'protector solar; por la noche, limpieza, tónico opcional, sérum o tratamiento e hidratación. El tónico solo ' +
    'se ofrece para {tonerSkinTypes}. Un sérum hace su trabajo dentro de una limpieza suave y una buena ' +
    'hidratación, no en su lugar.',
  'rule.routine.layer-order.title': 'Aplicar los productos del más fluido al más denso',
  'rule.routine.layer-order.rationale':
    'En cada momento del día, los pasos van de la textura más ligera a la más densa: limpiador, tónico, sérums ' +
    'acuosos, tratamientos y luego crema hidratante, con el protector solar siempre como último paso de la ' +
    'mañana. Los productos ligeros aplicados primero llegan a la piel, los más densos encima los bloquearían, y ' +
    'el protector solar protege mejor como capa exterior.',
  'rule.sun.daily-spf.title':
    'Terminar cada mañana con protector solar de amplio espectro FPS {minSpf} o más',
  'rule.sun.daily-spf.rationale':
    'Cada mañana del plan termina con un protector solar de amplio espectro de FPS {minSpf} o más, y ese paso no ' +
    'se quita nunca. El amplio espectro se lee en el catálogo: los filtros elegidos bloquean juntos los UVA y los ' +
    'UVB (un filtro de amplio espectro hace ambas cosas); cuando los filtros que quedan tras la lista de ' +
    'ingredientes que evitar no lo consiguen, el paso no nombra ningún filtro y un aviso aconseja elegir un ' +
    'producto de amplio espectro. El protector solar cubre cada zona que trata otro paso: un sérum en el escote ' +
    'significa protector solar también ahí. La luz ultravioleta es una de las principales causas de la flacidez y ' +
    'del envejecimiento de la piel, y se recomienda a todo el mundo protegerse a diario.',
  'rule.routine.night-serum-leave-on.title':
    'Dejar actuar toda la noche los sérums y tratamientos de la noche',
  'rule.routine.night-serum-leave-on.rationale':
    'Los pasos de sérum y tratamiento de la noche se marcan como «sin aclarado»: se duerme con ellos en lugar de ' +
    'aclararlos. Llevarlos toda la noche da al producto horas de contacto tranquilo con la piel, y dormir con un ' +
    'sérum es seguro.',
  'rule.hyaluronic.twice-daily.title': 'Ácido hialurónico mañana y noche, como mucho dos veces al día',
  'rule.hyaluronic.twice-daily.rationale':
    'Una vez elegido, un sérum de ácido hialurónico aparece en la rutina de la mañana y en la de la noche, y todas ' +
    'sus formas del catálogo juntas nunca suman más de ' +
    '{maxPerDay, plural, one {# aplicación} other {# aplicaciones}} al día. Tiene prioridad sobre otros sérums ' +
    'poco irritantes cuando la piel es seca o el perfil indica sequedad, pérdida de firmeza o líneas finas. Dos ' +
    'aplicaciones al día son el máximo para un sérum, y el agua que retiene alivia la sequedad y da a la piel un ' +
    'aspecto más firme.',
  'rule.hyaluronic.seal.title': 'Sellar el ácido hialurónico con una crema hidratante',
  'rule.hyaluronic.seal.rationale':
    'El motor añade una nota: un humectante como el ácido hialurónico debe cubrirse con una crema hidratante que ' +
    'retenga el agua en la piel. El catálogo distingue dos tamaños: el hialuronato de sodio de alto peso ' +
    'molecular hidrata la superficie, mientras que el ácido hialurónico hidrolizado de bajo peso molecular llega ' +
    'más adentro de la piel. Sin un emoliente encima, el agua que atrae un humectante puede evaporarse, y un ácido ' +
    'hialurónico muy pequeño redujo la profundidad de las arrugas en 8 semanas en un estudio.',
  'rule.photosensitizer.night-only.title': 'Ingredientes fotosensibilizantes: solo por la noche',
  'rule.photosensitizer.night-only.rationale':
    'Todo ingrediente marcado como fotosensibilizante en el catálogo, como un retinoide o un AHA, se coloca solo ' +
    'en la rutina de la noche, todos los días del plan y en el paso que le corresponda, incluida la crema ' +
    'hidratante. La decisión lee esa marca, así que un ingrediente que el equipo añada más adelante se programa ' +
    'bien sin cambiar el código. Estos ingredientes hacen la piel más vulnerable a los rayos UV, y por eso ' +
    'pertenecen a la rutina de la noche.',
  'rule.photosensitizer.sun-warning.title':
    'Avisar de la sensibilidad al sol con un ingrediente fotosensibilizante',
  'rule.photosensitizer.sun-warning.rationale':
    'Si algún ingrediente de la rutina es fotosensibilizante, la respuesta advierte que se use protector solar ' +
    'todos los días y se limite el sol mientras se usa, y hasta {weeksAfter, plural, one {# semana} other {# ' +
    'semanas}} después de dejar un AHA. Los AHA aumentan el riesgo de quemaduras solares durante su uso y hasta ' +
    'una semana después, y por eso la FDA estadounidense exige un aviso de quemadura solar en su etiqueta.',
  'rule.retinoid.ramp.title': 'Aumentar un retinoide semana a semana',
  'rule.retinoid.ramp.rationale':
    'Un retinoide se programa un número exacto de noches por semana de uso: {table}, y desde la semana ' +
    '{everyNightFrom}, todas las noches que no ocupe un ácido exfoliante. Antes de esa etapa el número es exacto, ' +
    'con las noches de ácido en otras noches, y mientras una semana tenga menos de {apartBelow} noches de ' +
    'retinoide, nunca caen dos seguidas (dos noches seguidas entre dos semanas cuentan para la segunda). La ' +
    'irritación es el principal motivo para dejar un retinoide, así que la piel tiene tiempo de adaptarse; las ' +
    'cifras exactas son una elección prudente de este servicio.',
  'rule.retinoid.ramp-sensitive.title': 'Para piel sensible, aumentar un retinoide la mitad de rápido',
  'rule.retinoid.ramp-sensitive.rationale':
    'Para la piel sensible, cada etapa dura el doble, en noches por semana: {table}, y desde la semana ' +
    '{everyNightFrom}, todas las noches que no ocupe ningún ácido exfoliante. Las cifras son exactas del mismo ' +
    'modo, y dos noches de retinoide nunca son seguidas mientras una semana tenga menos de {apartBelow}. La piel ' +
    'sensible necesita más cuidado al principio, así que avanza con más suavidad.',
  'rule.retinoid.experience.title': 'Quien ya usa un retinoide empieza más adelante en la progresión',
  'rule.retinoid.experience.rationale':
    'Una persona que ya lleva N semanas usando un retinoide empieza en la semana N+1 de la progresión en lugar de ' +
    'en la semana 1, y ese retinoide no se trata como nuevo: se programa sin esperas ni prueba de tolerancia. Su ' +
    'piel ya se ha adaptado durante esas semanas, y repetirlas solo retrasaría la rutina sin hacerla más segura.',
  'rule.retinoid.amount.title': 'Una cantidad de retinoide del tamaño de un guisante, al acostarse',
  'rule.retinoid.amount.rationale':
    'El paso del retinoide lleva una nota: una cantidad del tamaño de un guisante basta para toda la cara, y otra ' +
    'para el cuello y el escote, aplicada al acostarse sobre la piel bien seca. La piel no necesita más, y usar ' +
    'más aporta más irritación, no más beneficio.',
  'rule.retinoid.pregnancy.title':
    'Nada de retinoides en el embarazo; solo cara y cuello durante la lactancia',
  'rule.retinoid.pregnancy.rationale':
    'Si el perfil indica embarazo o búsqueda de embarazo, no se recomienda ningún retinoide ni nada que el ' +
    'catálogo no marque como seguro en el embarazo: un aviso explica por qué, y los péptidos ocupan su lugar para ' +
    'la firmeza. Durante la lactancia, un retinoide sigue siendo posible, limitado a {breastfeedingAreas}, y lejos ' +
    'del pecho, también con un aviso. Los retinoides de uso tópico se evitan en el embarazo por precaución; ' +
    'durante la lactancia se absorbe muy poco mientras el producto no toque el pecho.',
  'rule.acid.night-frequency.title': 'Limitar los ácidos exfoliantes a una o dos noches por semana',
  'rule.acid.night-frequency.rationale':
    'Un ácido exfoliante (AHA, BHA o PHA, fotosensibilizante o no) se programa solo por la noche: como mucho ' +
    '{nightsFirstWeeks, plural, one {# noche} other {# noches}} por semana durante ' +
    '{firstWeeks, plural, one {su primera semana} other {sus primeras # semanas}} de uso, contadas desde su ' +
    'propia primera noche, y después como mucho {nightsLater}, o {nightsLaterDryOrSensitive} para piel seca o ' +
    'sensible. El motor recurre a uno cuando el perfil indica {concerns}; para la piel sensible elige el ácido ' +
    'menos irritante que trate la preocupación, como un PHA o el ácido láctico o mandélico, nunca el ácido ' +
    'glicólico. Exfoliar en exceso daña la barrera de la piel y aumenta la sensibilidad al sol, y los ácidos más ' +
    'suaves tratan las mismas preocupaciones.',
  'rule.actives.no-stacking.title': 'Nunca un retinoide y un ácido en el mismo momento del día',
  'rule.actives.no-stacking.rationale':
    'Un mismo momento del día nunca reúne un retinoide y un ácido exfoliante, ni dos ácidos exfoliantes; una ' +
    'noche de ácido es una noche sin retinoide. Los retinoides ya dejan la piel sensible, y exfoliar encima puede ' +
    'aumentar la sequedad y la irritación, así que mantenerlos en noches distintas es la lectura prudente de ese ' +
    'consejo.',
  'rule.actives.one-at-a-time.title': 'Introducir los activos nuevos de uno en uno',
  'rule.actives.one-at-a-time.rationale':
    'Los activos nuevos empiezan de uno en uno, con al menos {standardDays} días entre los primeros usos de dos ' +
    'de ellos ({sensitiveDays} días para piel sensible), mientras que los ingredientes poco irritantes empiezan ' +
    'el día 1 (para piel sensible, los sérums empiezan después de su prueba de tolerancia). Si se elige un ' +
    'retinoide, va primero: el día {retinoidDay}, después de su prueba de tolerancia, si es nuevo, y el día 1 ' +
    'para quien ya usa uno. Introducir los activos por separado permite a la piel adaptarse a cada uno, y si ' +
    'aparece una reacción se sabe qué producto la causó.',
  'rule.actives.patch-test.title': 'Probar cada activo nuevo antes de usarlo por primera vez',
  'rule.actives.patch-test.rationale':
    'Una prueba de tolerancia se hace antes del primer uso, dentro del calendario: cada activo nuevo tiene un ' +
    'periodo de prueba de {windowDays} días justo antes de su primera noche en la cara, en los que la cantidad ' +
    'habitual se aplica en una pequeña zona de la cara interna del brazo o en el pliegue del codo, ' +
    '{timesPerDay} veces al día. Su primer uso en la cara llega, por tanto, después de ese periodo, y un aviso el ' +
    'primer día de la prueba da la fecha prevista del primer uso y dice que se detenga, y que no lo empiece, si ' +
    'aparece enrojecimiento, picor o hinchazón. Para la piel sensible, cada sérum o tratamiento nuevo tiene ' +
    'también su periodo de prueba, y los pasos básicos empiezan el día 1 con un recordatorio de probar cualquier ' +
    'producto nuevo. Probar antes en una zona pequeña detecta una mala reacción antes de que llegue a la cara.',
  'rule.area.neck-decolletage.title': 'Extender los pasos reafirmantes al cuello y al escote',
  'rule.area.neck-decolletage.rationale':
    'Si el perfil indica pérdida de firmeza o líneas finas, cada paso de sérum o tratamiento cuyos ingredientes ' +
    'las tratan, incluido un ácido exfoliante, se aplica en la cara, el cuello y el escote; durante la lactancia, ' +
    'un paso de retinoide se mantiene lejos del escote. Ningún paso se salta la cara, y el protector solar cubre ' +
    'cada zona tratada. El cuello y el pecho también muestran signos de envejecimiento y están entre las zonas ' +
    'que más se olvidan.',
  'rule.expectation.weeks-to-months.title': 'Dar plazos realistas para ver resultados',
  'rule.expectation.weeks-to-months.rationale':
    'Para cada preocupación del perfil, el motor indica un plazo en el que el uso constante debería mostrar ' +
    'resultados visibles: {firmnessFrom}–{firmnessTo} semanas para la firmeza y las líneas finas, ' +
    '{drynessFrom}–{drynessTo} semanas para la sequedad, {rednessFrom}–{rednessTo} semanas para el ' +
    'enrojecimiento y {textureFrom}–{textureTo} semanas para la textura, el tono apagado, los poros y las ' +
    'manchas. También recalca que lo que cuenta es la constancia. Los cambios se ven en semanas o meses, y el ' +
    'efecto de un retinoide sobre las arrugas sigue aumentando durante meses: unos plazos honestos ayudan a ' +
    'mantener la rutina.',
  'rule.lifestyle.sun-smoking-alcohol.title': 'Aconsejar reducir el sol, el tabaco y el alcohol',
  'rule.lifestyle.sun-smoking-alcohol.rationale':
    'Un perfil que indica mucha exposición al sol, tabaco o alcohol recibe el consejo de reducir cada uno. La luz ' +
    'ultravioleta, el tabaco y el alcohol aceleran la flacidez y la pérdida de firmeza, y van en contra de todo lo ' +
    'que puede hacer un sérum.',
  'rule.label.instructions-first.title': 'Primero las instrucciones del producto; solo orientación general',
  'rule.label.instructions-first.rationale':
    'Cada respuesta recuerda que las instrucciones del envase del producto van primero y que el servicio ofrece ' +
    'una orientación cosmética general, no un consejo médico. Las fórmulas y concentraciones varían de un ' +
    'producto a otro, y el consejo sobre la afección de la piel de una persona concreta corresponde a un médico.',
  'rule.strength.start-low.title': 'Empezar cada activo a baja concentración',
  'rule.strength.start-low.rationale':
    'Cada paso de sérum o tratamiento con un activo indica con qué concentración empezar, tomada del catálogo: su ' +
    'rango inicial, o el extremo bajo de ese rango para piel sensible, y nunca más que su máximo. Un AHA por ' +
    'encima del {homeAhaMax} % es un peeling para profesionales, no un producto para casa. Cuando el catálogo no ' +
    'da ninguna concentración, el consejo es elegir la más baja a la venta. La irritación aumenta con la ' +
    'concentración, y empezar bajo deja que la piel se adapte.',
  'rule.evidence.graded.title': 'Calificar la evidencia y preferir lo mejor respaldado',
  'rule.evidence.graded.rationale':
    'Cada ingrediente elegido lleva el grado de evidencia del catálogo ({grades}) y las fuentes que lo respaldan, ' +
    'y dentro de una misma clase el motor prefiere la evidencia más sólida: un ingrediente con evidencia ' +
    'limitada solo se elige si nada mejor respaldado trata la preocupación. Cada regla indica su propia fuerza ' +
    '(fuerte o condicional) y la certeza de su evidencia, calificadas por separado como hace GRADE, de modo que ' +
    'una regla puede ser fuerte con evidencia poco cierta, como la de evitar los retinoides en el embarazo. Los ' +
    'consejos discutidos se califican, no se imponen: la vitamina C y la niacinamida pueden usarse juntas.',
  'calendar-name': 'Rutina de cuidado de la piel',
  'calendar-session':
    '{session, select, am {Cuidado de la mañana} other {Cuidado de la noche}}{hasActives, select, true {: {actives}} other {}}',
  'calendar-step':
    '{order}. {kind, select, cleanse {Limpiar} tone {Tonificar} serum {Sérum} treatment {Tratamiento} moisturize {Hidratar} other {Protector solar}}' +
    '{hasNames, select, true {: {names}} other {}}' +
    '{areas, select, faceNeck { (cara y cuello)} faceNeckDecolletage { (cara, cuello y escote)} other {}}',
  'calendar-alarm':
    '{session, select, am {Es la hora de su cuidado de la mañana.} other {Es la hora de su cuidado de la noche.}}',
  'calendar-patch': 'Prueba de tolerancia: {names}',
  'frequency-adjusted': '{parts}',
  'paused-after-reaction': 'ninguna aplicación del {from} al {to}, tras la reacción del {date}',
  'ramp-after-reaction':
    'desde el {from}, tras la reacción del {date}, contando las semanas desde entonces: {ramp}',
  'warning-stop-and-seek-advice':
    'Tras la reacción ({reaction}) que indicó el {date}, deje {name} del {from} al {to}; se retoma el {restart} ' +
    '{restartAs, select, ramp {en la primera etapa de su aumento progresivo} acid {al ritmo de sus primeras ' +
    'semanas} other {como antes}}, como muestra el calendario. Si la hinchazón o las ampollas persisten, ' +
    'consulte a un médico.',
  'warning-stop-and-seek-advice-other':
    'Tras la reacción ({reaction}) que indicó el {date}, ' +
    '{named, select, true {deje {name}; si esta rutina lo incluye, añádalo a su lista de ingredientes que evitar ' +
    'para que otro ocupe su lugar.} other {deje lo que sospeche que la causó: ningún activo de esta rutina ' +
    'estaba en su piel ese día ni el anterior.}} Si la hinchazón o las ampollas persisten, consulte a un médico.',
  'warning-purging':
    'La reacción ({reaction}) que indicó el {date} es frecuente en las primeras {weeks} semanas de {name}: la ' +
    'piel se renueva más rápido y hace salir antes las imperfecciones durante un tiempo (la llamada «purga»). ' +
    'Pasa, así que el plan sigue igual; si se vuelve intensa, vuelva a indicarlo.',
  'check-in-reaction':
    '{reaction, select, breakout {{severity, select, mild {brote de granos leve} moderate {brote de granos ' +
    'moderado} other {brote de granos intenso}}} other {{reaction, select, dryness {sequedad} peeling ' +
    '{descamación} redness {rojez} stinging {escozor} burning {ardor} other {hinchazón}} ' +
    '{severity, select, mild {leve} moderate {moderada} other {intensa}}}}',
  'effect-adjusted':
    '{action, select, hold {mantuvo la etapa de} pause {pausó} stop {suspendió} other {hizo retroceder una ' +
    'etapa a}} {slug} tras el seguimiento del {date}, hasta el {until}',
  'rule.checkin.hold.title': 'Mantener el aumento del retinoide tras una reacción leve',
  'rule.checkin.hold.rationale':
    'Si se indica sequedad, descamación, rojez o escozor leves por un retinoide, su aumento progresivo se ' +
    'detiene: la siguiente semana de uso mantiene el mismo número de noches en lugar de subir, y el resto del ' +
    'aumento llega {heldWeeks, plural, one {# semana} other {# semanas}} después; un segundo aviso de este tipo ' +
    'durante esa semana lo mantiene de nuevo. Una irritación leve suele indicar que la piel aún se está ' +
    'adaptando, y el consejo habitual es usar el retinoide con menos frecuencia mientras se calma: el plan ' +
    'espera en lugar de detenerse.',
  'rule.checkin.step-back.title': 'Retroceder una etapa tras una reacción moderada',
  'rule.checkin.step-back.rationale':
    'Tras indicar una reacción moderada a un retinoide, el aumento baja a la etapa anterior (nunca por debajo ' +
    'de la primera) durante {stepBackDays} días desde el día siguiente, y luego vuelve a subir desde el inicio ' +
    'de la etapa que dejó. Tras una reacción moderada a un ácido exfoliante no hay noches de ácido durante ' +
    '{stepBackDays} días, y después se retoma con el límite de sus primeras {firstWeeks} semanas de uso. Usar ' +
    'un activo irritante con menos frecuencia hasta que la piel se calme es el consejo habitual; retroceder una ' +
    'etapa conserva lo avanzado sin forzar la irritación.',
  'rule.checkin.stop.title': 'Suspender tras una reacción intensa, ardor o hinchazón',
  'rule.checkin.stop.rationale':
    'Indicar una reacción intensa, o ardor o hinchazón de cualquier intensidad, suspende cada activo implicado ' +
    'durante {stopDays} días desde el día siguiente. Después cada uno empieza de nuevo: un retinoide en la ' +
    'semana {restartWeek} de su aumento, un ácido exfoliante con el límite de sus primeras semanas. Un aviso ' +
    'indica que lo deje y consulte a un médico si la hinchazón o las ampollas persisten. Parar ante el primer ' +
    'signo de hinchazón es lo que aconsejan las pruebas de tolerancia cuando un producto no sienta bien a la ' +
    'piel, y empezar de nuevo desde abajo le da tiempo para volver a adaptarse.',
  'rule.checkin.purge.title': 'Explicar la «purga» de las primeras semanas de un retinoide o un ácido',
  'rule.checkin.purge.rationale':
    'Un brote de granos indicado en las primeras {purgeWeeks} semanas de uso de un retinoide o un ácido ' +
    'exfoliante, si no es intenso, no cambia nada en el plan: un aviso explica que la renovación más rápida de ' +
    'la piel hace salir antes las imperfecciones durante un tiempo, y que pasa. Dejarlo entonces solo haría ' +
    'empezar de nuevo la adaptación; un brote intenso se trata como una reacción intensa.',
  'analysis-unknown-ingredients':
    '{count, plural, one {Una entrada no coincide} other {# entradas no coinciden}} con nada del catálogo ni del ' +
    'inventario CosIng: {names}. Compruebe la ortografía en la etiqueta; las sugerencias dan los nombres INCI más ' +
    'parecidos.',
  'analysis-close-spellings':
    '{count, plural, one {Una entrada se leyó} other {# entradas se leyeron}} por una ortografía parecida: ' +
    '{matches}. {count, plural, one {Compruébela} other {Compruébelas}} en la etiqueta.',
  'analysis-may-contain':
    '{names} {count, plural, one {figura} other {figuran}} como «puede contener»: cuenta para los avisos, nunca ' +
    'para el lugar del producto en una rutina.',
  'analysis-not-pregnancy-safe':
    'Contiene {names}, cuya seguridad en el embarazo no está establecida: evítelo durante el embarazo o si ' +
    'busca un embarazo.',
  'analysis-photosensitizing':
    'Contiene {names}, que {count, plural, one {hace} other {hacen}} la piel más sensible al sol: úselo por la ' +
    'noche y póngase protector solar cada día.',
  'analysis-too-strong':
    'Indica {name} al {percent, number} %, por encima del {max, number} % que aconseja esta rutina: elija un ' +
    'producto más suave o consulte a un profesional.',
  'warning-product-conflict': '{reason} (regla {rule}): {fix}',
  'conflict-two-retinoids':
    '{product} y {other} contienen ambos un retinoide, y una rutina usa un solo retinoide a la vez',
  'conflict-two-acids':
    '{product} y {other} contienen ambos un ácido exfoliante, y dos ácidos exfoliantes nunca comparten una ' +
    'sesión ni las noches de ácido de la semana',
  'conflict-retinoid-acid':
    '{product} contiene un ácido exfoliante y {other} un retinoide, que nunca se aplican en la misma sesión',
  'conflict-retinoid-and-acid':
    '{product} contiene a la vez un retinoide y un ácido exfoliante, que nunca se aplican en la misma sesión',
  'conflict-daily-limit':
    '{product} y {other} contienen ambos {ingredient}, que se aplica como máximo ' +
    '{max, plural, one {una vez} =2 {dos veces} other {# veces}} al día',
  'conflict-pregnancy':
    '{product} contiene {ingredient}, que no se recomienda durante el embarazo o si busca un embarazo',
  'conflict-avoided': '{product} contiene {ingredient}, que está en su lista de ingredientes que evitar',
  'conflict-too-harsh':
    '{product} contiene {ingredient}, demasiado irritante para una piel sensible o con tendencia a la rojez',
  'conflict-too-strong':
    '{product} contiene {ingredient} al {percent, number} %, por encima del {max, number} % que aconseja esta rutina{peel, select, true {: por encima, un AHA es un peeling para profesionales} other {}}',
  'conflict-redness-acid':
    '{product} contiene {ingredient}, un ácido exfoliante, y la rutina no usa ninguno mientras la rojez sea ' +
    'una preocupación',
  'conflict-evening-only':
    '{product} contiene {ingredient}, que se aplica solo por la noche, y un protector solar es para la mañana',
  'conflict-serum-cap':
    '{product} supondría más de {max, plural, one {un sérum} other {# sérums}} en una sesión, después de {other}',
  'fix-left-out': '{product} queda fuera de la rutina.',
  'fix-other-nights': '{product} tiene sus propias noches, cada una sin {other}.',
  'fix-one-session': '{product} se usa solo {session, select, am {por la mañana} other {por la noche}}.',
  'warning-may-contain':
    '{name} quizá contenga {ingredients} (su etiqueta no lo dice con certeza), {reason, select, avoided {que ' +
    'pidió evitar} pregnancy {no recomendable durante el embarazo ni si busca concebir} other ' +
    '{fotosensibilizante: use protector solar cada día}}. Pregunte al fabricante, o revise el lote, antes de ' +
    'usarlo.',
  'warning-product-unknown':
    '{name} contiene {count, plural, one {un ingrediente} other {# ingredientes}} que el catálogo no conoce: ' +
    '{unknown}. La rutina no puede {count, plural, one {comprobarlo} other {comprobarlos}} con sus reglas, así ' +
    'que lea la etiqueta y deje de usarlo si aparecen rojez, picor o hinchazón.',
  'warning-product-not-placed':
    'Ninguno de los ingredientes de {name} está en el catálogo, así que no se le puede aplicar ninguna regla y ' +
    'queda fuera de la rutina{kindGiven, select, true {.} other {; indique su tipo (limpiador, tónico, ' +
    'hidratante o protector solar) para incluirlo.}}',
  'warning-product-not-broad-spectrum':
    'Los filtros UV de {names} que conoce el catálogo no bloquean juntos los UVA y los UVB: compruebe que la ' +
    'etiqueta diga «amplio espectro», SPF {spf} o más, o elija uno que lo diga.',
  'effect-product-read':
    'leyó {name}: {count, plural, =0 {ningún ingrediente que el catálogo conozca} one {# ingrediente del catálogo} other {# ingredientes del catálogo}}',
  'effect-product-placed': 'colocó {name} como {role} en el paso {step}',
  'effect-product-fixed': 'para {name}: {fix}',
  'effect-suggested': 'sugirió {ids} para el paso {step}',
  'rule.product.contains.title': 'Leer la lista de ingredientes de un producto con el catálogo',
  'rule.product.contains.rationale':
    'Un producto es lo que dice su etiqueta. Cada entrada de la lista de ingredientes se asocia a un ingrediente ' +
    'del catálogo por su nombre INCI, luego por otro nombre con el que se vende (un alias) y solo después por una ' +
    'grafía parecida, que se indica como coincidencia aproximada con su grado de confianza: los nombres de menos ' +
    'de {exactBelow} caracteres deben coincidir exactamente, los de hasta {oneEditUpTo} caracteres pueden ' +
    'diferir en una letra, los de hasta {twoEditsUpTo} en dos y los más largos en {maxEdits} como máximo. Cada ' +
    'entrada conserva su posición y el porcentaje impreso con ella, si lo hay. Un producto contiene un retinoide, ' +
    'un ácido exfoliante, un activo o un ingrediente fotosensibilizante en cuanto uno de sus ingredientes lo es, ' +
    'y solo se considera seguro en el embarazo si todos lo son. Las entradas tras «puede contener» o «+/-» son ' +
    'colorantes que el producto puede llevar o no: cuentan para las advertencias, nunca para el lugar del ' +
    'producto en la rutina.',
  'rule.product.own-first.title': 'Construir la rutina en torno a los productos que ya tiene',
  'rule.product.own-first.rationale':
    'Los productos que ya tiene ocupan los pasos que les corresponden antes de elegir nada del catálogo. Un ' +
    'producto con un retinoide es el retinoide de la rutina, así que no se elige otro, y sigue el aumento ' +
    'progresivo; uno con un ácido exfoliante ocupa las noches de ácido; uno con un ingrediente fotosensibilizante ' +
    'se aplica solo por la noche; un limpiador, tónico, hidratante o protector solar ocupa su propio paso. Cada ' +
    'producto sigue después todas las reglas como lo harían sus ingredientes: prueba de tolerancia, espaciado, ' +
    'límites por noche, límites diarios, zonas y embarazo. Un producto enviado sin su tipo se coloca según lo que ' +
    'contiene: como tratamiento si tiene un retinoide o un ácido, como protector solar si tiene un filtro UV, como ' +
    'hidratante si un emoliente o lípido de barrera está entre sus {moisturizerLead} primeros ingredientes ' +
    'conocidos, y si no como sérum. Los sérums están pensados para usarse junto con otros productos, y cada piel ' +
    'y cada estante son distintos.',
  'rule.product.conflict.title': 'Resolver los choques entre sus productos, no solo enumerarlos',
  'rule.product.conflict.rationale':
    'Cuando dos de sus productos incumplirían juntos una regla (dos retinoides, dos ácidos exfoliantes, un ' +
    'retinoide y un ácido en la misma sesión, o un ingrediente por encima de su límite diario entre ambos) o un ' +
    'producto incumple una regla para este perfil (no recomendado en el embarazo, en la lista que evitar, ' +
    'demasiado irritante para una piel reactiva), la rutina nunca los usa así. Conserva uno, en un orden fijo ' +
    '(tratamientos antes que sérums y estos antes que productos básicos; entre dos retinoides o dos ácidos, el más ' +
    'suave para quien empieza o para una piel reactiva, y si no el primero de la lista), pasa el otro a noches ' +
    'propias o a una sola sesión, o lo deja fuera, y un aviso nombra ambos productos, la regla y lo que se hizo. ' +
    'Combinar un retinoide con un exfoliante aumenta la sequedad, y los retinoides se evitan en el embarazo por ' +
    'precaución.',
  'rule.product.suggest.title': 'Sugerir productos del catálogo con los ingredientes de cada paso',
  'rule.product.suggest.rationale':
    'Si se pide, cada paso para el que no tiene producto recibe hasta {maxSuggestions} productos del catálogo. ' +
    'Cada uno contiene todos los ingredientes que la rutina eligió para el paso, nada de la lista que evitar, ' +
    'nada que el perfil excluya (embarazo, tipo de piel, irritación para una piel reactiva, un fotosensibilizante ' +
    'por la mañana) y nada que el plan no haya previsto: ni un segundo retinoide o ácido, ni nada limitado a una ' +
    'vez al día, ni otro activo en un paso de sérum o tratamiento. Se ordenan según lo pronto que aparece el ' +
    'ingrediente elegido en la lista, ya que las etiquetas van de mayor a menor cantidad, y después por ' +
    'identificador de producto. Un producto debe ajustarse a las necesidades, al tipo de piel y al uso previsto.',
  'rule.product.unknown.title': 'Nombrar cada ingrediente de un producto que no coincide con nada',
  'rule.product.unknown.rationale':
    'Cada entrada de la lista de ingredientes de un producto que no coincide con ningún ingrediente del catálogo, ' +
    'ni con ningún nombre de la referencia CosIng cuando está cargada, se indica como desconocida con los nombres ' +
    'más parecidos, y un aviso de la rutina nombra cada una de esas entradas de sus propios productos: ninguna se ' +
    'descarta nunca en silencio. No se puede aplicar ninguna regla a lo que no se conoce, así que un sérum o ' +
    'tratamiento cuyos ingredientes son todos desconocidos, o un producto sin tipo del que no se conoce nada, ' +
    'queda fuera de la rutina con ese aviso. Un nombre desconocido puede ocultar un alérgeno o un activo.',
} as const satisfies Catalogue;
