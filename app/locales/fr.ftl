## ecosoc-watch: the interface in French, translated from en.ftl, the reference catalogue.
## Every other catalogue has exactly these keys (a test fails otherwise).
## NGO names, questions and source text are records, never translated; only the words
## around them are here. UN terms: see terminology.md beside this file.
## Typography: a narrow no-break space (U+202F) before ; : ! ? and inside « », as before %
## where the program writes percentages (« 48 % »); a no-break space (U+00A0) only in « par. 12 ».
## Decisions agree with « la demande » / « l’organisation » (feminine). session-label already
## holds the word « session » (« reprise de session de 2019 »), feminine in both parts, so
## messages taking $session or $last write « à la { $session } ».

-committee = Comité chargé des organisations non gouvernementales
-committee-short = Comité des ONG
-consultative-status = statut consultatif

## The site around every page

site-description = Comment le { -committee-short } de l’ECOSOC reporte l’examen des demandes : par domaine thématique, par État auteur des questions, dans le temps, avec les sources de chaque chiffre.
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-overview = Vue d’ensemble
nav-organizations = Organisations
nav-time-to-decision = Délai de décision
nav-who-asks = Qui pose les questions
nav-sessions = Sessions
nav-states = États membres
nav-methodology = Méthodologie
language-label = Langue
footer-sources = Décisions de 1998 à 2024 issues du jeu de données { $dataset } de Christoph Valentin Steinert (licence MIT), codé à partir des rapports officiels du Comité. Couverture des réunions tirée des communiqués de presse de l’ONU, qui ne sont pas des documents officiels.
footer-api-link = L’API
footer-api =  : tous les chiffres en JSON, CSV, SVG ou PNG, pour les rédactions et les scripts.
loading = Chargement…

## Errors

error-not-found = Introuvable
error-bad-request = Cette adresse n’est pas valide
error-failed = Une erreur s’est produite
error-database = La base de données n’a pas pu être lue. Veuillez réessayer dans un instant.
page-not-found = Page introuvable
page-not-found-text = Il n’y a aucune page à cette adresse.
go-to-overview = Aller à la vue d’ensemble
search-organizations = Rechercher des organisations
showing-default-view = — affichage de la vue par défaut.

## Home page

home-title = Le report des demandes au { -committee-short } de l’ONU
home-lead = Les 19 États membres du Comité peuvent retarder de plusieurs années la demande d’une ONG en posant une question supplémentaire. ecosoc-watch conserve les documents du Comité avec leurs sources et dénombre les reports : qui en fait l’objet, à l’initiative de qui et pendant combien de temps.
rates-heading = Qui fait l’objet de reports : par domaine thématique
rates-computing = Calcul des taux…
filter-measure = Indicateur
filter-from = De
filter-to = À
filter-considerations = Examens
filter-n = N
filter-region = Siège des ONG
filter-any-region = toutes les régions
filter-any-year = Toutes les années
filter-apply = Appliquer

measure-session_deferral = Taux de report par session
measure-ever_deferred = Part des demandes reportées au moins une fois
measure-deferred_at_least = Part des demandes reportées au moins N fois
consideration-all = tous les examens
consideration-new = nouvelles demandes uniquement
consideration-previously_deferred = demandes reportées lors de sessions antérieures uniquement

region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
# A chart restricted to one region: "Africa (UN M49 region)"
region-restriction = { $region } (région M49 de l’ONU)
region-oceania = Océanie

## Focus areas: as a label, and inside a sentence ("NGOs working on …")

area-women = Droits des femmes
area-lgbti = Droits des personnes LGBTI
area-minority = Droits des minorités
area-human_rights = Droits de l’homme (en général)
area-other = Aucun de ces domaines
area-all = Toutes les demandes
area-unknown = Inconnu
area-phrase-women = les droits des femmes
area-phrase-lgbti = les droits des personnes LGBTI
area-phrase-minority = les droits des minorités
area-phrase-human_rights = les droits de l’homme en général
area-phrase-other = aucun des quatre domaines thématiques

## Decisions, votes, sources, sessions

decision-recommended = Recommandée
decision-recommended_special = Recommandée (statut consultatif spécial)
decision-recommended_general = Recommandée (statut consultatif général)
decision-recommended_roster = Recommandée (inscription sur la Liste)
decision-deferred = Reportée
decision-closed = Clôturée sans préjudice (absence de réponse)
decision-rejected = Rejetée
decision-withdrawn = Retirée
decision-reclassified = Reclassée
decision-quadrennial_noted = Prise de note du rapport quadriennal
decision-other = Autre
decision-short-recommended = Recommandée
decision-short-closed = Clôturée
vote-in_favour = Pour
vote-against = Contre
vote-abstaining = Abstention
vote-absent = Absent
source-steinert = Rapports
source-press_release = Communiqué de presse
source-esango = esango
source-test = Données de test
session-part-regular = session ordinaire
session-part-resumed = reprise de session
# « reprise de session de 2019 »
session-label = { $part } de { $year }
application-status = Demande de statut { $seq }
application-reclassification = Reclassement { $seq }
application-status_withdrawal = Retrait { $seq }
application-other = Demande { $seq }

## Rates: numbers, chart, table

# « 62 % (IC à 95 % : 41–79 %, n = 21) » : un taux avec son intervalle et son n
rate-with-interval = { $rate } (IC à 95 % : { $low }–{ $high }, n = { $n })
share-with-interval = { $rate } (IC à 95 % : { $low }–{ $high })
rate-no-data = aucune donnée (n = { $n })
chart-no-data = aucune donnée
chart-bar-note = { $rate } · n = { $n }
chart-bar-note-unstable = { $rate } · n = { $n } · instable
chart-footnote = Barres d’erreur : intervalles de confiance à 95 %. Barres hachurées : moins de { $n } événements (instables).
chart-footnote-whiskers = Barres d’erreur : intervalles de confiance à 95 %.
chart-footnote-hatched = Hachurées : moins de { $n } événements (instables).
rates-caption = { $measure }, { $from }–{ $to } : les chiffres du graphique
rates-col-area = Domaine thématique
rates-col-rate = Taux (IC à 95 %, n)
rates-col-events = Événements
rates-col-out-of = Sur un total de
rates-col-ratio = Rapport de taux face à toutes les autres demandes (IC à 95 %)
rates-unstable = instable : moins de { $n } événements
download = Télécharger :
method-heading = Ce qui est compté, et ce que les chiffres ne montrent pas
method-areas = Les domaines thématiques sont attribués par des règles vérifiées appliquées aux noms de chaque organisation, les mots repérés étant conservés comme motif ; les curateurs peuvent les corriger. Une organisation peut relever de plusieurs domaines. Les taux sont assortis d’intervalles de Wilson à 95 % ; le rapport de taux compare un domaine à toutes les autres demandes des mêmes sessions, avec un intervalle à 95 % calculé sur l’échelle logarithmique.
method-confounding = Le domaine thématique va de pair avec le pays du siège et avec des différends bilatéraux ; une différence entre domaines ne prouve donc pas, à elle seule, pourquoi des demandes ont été reportées. Limitez le graphique aux ONG ayant leur siège dans une région (ci-dessus), ou dans un pays en ajoutant { $example } (un code ISO 3166-1) à l’adresse.
cite-as = Citer comme suit : { $citation } Données arrêtées au { $version }.

definition-session_deferral = Part des examens (une demande examinée à une session, { $filter }) qui, lors des sessions de { $from } à { $to }, se sont soldés par un report. Les clôtures pour absence de réponse ne sont pas comptées comme des reports.
definition-ever_deferred = Part des demandes examinées pour la première fois de { $from } à { $to } qui ont été reportées au moins une fois ; chaque demande est comptée une seule fois. Les demandes récentes ont connu moins de sessions au cours desquelles elles auraient pu être reportées.
definition-deferred_at_least = Part des demandes examinées pour la première fois de { $from } à { $to } qui ont été reportées au moins { $n } fois ; chaque demande est comptée une seule fois. Les demandes récentes ont connu moins de sessions au cours desquelles elles auraient pu être reportées.

## The sentence under the chart, built from the numbers

summary-what-session_deferral = des examens se sont soldés par un report
summary-what-ever_deferred = des demandes ont été reportées au moins une fois
summary-what-deferred_at_least = des demandes ont été reportées au moins { $n } fois
summary-period-sessions = Au cours des sessions de { $from } à { $to }
summary-period-sessions-in = Au cours des sessions de { $from } à { $to } (siège des organisations : { $place })
summary-period-first = Parmi les demandes examinées pour la première fois de { $from } à { $to }
summary-period-first-in = Parmi les demandes examinées pour la première fois de { $from } à { $to } (siège des organisations : { $place })
summary-ratio =  ; rapport de taux face à toutes les autres demandes : { $ratio } (IC à 95 % : { $low }–{ $high })
summary-compare = { $period }, { $top } { $what } pour les ONG travaillant sur { $area }, contre { $other } pour les ONG ne relevant d’aucun des quatre domaines thématiques{ $ratio }.
summary-all-only = { $period }, { $all } { $what } (toutes demandes confondues) ; trop peu d’événements pour comparer les domaines thématiques.
summary-none = { $period } : aucun enregistrement sur cette période.
country-note = Le pays est connu lorsque les communiqués de presse relatifs à l’organisation en indiquent un et concordent : { $known } { $unit } sur { $units } pour ces années ({ $share }) ; { $unsettled ->
    [one] { $unsettled } autre relève d’une organisation dont les communiqués indiquent des pays différents ou un pays absent des tables de référence, et ne se voit jamais attribuer de pays
   *[other] { $unsettled } autres relèvent d’organisations dont les communiqués indiquent des pays différents ou un pays absent des tables de référence, et ne se voient jamais attribuer de pays
}. Les rapports n’indiquent aucun pays.
unit-considerations = examens
unit-applications = demandes

## What the database holds

holdings-heading = Contenu de la base de données
last-update = Dernière mise à jour :
never = jamais
sources-caption = Documents sources conservés
sources-col-source = Source
sources-col-documents = Documents
sources-col-bytes = Octets
sources-col-fetched = Dernière récupération
tables-caption = Enregistrements par type, par ordre décroissant
tables-col-kind = Type d’enregistrement
tables-col-rows = Lignes
empty-heading = Aucun enregistrement pour l’instant
empty-text = La base de données est vide. Chargez les décisions du Comité de 1998 à 2024 avec :
empty-offline = Sans accès au réseau, indiquez-lui une copie locale du jeu de données :
empty-loading = Chargement des décisions du Comité de 1998 à 2024 depuis { $from } (début : { $started }) : { $stage }. Cette page s’actualise automatiquement toutes les quelques secondes.
empty-failed = Le jeu de données des rapports n’a pas pu être chargé depuis { $from } ({ $at }) : { $error }

## Cite this

cite-this = Citer cette page
cite-note-before = L’adresse affiche cette vue avec les données telles qu’elles sont au moment de l’ouverture. Pour une copie qui ne change pas, téléchargez le
cite-note-link = paquet de données
cite-note-after = et citez-en la version.

## An NGO's passport

passport-crumbs = Organisations
passport-none = { $name } : aucun examen enregistré.
passport-times = { $n ->
    [0] jamais reportée
    [1] reportée une fois
   *[other] reportée { $n } fois
}
passport-over-one-year = { " " }en { $year }
passport-over-years = { " " }sur { $years ->
    [one] { $years } an
   *[other] { $years } ans
} ({ $first }–{ $last })
passport-summary = { $name } : examinée lors de { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $times }{ $over }
passport-outcome =  ; { $decision } à la { $session }
passport-pending-status =  ; sa demande de { -consultative-status } reste en attente après { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} et a été examinée pour la dernière fois à la { $last }
passport-pending-latest =  ; sa demande la plus récente reste en attente après { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} et a été examinée pour la dernière fois à la { $last }
passport-end = .
timeline-title = Chronologie : { $name }
history-heading = Historique
areas-heading = Domaines thématiques
area-reason-curator = défini par un curateur : { $text }
area-reason-none = aucune règle ne correspond à ses noms
area-reason-rule = la règle { $rule } a repéré « { $matched } » dans « { $text } »
curator-corrections = Corrections des curateurs :
override-add = ajout : { $area } — { $reason } ({ $curator }, { $at })
override-remove = retrait : { $area } — { $reason } ({ $curator }, { $at })
areas-note-before = Les domaines sont attribués par des règles vérifiées appliquées à tous les noms que l’organisation a portés ; voir la
areas-note-link = méthodologie
waits-heading = Temps d’attente
waits-note-before = Le décompte inclut toutes les sessions du Comité depuis le premier examen de la demande, que celle-ci y ait été examinée ou non. La proportion est lue sur la courbe d’attente du domaine, toutes années confondues ; voir la page
waits-note-link = Délai de décision
an-application = Une demande
wait-sessions = { $at_least ->
    [yes] au moins { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
   *[no] { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
}
wait-pending = { $lane } : toujours en attente après { $sessions }
wait-decided = { $lane } : décision obtenue après { $sessions }
wait-group-other = demandes d’ONG ne relevant d’aucun des quatre domaines thématiques
wait-group-area = demandes d’ONG travaillant sur { $area }
wait-unstable =  ; instable : moins de { $n } décisions
wait-sentence = { $own } ; { $share } des { $group } ont obtenu une décision en { $within } au plus (n = { $n }{ $unstable }).
country-unknown = Pays : inconnu (les rapports n’en indiquent aucun ; aucun communiqué de presse n’en a indiqué).
country-one = Pays, tel qu’indiqué dans les communiqués de presse : { $country }.
country-many = Pays : les communiqués de presse divergent — { $list }.
country-entries = { $country } ({ $n ->
    [one] { $n } mention
   *[other] { $n } mentions
})
app-caption-final = { $lane } : tous les examens (décision finale : { $decision })
app-caption-pending = { $lane } : tous les examens (toujours en attente)
col-session = Session
col-decision = Décision
col-source = Source
col-questions = Questions posées
col-source-line = Référence dans la source
consideration-is-new = (nouvelle demande)
consideration-was-deferred = (déjà reportée)
sources-disagree = Les sources divergent
votes-caption = Votes enregistrés, avec le vote de chaque État
votes-col-on = Objet du vote
names-heading = Noms
names-caption = Toutes les graphies rattachées à cette organisation, avec le motif du rattachement
names-col-name = Nom tel qu’il figure dans la source
names-col-linked = Type de rattachement
link-new = première occurrence
link-normalised = même nom, autre graphie
link-name_change = changement de nom (rapports)
link-merger = fusion (rapports)
link-variant = même nom, à un article, une forme juridique ou une parenthèse près
link-fuzzy = graphie quasi identique
link-curator = rattaché par un curateur
link-other = autre
linked-to = (rattaché à « { $name } »)
event-merger = Fusion : « { $old } » et « { $other } » deviennent « { $new } »
event-name-change = Changement de nom : « { $old } » devient « { $new } »
release-paragraph = communiqué, par. { $paragraph }
no-questions = —

## Timeline chart

timeline-legend-press = communiqué de presse
timeline-axis-parts = ord. · rep.
timeline-step = { $session } : { $decision }
timeline-lane = { $lane } : { $steps }.

## Séparateurs dans les phrases, et liens de retour

sep-list = { ", " }
sep-clause = { " ; " }
sep-quoted = { " », « " }
back-all-states = Tous les États membres
back-default-view = Revenir à l’affichage par défaut
back-new-search = Nouvelle recherche
back-all-sessions = Toutes les sessions
filter-sessions-from = Sessions de
filter-considered-from = Examinées de
filter-to-lower = à
filter-first-considered-from = Premier examen de
definition-restricted = Seules sont retenues les organisations dont les communiqués de presse indiquent de manière concordante le lieu de leur siège : { $place } ; une organisation dont les communiqués n’indiquent aucun pays ou des pays différents est exclue.

## Ce que contient la base de données : sources et types d’enregistrements

source-label-steinert = Rapports du Comité 1998–2024 (ECOSOC_Status de Steinert, MIT)
source-label-press_release = Communiqués de presse de l’ONU (couverture des réunions)
source-label-esango = Profils iCSO / esango
source-label-test = Données de test
table-press_release = Communiqués de presse
table-press_record = Mentions d’ONG lues dans les communiqués de presse
table-organization = Organisations
table-organization_name = Noms d’organisations (graphies)
table-application = Demandes
table-session = Sessions
table-consideration = Examens (une demande à une session)
table-question = Questions posées par les États membres
table-recorded_vote = Votes enregistrés
table-vote = Votes des États membres
table-focus_area_assignment = Attributions de domaines thématiques
table-other = Autres enregistrements

## Citations (APA, 7e édition, jeu de données)

cite-title-rates = { $measure } par domaine thématique des ONG, { $from }–{ $to }
cite-title-rates-in = { $measure } par domaine thématique des ONG, { $from }–{ $to }, siège des organisations : { $place }
cite-title-organization = { $name } : dossier devant le { -committee-short } de l’ONU
cite-apa = { $author }. ({ $year }). { $title } ({ $version }) [Jeu de données]. ecosoc-watch. { $url }
cite-version = version des données { $data }, règles des domaines thématiques { $rules }
cite-version-rules = règles des domaines thématiques { $rules }

## Punctuation around links and quoted text

breadcrumb = Fil d’Ariane
# Between words and a link inside a sentence (none in Chinese)
word-space = { " " }
# The end of a sentence that closes with a link
sentence-end = .
# A state's question after its name
question-text = { "\u202F" }: { $text }
