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
footer-sources = Decisiones de 1998 a 2024 tomadas del conjunto de datos { $dataset } de Christoph Valentin Steinert (licencia MIT), codificado a partir de los informes oficiales del Comité. Cobertura de las reuniones basada en los comunicados de prensa de las Naciones Unidas, que no son documentos oficiales.
footer-api-link = La API
footer-api = : todas las cifras en JSON, CSV, SVG o PNG, para redacciones periodísticas y scripts.
loading = Cargando…

## Errors

error-not-found = No encontrado
error-bad-request = Esa dirección no es válida
error-failed = Se ha producido un error
error-database = No se pudo leer la base de datos. Vuelva a intentarlo en unos momentos.
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
