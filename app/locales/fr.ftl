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
digits-arabic-indic = Chiffres ٠١٢٣
digits-western = Chiffres 0123
footer-sources = Décisions de 1998 à 2024 issues du jeu de données { $dataset } de Christoph Valentin Steinert (licence MIT), codé à partir des rapports officiels du Comité. Couverture des réunions tirée des communiqués de presse de l’ONU, qui ne sont pas des documents officiels.
footer-api-link = L’API
footer-api =  : tous les chiffres en JSON, CSV, SVG ou PNG, pour les rédactions et les scripts.
loading = Chargement…

## Errors

error-not-found = Introuvable
error-bad-request = Cette adresse n’est pas valide
error-failed = Une erreur s’est produite
error-database = La base de données n’a pas pu être lue. Veuillez réessayer dans un instant.
error-detail-english = Explication du serveur, en anglais :
date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
    *[12] décembre
    } { $year }
date-time = { $date } à { $time } UTC
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
# $profile: a link named areas-declared-profile; $fields: the profile's fields as printed, each with our area
areas-declared = { $profile } déclare : { $fields }. Les domaines déclarés sont indiqués ici, mais ne sont jamais comptés comme domaines thématiques.
areas-declared-profile = Son profil dans le registre des ONG de l’ONU (iCSO)
areas-declared-unlisted = La liste des organisations dotées du statut consultatif ne mentionne plus ce profil : ce qu’il déclare peut être dépassé.
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
cite-title-time-to-decision = Délai de décision sur le { -consultative-status } par domaine thématique des ONG, demandes examinées pour la première fois en { $from }–{ $to }
cite-title-who-asks = Questions posées aux ONG par État membre du Comité, { $from }–{ $to }
# $area: area-phrase-* ("women's rights")
cite-title-who-asks-area = Questions posées aux ONG par État membre du Comité, { $from }–{ $to }, ONG travaillant sur { $area }
cite-title-sessions = Demandes de statut par session du { -committee-short } de l’ONU, par décision
# $session: session-label ("2019 resumed session")
cite-title-session = { -committee-short } de l’ONU, { $session } : décisions
cite-title-state = { $name } : questions et votes au { -committee-short } de l’ONU
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

## Sessions and member states (record pages)

## records: la liste des sessions, une session, la liste des États membres, un État (issue 16).

## La liste des sessions (et son graphique)

sessions-heading = Sessions du Comité
sessions-lead = Deux fois par an — lors d’une session ordinaire vers janvier et d’une reprise de session vers mai —, le Comité examine les demandes de { -consultative-status }. Chaque barre représente les demandes de statut examinées lors d’une session, par décision, telles que les consignent les rapports du Comité.
sessions-none = Aucune session n’est encore enregistrée.
# $session : « reprise de session de 2019 » (féminin, d’où « à la »)
sessions-summary = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} de { $first } à { $last } : { $considered ->
    [one] { $considered } examen
   *[other] { $considered } examens
} de demandes de statut, dont { $deferred ->
    [one] { $deferred } reporté
   *[other] { $deferred } reportés
}. Le plus grand nombre d’examens lors d’une même session : { $most }, à la { $session }.
sessions-chart-title = Demandes de statut par session, par décision
sessions-caption = Demandes de statut par session, par décision (les chiffres du graphique)
sessions-col-considered = Examinées
sessions-col-flags = Signalements
sessions-flag = { $kind } ({ $n })
# flag-*: a reconciliation flag's kind (the code stays in the data and the API)
flag-conflicting_decisions = un même nom sous deux décisions
flag-date_outside_sessions = date de rapport hors des sessions
flag-differs_from_stated_total = écart avec le total annoncé par l’ONU
flag-duplicate_vote_row = ligne de vote en double
flag-listed_twice = inscrite deux fois
flag-only_in_new_granted_list = uniquement dans la liste des nouvelles demandes admises
flag-several_report_dates = plusieurs dates de rapport
flag-skipped_rows = lignes non lues
flag-variant_listed_twice = inscrite deux fois sous deux graphies
sessions-note = « Reportées de nouveau » : reports de demandes déjà reportées lors d’une session antérieure ; « non précisées » : reports que les rapports ne qualifient ni de nouvelles demandes ni de demandes déjà reportées. Signalements : cas où les rapports se contredisent ou contredisent un total annoncé par l’ONU ; voir la page de chaque session.
sessions-part-recommended = Recommandées
sessions-part-deferred-new = Reportées (nouvelles)
sessions-part-deferred-again = Reportées de nouveau
sessions-part-deferred-unmarked = Reportées (non précisées)
sessions-part-closed = Clôturées
sessions-part-rejected = Rejetées
sessions-part-withdrawn = Retirées
sessions-chart-row = { $part ->
    [regular] { $year } ord.
   *[other] { $year } rep.
}

## Une session

session-heading = { $part ->
    [regular] Session ordinaire de { $year }
   *[other] Reprise de session de { $year }
}
session-summary = { $n ->
    [one] { $n } demande examinée
   *[other] { $n } demandes examinées
} à la { $session }{ $adopted } ; { $releases ->
    [one] { $releases } communiqué de presse
   *[other] { $releases } communiqués de presse
} ; { $agreement }.
session-report-adopted = { " " }(date d’adoption du rapport : { $date })
session-sources-agree = les deux sources concordent pour chaque demande qu’elles mentionnent toutes deux
session-sources-disagree = les deux sources divergent pour { $n ->
    [one] { $n } demande
   *[other] { $n } demandes
}
session-other-sessions = Autres sessions
session-previous = ← { $session }
session-next = { $session } →
session-applications-heading = Demandes examinées
session-reconciliation-heading = Rapprochement
session-reconciliation-caption = Demandes de statut par décision : ce que contient chaque source et ce qu’annoncent les communiqués
session-col-reports = Jeu de données des rapports
session-col-press = Mentions lues dans les communiqués
session-col-stated = Annoncé dans les titres des communiqués
session-differs-read = { " " }≠ lues
session-flagged = Signalements, les deux chiffres étant conservés :
session-flag-detail = { " " }({ $n }) : { $detail }
session-reconciliation-note = Le jeu de données des rapports est codé à partir du rapport officiel du Comité ; les communiqués de presse ne sont pas des documents officiels, et une même ONG peut apparaître à plusieurs séances d’une session. Un titre qui annonce d’autres chiffres que les mentions lues signifie que le communiqué a été lu de manière incomplète ou qu’il compte autrement.
session-headline-count = { $decision ->
    [recommended] recommandées : { $n }
    [deferred] reportées : { $n }
    [closed] clôturées : { $n }
    [rejected] rejetées : { $n }
    [withdrawn] retirées : { $n }
    [reclassified] reclassées : { $n }
    [quadrennial_noted] rapports quadriennaux dont il a été pris note : { $n }
    [considered] examinées : { $n }
   *[other] { $decision } : { $n }
}
session-release-date = { " " }({ $date })
session-release-title =  : { $title }
session-release-read = { $n ->
    [one] { $n } mention lue
   *[other] { $n } mentions lues
}
session-release-stated =  ; le titre annonce { $counts }
session-release-problems =  ; { $n ->
    [one] { $n } passage n’a pas pu être lu
   *[other] { $n } passages n’ont pas pu être lus
}
session-release-placeholder =  ; page d’attente : la couverture n’est pas encore publiée
session-incomplete = Incomplet :{ " " }
session-incomplete-end = . Les chiffres de presse de cette session reprennent ce qui a été lu, et non ce qu’annonce le titre.
session-applications-caption = Toutes les demandes examinées, avec la décision selon chaque source
session-col-organization = Organisation
session-col-questions-sources = Questions et sources
session-kind-reclassification = { " " }(reclassement)
session-kind-other = { " " }(autre demande)
session-is-new = { " " }· nouvelle demande
session-was-deferred = { " " }· déjà reportée
session-printed-as = graphie de la source : « { $name } »

## La liste des États membres

states-lead = Les États qui ont posé une question à une ONG lors d’une session (selon les communiqués de presse, à partir de 2007) ou qui ont pris part à un vote enregistré sur une demande.
states-empty = Aucune question ni aucun vote enregistré pour l’instant.
states-caption = Questions et votes enregistrés par État membre
states-col-state = État
states-col-questions = Questions
states-col-applications = Demandes visées par des questions
states-col-votes = Votes exprimés
states-col-years = Années

## Un État membre ($name, $state : le nom de l’État, en anglais)

state-summary = { $name } : { $questions ->
    [one] { $questions } question posée
   *[other] { $questions } questions posées
} concernant { $applications ->
    [one] { $applications } demande
   *[other] { $applications } demandes
}, { $votes ->
    [one] { $votes } vote exprimé
   *[other] { $votes } votes exprimés
} lors de votes enregistrés ({ $years }).
state-questions-note = Les questions ne sont connues que lorsque les communiqués de presse les énumèrent : à partir de 2007, et de manière exhaustive à partir de 2016. Une question est une attribution, non une cause : le Comité reporte l’examen par consensus.
state-by-area-heading = ONG visées par des questions, par domaine thématique
state-area-count = { $area } : { $count }
state-by-area-note = Une ONG relevant de plusieurs domaines est comptée dans chacun d’eux.
state-no-questions-page = Aucune question sur cette page.
state-questions-caption = Questions posées par { $name }, des plus récentes aux plus anciennes
state-col-question = Question
state-question-not-recorded = (non consignée)
state-release-link = communiqué
state-votes-heading = Votes enregistrés
state-no-votes = Aucun vote enregistré n’est disponible pour cet État.
state-votes-caption = Votes de { $name }
state-col-vote = Vote
state-col-outcome = Résultat
state-vote-source = source
state-measures-observer = { " " }L’État a également posé des questions lors { $n ->
    [one] d’une session où il ne siégeait pas
   *[other] de { $n } sessions où il ne siégeait pas
} (en qualité d’observateur).
state-measures-sentence = De { $from } à { $to }, { $state } a siégé au Comité lors de { $member ->
    [one] { $member } session
   *[other] { $member } sessions
} ({ $covered } avec questions consignées, { $releases ->
    [one] { $releases } communiqué lu
   *[other] { $releases } communiqués lus
}) et a posé des questions lors de { $questioned ->
    [one] { $questioned } examen
   *[other] { $questioned } examens
}, dont { $deferred ->
    [one] { $deferred } s’est soldé
   *[other] { $deferred } se sont soldés
} par un report lors de cette session.{ $observer }
state-measures-heading = Ses questions au regard des travaux du Comité, { $from }–{ $to }
state-measures-caption = Questions et votes de { $state } par domaine thématique, { $from }–{ $to }
state-col-considerations-questioned = Examens visés par des questions
state-col-ended-in-deferral = Soldés par un report
state-col-over-representation = Surreprésentation (1× = proportionnelle)
state-col-votes = Votes : pour / contre / abstention
state-measures-note = Un examen correspond à une demande examinée lors d’une session ; une organisation relevant de plusieurs domaines est comptée dans chacun d’eux.
state-measures-compare = Comparer avec les autres États ou choisir d’autres années

## Who asks and time to decision

## measures: the "Who asks" and "Time to decision" pages, their charts and sentences.
## Typography as fr.ftl: a narrow no-break space (U+202F) before ; : % and inside « ».

## Who asks: the page

who-heading = Qui pose les questions
who-lead = Un État membre peut faire attendre une demande en lui posant une question supplémentaire. Voici, pour chaque État, le relevé de ses questions, telles que les communiqués de presse de l’ONU les rapportent, et la fréquence à laquelle l’examen de la demande a été reporté lors de la session concernée.
who-filter-applicants = ONG requérantes
who-filter-all-areas = Tous les domaines thématiques
who-ratios-heading = Quelles ONG requérantes un État interroge
who-ratios-intro = Pour chaque État, la part des examens visés par ses questions qui concernent un domaine thématique, divisée par la part de ce domaine dans l’ensemble des examens des sessions de l’État (celles où il siégeait, et celles où il a posé des questions en tant qu’observateur). 1× correspond à la proportionnalité ; au-delà de 1×, l’État interroge les requérantes de ce domaine davantage que leur seul nombre ne le voudrait.
who-this-chart = Ce graphique :
who-method-confounding = Le domaine thématique va de pair avec le pays du siège de l’ONG et avec des différends bilatéraux : un État qui interroge davantage un domaine peut en fait interroger les ONG d’un même pays. Il n’est pas encore possible de restreindre l’analyse au pays ou à la région de l’ONG.
who-definition = Questions posées par un État membre à une organisation qui demande le statut consultatif, telles que les communiqués de presse de l’ONU relatifs aux sessions de { $from } à { $to } les rapportent : chaque question rapportée par un communiqué compte une fois, de sorte qu’un État qui interroge la même requérante lors de deux séances d’une même session est compté deux fois. Les sessions d’un État sont celles où il siégeait au Comité et pour lesquelles des communiqués énumérant les questions ont été lus, ainsi que toute autre session où il a posé des questions en tant qu’observateur (comptée, et signalée à part) ; une session où il ne siégeait pas n’est pas comptée comme zéro. Les rapports s’arrêtent en juin 2024, et les années avec eux ; les communiqués ultérieurs sont conservés et affichés sur les pages des sessions. Un examen visé par des questions est l’examen d’une demande lors d’une session au cours de laquelle l’État a posé au moins une question ; il s’est soldé par un report lorsque le Comité a reporté l’examen de la demande à cette session (selon les rapports, ou selon le communiqué lorsque les rapports ne le mentionnent pas). Il s’agit d’une attribution, non d’une cause : d’autres États peuvent aussi avoir posé des questions, et l’examen d’une demande peut être reporté pour d’autres raisons. La surreprésentation compare la part des examens visés par un État qui concernent un domaine thématique à la part de ce domaine dans l’ensemble des examens de demandes de statut des sessions de l’État (ceux des rapports et ceux que seul un communiqué mentionne, les mêmes pour tous les États) ; 1 signifie la proportionnalité. Son intervalle de confiance à 95 % combine les intervalles de Wilson des deux parts (MOVER-R, Zou et Donner, 2008) comme pour des parts indépendantes ; comme les examens visés font partie de l’ensemble des examens, il est plus large que ne le serait un intervalle exact. Les votes enregistrés comptent le vote de chaque État sur les demandes mises aux voix, une fois par vote par appel nominal.
who-definition-area = { " " }Seules sont comptées les demandes des organisations classées comme travaillant sur { $area }.
who-coverage = Des questions sont enregistrées pour { $recorded } des { $sessions } sessions de { $from } à { $to } ({ $releases ->
    [one] { $releases } communiqué de presse lu
   *[other] { $releases } communiqués de presse lus
}). Les communiqués rapportent des questions à partir de 2007, et toutes les questions à partir de 2016 ; les chiffres antérieurs sont incomplets.
who-coverage-no-membership = { " " }Le fichier des membres du Comité ne couvre pas { $years } : aucun État n’y est compté comme membre pour ces années.

## Who asks: the tables

who-table-caption = Questions par État membre, { $from }–{ $to } : les chiffres du graphique
who-table-caption-area = Questions par État membre, { $from }–{ $to }, requérantes du domaine « { $area } » : les chiffres du graphique
who-col-state = État membre
who-col-sessions = Sessions où il siégeait
who-col-covered = … dont avec questions enregistrées
who-col-questions = Questions
who-col-questioned = Examens visés par des questions
who-col-deferred = Soldés par un report
who-col-votes = Votes : pour / contre / abstention
who-observer = { " " }(+{ $n } en tant qu’observateur)
who-ratios-caption = Surreprésentation par domaine thématique (1× = proportionnalité), avec intervalles de confiance à 95 % et effectifs
who-ratio = { $ratio }× (IC à 95 % : { $low }–{ $high }× ; { $questioned } examens visés sur { $questioned_all }, contre { $in_area } sur { $total })
who-ratio-unstable = { $ratio }× (IC à 95 % : { $low }–{ $high }× ; { $questioned } examens visés sur { $questioned_all }, contre { $in_area } sur { $total }), instable
who-ratio-none = — ({ $n ->
    [one] { $n } examen visé
   *[other] { $n } examens visés
})

## Who asks: the charts

who-questions-title = Examens visés par les questions de chaque État membre, { $from }–{ $to }
who-questions-axis = Examens visés par des questions (foncé : soldés par un report)
who-questions-note = Questions telles que les communiqués de presse de l’ONU les rapportent ; une attribution, non une cause.
who-bar-label = { $questioned } · { $deferred ->
    [one] { $deferred } reporté
   *[other] { $deferred } reportés
}
who-ratios-title = Répartition des questions de chaque État par domaine thématique, { $from }–{ $to }
who-ratios-note-proportion = 1× = proportionnel à la part du domaine dans les examens des sessions de l’État.
who-ratios-note-hollow = Points creux : moins de { $n } examens visés (instables). Traits : intervalles de confiance à 95 %.

## Who asks: the sentences under the charts

who-summary = De { $from } à { $to }, { $states ->
    [one] { $states } État membre a posé
   *[other] { $states } États membres ont posé
} des questions aux organisations requérantes, selon les communiqués de presse ({ $recorded ->
    [one] { $recorded } session
   *[other] { $recorded } sessions
} sur { $sessions }, { $releases ->
    [one] { $releases } communiqué
   *[other] { $releases } communiqués
}{ $incomplete }). { $state } a visé le plus grand nombre d’examens : { $questioned }, dont { $deferred ->
    [one] { $deferred } s’est soldé
   *[other] { $deferred } se sont soldés
} par un report lors de la même session — une attribution, non une cause.
who-summary-area = De { $from } à { $to }, { $states ->
    [one] { $states } État membre a posé
   *[other] { $states } États membres ont posé
} des questions aux organisations requérantes travaillant sur { $area }, selon les communiqués de presse ({ $recorded ->
    [one] { $recorded } session
   *[other] { $recorded } sessions
} sur { $sessions }, { $releases ->
    [one] { $releases } communiqué
   *[other] { $releases } communiqués
}{ $incomplete }). { $state } a visé le plus grand nombre d’examens : { $questioned }, dont { $deferred ->
    [one] { $deferred } s’est soldé
   *[other] { $deferred } se sont soldés
} par un report lors de la même session — une attribution, non une cause.
who-summary-incomplete = { $n ->
    [one] , dont un lu de manière incomplète
   *[other] , dont { $n } lus de manière incomplète
}
who-summary-none = Aucune question aux organisations requérantes n’est enregistrée de { $from } à { $to } : les communiqués de presse lus font état de questions pour { $recorded } des { $sessions } sessions.
who-summary-none-area = Aucune question aux organisations requérantes travaillant sur { $area } n’est enregistrée de { $from } à { $to } : les communiqués de presse lus font état de questions pour { $recorded } des { $sessions } sessions.
who-ratios-summary = Questions visant un domaine nettement plus que proportionnellement (estimation stable, intervalle de confiance à 95 % au-dessus de 1) : { $list }{ $more }.
who-ratios-summary-item = { $state }, pour { $area } ({ $ratio }×, borne inférieure { $low }×)
who-ratios-summary-more = { " " }et { $n ->
    [one] { $n } autre
   *[other] { $n } autres
}
who-ratios-summary-none = Aucun État n’adresse ses questions à un domaine nettement plus que proportionnellement (aucun rapport stable dont l’intervalle de confiance à 95 % se situe au-dessus de 1).

## Time to decision: the page

wait-heading = Combien de temps les ONG attendent
wait-lead = Depuis le premier examen d’une demande, combien de sessions du Comité s’écoulent avant qu’une décision soit prise — en comptant les demandes toujours en attente, et pas seulement celles qui ont abouti.
wait-summary-csv = Une ligne par domaine au lieu de la table de survie : { $link }
wait-summary-csv-link = CSV récapitulatif
wait-life-tables-heading = La table de survie de chaque courbe
wait-method-log-rank = Le test du log-rank compare, session par session, le taux auquel les demandes d’un domaine sont recommandées à celui des demandes ne relevant d’aucun des quatre domaines ; les autres décisions et les demandes en attente sortent de la comparaison au moment où elles surviennent. Une faible valeur p indique que les taux de recommandation diffèrent davantage que le hasard ne le ferait souvent ; elle n’en dit pas la raison, et ce n’est pas un test des courbes d’attente ci-dessus, qui comptent tous les types de décision. Le domaine thématique va de pair avec le pays du siège et avec des différends bilatéraux.
wait-definition = Demandes de statut consultatif examinées pour la première fois lors des sessions de { $from } à { $to }, chacune suivie depuis son premier examen (session 1) jusqu’à sa décision ou, tant qu’elle est en attente, jusqu’à son dernier examen. Une session est l’une des sessions du Comité, ordinaire ou reprise, que la demande y ait été examinée ou non. La courbe est l’estimateur de Kaplan–Meier de la part des demandes toujours en attente d’une décision ; une demande toujours en attente est censurée à son dernier examen. La clôture sans préjudice, le rejet et le retrait sont des décisions à part entière, non des censures : les parts de demandes recommandées, clôturées, rejetées et retirées à chaque session sont des incidences cumulées d’Aalen–Johansen et forment 100 % avec la part toujours en attente. Une demande dont le premier examen enregistré porte déjà la mention « déjà reportée » a commencé à attendre avant les registres et est exclue.
wait-notes-end = Les données s’arrêtent à la { $session }.
wait-notes-end-unknown = Les données s’arrêtent à la dernière session.
wait-notes = Exclues parce que leur premier examen enregistré porte déjà la mention « déjà reportée » : { $left ->
    [one] { $left } demande enregistrée
   *[other] { $left } demandes enregistrées
} pour la première fois de { $from } à { $to }. Demandes ayant fait l’objet d’une décision à une session puis examinées de nouveau plus tard (comptées selon leur dernier examen, comme les pages des ONG les présentent) : { $again }.

## Time to decision: the tables

wait-table-caption = Demandes examinées pour la première fois de { $from } à { $to } : les chiffres du graphique
wait-col-applications = Demandes
wait-col-closed-rejected-withdrawn = Clôturées, rejetées ou retirées
wait-col-pending = Toujours en attente
wait-col-median = Nombre médian de sessions avant décision (IC à 95 %)
wait-col-waiting-after = Toujours en attente après { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
wait-col-half-recommended = Sessions avant que la moitié soient recommandées
wait-col-log-rank = Log-rank face aux demandes hors des quatre domaines
wait-log-rank-cell = { $p } (observées : { $observed }, attendues : { $expected })
wait-row-unstable = { " " }instable : moins de { $n } décisions
wait-life-caption = { $area } : { $n ->
    [one] { $n } demande
   *[other] { $n } demandes
}
wait-col-at-risk = En attente au début de la session
wait-col-censored = En attente, suivi interrompu (censurées)
wait-col-waiting = Toujours en attente après la session (IC à 95 %)
wait-col-recommended-by = Recommandées à ce stade
wait-col-closed-by = Clôturées, rejetées ou retirées à ce stade

## Time to decision: medians, the chart, the sentence under it

wait-not-reached = non atteinte
wait-median = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} (IC à 95 % : { $interval })
wait-interval-no-high = { $low } – non atteinte
wait-interval-no-low = non atteinte – { $high }
wait-chart-title = Demandes toujours en attente d’une décision, par domaine thématique, examinées pour la première fois en { $period }
wait-chart-empty = Aucune demande sur cette période.
wait-axis-waiting = Toujours en attente d’une décision
wait-axis-sessions = Sessions depuis le premier examen
wait-half-decided = moitié décidée
wait-footnote-bands = Bandes : intervalles de confiance ponctuels à 95 % (log-log).
wait-footnote-censored = Demandes en attente censurées à leur dernier examen.
wait-footnote-dashed = Tirets : moins de { $n } décisions (instable).
wait-curve-label = { $area } { $share }
wait-summary-none = Aucune demande examinée pour la première fois en { $period } ne figure dans les données.
wait-summary-overall = Parmi les demandes examinées pour la première fois en { $period } (n = { $n }), { $median }{ $after }.
wait-summary-median = la moitié ont obtenu une décision dans un délai de { $median }
wait-summary-median-not-reached = moins de la moitié ont obtenu une décision avant la fin des données (médiane non atteinte)
wait-summary-after =  ; { $share } étaient toujours en attente après { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
wait-summary-after-none =  ; aucune n’a encore été suivie pendant { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
wait-summary-too-few = Trop peu de décisions dans chaque domaine thématique (moins de { $n }) pour comparer les domaines.
wait-summary-head = ONG travaillant sur { $area } : { $share } toujours en attente après { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
wait-summary-compare = { $head }, contre { $other } pour les ONG ne relevant d’aucun des quatre domaines thématiques{ $test }.
wait-summary-log-rank =  ; test du log-rank sur le taux de recommandation : { $p }

## Time to decision: what happened to the applications (cumulative incidence)

outcome-heading = Ce qu’il en est advenu
outcome-intro = À chaque session depuis leur premier examen, la part des demandes recommandées, clôturées sans préjudice, rejetées et retirées (incidence cumulée d’Aalen–Johansen), et la part toujours en attente : 100 % au total. Ces parts sont des estimations ponctuelles sans intervalle (l’intervalle de la part en attente figure dans le graphique ci-dessus) ; un groupe comptant moins de { $n } décisions est signalé comme instable. Les chiffres figurent dans les tables de survie ci-dessous.
outcome-title = Ce qu’il est advenu des demandes — { $area } (n = { $n }{ $unstable }), par nombre de sessions depuis leur premier examen
outcome-step = À la session { $sessions } : { $recommended } recommandées, { $closed } clôturées, { $rejected } rejetées, { $withdrawn } retirées, { $waiting } toujours en attente.
outcome-description = { $area } (n = { $n }). { $steps }
outcome-none = { $area } : aucune demande suivie pendant { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}.
outcome-legend-waiting = En attente

## Organizations search, pager, not found, API page

## Fragment of helper "common": the organizations search (search-), the pager (common-),
## the API page (api-). api-topic-* and api-intro-* repeat the OpenAPI document's English
## (server/src/http/api/document.rs); English pages show the document's own text.

## Organizations search

search-lead = Toutes les ONG dont le Comité a examiné une demande, retrouvées sous n’importe lequel des noms qu’elles ont portés — noms actuels et anciens, et graphies relevées dans les rapports et les communiqués de presse.
search-name = Nom
search-submit = Rechercher
search-any = Tous
search-outcome = Résultat
search-outcome-in_status = Dotée du { -consultative-status }
search-outcome-pending = En attente
search-sort = Trier par
search-sort-name = Nom
search-sort-deferrals = Reports les plus nombreux
search-sort-years_pending = Attente la plus longue
search-none = Aucune organisation ne correspond.
search-past-last = La page { $page } dépasse la dernière page ({ $pages }) pour { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}.
search-showing = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
} ; affichage des résultats { $first } à { $last }.
search-facets-label = Affiner les résultats
search-country-facet = Pays (communiqués de presse)
search-results-heading = Résultats
search-downloads-note = Les téléchargements contiennent cette page de résultats (jusqu’à 100 par page avec per_page=100).
search-caption = Organisations trouvées
search-col-deferrals = Reports
search-col-years = Années
search-years-waited = { " " }({ $n ->
    [one] { $n } an
   *[other] { $n } ans
})
search-also-as = aussi sous le nom « { $name } »

## Pager

common-pages = Pages
common-previous = ← Précédente
common-next = Suivante →
common-page-of = Page { $page } sur { $pages }

## API page

api-title = API
api-document = La même référence pour les programmes : { $link } (OpenAPI 3.1 ; { $title }, version { $version }).
api-topics = Thèmes
api-formats = Formats : { $formats }
api-try = Essayer : { $link }
api-parameters = Paramètres
api-place-path = { " " }(dans l’adresse)
api-place-required = { " " }(obligatoire)
api-place-optional = { " " }(facultatif)
api-values = Valeurs : { $values }.{ " " }
api-default = Par défaut : { $value }.{ " " }
api-example = Exemple : { $value }.
api-values-one-of = l’une des valeurs { $list }
api-values-whole = un nombre entier de { $min } à { $max }
api-values-text-max = texte d’au plus { $n ->
    [one] { $n } caractère
   *[other] { $n } caractères
}
api-values-text = texte
api-intro-data = Les données qui sous-tendent chaque chiffre d’ecosoc-watch, pour les rédactions, les chercheurs et les scripts : comment le { -committee-short } de l’ECOSOC se prononce sur les demandes de { -consultative-status } — par domaine thématique, par État auteur des questions et dans le temps —, avec la source de chaque valeur.
api-intro-use = Chaque route répond à GET (et à HEAD), ne demande aucune clé et peut être lue depuis n’importe quel site web. Les réponses JSON indiquent ce que signifient leurs chiffres, la version des données et la manière de les citer ; la plupart ont un équivalent CSV, et les graphiques sont fournis en fichiers SVG et PNG. Un paramètre inconnu ou hors limites reçoit une erreur 400 qui le nomme et indique ce qu’il accepte, sous la forme `{ $envelope }`. Une réponse reste identique tant que les données ne changent pas : son ETag permet à un client de la redemander à peu de frais.
api-intro-sources = Les décisions de 1998 à 2024 proviennent du jeu de données ECOSOC_Status de Christoph Valentin Steinert (licence MIT), codé à partir des rapports officiels du Comité ; les questions, les votes et les sessions ultérieures proviennent des communiqués de presse de l’ONU (couverture des réunions), qui ne sont pas des documents officiels.
api-intro-english = Les routes ci-dessous sont décrites dans les termes du document, en anglais.
api-topic-deferral-rates = Taux de report
api-topic-deferral-rates-text = À quelle fréquence l’examen des demandes a été reporté, par domaine thématique : chaque taux avec les chiffres dont il est composé, un intervalle à 95 % et le rapport au taux de toutes les autres demandes.
api-topic-time-to-decision = Délai de décision
api-topic-time-to-decision-text = Combien de sessions du Comité une demande attend avant une décision, par domaine thématique : courbes d’attente, médianes et tables de survie.
api-topic-who-asks = Qui pose les questions
api-topic-who-asks-text = Quels États membres posent des questions aux demandeurs, sur quels domaines thématiques, et comment ils votent. Une question posée avant un report est une attribution, non une cause.
api-topic-organizations = Organisations
api-topic-organizations-text = Toutes les organisations, retrouvées sous n’importe quelle graphie de leur nom, et le dossier complet de chacune.
api-topic-sessions = Sessions
api-topic-sessions-text = Les sessions du Comité avec leurs décomptes, et une session donnée avec les deux sources côte à côte.
api-topic-member-states = États membres
api-topic-member-states-text = Tous les États membres qui ont posé une question ou voté, et les questions et votes d’un État donné.
api-topic-press-releases = Communiqués de presse
api-topic-press-releases-text = Ce que les communiqués de presse de l’ONU ajoutent aux rapports du Comité, et les points sur lesquels les deux divergent.
api-topic-the-whole-record = L’ensemble des données
api-topic-the-whole-record-text = Ce que contient la base de données, et l’ensemble en un seul téléchargement.
api-topic-this-api = Cette API
api-topic-this-api-text = La présente description de l’API, destinée aux programmes.

## Methodology

## Page Méthodologie (app/src/routes/methodology.rs). Une variable $term, $link, $code ou
## $version tient la place d’un élément (terme en gras, lien, code) dont les mots viennent
## d’un autre message ou des données. $ever puis $at_least, dans cet ordre.

methodology-toc-label = Sur cette page
methodology-units-heading = Ce qui est compté
methodology-measures-heading = Indicateurs
methodology-linking-heading = Rattachement des noms
methodology-sources-heading = Sources et licences
methodology-coverage-heading = Couverture et lacunes connues
methodology-membership-heading = Les membres du Comité

## Ce qui est compté

methodology-unit-organization = Organisation
methodology-unit-organization-text = Une ONG, quelle que soit la graphie de son nom ; les changements de nom et les fusions conservent son historique.
methodology-unit-application = Demande
methodology-unit-application-text = Une demande de { -consultative-status } ou de reclassement présentée par une organisation.
methodology-unit-consideration = Examen
methodology-unit-consideration-text = Une demande examinée à une session (session ordinaire, vers janvier ; reprise de session, vers mai). Son issue : recommandée (statut consultatif général ou spécial, ou inscription sur la Liste), reportée, clôturée sans préjudice (absence de réponse à trois rappels), rejetée ou retirée. « Nouvelle demande » ou « demande reportée lors de sessions antérieures » est une propriété de l’examen.
methodology-unit-question = Question
methodology-unit-question-text = Une question posée par un État membre au sujet d’une demande lors d’un examen, telle que les communiqués de presse la consignent.
methodology-unit-vote = Vote
methodology-unit-vote-text = Le vote d’un État membre lors d’un vote enregistré.

## Indicateurs : chaque point commence par son terme en gras

methodology-measure-session-deferral = { $term } : reports ÷ examens, cumulés sur les sessions des années choisies ; tous les examens, les nouvelles demandes uniquement ou les demandes reportées lors de sessions antérieures uniquement. Les clôtures pour absence de réponse ne sont pas des reports.
methodology-term-ever-deferred = Demandes reportées au moins une fois
methodology-term-deferred-at-least = reportées au moins N fois
methodology-measure-ever-deferred = { $ever } et { $at_least } : par demande examinée pour la première fois au cours des années choisies, comptée une seule fois. Les demandes déjà « reportées lors de sessions antérieures » au début des données sont exclues des cohortes plutôt que sous-comptées.
methodology-term-uncertainty = Incertitude
methodology-measure-uncertainty = { $term } : chaque taux est assorti de son n et d’un intervalle de score de Wilson à 95 % ; en deçà de { $n } événements, il est signalé comme instable. Le rapport de taux d’un domaine face à toutes les autres demandes des mêmes sessions est assorti d’un intervalle à 95 % calculé sur l’échelle logarithmique.
methodology-measure-time-to-decision = { $term } : nombre de sessions entre le premier examen d’une demande (session 1) et la décision, toutes les sessions du Comité étant comptées. La part des demandes toujours en attente est un estimateur de Kaplan–Meier, avec un intervalle de confiance à 95 % log-log (formule de Greenwood) ; les demandes encore en attente sont censurées à leur dernier examen. La clôture, le rejet et le retrait sont des issues à part entière (incidence cumulée d’Aalen–Johansen), jamais des censures, de sorte que les parts des demandes recommandées, clôturées, rejetées, retirées et toujours en attente totalisent 100 %. Les médianes se lisent là où la courbe franchit la moitié (« non atteinte » si elle ne la franchit pas), avec l’intervalle de Brookmeyer–Crowley ; un test du log-rank compare le taux de recommandation de chaque domaine à celui des demandes ne relevant d’aucun domaine, et son résultat est donné sous forme de valeur p. Aucune médiane calculée sur les seuls cas clos n’est présentée : elle laisserait de côté les attentes les plus longues.
methodology-term-passport-deferrals = Reports sur la fiche d’une organisation
methodology-measure-passport-deferrals = { $term } : comptés une fois par session, d’après les rapports lorsqu’ils couvrent la session et d’après les communiqués de presse après juin 2024, de sorte que rien n’est compté deux fois.
# Terme de l’indicateur, et colonne du tableau de couverture
methodology-questions = Questions
methodology-measure-questions = { $term } : « examens au cours desquels un État a posé une question et qui se sont soldés par un report » désigne une attribution, non une cause.
methodology-confounding = Le domaine thématique va de pair avec le pays du siège et avec des différends bilatéraux : une différence entre domaines ne prouve pas, à elle seule, pourquoi des demandes ont été reportées.

## Domaines thématiques : les règles, leurs exceptions, les organisations classées d’après leur nom

methodology-rules-text = Une organisation relève d’un domaine lorsque l’une des expressions ci-dessous apparaît, en mots entiers, dans l’un des noms qu’elle a portés (sans tenir compte de la casse, des accents ni de la ponctuation ; une expression terminée par * correspond à tout mot qui commence ainsi). Elle peut relever de plusieurs domaines ; si elle ne relève d’aucun, elle est classée dans « Aucun de ces domaines ». Chaque attribution conserve la règle et les mots qui l’ont produite, et les curateurs peuvent corriger une attribution en indiquant un motif, qui est conservé. « Droits de l’homme (en général) » vise les droits de l’homme en général : une organisation consacrée aux droits d’un groupe (« … Women's Rights … », les droits d’une minorité ou des personnes LGBTI) ne relève que du domaine de ce groupe, et ne relève aussi des droits de l’homme que lorsqu’elle parle des droits de l’homme, des libertés civiles, de la torture, du génocide ou de la démocratie en tant que tels (l’exception { $code } ci-dessous). Les jeux annotés à la main qui servent à évaluer les règles appliquent la même définition.
methodology-rules-known-text = Les noms de certaines organisations ne disent pas ce qu’elles font (le nom d’un fondateur, un arc-en-ciel, une émeute célèbre). Celles qui figurent ci-dessous parmi les « Organisations connues » sont classées dans leurs domaines d’après leur nom, chacune avec la source publique qui montre ce qu’elle fait ; la liste est revue comme les règles.
methodology-rule-set-version = Version des règles : { $version }
methodology-rules-caption = Règles : une seule expression suffit à placer une organisation dans le domaine
methodology-col-rule = Règle
methodology-col-area = Domaine
methodology-col-language = Langue
methodology-col-phrases = Expressions
methodology-exceptions-caption = Exceptions (faux amis) : le domaine est retiré lorsque l’un de ces mots est présent, sauf si l’un des mots de la dernière colonne l’est aussi
methodology-col-exception = Exception
methodology-col-when = Si
methodology-col-unless = Sauf si
methodology-col-why = Motif
methodology-known-caption = Organisations connues : classées d’après leur nom, avec la source qui montre ce qu’elles font
methodology-col-entry = Entrée
methodology-col-names = Noms
methodology-col-areas = Domaines
methodology-col-taken-out-of = Retirée de
methodology-known-reason = { $reason } ({ $link })
methodology-known-source-link = source

## Communiqués lus de manière incomplète

methodology-incomplete-heading = Communiqués lus de manière incomplète
methodology-incomplete-text = { $n ->
    [0] Chaque communiqué conservé a été lu en entier : ses enregistrements correspondent aux chiffres qu’annonce son titre.
    [one] Un communiqué contient un nombre d’enregistrements différent de celui qu’annonce son titre. Les chiffres de presse de sa session ne couvrent que ce qui a été lu ; le message de l’analyseur indique l’écart.
   *[other] { $n } communiqués contiennent un nombre d’enregistrements différent de celui qu’annonce leur titre. Les chiffres de presse de leurs sessions ne couvrent que ce qui a été lu ; le message de l’analyseur indique l’écart.
}
methodology-incomplete-caption = Communiqués dont les enregistrements diffèrent de leur titre
methodology-col-release = Communiqué
methodology-col-what-differs = Écart
methodology-release-date = { " " }({ $date })

## Rattachement des noms

methodology-linking-text = Les rapports et les communiqués écrivent une même organisation de bien des façons. Les graphies sont rattachées lorsque leurs clés normalisées sont égales (casse, accents, ponctuation et espaces neutralisés), puis lorsque leurs seules lettres et chiffres sont égaux et désignent une seule organisation ; les changements de nom et les fusions consignés dans les rapports rattachent leurs noms ; des noms identiques à un article près, à « of » près, à une forme juridique près (« , Inc. », « , charity », « , e.V. ») ou à un sigle ou un lieu final entre parenthèses près sont rattachés lorsque les deux n’ont jamais figuré à la même session (sauf si l’un n’y figurait que parmi les nouvelles demandes approuvées, liste qui mentionne une organisation une seconde fois) ; une graphie quasi identique est rattachée par une règle approximative qui consigne son score ; les curateurs fusionnent et séparent en indiquant un motif qui survit à la réimportation. Chaque graphie conserve la manière dont elle a été rattachée, indiquée sur la page de l’organisation.
methodology-link-rules-caption = Graphies selon leur mode de rattachement
methodology-col-spellings = Graphies
methodology-link-rule-new = première graphie d’une nouvelle organisation
methodology-link-rule-normalised = graphie normalisée (casse, ponctuation, mentions de statut)
methodology-link-rule-name_change = changement de nom consigné dans les rapports
methodology-link-rule-merger = fusion consignée dans les rapports
methodology-link-rule-variant = même nom à un article, « of », une forme juridique, un sigle ou un lieu entre parenthèses près, jamais listé à côté
methodology-link-rule-fuzzy = graphie quasi identique (correspondance approximative)
methodology-link-rule-curator = décision d’un curateur
methodology-link-rule-other = autre

## Sources et licences

methodology-source-steinert = { $link } de Christoph Valentin Steinert (licence MIT) : les décisions du Comité par session de 1998 à 2024, codées à partir de ses rapports officiels. Chaque ligne que nous conservons renvoie à son fichier, à sa feuille et à sa ligne.
methodology-source-press = Communiqués de presse de l’ONU couvrant les réunions ({ $link }) : quel État membre a posé quelle question à quelle ONG, les votes enregistrés, le pays de l’ONG, et les sessions postérieures à juin 2024. Documents publics de l’ONU, qui ne sont pas des documents officiels. Lus intégralement à partir de 2016 ; de 2007 à 2015 et pour les communiqués en français, lus au mieux, chaque passage illisible étant consigné.
methodology-scrape = Le serveur lit lui-même les nouveaux communiqués de presse { $schedule } (sauf s’il est lancé avec --no-scrape), sans surcharger le site et uniquement ce qui est nouveau. { $last }
methodology-scrape-schedule = chaque jour en janvier, février, mai et juin (les mois où le Comité siège habituellement), chaque semaine le reste de l’année, et deux heures après une tentative échouée
methodology-last-run = Dernière exécution : lancée le { $started }, terminée le { $finished } ({ $status }) : { $outcome }.
methodology-last-run-unfinished = Dernière exécution : lancée le { $started } ({ $status }) : { $outcome }.
methodology-run-status = { $status ->
    [succeeded] réussie
    [failed] échouée
    [running] en cours
   *[other] { $status }
}
methodology-run-outcome = { $fetched ->
    [one] { $fetched } nouveau communiqué
   *[other] { $fetched } nouveaux communiqués
}, { $updated } mis à jour, { $unchanged ->
    [one] { $unchanged } inchangé
   *[other] { $unchanged } inchangés
}, { $failed } en échec
methodology-no-scrape = Aucune collecte n’a encore été effectuée sur cette base de données.

## Couverture et lacunes connues

methodology-coverage-caption = Ce que contient chaque source, par année
methodology-col-year = Année
methodology-col-considerations-reports = Examens (rapports)
methodology-col-release-entries = Mentions dans les communiqués
methodology-known-gaps = Lacunes connues : les questions ne sont connues que lorsque les communiqués les mentionnent ; les rapports s’arrêtent en juin 2024 ; le pays du siège n’est connu que lorsqu’un communiqué en indique un. Lorsque les rapports ne concordent pas avec un total annoncé par l’ONU, la session est signalée sur sa page, avec les deux chiffres.

## Les membres du Comité

methodology-membership-text = Les chiffres « Qui pose les questions » d’un État comptent les sessions auxquelles il a siégé (et, à part, celles où il a posé des questions en tant qu’observateur) ; une session à laquelle il n’a pas siégé ne compte pas comme un zéro. { $source }. Une année comptant moins de 19 membres correspond à un siège qu’aucune source lue jusqu’ici ne nomme : il est laissé vide, et non deviné.
methodology-membership-source = Composition du Comité de { $first } à { $last } d’après le fichier vérifié d’ecosoc-watch server/data/committee_membership.tsv ({ $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}, chacune ayant pour source une élection de l’ECOSOC ou un rapport du Comité ; { $unchecked ->
    [one] { $unchecked } ligne pas encore vérifiée
   *[other] { $unchecked } lignes pas encore vérifiées
} par rapport au texte de la source)
methodology-membership-caption = Membres par année dans le fichier de composition
methodology-col-members = Membres
methodology-col-unchecked = Non vérifiés par rapport au texte de la source
