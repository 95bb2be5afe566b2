## ecosoc-watch: the interface in Spanish, translated from en.ftl, the reference catalogue.
## Every other catalogue has exactly these keys (a test fails otherwise).
## NGO names, questions and source text are records, never translated; only the words
## around them are here. UN terms: see terminology.md beside this file.
## Typography: quotation marks “ ”; a no-break space (U+00A0) before % (as the program writes
## percentages: “48 %”) and in “párr. 12”. Decisions agree with “la solicitud” / “la
## organización” (feminine). session-label is “período ordinario de sesiones de 2019” or
## “continuación del período de sesiones de 2019” (masculine, feminine), so messages taking
## $session or $last place it where it needs no article.

-committee = Comité Encargado de las Organizaciones No Gubernamentales
-committee-short = Comité de ONG
-consultative-status = reconocimiento como entidad consultiva

## The site around every page

site-description = Cómo aplaza el { -committee-short } del ECOSOC el examen de las solicitudes: por ámbito temático, por Estado que formula las preguntas y a lo largo del tiempo, con las fuentes de cada cifra.
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-overview = Resumen
nav-organizations = Organizaciones
nav-time-to-decision = Tiempo hasta la decisión
nav-who-asks = Quién formula las preguntas
nav-sessions = Períodos de sesiones
nav-states = Estados Miembros
nav-methodology = Metodología
language-label = Idioma
digits-arabic-indic = Cifras ٠١٢٣
digits-western = Cifras 0123
footer-sources = Decisiones de 1998 a 2024 tomadas del conjunto de datos { $dataset } de Christoph Valentin Steinert (licencia MIT), codificado a partir de los informes oficiales del Comité. Cobertura de las reuniones basada en los comunicados de prensa de las Naciones Unidas, que no son documentos oficiales.
footer-api-link = La API
footer-api = : todas las cifras en JSON, CSV, SVG o PNG, para redacciones periodísticas y scripts.
loading = Cargando…

## Errors

error-not-found = No encontrado
error-bad-request = Esa dirección no es válida
error-failed = Se ha producido un error
error-database = No se pudo leer la base de datos. Vuelva a intentarlo en unos momentos.
error-detail-english = Explicación del servidor, en inglés:
date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
    *[12] diciembre
    } de { $year }
date-time = { $date }, { $time } UTC
page-not-found = Página no encontrada
page-not-found-text = No hay ninguna página en esta dirección.
go-to-overview = Ir al resumen
search-organizations = Buscar organizaciones
showing-default-view = — se muestra la vista predeterminada.

## Home page

home-title = El aplazamiento de solicitudes en el { -committee-short } de las Naciones Unidas
home-lead = Los 19 Estados Miembros que integran el Comité pueden retener durante años la solicitud de una ONG formulando una pregunta más. ecosoc-watch conserva los registros del Comité con sus fuentes y cuantifica los aplazamientos: a quién afectan, quién los promueve y durante cuánto tiempo.
rates-heading = Quién ve aplazada su solicitud: por ámbito temático
rates-computing = Calculando las tasas…
filter-measure = Indicador
filter-from = Desde
filter-to = Hasta
filter-considerations = Exámenes
filter-n = N
filter-region = ONG con sede en
filter-any-region = cualquier región
filter-any-year = Cualquier año
filter-apply = Aplicar

measure-session_deferral = Tasa de aplazamiento por período de sesiones
measure-ever_deferred = Proporción de solicitudes aplazadas al menos una vez
measure-deferred_at_least = Proporción de solicitudes aplazadas al menos N veces
consideration-all = todos los exámenes
consideration-new = solo nuevas solicitudes
consideration-previously_deferred = solo solicitudes aplazadas en períodos de sesiones anteriores

region-africa = África
region-americas = América
region-asia = Asia
region-europe = Europa
# A chart restricted to one region: "Africa (UN M49 region)"
region-restriction = { $region } (región M49 de las Naciones Unidas)
region-oceania = Oceanía

## Focus areas: as a label, and inside a sentence ("NGOs working on …")

area-women = Derechos de las mujeres
area-lgbti = Derechos de las personas LGBTI
area-minority = Derechos de las minorías
area-human_rights = Derechos humanos (en general)
area-other = Ninguno de estos ámbitos
area-all = Todas las solicitudes
area-unknown = Desconocido
area-phrase-women = los derechos de las mujeres
area-phrase-lgbti = los derechos de las personas LGBTI
area-phrase-minority = los derechos de las minorías
area-phrase-human_rights = los derechos humanos en general
area-phrase-other = ninguno de los cuatro ámbitos temáticos

## Decisions, votes, sources, sessions

decision-recommended = Recomendada
decision-recommended_special = Recomendada (entidad consultiva especial)
decision-recommended_general = Recomendada (entidad consultiva general)
decision-recommended_roster = Recomendada (inclusión en la Lista)
decision-deferred = Aplazada
decision-closed = Cerrada sin perjuicio (falta de respuesta)
decision-rejected = Rechazada
decision-withdrawn = Retirada
decision-reclassified = Reclasificada
decision-quadrennial_noted = Se tomó nota del informe cuadrienal
decision-other = Otra
decision-short-recommended = Recomendada
decision-short-closed = Cerrada
vote-in_favour = A favor
vote-against = En contra
vote-abstaining = Abstención
vote-absent = Ausente
source-steinert = Informes
source-press_release = Comunicado de prensa
source-esango = esango
source-test = Datos de prueba
session-part-regular = período ordinario de sesiones
session-part-resumed = continuación del período de sesiones
# “continuación del período de sesiones de 2019”
session-label = { $part } de { $year }
application-status = Reconocimiento { $seq }
application-reclassification = Reclasificación { $seq }
application-status_withdrawal = Retiro { $seq }
application-other = Solicitud { $seq }

## Rates: numbers, chart, table

# “62 % (IC del 95 %: 41–79 %, n = 21)”: una tasa con su intervalo y su n
rate-with-interval = { $rate } (IC del 95 %: { $low }–{ $high }, n = { $n })
share-with-interval = { $rate } (IC del 95 %: { $low }–{ $high })
rate-no-data = sin datos (n = { $n })
chart-no-data = sin datos
chart-bar-note = { $rate } · n = { $n }
chart-bar-note-unstable = { $rate } · n = { $n } · inestable
chart-footnote = Barras de error: intervalos de confianza del 95 %. Barras rayadas: menos de { $n } eventos (inestables).
chart-footnote-whiskers = Barras de error: intervalos de confianza del 95 %.
chart-footnote-hatched = Rayadas: menos de { $n } eventos (inestables).
rates-caption = { $measure }, { $from }–{ $to }: las cifras del gráfico
rates-col-area = Ámbito temático
rates-col-rate = Tasa (IC del 95 %, n)
rates-col-events = Eventos
rates-col-out-of = De un total de
rates-col-ratio = Razón de tasas frente a todas las demás solicitudes (IC del 95 %)
rates-unstable = inestable: menos de { $n } eventos
download = Descargar:
method-heading = Qué se cuenta y qué no muestran las cifras
method-areas = Los ámbitos temáticos se asignan mediante reglas revisadas que se aplican a los nombres de cada organización, y las palabras detectadas se conservan como motivo; los curadores pueden corregirlos. Una organización puede figurar en varios ámbitos. Las tasas van acompañadas de intervalos de Wilson del 95 %; la razón de tasas compara un ámbito con todas las demás solicitudes de los mismos períodos de sesiones, con un intervalo del 95 % calculado en escala logarítmica.
method-confounding = El ámbito temático está asociado al país de la sede y a controversias bilaterales, por lo que una diferencia entre ámbitos no demuestra por sí sola por qué se aplazaron las solicitudes. Limite el gráfico a las ONG con sede en una región (más arriba) o en un país añadiendo { $example } (un código ISO 3166-1) a la dirección.
cite-as = Cítese como: { $citation } Datos actualizados al { $version }.

definition-session_deferral = Proporción de exámenes (una solicitud en un período de sesiones, { $filter }) que terminaron en aplazamiento en los períodos de sesiones de { $from } a { $to }. Los cierres por falta de respuesta no se cuentan como aplazamientos.
definition-ever_deferred = Proporción de solicitudes examinadas por primera vez de { $from } a { $to } que se aplazaron al menos una vez; cada solicitud se cuenta una sola vez. Las solicitudes recientes han tenido menos períodos de sesiones en los que ser aplazadas.
definition-deferred_at_least = Proporción de solicitudes examinadas por primera vez de { $from } a { $to } que se aplazaron al menos { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}; cada solicitud se cuenta una sola vez. Las solicitudes recientes han tenido menos períodos de sesiones en los que ser aplazadas.

## The sentence under the chart, built from the numbers

summary-what-session_deferral = de los exámenes terminaron en aplazamiento
summary-what-ever_deferred = de las solicitudes se aplazaron al menos una vez
summary-what-deferred_at_least = de las solicitudes se aplazaron al menos { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}
summary-period-sessions = En los períodos de sesiones de { $from } a { $to }
summary-period-sessions-in = En los períodos de sesiones de { $from } a { $to } (organizaciones con sede en { $place })
summary-period-first = De las solicitudes examinadas por primera vez de { $from } a { $to }
summary-period-first-in = De las solicitudes examinadas por primera vez de { $from } a { $to } (organizaciones con sede en { $place })
summary-ratio = ; razón de tasas frente a todas las demás solicitudes: { $ratio } (IC del 95 %: { $low }–{ $high })
summary-compare = { $period }, el { $top } { $what } en el caso de las ONG que se ocupan de { $area }, frente al { $other } en el caso de las ONG que no corresponden a ninguno de los cuatro ámbitos temáticos{ $ratio }.
summary-all-only = { $period }, el { $all } { $what } (todas las solicitudes); no hay suficientes eventos para comparar los ámbitos temáticos.
summary-none = { $period }: no hay registros en este intervalo.
country-note = Se conoce el país cuando los comunicados de prensa relativos a la organización indican uno y coinciden: { $known } de { $units } { $unit } de estos años ({ $share }); { $unsettled ->
    [one] { $unsettled } más corresponde a una organización cuyos comunicados indican países distintos o uno que no figura en ninguna tabla de referencia, y nunca se le asigna país
   *[other] { $unsettled } más corresponden a organizaciones cuyos comunicados indican países distintos o uno que no figura en ninguna tabla de referencia, y nunca se les asigna país
}. Los informes no indican ningún país.
unit-considerations = exámenes
unit-applications = solicitudes

## What the database holds

holdings-heading = Contenido de la base de datos
last-update = Última actualización:
never = nunca
sources-caption = Documentos fuente almacenados
sources-col-source = Fuente
sources-col-documents = Documentos
sources-col-bytes = Bytes
sources-col-fetched = Última descarga
tables-caption = Registros por tipo, de mayor a menor
tables-col-kind = Tipo de registro
tables-col-rows = Filas
empty-heading = Todavía no hay registros
empty-text = La base de datos está vacía. Cargue las decisiones del Comité de 1998 a 2024 con:
empty-offline = Sin acceso a la red, indíquele una copia local del conjunto de datos:
empty-loading = Cargando las decisiones del Comité de 1998 a 2024 desde { $from } (inicio: { $started }): { $stage }. Esta página se actualiza automáticamente cada pocos segundos.
empty-failed = No se pudo cargar el conjunto de datos de los informes desde { $from } ({ $at }): { $error }

## Cite this

cite-this = Citar esta página
cite-note-before = La dirección muestra esta vista con los datos tal como estén en el momento de abrirla. Para obtener una copia que no cambie, descargue el
cite-note-link = paquete de datos
cite-note-after = y cite su versión.

## An NGO's passport

passport-crumbs = Organizaciones
passport-none = { $name }: no consta ningún examen.
passport-times = { $n ->
    [0] nunca aplazada
    [1] aplazada una vez
   *[other] aplazada { $n } veces
}
passport-over-one-year = { " " }en { $year }
passport-over-years = { " " }a lo largo de { $years ->
    [one] { $years } año
   *[other] { $years } años
} ({ $first }–{ $last })
passport-summary = { $name }: examinada en { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
}, { $times }{ $over }
passport-outcome = ; { $session }: { $decision }
passport-pending-status = ; su solicitud de { -consultative-status } sigue pendiente tras { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
} (último examen: { $last })
passport-pending-latest = ; su solicitud más reciente sigue pendiente tras { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
} (último examen: { $last })
passport-end = .
timeline-title = Cronología de { $name }
history-heading = Historial
areas-heading = Ámbitos temáticos
area-reason-curator = asignado por un curador: { $text }
area-reason-none = ninguna regla coincide con sus nombres
area-reason-rule = la regla { $rule } detectó “{ $matched }” en “{ $text }”
curator-corrections = Correcciones de los curadores:
override-add = se añadió { $area } — { $reason } ({ $curator }, { $at })
override-remove = se retiró { $area } — { $reason } ({ $curator }, { $at })
areas-note-before = Los ámbitos se asignan mediante reglas revisadas que se aplican a todos los nombres que ha tenido la organización; véase la
areas-note-link = metodología
# $profile: a link named areas-declared-profile; $fields: the profile's fields as printed, each with our area
areas-declared = { $profile } declara: { $fields }. Los ámbitos declarados se muestran aquí y nunca se cuentan como ámbitos temáticos.
areas-declared-profile = Su perfil en el registro de ONG de las Naciones Unidas (iCSO)
areas-declared-unlisted = La lista de organizaciones reconocidas como entidades consultivas ya no incluye este perfil: lo que declara puede estar desactualizado.
waits-heading = Tiempo de espera
waits-note-before = Se cuentan todos los períodos de sesiones del Comité desde el primer examen de la solicitud, se haya examinado o no en ellos. La proporción se lee en la curva de espera del ámbito, para todos los años; véase la página
waits-note-link = Tiempo hasta la decisión
an-application = Una solicitud
wait-sessions = { $at_least ->
    [yes] al menos { $n ->
        [one] { $n } período de sesiones
       *[other] { $n } períodos de sesiones
    }
   *[no] { $n ->
        [one] { $n } período de sesiones
       *[other] { $n } períodos de sesiones
    }
}
wait-pending = { $lane }: sigue pendiente después de { $sessions }
wait-decided = { $lane }: obtuvo una decisión después de { $sessions }
wait-group-other = solicitudes de ONG que no corresponden a ninguno de los cuatro ámbitos temáticos
wait-group-area = solicitudes de ONG que se ocupan de { $area }
wait-unstable = ; inestable: menos de { $n } decisiones
wait-sentence = { $own }; el { $share } de las { $group } obtuvieron una decisión en un plazo de { $within } (n = { $n }{ $unstable }).
country-unknown = País: desconocido (los informes no lo indican; ningún comunicado de prensa lo ha indicado).
country-one = País, según figura en los comunicados de prensa: { $country }.
country-many = País: los comunicados de prensa no coinciden — { $list }.
country-entries = { $country } ({ $n ->
    [one] { $n } mención
   *[other] { $n } menciones
})
app-caption-final = { $lane }: todos los exámenes (decisión final: { $decision })
app-caption-pending = { $lane }: todos los exámenes (sigue pendiente)
col-session = Período de sesiones
col-decision = Decisión
col-source = Fuente
col-questions = Preguntas formuladas
col-source-line = Referencia en la fuente
consideration-is-new = (nueva solicitud)
consideration-was-deferred = (aplazada anteriormente)
sources-disagree = Las fuentes no coinciden
votes-caption = Votaciones registradas, con el voto de cada Estado
votes-col-on = Objeto de la votación
names-heading = Nombres
names-caption = Todas las grafías vinculadas a esta organización y el motivo de la vinculación
names-col-name = Nombre tal como figura en la fuente
names-col-linked = Tipo de vinculación
link-new = primera aparición
link-normalised = mismo nombre, otra grafía
link-name_change = cambio de nombre (informes)
link-merger = fusión (informes)
link-variant = mismo nombre salvo un artículo, una forma jurídica o un paréntesis
link-fuzzy = grafía casi idéntica
link-curator = vinculado por un curador
link-other = otro
linked-to = (vinculado a “{ $name }”)
event-merger = Fusión: “{ $old }” y “{ $other }” pasaron a ser “{ $new }”
event-name-change = Cambio de nombre: “{ $old }” pasó a llamarse “{ $new }”
release-paragraph = comunicado, párr. { $paragraph }
no-questions = —

## Timeline chart

timeline-legend-press = comunicado de prensa
timeline-axis-parts = ord. · cont.
timeline-step = { $session }: { $decision }
timeline-lane = { $lane }: { $steps }.

## Separadores dentro de las frases, y enlaces de vuelta

sep-list = { ", " }
sep-clause = { "; " }
sep-quoted = { "”, “" }
back-all-states = Todos los Estados Miembros
back-default-view = Volver a la vista predeterminada
back-new-search = Nueva búsqueda
back-all-sessions = Todos los períodos de sesiones
filter-sessions-from = Períodos de sesiones desde
filter-considered-from = Examinadas desde
filter-to-lower = hasta
filter-first-considered-from = Examinadas por primera vez desde
definition-restricted = Solo se incluyen las organizaciones cuyos comunicados de prensa coinciden en que tienen su sede en { $place }; se excluye toda organización cuyos comunicados no indican ningún país o indican países distintos.

## Qué contiene la base de datos: fuentes y tipos de registro

source-label-steinert = Informes del Comité 1998–2024 (ECOSOC_Status de Steinert, MIT)
source-label-press_release = Comunicados de prensa de las Naciones Unidas (cobertura de reuniones)
source-label-esango = Perfiles de iCSO / esango
source-label-test = Datos de prueba
table-press_release = Comunicados de prensa
table-press_record = Menciones de ONG leídas en los comunicados de prensa
table-organization = Organizaciones
table-organization_name = Nombres de organizaciones (grafías)
table-application = Solicitudes
table-session = Períodos de sesiones
table-consideration = Exámenes (una solicitud en un período de sesiones)
table-question = Preguntas formuladas por los Estados Miembros
table-recorded_vote = Votaciones registradas
table-vote = Votos de los Estados Miembros
table-focus_area_assignment = Asignaciones de ámbitos temáticos
table-other = Otros registros

## Citas (APA, 7.ª edición, conjunto de datos)

cite-title-rates = { $measure } por ámbito temático de las ONG, { $from }–{ $to }
cite-title-rates-in = { $measure } por ámbito temático de las ONG, { $from }–{ $to }, organizaciones con sede en { $place }
cite-title-organization = { $name }: expediente ante el { -committee-short } de las Naciones Unidas
cite-title-time-to-decision = Tiempo hasta la decisión sobre el { -consultative-status } por ámbito temático de las ONG, solicitudes examinadas por primera vez en { $from }–{ $to }
cite-title-who-asks = Preguntas a las ONG por Estado Miembro del Comité, { $from }–{ $to }
# $area: area-phrase-* ("women's rights")
cite-title-who-asks-area = Preguntas a las ONG por Estado Miembro del Comité, { $from }–{ $to }, ONG que trabajan en { $area }
cite-title-sessions = Solicitudes de reconocimiento como entidad consultiva por período de sesiones del { -committee-short } de las Naciones Unidas, por decisión
# $session: session-label ("2019 resumed session")
cite-title-session = { -committee-short } de las Naciones Unidas, { $session }: decisiones
cite-title-state = { $name }: preguntas y votaciones en el { -committee-short } de las Naciones Unidas
cite-apa = { $author }. ({ $year }). { $title } ({ $version }) [Conjunto de datos]. ecosoc-watch. { $url }
cite-version = versión de los datos { $data }, reglas de ámbitos temáticos { $rules }
cite-version-rules = reglas de ámbitos temáticos { $rules }

## Punctuation around links and quoted text

breadcrumb = Ruta de navegación
# Between words and a link inside a sentence (none in Chinese)
word-space = { " " }
# The end of a sentence that closes with a link
sentence-end = .
# A state's question after its name
question-text = : { $text }

## Sessions and member states (record pages)

## records: la lista de períodos de sesiones, un período de sesiones, la lista de Estados
## Miembros, un Estado (issue 16).

## La lista de períodos de sesiones (y su gráfico)

sessions-heading = Períodos de sesiones del Comité
sessions-lead = Dos veces al año —en un período ordinario de sesiones hacia enero y en la continuación del período de sesiones hacia mayo—, el Comité examina las solicitudes de { -consultative-status }. Cada barra representa las solicitudes de reconocimiento examinadas en un período de sesiones, por decisión, tal como las recogen los informes del Comité.
sessions-none = Todavía no consta ningún período de sesiones.
# $session: “continuación del período de sesiones de 2019”, sin artículo
sessions-summary = { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
} de { $first } a { $last }: { $considered ->
    [one] { $considered } examen
   *[other] { $considered } exámenes
} de solicitudes de reconocimiento, { $deferred ->
    [one] { $deferred } de ellos aplazado
   *[other] { $deferred } de ellos aplazados
}. Mayor número de exámenes en un mismo período de sesiones: { $most } ({ $session }).
sessions-chart-title = Solicitudes de reconocimiento por período de sesiones, por decisión
sessions-caption = Solicitudes de reconocimiento por período de sesiones, por decisión (las cifras del gráfico)
sessions-col-considered = Examinadas
sessions-col-flags = Advertencias
sessions-flag = { $kind } ({ $n })
# flag-*: a reconciliation flag's kind (the code stays in the data and the API)
flag-conflicting_decisions = un mismo nombre con dos decisiones
flag-date_outside_sessions = fecha de informe fuera de los períodos de sesiones
flag-differs_from_stated_total = difiere del total indicado por las Naciones Unidas
flag-duplicate_vote_row = fila de votación duplicada
flag-listed_twice = incluida dos veces
flag-only_in_new_granted_list = solo en la lista de nuevas solicitudes aprobadas
flag-several_report_dates = varias fechas de informe
flag-skipped_rows = filas no leídas
flag-variant_listed_twice = incluida dos veces con dos grafías
sessions-note = “Aplazadas de nuevo”: aplazamientos de solicitudes ya aplazadas en un período de sesiones anterior; “sin indicar”: aplazamientos que los informes no señalan ni como nuevos ni como aplazados anteriormente. Advertencias: casos en que los informes se contradicen entre sí o con un total declarado por las Naciones Unidas; véase la página de cada período de sesiones.
sessions-part-recommended = Recomendadas
sessions-part-deferred-new = Aplazadas (nuevas)
sessions-part-deferred-again = Aplazadas de nuevo
sessions-part-deferred-unmarked = Aplazadas (sin indicar)
sessions-part-closed = Cerradas
sessions-part-rejected = Rechazadas
sessions-part-withdrawn = Retiradas
sessions-chart-row = { $part ->
    [regular] { $year } ord.
   *[other] { $year } cont.
}

## Un período de sesiones

session-heading = { $part ->
    [regular] Período ordinario de sesiones de { $year }
   *[other] Continuación del período de sesiones de { $year }
}
session-summary = Solicitudes examinadas ({ $session }): { $n }{ $adopted }; comunicados de prensa: { $releases }; { $agreement }.
session-report-adopted = ; informe aprobado el { $date }
session-sources-agree = las dos fuentes coinciden en todas las solicitudes que ambas recogen
session-sources-disagree = las dos fuentes no coinciden en { $n ->
    [one] { $n } solicitud
   *[other] { $n } solicitudes
}
session-other-sessions = Otros períodos de sesiones
session-previous = ← { $session }
session-next = { $session } →
session-applications-heading = Solicitudes examinadas
session-reconciliation-heading = Conciliación
session-reconciliation-caption = Solicitudes de reconocimiento por decisión: lo que recoge cada fuente y lo que declaran los comunicados
session-col-reports = Conjunto de datos de los informes
session-col-press = Menciones leídas en los comunicados
session-col-stated = Declarado en los titulares de los comunicados
session-differs-read = { " " }≠ leídas
session-flagged = Advertencias, con ambas cifras conservadas:
session-flag-detail = { " " }({ $n }): { $detail }
session-reconciliation-note = El conjunto de datos de los informes se codifica a partir del informe oficial del Comité; los comunicados de prensa no son documentos oficiales, y una misma ONG puede aparecer en varias sesiones de un período de sesiones. Un titular que declara cifras distintas de las menciones leídas significa que el comunicado se leyó de forma incompleta o que cuenta de otro modo.
session-headline-count = { $decision ->
    [recommended] recomendadas: { $n }
    [deferred] aplazadas: { $n }
    [closed] cerradas: { $n }
    [rejected] rechazadas: { $n }
    [withdrawn] retiradas: { $n }
    [reclassified] reclasificadas: { $n }
    [quadrennial_noted] informes cuadrienales de los que se tomó nota: { $n }
    [considered] examinadas: { $n }
   *[other] { $decision }: { $n }
}
session-release-date = { " " }({ $date })
session-release-title = : { $title }
session-release-read = { $n ->
    [one] { $n } mención leída
   *[other] { $n } menciones leídas
}
session-release-stated = ; el titular declara { $counts }
session-release-problems = ; { $n ->
    [one] { $n } pasaje no pudo leerse
   *[other] { $n } pasajes no pudieron leerse
}
session-release-placeholder = ; página provisional: la cobertura aún no se ha publicado
session-incomplete = Incompleto:{ " " }
session-incomplete-end = . Las cifras de prensa de este período de sesiones recogen lo que se leyó, no lo que declara el titular.
session-applications-caption = Todas las solicitudes examinadas, con la decisión según cada fuente
session-col-organization = Organización
session-col-questions-sources = Preguntas y fuentes
session-kind-reclassification = { " " }(reclasificación)
session-kind-other = { " " }(otra solicitud)
session-is-new = { " " }· nueva solicitud
session-was-deferred = { " " }· aplazada anteriormente
session-printed-as = grafía de la fuente: “{ $name }”

## La lista de Estados Miembros

states-lead = Los Estados que formularon una pregunta a una ONG en un período de sesiones (según los comunicados de prensa, desde 2007) o que votaron en una votación registrada sobre una solicitud.
states-empty = Todavía no consta ninguna pregunta ni votación registrada.
states-caption = Preguntas y votaciones registradas por Estado Miembro
states-col-state = Estado
states-col-questions = Preguntas
states-col-applications = Solicitudes objeto de preguntas
states-col-votes = Votos emitidos
states-col-years = Años

## Un Estado Miembro ($name, $state: el nombre del Estado, en inglés)

state-summary = { $name } formuló { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
} sobre { $applications ->
    [one] { $applications } solicitud
   *[other] { $applications } solicitudes
} y emitió { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
} en votaciones registradas ({ $years }).
state-questions-note = Las preguntas solo se conocen cuando los comunicados de prensa las enumeran: desde 2007, y de forma completa desde 2016. Una pregunta es una atribución, no una causa: el Comité aplaza por consenso.
state-by-area-heading = ONG objeto de preguntas, por ámbito temático
state-area-count = { $area }: { $count }
state-by-area-note = Una ONG que corresponde a varios ámbitos se cuenta en cada uno de ellos.
state-no-questions-page = No hay preguntas en esta página.
state-questions-caption = Preguntas formuladas por { $name }, de la más reciente a la más antigua
state-col-question = Pregunta
state-question-not-recorded = (no consta)
state-release-link = comunicado
state-votes-heading = Votaciones registradas
state-no-votes = No consta ninguna votación registrada de este Estado.
state-votes-caption = Votos de { $name }
state-col-vote = Voto
state-col-outcome = Resultado
state-vote-source = fuente
state-measures-observer = { " " }También formuló preguntas en { $n ->
    [one] { $n } período de sesiones en el que no era miembro
   *[other] { $n } períodos de sesiones en los que no era miembro
} (como observador).
state-measures-sentence = De { $from } a { $to }, { $state } fue miembro del Comité en { $member ->
    [one] { $member } período de sesiones
   *[other] { $member } períodos de sesiones
} ({ $covered } con preguntas registradas, { $releases ->
    [one] { $releases } comunicado leído
   *[other] { $releases } comunicados leídos
}) y formuló preguntas en { $questioned ->
    [one] { $questioned } examen
   *[other] { $questioned } exámenes
}, de los cuales { $deferred ->
    [one] { $deferred } terminó
   *[other] { $deferred } terminaron
} en aplazamiento en ese mismo período de sesiones.{ $observer }
state-measures-heading = Sus preguntas en relación con la labor del Comité, { $from }–{ $to }
state-measures-caption = Preguntas y votos de { $state } por ámbito temático, { $from }–{ $to }
state-col-considerations-questioned = Exámenes objeto de preguntas
state-col-ended-in-deferral = Terminaron en aplazamiento
state-col-over-representation = Sobrerrepresentación (1× = proporcional)
state-col-votes = Votos: a favor / en contra / abstenciones
state-measures-note = Un examen es una solicitud examinada en un período de sesiones; una organización que corresponde a varios ámbitos se cuenta en cada uno de ellos.
state-measures-compare = Comparar con los demás Estados o elegir otros años

## Who asks and time to decision

## measures: the "Who asks" and "Time to decision" pages, their charts and sentences.
## Typography as es.ftl: a no-break space (U+00A0) before %; quotation marks “ ”.

## Who asks: the page

who-heading = Quién formula las preguntas
who-lead = Un Estado Miembro puede mantener en espera una solicitud formulándole otra pregunta. Aquí figura el historial de preguntas de cada Estado, tal como las recogen los comunicados de prensa de las Naciones Unidas, y la frecuencia con que se aplazó el examen de la solicitud en ese período de sesiones.
who-filter-applicants = Solicitantes
who-filter-all-areas = Todos los ámbitos temáticos
who-ratios-heading = A qué solicitantes formula preguntas cada Estado
who-ratios-intro = Para cada Estado, la proporción de los exámenes en los que formuló preguntas que corresponden a un ámbito temático, dividida por la proporción de ese ámbito en todos los exámenes de los períodos de sesiones del Estado (aquellos en que fue miembro y aquellos en que formuló preguntas como observador). 1× indica proporcionalidad; por encima de 1×, el Estado formula más preguntas a las solicitantes de ese ámbito de lo que justificaría solo su número.
who-this-chart = Este gráfico:
who-method-confounding = El ámbito temático está asociado al país de la sede de la ONG y a controversias bilaterales: un Estado que formula más preguntas en un ámbito puede estar dirigiéndolas en realidad a ONG de un mismo país. Todavía no es posible limitar el análisis al país o la región de la ONG.
who-definition = Preguntas que un Estado Miembro formuló a una organización que solicita el reconocimiento como entidad consultiva, tal como las recogen los comunicados de prensa de las Naciones Unidas sobre los períodos de sesiones de { $from } a { $to }: cada pregunta que recoge un comunicado se cuenta una vez, de modo que un Estado que pregunta a la misma solicitante en dos sesiones de un mismo período de sesiones se cuenta dos veces. Los períodos de sesiones de un Estado son aquellos en que fue miembro del Comité y de los que se leyeron comunicados que enumeran preguntas, así como cualquier otro en que formuló preguntas como observador (se cuenta y se indica aparte); un período de sesiones en que no fue miembro no se cuenta como cero. Los informes terminan en junio de 2024, por lo que los años se detienen ahí; los comunicados posteriores se conservan y se muestran en las páginas de los períodos de sesiones. Un examen con preguntas es el examen de una solicitud en un período de sesiones en el que el Estado formuló al menos una pregunta; terminó en aplazamiento cuando el Comité aplazó el examen de la solicitud en ese período de sesiones (según los informes o, cuando los informes no lo recogen, según el comunicado). Se trata de una atribución, no de una causa: otros Estados también pueden haber formulado preguntas, y el examen de una solicitud puede aplazarse por otros motivos. La sobrerrepresentación compara la proporción de los exámenes con preguntas de un Estado que corresponden a un ámbito temático con la proporción de ese ámbito en todos los exámenes de solicitudes de reconocimiento de los períodos de sesiones del Estado (los de los informes y los que solo recoge un comunicado, los mismos para todos los Estados); 1 indica proporcionalidad. Su intervalo de confianza del 95 % combina los intervalos de Wilson de ambas proporciones (MOVER-R, Zou y Donner, 2008) como si fueran independientes; como los exámenes con preguntas forman parte de todos los exámenes, es más amplio de lo que sería un intervalo exacto. Las votaciones registradas cuentan el voto de cada Estado sobre las solicitudes sometidas a votación, una vez por cada votación nominal.
who-definition-area = { " " }Solo se cuentan las solicitudes de las organizaciones clasificadas como organizaciones que se ocupan de { $area }.
who-coverage = Hay preguntas registradas en { $recorded } de los { $sessions } períodos de sesiones de { $from } a { $to } ({ $releases ->
    [one] { $releases } comunicado de prensa leído
   *[other] { $releases } comunicados de prensa leídos
}). Los comunicados recogen preguntas desde 2007, y todas ellas desde 2016; las cifras anteriores están incompletas.
who-coverage-no-membership = { " " }El archivo de miembros del Comité no abarca { $years }: en esos años ningún Estado se cuenta como miembro.

## Who asks: the tables

who-table-caption = Preguntas por Estado Miembro, { $from }–{ $to }: las cifras del gráfico
who-table-caption-area = Preguntas por Estado Miembro, { $from }–{ $to }, solicitantes del ámbito “{ $area }”: las cifras del gráfico
who-col-state = Estado Miembro
who-col-sessions = Períodos de sesiones como miembro
who-col-covered = … con preguntas registradas
who-col-questions = Preguntas
who-col-questioned = Exámenes con preguntas
who-col-deferred = Terminaron en aplazamiento
who-col-votes = Votos: a favor / en contra / abstenciones
who-observer = { " " }(+{ $n } como observador)
who-ratios-caption = Sobrerrepresentación por ámbito temático (1× = proporcional), con intervalos de confianza del 95 % y recuentos
who-ratio = { $ratio }× (IC del 95 %: { $low }–{ $high }×; { $questioned } de { $questioned_all } exámenes con preguntas, frente a { $in_area } de { $total })
who-ratio-unstable = { $ratio }× (IC del 95 %: { $low }–{ $high }×; { $questioned } de { $questioned_all } exámenes con preguntas, frente a { $in_area } de { $total }), inestable
who-ratio-none = — ({ $n ->
    [one] { $n } examen con preguntas
   *[other] { $n } exámenes con preguntas
})

## Who asks: the charts

who-questions-title = Exámenes en los que formuló preguntas cada Estado Miembro, { $from }–{ $to }
who-questions-axis = Exámenes con preguntas (oscuro: terminaron en aplazamiento)
who-questions-note = Preguntas tal como las recogen los comunicados de prensa de las Naciones Unidas; una atribución, no una causa.
who-bar-label = { $questioned } · { $deferred ->
    [one] { $deferred } aplazado
   *[other] { $deferred } aplazados
}
who-ratios-title = Cómo se reparten por ámbito temático las preguntas de cada Estado, { $from }–{ $to }
who-ratios-note-proportion = 1× = en proporción con el peso del ámbito en los exámenes de los períodos de sesiones del Estado.
who-ratios-note-hollow = Puntos huecos: menos de { $n } exámenes con preguntas (inestables). Líneas: intervalos de confianza del 95 %.

## Who asks: the sentences under the charts

who-summary = De { $from } a { $to }, { $states ->
    [one] { $states } Estado Miembro formuló
   *[other] { $states } Estados Miembros formularon
} preguntas a las organizaciones solicitantes, según los comunicados de prensa ({ $recorded } de { $sessions } períodos de sesiones, { $releases ->
    [one] { $releases } comunicado
   *[other] { $releases } comunicados
}{ $incomplete }). { $state } formuló preguntas en el mayor número de exámenes: { $questioned }, de los cuales { $deferred ->
    [one] { $deferred } terminó
   *[other] { $deferred } terminaron
} en aplazamiento en ese mismo período de sesiones, lo que es una atribución, no una causa.
who-summary-area = De { $from } a { $to }, { $states ->
    [one] { $states } Estado Miembro formuló
   *[other] { $states } Estados Miembros formularon
} preguntas a las organizaciones solicitantes que se ocupan de { $area }, según los comunicados de prensa ({ $recorded } de { $sessions } períodos de sesiones, { $releases ->
    [one] { $releases } comunicado
   *[other] { $releases } comunicados
}{ $incomplete }). { $state } formuló preguntas en el mayor número de exámenes: { $questioned }, de los cuales { $deferred ->
    [one] { $deferred } terminó
   *[other] { $deferred } terminaron
} en aplazamiento en ese mismo período de sesiones, lo que es una atribución, no una causa.
who-summary-incomplete = { $n ->
    [one] , uno de ellos leído de forma incompleta
   *[other] , { $n } de ellos leídos de forma incompleta
}
who-summary-none = No hay preguntas a organizaciones solicitantes registradas de { $from } a { $to }: los comunicados de prensa leídos recogen preguntas en { $recorded } de { $sessions } períodos de sesiones.
who-summary-none-area = No hay preguntas a organizaciones solicitantes que se ocupan de { $area } registradas de { $from } a { $to }: los comunicados de prensa leídos recogen preguntas en { $recorded } de { $sessions } períodos de sesiones.
who-ratios-summary = Preguntas dirigidas a un ámbito claramente más de lo proporcional (estimación estable, intervalo de confianza del 95 % por encima de 1): { $list }{ $more }.
who-ratios-summary-item = { $state }, a { $area } ({ $ratio }×, límite inferior { $low }×)
who-ratios-summary-more = { " " }y { $n } más
who-ratios-summary-none = Ningún Estado dirige sus preguntas a un ámbito claramente más de lo proporcional (no hay ninguna razón estable cuyo intervalo de confianza del 95 % esté por encima de 1).

## Time to decision: the page

wait-heading = Cuánto esperan las ONG
wait-lead = Desde el primer examen de una solicitud, cuántos períodos de sesiones del Comité transcurren hasta que se adopta una decisión, contando las solicitudes que siguen en espera y no solo las ya resueltas.
wait-summary-csv = Una fila por ámbito en lugar de la tabla de vida: { $link }
wait-summary-csv-link = CSV resumido
wait-life-tables-heading = La tabla de vida de cada curva
wait-method-log-rank = La prueba de log-rank compara, período de sesiones a período de sesiones, la tasa a la que se recomiendan las solicitudes de un ámbito con la de las solicitudes que no corresponden a ninguno de los cuatro ámbitos; las demás decisiones y las solicitudes pendientes salen de la comparación cuando se producen. Un valor p pequeño indica que las tasas de recomendación difieren más de lo que el azar haría a menudo; no indica por qué, y no es una prueba de las curvas de espera anteriores, que cuentan todo tipo de decisiones. El ámbito temático está asociado al país de la sede y a controversias bilaterales.
wait-definition = Solicitudes de reconocimiento como entidad consultiva examinadas por primera vez en los períodos de sesiones de { $from } a { $to }, cada una seguida desde su primer examen (período de sesiones 1) hasta su decisión o, mientras siga pendiente, hasta su último examen. Se cuenta cualquier período de sesiones del Comité, ordinario o continuación, se haya examinado o no la solicitud en él. La curva es el estimador de Kaplan–Meier de la proporción que sigue en espera de una decisión; una solicitud que sigue pendiente se censura en su último examen. El cierre sin perjuicio, el rechazo y el retiro son decisiones propias, no censura: las proporciones de solicitudes recomendadas, cerradas, rechazadas y retiradas en cada período de sesiones son incidencias acumuladas de Aalen–Johansen y suman el 100 % con la proporción que sigue en espera. Se excluye toda solicitud cuyo primer examen registrado ya indica “aplazada anteriormente”, pues empezó a esperar antes de los registros.
wait-notes-end = Último período de sesiones de los datos: { $session }.
wait-notes-end-unknown = Los datos terminan en el último período de sesiones.
wait-notes = Excluidas porque su primer examen registrado ya indica “aplazada anteriormente”: { $left ->
    [one] { $left } solicitud registrada
   *[other] { $left } solicitudes registradas
} por primera vez de { $from } a { $to }. Solicitudes con decisión en un período de sesiones y examinadas de nuevo más tarde (contadas por su último examen, como las muestran las páginas de las ONG): { $again }.

## Time to decision: the tables

wait-table-caption = Solicitudes examinadas por primera vez de { $from } a { $to }: las cifras del gráfico
wait-col-applications = Solicitudes
wait-col-closed-rejected-withdrawn = Cerradas, rechazadas o retiradas
wait-col-pending = Siguen pendientes
wait-col-median = Mediana de períodos de sesiones hasta la decisión (IC del 95 %)
wait-col-waiting-after = Siguen en espera tras { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
}
wait-col-half-recommended = Períodos de sesiones hasta que se recomendó la mitad
wait-col-log-rank = Log-rank frente a las de ninguno de los ámbitos
wait-log-rank-cell = { $p } (observadas: { $observed }, esperadas: { $expected })
wait-row-unstable = { " " }inestable: menos de { $n } decisiones
wait-life-caption = { $area }: { $n ->
    [one] { $n } solicitud
   *[other] { $n } solicitudes
}
wait-col-at-risk = En espera al inicio
wait-col-censored = Pendientes, sin seguimiento posterior (censuradas)
wait-col-waiting = Siguen en espera después (IC del 95 %)
wait-col-recommended-by = Recomendadas hasta entonces
wait-col-closed-by = Cerradas, rechazadas o retiradas hasta entonces

## Time to decision: medians, the chart, the sentence under it

wait-not-reached = no alcanzada
wait-median = { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
} (IC del 95 %: { $interval })
wait-interval-no-high = { $low } – no alcanzado
wait-interval-no-low = no alcanzado – { $high }
wait-chart-title = Solicitudes que siguen en espera de una decisión, por ámbito temático, examinadas por primera vez en { $period }
wait-chart-empty = No hay solicitudes en este intervalo.
wait-axis-waiting = Siguen en espera de una decisión
wait-axis-sessions = Períodos de sesiones desde el primer examen
wait-half-decided = mitad decidida
wait-footnote-bands = Bandas: intervalos de confianza puntuales del 95 % (log-log).
wait-footnote-censored = Solicitudes pendientes censuradas en su último examen.
wait-footnote-dashed = Discontinuas: menos de { $n } decisiones (inestables).
wait-curve-label = { $area } { $share }
wait-summary-none = En los datos no hay solicitudes examinadas por primera vez en { $period }.
wait-summary-overall = De las solicitudes examinadas por primera vez en { $period } (n = { $n }), { $median }{ $after }.
wait-summary-median = la mitad obtuvo una decisión en un plazo de { $median }
wait-summary-median-not-reached = menos de la mitad obtuvo una decisión antes del final de los datos (mediana no alcanzada)
wait-summary-after = ; el { $share } seguía en espera tras { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
}
wait-summary-after-none = ; ninguna se ha seguido aún durante { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
}
wait-summary-too-few = Hay demasiado pocas decisiones en cada ámbito temático (menos de { $n }) para comparar los ámbitos.
wait-summary-head = ONG que se ocupan de { $area }: el { $share } seguía en espera tras { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
}
wait-summary-compare = { $head }, frente al { $other } en el caso de las ONG que no corresponden a ninguno de los cuatro ámbitos temáticos{ $test }.
wait-summary-log-rank = ; prueba de log-rank sobre la tasa de recomendación: { $p }

## Time to decision: what happened to the applications (cumulative incidence)

outcome-heading = Qué fue de ellas
outcome-intro = En cada período de sesiones desde su primer examen, la proporción de solicitudes recomendadas, cerradas sin perjuicio, rechazadas y retiradas (incidencia acumulada de Aalen–Johansen) y la proporción que sigue en espera: en total, el 100 %. Estas proporciones son estimaciones puntuales sin intervalo (el intervalo de la proporción en espera figura en el gráfico anterior); un grupo con menos de { $n } decisiones se marca como inestable. Las cifras figuran en las tablas de vida que aparecen más abajo.
outcome-title = Qué fue de las solicitudes: { $area } (n = { $n }{ $unstable }), por períodos de sesiones desde su primer examen
outcome-step = En el período de sesiones { $sessions }: { $recommended } recomendadas, { $closed } cerradas, { $rejected } rechazadas, { $withdrawn } retiradas, { $waiting } siguen en espera.
outcome-description = { $area } (n = { $n }). { $steps }
outcome-none = { $area }: ninguna solicitud se siguió durante { $sessions ->
    [one] { $sessions } período de sesiones
   *[other] { $sessions } períodos de sesiones
}.
outcome-legend-waiting = En espera

## Organizations search, pager, not found, API page

## Fragment of helper "common": the organizations search (search-), the pager (common-),
## the API page (api-). api-topic-* and api-intro-* repeat the OpenAPI document's English
## (server/src/http/api/document.rs); English pages show the document's own text.

## Organizations search

search-lead = Todas las ONG cuya solicitud examinó el Comité, localizables por cualquiera de los nombres que han tenido: nombres actuales y anteriores, y grafías tomadas de los informes y de los comunicados de prensa.
search-name = Nombre
search-submit = Buscar
search-any = Todos
search-outcome = Resultado
search-outcome-in_status = Reconocida como entidad consultiva
search-outcome-pending = Pendiente
search-sort = Ordenar por
search-sort-name = Nombre
search-sort-deferrals = Más aplazamientos
search-sort-years_pending = Espera más larga
search-none = Ninguna organización coincide con la búsqueda.
search-past-last = La página { $page } es posterior a la última ({ $pages }) de un total de { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}.
search-showing = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}; se muestran de la { $first } a la { $last }.
search-facets-label = Acotar los resultados
search-country-facet = País (comunicados de prensa)
search-results-heading = Resultados
search-downloads-note = Las descargas contienen esta página de resultados (hasta 100 por página con per_page=100).
search-caption = Organizaciones encontradas
search-col-deferrals = Aplazamientos
search-col-years = Años
search-years-waited = { " " }({ $n ->
    [one] { $n } año
   *[other] { $n } años
})
search-also-as = también como “{ $name }”

## Pager

common-pages = Páginas
common-previous = ← Anterior
common-next = Siguiente →
common-page-of = Página { $page } de { $pages }

## API page

api-title = API
api-document = La misma referencia para programas: { $link } (OpenAPI 3.1; { $title }, versión { $version }).
api-topics = Temas
api-formats = Formatos: { $formats }
api-try = Pruebe: { $link }
api-parameters = Parámetros
api-place-path = { " " }(en la dirección)
api-place-required = { " " }(obligatorio)
api-place-optional = { " " }(opcional)
api-values = Valores: { $values }.{ " " }
api-default = Valor predeterminado: { $value }.{ " " }
api-example = Ejemplo: { $value }.
api-values-one-of = uno de los valores { $list }
api-values-whole = un número entero de { $min } a { $max }
api-values-text-max = texto de { $n ->
    [one] { $n } carácter
   *[other] { $n } caracteres
} como máximo
api-values-text = texto
api-intro-data = Los datos en que se basa cada cifra de ecosoc-watch, para redacciones periodísticas, investigadores y scripts: cómo decide el { -committee-short } del ECOSOC sobre las solicitudes de { -consultative-status } —por ámbito temático, por Estado que formula las preguntas y a lo largo del tiempo—, con la fuente de cada número.
api-intro-use = Todas las rutas responden a GET (y a HEAD), no requieren clave y pueden leerse desde cualquier sitio web. Las respuestas JSON indican qué significan sus cifras, la versión de los datos y cómo citarlas; la mayoría tiene al lado un CSV, y los gráficos se ofrecen como archivos SVG y PNG. Un parámetro desconocido o fuera de rango recibe un error 400 que lo nombra e indica qué admite, con la forma `{ $envelope }`. Una respuesta no cambia mientras no cambien los datos: su ETag permite a un cliente volver a pedirla con poco coste.
api-intro-sources = Las decisiones de 1998 a 2024 proceden del conjunto de datos ECOSOC_Status de Christoph Valentin Steinert (licencia MIT), codificado a partir de los informes oficiales del Comité; las preguntas, las votaciones y los períodos de sesiones posteriores, de los comunicados de prensa de las Naciones Unidas sobre la cobertura de las reuniones, que no son documentos oficiales.
api-intro-english = Las rutas que figuran a continuación se describen con las palabras del propio documento, en inglés.
api-topic-deferral-rates = Tasas de aplazamiento
api-topic-deferral-rates-text = Con qué frecuencia se aplazó el examen de las solicitudes, por ámbito temático: cada tasa con las cifras que la componen, un intervalo del 95 % y la comparación con todas las demás solicitudes.
api-topic-time-to-decision = Tiempo hasta la decisión
api-topic-time-to-decision-text = Cuántos períodos de sesiones del Comité espera una solicitud hasta obtener una decisión, por ámbito temático: curvas de espera, medianas y tablas de vida.
api-topic-who-asks = Quién formula las preguntas
api-topic-who-asks-text = Qué Estados Miembros formulan preguntas a las organizaciones solicitantes, sobre qué ámbitos temáticos y cómo votan. Una pregunta previa a un aplazamiento es una atribución, no una causa.
api-topic-organizations = Organizaciones
api-topic-organizations-text = Todas las organizaciones, localizables por cualquier grafía de su nombre, y el expediente completo de cada una.
api-topic-sessions = Períodos de sesiones
api-topic-sessions-text = Los períodos de sesiones del Comité con sus recuentos, y cada período de sesiones con las dos fuentes en paralelo.
api-topic-member-states = Estados Miembros
api-topic-member-states-text = Todos los Estados Miembros que formularon una pregunta o votaron, y las preguntas y votos de cada Estado.
api-topic-press-releases = Comunicados de prensa
api-topic-press-releases-text = Lo que los comunicados de prensa de las Naciones Unidas añaden a los informes del Comité, y en qué discrepan unos y otros.
api-topic-the-whole-record = El registro completo
api-topic-the-whole-record-text = Lo que contiene la base de datos, y todo ello en una sola descarga.
api-topic-this-api = Esta API
api-topic-this-api-text = Esta descripción de la API, para programas.

## Methodology

## Página Metodología (app/src/routes/methodology.rs). Una variable $term, $link, $code o
## $version ocupa el lugar de un elemento (término en negrita, enlace, código) cuyas palabras
## proceden de otro mensaje o de los datos. $ever y luego $at_least, en ese orden.

methodology-toc-label = En esta página
methodology-units-heading = Qué se cuenta
methodology-measures-heading = Indicadores
methodology-linking-heading = Vinculación de nombres
methodology-sources-heading = Fuentes y licencias
methodology-coverage-heading = Cobertura y lagunas conocidas
methodology-membership-heading = Los miembros del Comité

## Qué se cuenta

methodology-unit-organization = Organización
methodology-unit-organization-text = Una ONG, cualquiera que sea la grafía de su nombre; los cambios de nombre y las fusiones conservan su historial.
methodology-unit-application = Solicitud
methodology-unit-application-text = Una petición de una organización para obtener el { -consultative-status } o una reclasificación.
methodology-unit-consideration = Examen
methodology-unit-consideration-text = Una solicitud en un período de sesiones (período ordinario, hacia enero; continuación, hacia mayo). Su resultado: recomendada (entidad consultiva general o especial, o inclusión en la Lista), aplazada, cerrada sin perjuicio (sin respuesta a tres recordatorios), rechazada o retirada. “Nueva” o “aplazada en períodos de sesiones anteriores” es una propiedad del examen.
methodology-unit-question = Pregunta
methodology-unit-question-text = Un Estado Miembro que pregunta algo sobre una solicitud en un examen, tal como lo recogen los comunicados de prensa.
methodology-unit-vote = Voto
methodology-unit-vote-text = El voto de un Estado Miembro en una votación registrada.

## Indicadores: cada elemento empieza por su término en negrita

methodology-measure-session-deferral = { $term }: aplazamientos ÷ exámenes, agregados sobre los períodos de sesiones de los años elegidos; todos los exámenes, solo nuevas solicitudes o solo solicitudes aplazadas anteriormente. Los cierres por falta de respuesta no son aplazamientos.
methodology-term-ever-deferred = Aplazada alguna vez
methodology-term-deferred-at-least = aplazada al menos N veces
methodology-measure-ever-deferred = { $ever } y { $at_least }: por solicitud examinada por primera vez en los años elegidos, contada una sola vez. Las solicitudes que ya estaban “aplazadas en períodos de sesiones anteriores” cuando empiezan los registros se excluyen de las cohortes en lugar de contarse de menos.
methodology-term-uncertainty = Incertidumbre
methodology-measure-uncertainty = { $term }: cada tasa lleva su n y un intervalo de puntuación de Wilson del 95 %; con menos de { $n } eventos se marca como inestable. La razón de tasas de un ámbito frente a todas las demás solicitudes de los mismos períodos de sesiones lleva un intervalo del 95 % en escala logarítmica.
methodology-measure-time-to-decision = { $term }: períodos de sesiones desde el primer examen de una solicitud (período 1) hasta su decisión, contando todos los períodos de sesiones del Comité. La proporción que sigue en espera es una estimación de Kaplan–Meier con un intervalo log-log del 95 % (Greenwood); las solicitudes aún pendientes se censuran en su último examen. El cierre, el rechazo y el retiro son desenlaces propios (incidencia acumulada de Aalen–Johansen), nunca censura, de modo que las proporciones de solicitudes recomendadas, cerradas, rechazadas, retiradas y aún en espera suman el 100 %. Las medianas se leen donde la curva cruza la mitad (“no alcanzada” si no la cruza), con el intervalo de Brookmeyer–Crowley; una prueba de rangos logarítmicos (log-rank) compara la tasa de recomendación de cada ámbito con la de las solicitudes que no corresponden a ningún ámbito, y su resultado se expresa como valor p. No se muestra una mediana calculada solo con los casos concluidos: dejaría fuera las esperas más largas.
methodology-term-passport-deferrals = Aplazamientos en la ficha de una organización
methodology-measure-passport-deferrals = { $term }: se cuentan una vez por período de sesiones, a partir de los informes cuando abarcan el período de sesiones y de los comunicados de prensa posteriores a junio de 2024, de modo que nada se cuenta dos veces.
# Término del indicador, y columna de la tabla de cobertura
methodology-questions = Preguntas
methodology-measure-questions = { $term }: “exámenes en los que un Estado formuló una pregunta y que terminaron en aplazamiento” es una atribución, no una causa.
methodology-confounding = El ámbito temático está asociado al país de la sede y a controversias bilaterales: una diferencia entre ámbitos no demuestra por sí sola por qué se aplazaron las solicitudes.

## Ámbitos temáticos: las reglas, sus excepciones, las organizaciones asignadas por su nombre

methodology-rules-text = Una organización pertenece a un ámbito cuando una de las expresiones siguientes aparece, como palabras completas, en cualquiera de los nombres que ha tenido (sin distinguir mayúsculas, acentos ni puntuación; una expresión terminada en * coincide con cualquier palabra que empiece así). Puede pertenecer a varios ámbitos; si no pertenece a ninguno, figura en “Ninguno de estos ámbitos”. Cada asignación conserva la regla y las palabras que la produjeron, y los curadores pueden corregir una asignación indicando un motivo, que se conserva. “Derechos humanos (en general)” abarca los derechos humanos en general: una organización dedicada a los derechos de un grupo (“… Women's Rights …”, los derechos de una minoría o de las personas LGBTI) pertenece solo al ámbito de ese grupo, y también a derechos humanos solo cuando habla de derechos humanos, libertades civiles, tortura, genocidio o democracia como tales (la excepción { $code }, más abajo). Los conjuntos etiquetados a mano con los que se evalúan las reglas aplican la misma definición.
methodology-rules-known-text = Los nombres de algunas organizaciones no dicen a qué se dedican (el nombre de un fundador, un arcoíris, un disturbio célebre). Las que figuran más abajo en “Organizaciones conocidas” se asignan a sus ámbitos por su nombre, cada una con la fuente pública que muestra a qué se dedica; la lista se revisa igual que las reglas.
methodology-rule-set-version = Versión de las reglas: { $version }
methodology-rules-caption = Reglas: basta una expresión para situar a una organización en el ámbito
methodology-col-rule = Regla
methodology-col-area = Ámbito
methodology-col-language = Idioma
methodology-col-phrases = Expresiones
methodology-exceptions-caption = Excepciones (falsos amigos): el ámbito se descarta cuando aparece una de estas palabras, salvo que aparezca también una de las de la última columna
methodology-col-exception = Excepción
methodology-col-when = Cuando
methodology-col-unless = Salvo
methodology-col-why = Motivo
methodology-known-caption = Organizaciones conocidas: asignadas por su nombre, con la fuente que muestra a qué se dedican
methodology-col-entry = Entrada
methodology-col-names = Nombres
methodology-col-areas = Ámbitos
methodology-col-taken-out-of = Excluida de
methodology-known-reason = { $reason } ({ $link })
methodology-known-source-link = fuente

## Comunicados leídos de forma incompleta

methodology-incomplete-heading = Comunicados leídos de forma incompleta
methodology-incomplete-text = { $n ->
    [0] Todos los comunicados almacenados se leyeron completos: sus registros coinciden con las cifras que indica su titular.
    [one] Un comunicado contiene un número de registros distinto del que indica su titular. Las cifras de prensa de su período de sesiones solo abarcan lo que se leyó; el mensaje del analizador indica la diferencia.
   *[other] { $n } comunicados contienen un número de registros distinto del que indican sus titulares. Las cifras de prensa de sus períodos de sesiones solo abarcan lo que se leyó; el mensaje del analizador indica la diferencia.
}
methodology-incomplete-caption = Comunicados cuyos registros difieren de sus titulares
methodology-col-release = Comunicado
methodology-col-what-differs = Diferencia
methodology-release-date = { " " }({ $date })

## Vinculación de nombres

methodology-linking-text = Los informes y los comunicados escriben una misma organización de muchas maneras. Las grafías se vinculan cuando sus claves normalizadas son iguales (sin distinguir mayúsculas, acentos, puntuación ni espacios), luego cuando solo sus letras y cifras son iguales y designan una única organización; los cambios de nombre y las fusiones recogidos en los informes vinculan sus nombres; los nombres idénticos salvo por un artículo, “of”, una forma jurídica (“, Inc.”, “, charity”, “, e.V.”) o una sigla o un lugar final entre paréntesis se vinculan cuando nunca figuraron en el mismo período de sesiones (salvo que uno figurara allí solo entre las nuevas solicitudes aprobadas, lista que menciona una organización por segunda vez); una grafía casi idéntica se vincula mediante una regla aproximada que registra su puntuación; los curadores fusionan y separan con un motivo que se conserva al reimportar. Cada grafía conserva cómo se vinculó, lo que se muestra en la página de la organización.
methodology-link-rules-caption = Grafías según cómo se vincularon
methodology-col-spellings = Grafías
methodology-link-rule-new = primera grafía de una organización nueva
methodology-link-rule-normalised = grafía normalizada (mayúsculas, puntuación, notas de estatus)
methodology-link-rule-name_change = cambio de nombre recogido en los informes
methodology-link-rule-merger = fusión recogida en los informes
methodology-link-rule-variant = mismo nombre salvo por un artículo, “of”, una forma jurídica o una sigla o lugar entre paréntesis, nunca listado a su lado
methodology-link-rule-fuzzy = grafía casi idéntica (coincidencia aproximada)
methodology-link-rule-curator = decisión de un curador
methodology-link-rule-other = otra

## Fuentes y licencias

methodology-source-steinert = { $link }, de Christoph Valentin Steinert (licencia MIT): las decisiones del Comité por período de sesiones de 1998 a 2024, codificadas a partir de sus informes oficiales. Cada fila que conservamos remite a su archivo, su hoja y su fila.
methodology-source-press = Comunicados de prensa de las Naciones Unidas sobre la cobertura de reuniones ({ $link }): qué Estado Miembro preguntó qué a qué ONG, las votaciones registradas, el país de la ONG y los períodos de sesiones posteriores a junio de 2024. Material público de las Naciones Unidas, que no constituye un documento oficial. Leídos por completo desde 2016; los de 2007 a 2015 y los comunicados en francés, en la medida de lo posible, con registro de cada pasaje que no pudo leerse.
methodology-scrape = El servidor lee por sí mismo los nuevos comunicados de prensa { $schedule } (salvo que se inicie con --no-scrape), sin sobrecargar el sitio y solo lo que es nuevo. { $last }
methodology-scrape-schedule = a diario en enero, febrero, mayo y junio (los meses en que el Comité suele reunirse), semanalmente el resto del año, y dos horas después de un intento fallido
methodology-last-run = Última ejecución: iniciada el { $started }, finalizada el { $finished } ({ $status }): { $outcome }.
methodology-last-run-unfinished = Última ejecución: iniciada el { $started } ({ $status }): { $outcome }.
methodology-run-status = { $status ->
    [succeeded] correcta
    [failed] fallida
    [running] en curso
   *[other] { $status }
}
methodology-run-outcome = { $fetched ->
    [one] { $fetched } comunicado nuevo
   *[other] { $fetched } comunicados nuevos
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
}, { $unchanged } sin cambios, { $failed ->
    [one] { $failed } fallido
   *[other] { $failed } fallidos
}
methodology-no-scrape = Todavía no se ha realizado ninguna recopilación en esta base de datos.

## Cobertura y lagunas conocidas

methodology-coverage-caption = Qué contiene cada fuente, por año
methodology-col-year = Año
methodology-col-considerations-reports = Exámenes (informes)
methodology-col-release-entries = Menciones en comunicados
methodology-known-gaps = Lagunas conocidas: las preguntas solo constan cuando los comunicados las mencionan; los informes terminan en junio de 2024; el país de la sede solo se conoce cuando un comunicado lo indica. Cuando los informes no coinciden con un total indicado por las Naciones Unidas, el período de sesiones se señala en su página con ambas cifras.

## Los miembros del Comité

methodology-membership-text = Las cifras de “Quién formula las preguntas” de un Estado cuentan los períodos de sesiones en que fue miembro del Comité (y, por separado, aquellos en que preguntó como observador); un período de sesiones en que no fue miembro no cuenta como cero. { $source }. Un año con menos de 19 miembros corresponde a un puesto que ninguna fuente leída hasta ahora nombra: se deja vacío, no se supone.
methodology-membership-source = Composición del Comité de { $first } a { $last } según el archivo revisado de ecosoc-watch server/data/committee_membership.tsv ({ $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}, cada una con una elección del ECOSOC o un informe del Comité como fuente; { $unchecked ->
    [one] { $unchecked } fila aún no cotejada
   *[other] { $unchecked } filas aún no cotejadas
} con el texto de la fuente)
methodology-membership-caption = Miembros por año en el archivo de composición
methodology-col-members = Miembros
methodology-col-unchecked = No cotejados con el texto de la fuente
