## ecosoc-watch: the interface in English, the reference catalogue.
## Every other catalogue has exactly these keys (a test fails otherwise).
## NGO names, questions and source text are records, never translated; only the words
## around them are here. UN terms: see terminology.md beside this file.

-committee = Committee on Non-Governmental Organizations
-committee-short = Committee on NGOs
-consultative-status = consultative status

## The site around every page

site-description = How the UN ECOSOC { -committee-short } defers applications: by focus area, by asking state, over time, with sources for every figure.
skip-to-content = Skip to content
nav-label = Main
nav-overview = Overview
nav-organizations = Organizations
nav-time-to-decision = Time to decision
nav-who-asks = Who asks
nav-sessions = Sessions
nav-states = Member states
nav-methodology = Methodology
language-label = Language
footer-sources = Decisions 1998–2024 from Christoph Valentin Steinert's { $dataset } dataset (MIT licence), coded from the Committee's official reports. Meetings coverage from UN press releases, which are not official records.
footer-api-link = The API
footer-api = : every figure as JSON, CSV, SVG or PNG, for newsrooms and scripts.
loading = Loading…

## Errors

error-not-found = Not found
error-bad-request = That address is not valid
error-failed = Something went wrong
error-database = The database could not be read. Please try again in a moment.
page-not-found = Page not found
page-not-found-text = There is no page at this address.
go-to-overview = Go to the overview
search-organizations = Search the organizations
showing-default-view = — showing the default view.

## Home page

home-title = Deferral at the UN { -committee-short }
home-lead = The Committee's 19 member states can hold an NGO's application back for years by asking another question. ecosoc-watch keeps the Committee's records with their sources and counts who is deferred, by whom, and for how long.
rates-heading = Who is deferred: by focus area
rates-computing = Computing rates…
filter-measure = Measure
filter-from = From
filter-to = To
filter-considerations = Considerations
filter-n = N
filter-region = NGOs based in
filter-any-region = any region
filter-any-year = Any year
filter-apply = Apply

measure-session_deferral = Session deferral rate
measure-ever_deferred = Share of applications ever deferred
measure-deferred_at_least = Share of applications deferred at least N times
consideration-all = all considerations
consideration-new = new applications only
consideration-previously_deferred = previously deferred only

region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
# A chart restricted to one region: "Africa (UN M49 region)"
region-restriction = { $region } (UN M49 region)
region-oceania = Oceania

## Focus areas: as a label, and inside a sentence ("NGOs working on …")

area-women = Women's rights
area-lgbti = LGBTI rights
area-minority = Minority rights
area-human_rights = Human rights (general)
area-other = None of these
area-all = All applications
area-unknown = Unknown
area-phrase-women = women's rights
area-phrase-lgbti = LGBTI rights
area-phrase-minority = minority rights
area-phrase-human_rights = human rights in general
area-phrase-other = none of the four focus areas

## Decisions, votes, sources, sessions

decision-recommended = Recommended
decision-recommended_special = Recommended (special status)
decision-recommended_general = Recommended (general status)
decision-recommended_roster = Recommended (roster)
decision-deferred = Deferred
decision-closed = Closed (no response)
decision-rejected = Rejected
decision-withdrawn = Withdrawn
decision-reclassified = Reclassified
decision-quadrennial_noted = Quadrennial report noted
decision-other = Other
decision-short-recommended = Recommended
decision-short-closed = Closed
vote-in_favour = In favour
vote-against = Against
vote-abstaining = Abstained
vote-absent = Absent
source-steinert = Reports
source-press_release = Press release
source-esango = esango
source-test = Test data
session-part-regular = regular
session-part-resumed = resumed
# "2019 resumed"
session-label = { $year } { $part }
application-status = Status { $seq }
application-reclassification = Reclassification { $seq }
application-status_withdrawal = Withdrawal { $seq }
application-other = Application { $seq }

## Rates: numbers, chart, table

# "62% (95% CI 41–79%, n = 21)": a rate with its interval and its n
rate-with-interval = { $rate } (95% CI { $low }–{ $high }, n = { $n })
share-with-interval = { $rate } (95% CI { $low }–{ $high })
rate-no-data = no data (n = { $n })
chart-no-data = no data
chart-bar-note = { $rate } · n = { $n }
chart-bar-note-unstable = { $rate } · n = { $n } · unstable
chart-footnote = Whiskers: 95% intervals. Hatched bars: fewer than { $n } events (unstable).
chart-footnote-whiskers = Whiskers: 95% intervals.
chart-footnote-hatched = Hatched: fewer than { $n } events (unstable).
rates-caption = { $measure }, { $from }–{ $to }: the numbers behind the chart
rates-col-area = Focus area
rates-col-rate = Rate (95% CI, n)
rates-col-events = Events
rates-col-out-of = Out of
rates-col-ratio = Rate ratio vs all others (95% CI)
rates-unstable = unstable: fewer than { $n } events
download = Download:
method-heading = What is counted, and what it does not show
method-areas = Focus areas come from reviewed rules over each organization's names, with the matched words kept as the reason; curators can correct them. An organization can be in several areas. Rates carry 95% Wilson intervals; the rate ratio compares an area with all other applications in the same sessions, with a 95% interval on the log scale.
method-confounding = Focus area goes together with headquarters country and with bilateral disputes, so a difference between areas is not by itself evidence of why applications were deferred. Restrict the chart to NGOs based in one region above, or in one country with { $example } (an ISO 3166-1 code) in the address.
cite-as = Cite as: { $citation } Data as of { $version }.

definition-session_deferral = Share of considerations (one application at one session, { $filter }) in the sessions of { $from }–{ $to } that ended in deferral. Closures for non-response are not counted as deferrals.
definition-ever_deferred = Share of applications first considered in { $from }–{ $to } that were deferred at least once; each application counts once. Recent applications have had fewer sessions in which to be deferred.
definition-deferred_at_least = Share of applications first considered in { $from }–{ $to } that were deferred at least { $n } times; each application counts once. Recent applications have had fewer sessions in which to be deferred.

## The sentence under the chart, built from the numbers

summary-what-session_deferral = of considerations ended in deferral
summary-what-ever_deferred = of applications were deferred at least once
summary-what-deferred_at_least = of applications were deferred at least { $n } times
summary-period-sessions = In the sessions of { $from }–{ $to }
summary-period-sessions-in = In the sessions of { $from }–{ $to } (organizations based in { $place })
summary-period-first = Of applications first considered in { $from }–{ $to }
summary-period-first-in = Of applications first considered in { $from }–{ $to } (organizations based in { $place })
summary-ratio = ; rate ratio against all other applications { $ratio } (95% CI { $low }–{ $high })
summary-compare = { $period }, { $top } { $what } for NGOs working on { $area }, against { $other } for NGOs in none of the four focus areas{ $ratio }.
summary-all-only = { $period }, { $all } { $what } (all applications); too few events to compare focus areas.
summary-none = { $period }: no records in this range.
country-note = A country is known where the organization's press releases print one and agree: { $known } of { $units } { $unit } in these years ({ $share }); { $unsettled } more belong to organizations whose releases print different countries or one no table knows, and are never assigned one. The reports give no country.
unit-considerations = considerations
unit-applications = applications

## What the database holds

holdings-heading = What the database holds
last-update = Last update:
never = never
sources-caption = Stored source documents
sources-col-source = Source
sources-col-documents = Documents
sources-col-bytes = Bytes
sources-col-fetched = Last fetched
tables-caption = Records by kind, most first
tables-col-kind = Kind of record
tables-col-rows = Rows
empty-heading = No records yet
empty-text = The database is empty. Load the Committee's decisions 1998–2024 with:
empty-offline = Without network access, point it at a local copy of the dataset:
empty-loading = Loading the Committee's decisions 1998–2024 from { $from } (started { $started }): { $stage }. This page refreshes itself every few seconds.
empty-failed = The reports dataset could not be loaded from { $from } ({ $at }): { $error }

## Cite this

cite-this = Cite this
cite-note-before = The address shows this view with the data as it is when it is opened. For a copy that does not change, download the
cite-note-link = data package
cite-note-after = and cite its version.

## An NGO's passport

passport-crumbs = Organizations
passport-none = { $name } has no recorded consideration.
passport-times = { $n ->
    [0] never deferred
    [1] deferred once
   *[other] deferred { $n } times
}
passport-over-one-year = { " " }in { $year }
passport-over-years = { " " }over { $years ->
    [one] { $years } year
   *[other] { $years } years
} ({ $first }–{ $last })
passport-summary = { $name }: considered at { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $times }{ $over }
passport-outcome = ; { $decision } at the { $session } session
passport-pending-status = ; its status application is still pending after { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, last considered at the { $last } session
passport-pending-latest = ; its latest application is still pending after { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, last considered at the { $last } session
passport-end = .
timeline-title = Timeline of { $name }
history-heading = History
areas-heading = Focus areas
area-reason-curator = set by a curator: { $text }
area-reason-none = no rule matched its names
area-reason-rule = rule { $rule } matched “{ $matched }” in “{ $text }”
curator-corrections = Curator corrections:
override-add = added { $area } — { $reason } ({ $curator }, { $at })
override-remove = removed { $area } — { $reason } ({ $curator }, { $at })
areas-note-before = Areas come from reviewed rules over every name the organization has had; see the
areas-note-link = methodology
waits-heading = Time waited
waits-note-before = Sessions count every session of the Committee from the application's first consideration, whether or not it came up. The share is read off the area's waiting curve over all years; see
waits-note-link = time to decision
an-application = An application
wait-sessions = { $at_least ->
    [yes] at least { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
   *[no] { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
}
wait-pending = { $lane } has waited { $sessions } and is still pending
wait-decided = { $lane } waited { $sessions } for its decision
wait-group-other = applications of NGOs in none of the four focus areas
wait-group-area = applications of NGOs working on { $area }
wait-unstable = ; unstable: fewer than { $n } decisions
wait-sentence = { $own }; { $share } of { $group } had a decision within { $within } (n = { $n }{ $unstable }).
country-unknown = Country: not known (the reports do not give one; no press release printed one).
country-one = Country, as the press releases print it: { $country }.
country-many = Country: the press releases disagree — { $list }.
country-entries = { $country } ({ $n ->
    [one] { $n } entry
   *[other] { $n } entries
})
app-caption-final = { $lane }: every consideration, final decision { $decision }
app-caption-pending = { $lane }: every consideration, still pending
col-session = Session
col-decision = Decision
col-source = Source
col-questions = Questions asked
col-source-line = Source line
consideration-is-new = (new)
consideration-was-deferred = (previously deferred)
sources-disagree = Sources disagree
votes-caption = Recorded votes, with each state's vote
votes-col-on = On
names-heading = Names
names-caption = Every spelling linked to this organization, and why
names-col-name = Name as printed
names-col-linked = Linked as
link-new = first seen
link-normalised = same name, other spelling
link-name_change = name change (reports)
link-merger = merger (reports)
link-variant = same name but for an article, legal form or bracket
link-fuzzy = near-identical spelling
link-curator = linked by a curator
link-other = other
linked-to = (to “{ $name }”)
event-merger = Merger: “{ $old }” and “{ $other }” became “{ $new }”
event-name-change = Name change: “{ $old }” became “{ $new }”
release-paragraph = release ¶{ $paragraph }
no-questions = —

## Timeline chart

timeline-legend-press = press release
timeline-axis-parts = reg. · res.
timeline-step = { $session }: { $decision }
timeline-lane = { $lane }: { $steps }.

## Separators inside sentences, and back links

sep-list = { ", " }
sep-clause = { "; " }
# Between matched words inside quotation marks: “women”, “girls”
sep-quoted = { "”, “" }
back-all-states = All member states
back-default-view = Go to the default view
back-new-search = Start a new search
back-all-sessions = All sessions
filter-sessions-from = Sessions from
filter-considered-from = Considered from
filter-to-lower = to
filter-first-considered-from = First considered from
definition-restricted = Only organizations whose press releases agree that they are based in { $place }; an organization whose releases print no country or different ones is left out.

## What the database holds: sources and kinds of record

source-label-steinert = Committee reports 1998–2024 (Steinert's ECOSOC_Status, MIT)
source-label-press_release = UN meetings-coverage press releases
source-label-esango = iCSO / esango profiles
source-label-test = Test data
table-press_release = Press releases
table-press_record = NGO entries read from press releases
table-organization = Organizations
table-organization_name = Organization names (spellings)
table-application = Applications
table-session = Sessions
table-consideration = Considerations (an application at a session)
table-question = Questions asked by member states
table-recorded_vote = Recorded votes
table-vote = Member-state votes
table-focus_area_assignment = Focus-area assignments
table-other = Other records

## Citations (APA 7th edition, data set)

cite-title-rates = { $measure } by NGO focus area, { $from }–{ $to }
cite-title-rates-in = { $measure } by NGO focus area, { $from }–{ $to }, organizations based in { $place }
cite-title-organization = { $name }: record before the UN { -committee-short }
cite-apa = { $author }. ({ $year }). { $title } ({ $version }) [Data set]. ecosoc-watch. { $url }
cite-version = data version { $data }, focus-area rules { $rules }
cite-version-rules = focus-area rules { $rules }

## Punctuation around links and quoted text

breadcrumb = Breadcrumb
# Between words and a link inside a sentence (none in Chinese)
word-space = { " " }
# The end of a sentence that closes with a link
sentence-end = .
# A state's question after its name
question-text = : { $text }
