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
# On Arabic pages, beside the languages: the same page with Arabic-Indic digits, or back to
# Western digits (each named by its digits).
digits-arabic-indic = Digits ٠١٢٣
digits-western = Digits 0123
footer-sources = Decisions 1998–2024 from Christoph Valentin Steinert's { $dataset } dataset (MIT licence), coded from the Committee's official reports. Meetings coverage from UN press releases, which are not official records.
footer-api-link = The API
footer-api = : every figure as JSON, CSV, SVG or PNG, for newsrooms and scripts.
loading = Loading…

## Errors

error-not-found = Not found
error-bad-request = That address is not valid
error-failed = Something went wrong
error-database = The database could not be read. Please try again in a moment.
# Before the server's own explanation of a bad address or a missing record, on pages in
# another language: the explanation names parameters and values, and stays English.
error-detail-english = The server explains, in English:
# A date as the UN writes it in each language ("3 June 2019"; zh 2019年6月3日; ru "3 июня 2019 года";
# ar with paired month names, "3 حزيران/يونيه 2019"); with a time of day in UTC.
date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
    *[12] December
    } { $year }
date-time = { $date }, { $time } UTC
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
# $profile: a link named areas-declared-profile; $fields: the profile's fields as printed, each with our area
areas-declared = { $profile } declares { $fields }. Declared fields are shown here and never counted as focus areas.
areas-declared-profile = Its profile in the UN's register of NGOs (iCSO)
areas-declared-unlisted = The register's list of organizations in consultative status no longer names this profile: what it declares may be out of date.
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
cite-title-time-to-decision = Time to decision on { -consultative-status } by NGO focus area, applications first considered { $from }–{ $to }
cite-title-who-asks = Questions to NGOs by Committee member state, { $from }–{ $to }
# $area: area-phrase-* ("women's rights")
cite-title-who-asks-area = Questions to NGOs by Committee member state, { $from }–{ $to }, NGOs working on { $area }
cite-title-sessions = Status applications per session of the UN { -committee-short }, by decision
# $session: session-label ("2019 resumed session")
cite-title-session = UN { -committee-short }, { $session } session: decisions
cite-title-state = { $name }: questions and votes in the UN { -committee-short }
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

## Sessions and member states (record pages)

## records: the sessions list, a session, the member states list, a state (issue 16).

## The sessions list (and its chart)

sessions-heading = Sessions of the Committee
sessions-lead = Twice a year — a regular session around January and a resumed session around May — the Committee considers applications for { -consultative-status }. Each bar is one session's status applications by decision, as the Committee's reports record them.
sessions-none = No session is recorded yet.
# Also the embed's summary (/embed/sessions, always English). $session: "2019 resumed".
sessions-summary = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} from { $first } to { $last }: { $considered ->
    [one] { $considered } consideration
   *[other] { $considered } considerations
} of status applications, { $deferred } of them deferred. The most considered at one session: { $most } at the { $session } session.
sessions-chart-title = Status applications per session, by decision
sessions-caption = Status applications per session, by decision (the numbers behind the chart)
sessions-col-considered = Considered
sessions-col-flags = Flags
# A reconciliation flag (its code, never translated) and how many items it holds
sessions-flag = { $kind } ({ $n })
# flag-*: a reconciliation flag's kind (the code stays in the data and the API)
flag-conflicting_decisions = one name under two decisions
flag-date_outside_sessions = a report date outside the sessions
flag-differs_from_stated_total = differs from the total the UN stated
flag-duplicate_vote_row = a vote row given twice
flag-listed_twice = listed twice
flag-only_in_new_granted_list = only in the new-applications granted list
flag-several_report_dates = several report dates
flag-skipped_rows = rows not read
flag-variant_listed_twice = listed twice under two spellings
sessions-note = “Deferred again”: deferrals of applications deferred at an earlier session; “not marked”: deferrals the reports mark neither new nor previously deferred. Flags: where the reports disagree with themselves or with a total the UN stated; see each session's page.
# The chart's stacked parts: legend and table headers (counts of applications)
sessions-part-recommended = Recommended
sessions-part-deferred-new = Deferred (new)
sessions-part-deferred-again = Deferred again
sessions-part-deferred-unmarked = Deferred (not marked)
sessions-part-closed = Closed
sessions-part-rejected = Rejected
sessions-part-withdrawn = Withdrawn
# A row of the narrow chart: "2019 reg.", "2019 res." ($part: regular or resumed)
sessions-chart-row = { $part ->
    [regular] { $year } reg.
   *[other] { $year } res.
}

## One session

# The page's heading and the previous/next links ($part: regular or resumed)
session-heading = { $part ->
    [regular] { $year } regular session
   *[other] { $year } resumed session
}
# $session: "2019 resumed"; $adopted: session-report-adopted or nothing; $agreement: one of
# session-sources-agree / session-sources-disagree
session-summary = { $n ->
    [one] { $n } application
   *[other] { $n } applications
} considered at the { $session } session{ $adopted }; { $releases ->
    [one] { $releases } press release
   *[other] { $releases } press releases
}; { $agreement }.
session-report-adopted = { " " }(report adopted { $date })
session-sources-agree = the two sources agree on every application both list
session-sources-disagree = the two sources disagree on { $n ->
    [one] { $n } application
   *[other] { $n } applications
}
session-other-sessions = Other sessions
session-previous = ← { $session }
session-next = { $session } →
session-applications-heading = Applications considered
session-reconciliation-heading = Reconciliation
session-reconciliation-caption = Status applications by decision: what each source holds and what the releases state
session-col-reports = Reports dataset
session-col-press = Press-release entries read
session-col-stated = Stated in the releases' headlines
# After a headline's count that differs from the entries read
session-differs-read = { " " }≠ read
session-flagged = Flagged, with both numbers kept:
# After a flag's code: its count and its detail (the importer's words, not translated)
session-flag-detail = { " " }({ $n }): { $detail }
session-reconciliation-note = The reports dataset is coded from the Committee's official report; press releases are not official records, and one NGO can appear at several meetings of a session. A headline that states other counts than the entries read means the release was read incompletely or counts differently.
# What a release's headline states for one decision ($decision: recommended, deferred, closed,
# rejected, withdrawn, reclassified, quadrennial_noted, considered); joined by sep-list
session-headline-count = { $n } { $decision }
session-release-date = { " " }({ $date })
# Before the release's title (a record, not translated)
session-release-title = : { $title }
session-release-read = { $n ->
    [one] { $n } entry read
   *[other] { $n } entries read
}
session-release-stated = ; headline states { $counts }
session-release-problems = ; { $n ->
    [one] { $n } passage could not be read
   *[other] { $n } passages could not be read
}
session-release-placeholder = ; placeholder: coverage not yet published
# Followed by the reader's notes (in English, not translated), then session-incomplete-end
session-incomplete = Incomplete:{ " " }
session-incomplete-end = . The press figures of this session hold what was read, not what the headline states.
session-applications-caption = Every application considered, with each source's decision
session-col-organization = Organization
session-col-questions-sources = Questions and sources
session-kind-reclassification = { " " }(reclassification)
session-kind-other = { " " }(other request)
session-is-new = { " " }· new
session-was-deferred = { " " }· previously deferred
session-printed-as = printed “{ $name }”

## The member states list

states-lead = The states that asked an NGO a question at a session (as the press releases record it, 2007 onwards) or voted in a recorded vote on an application.
states-empty = No question or recorded vote is held yet.
states-caption = Questions and recorded votes by member state
states-col-state = State
states-col-questions = Questions
states-col-applications = Applications questioned
states-col-votes = Votes cast
states-col-years = Years

## One member state ($name, $state: the state's name, in English)

state-summary = { $name } asked { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} of { $applications ->
    [one] { $applications } application
   *[other] { $applications } applications
} and cast { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
} in recorded votes ({ $years }).
state-questions-note = Questions are known only where press releases list them: from 2007, completely from 2016. A question is an attribution, not a cause: the Committee defers by consensus.
state-by-area-heading = NGOs questioned, by focus area
# $count is shown in bold
state-area-count = { $area }: { $count }
state-by-area-note = An NGO in several areas counts in each.
state-no-questions-page = No question on this page.
state-questions-caption = Questions asked by { $name }, newest first
state-col-question = Question
state-question-not-recorded = (not recorded)
state-release-link = release
state-votes-heading = Recorded votes
state-no-votes = No recorded vote is held for this state.
state-votes-caption = How { $name } voted
state-col-vote = Vote
state-col-outcome = Outcome
state-vote-source = source
state-measures-observer = { " " }It also asked in { $n ->
    [one] { $n } session
   *[other] { $n } sessions
} it did not sit in (as an observer).
# $observer: state-measures-observer or nothing
state-measures-sentence = In { $from }–{ $to } { $state } sat on the Committee in { $member ->
    [one] { $member } session
   *[other] { $member } sessions
} ({ $covered } with questions recorded, { $releases ->
    [one] { $releases } release
   *[other] { $releases } releases
} read) and questioned { $questioned ->
    [one] { $questioned } consideration
   *[other] { $questioned } considerations
}, of which { $deferred } ended in deferral at that session.{ $observer }
state-measures-heading = Its questions against the Committee's work, { $from }–{ $to }
state-measures-caption = { $state }'s questions and votes by focus area, { $from }–{ $to }
state-col-considerations-questioned = Considerations questioned
state-col-ended-in-deferral = Ended in deferral
state-col-over-representation = Over-representation (1× = in proportion)
state-col-votes = Votes: for / against / abstaining
# Followed by word-space, the link state-measures-compare and sentence-end
state-measures-note = A consideration is one application at one session; an organization in several areas counts in each.
state-measures-compare = Compare with the other states, or choose other years

## Who asks and time to decision

## measures: the "Who asks" and "Time to decision" pages, their charts and sentences.
## The English is the pages' and the API's wording, word for word.

## Who asks: the page

who-heading = Who asks the questions
who-lead = A member state can keep an application waiting by asking it another question. Here is each state's record of questions, as the UN press releases list them, and how often the application was deferred at that session.
who-filter-applicants = Applicants
who-filter-all-areas = All focus areas
who-ratios-heading = Which applicants a state questions
who-ratios-intro = For each state, the share of the considerations it questioned that concern a focus area, divided by that area's share of all considerations in the state's sessions (those it sat in, and any it asked in as an observer). 1× is in proportion; above 1× the state questions that area's applicants more than their numbers alone would make it.
# Before the SVG and PNG links of the ratio chart
who-this-chart = This chart:
who-method-confounding = Focus area goes together with an NGO's headquarters country and with bilateral disputes: a state that questions one area more may be questioning NGOs of one country. Restriction by the NGO's country and region is not offered yet.
who-definition = Questions that a member state asked an applicant for consultative status, as the UN press releases of the sessions of { $from }–{ $to } record them: each question a release records counts once, so a state asking the same applicant at two meetings of a session counts twice. A state's sessions are those in which it sat on the Committee and for which releases listing questions were read, and any other in which it asked as an observer (counted, and said apart); a session it did not sit in is not counted as zero. The reports end in June 2024, so the years stop there; later releases are kept and shown on the session pages. A consideration questioned is one application at one session at which the state asked at least one question; it ended in deferral when the Committee deferred the application at that session (by the reports, or by the release where the reports do not have it). That is an attribution, not a cause: other states may have asked too, and an application can be deferred for other reasons. Over-representation compares the share of the considerations a state questioned that concern a focus area with that area's share of all status considerations in the state's sessions (the reports' and any only a release has, the same for every state); 1 means in proportion. Its 95% interval combines the two shares' Wilson intervals (MOVER-R, Zou and Donner 2008) as for independent shares; because the questioned considerations are among all considerations, it is wider than an exact one would be. Recorded votes count each state's vote on applications put to a vote, once per roll call.
# Appended to who-definition when the page shows one focus area ($area: area-phrase-*)
who-definition-area = { " " }Only applications of organizations classified as { $area } are counted.
who-coverage = Questions are recorded for { $recorded } of the { $sessions } sessions in { $from }–{ $to } ({ $releases } press releases read). The releases list questions from 2007 and all of them from 2016 on; earlier figures are incomplete.
# Appended to who-coverage; $years: a list of years
who-coverage-no-membership = { " " }The membership file does not cover { $years }: no state counts as a member then.

## Who asks: the tables

who-table-caption = Questions by member state, { $from }–{ $to }: the numbers behind the chart
# $area: area-* (a label)
who-table-caption-area = Questions by member state, { $from }–{ $to }, applicants: { $area }: the numbers behind the chart
who-col-state = Member state
who-col-sessions = Sessions sat in
who-col-covered = … with questions recorded
who-col-questions = Questions
who-col-questioned = Considerations questioned
who-col-deferred = Ended in deferral
who-col-votes = Votes: for / against / abstaining
# After the number of sessions with questions recorded
who-observer = { " " }(+{ $n } as observer)
who-ratios-caption = Over-representation by focus area (1× = in proportion), with 95% intervals and counts
# A cell: "2.5× (95% CI 1.5–4.0×; 30 of 80 questioned, against 100 of 400)"
who-ratio = { $ratio }× (95% CI { $low }–{ $high }×; { $questioned } of { $questioned_all } questioned, against { $in_area } of { $total })
who-ratio-unstable = { $ratio }× (95% CI { $low }–{ $high }×; { $questioned } of { $questioned_all } questioned, against { $in_area } of { $total }), unstable
who-ratio-none = — ({ $n } questioned)

## Who asks: the charts

who-questions-title = Considerations questioned by each member state, { $from }–{ $to }
who-questions-axis = Considerations questioned (dark: ended in deferral)
who-questions-note = Questions as the UN press releases list them; an attribution, not a cause.
# Beside a state's bar: considerations questioned · of them ended in deferral
who-bar-label = { $questioned } · { $deferred } deferred
who-ratios-title = How each state's questions fall by focus area, { $from }–{ $to }
who-ratios-note-proportion = 1× = in proportion to the area's share of considerations in the state's sessions.
who-ratios-note-hollow = Hollow: fewer than { $n } considerations questioned (unstable). Lines: 95% intervals.

## Who asks: the sentences under the charts

who-summary = In { $from }–{ $to }, { $states } member states asked questions of applicants as the press releases record them ({ $recorded } of { $sessions } sessions, { $releases } releases{ $incomplete }). { $state } questioned the most considerations: { $questioned }, of which { $deferred } ended in deferral at that session — an attribution, not a cause.
# $area: area-phrase-*
who-summary-area = In { $from }–{ $to }, { $states } member states asked questions of applicants of NGOs working on { $area } as the press releases record them ({ $recorded } of { $sessions } sessions, { $releases } releases{ $incomplete }). { $state } questioned the most considerations: { $questioned }, of which { $deferred } ended in deferral at that session — an attribution, not a cause.
# $incomplete of who-summary: releases whose questions may be incomplete
who-summary-incomplete = { $n ->
    [one] , one of them read incompletely
   *[other] , { $n } of them read incompletely
}
who-summary-none = No questions to applicants are recorded for { $from }–{ $to }: the press releases read cover { $recorded } of { $sessions } sessions with questions.
who-summary-none-area = No questions to applicants of NGOs working on { $area } are recorded for { $from }–{ $to }: the press releases read cover { $recorded } of { $sessions } sessions with questions.
who-ratios-summary = Questions going to an area clearly more than in proportion (stable, 95% interval above 1): { $list }{ $more }.
# One of $list (joined by sep-clause); $area: area-phrase-*
who-ratios-summary-item = { $state } to { $area } ({ $ratio }×, lower bound { $low }×)
who-ratios-summary-more = { " " }and { $n } more
who-ratios-summary-none = No state's questions go to an area clearly more than in proportion (no stable ratio whose 95% interval lies above 1).

## Time to decision: the page

wait-heading = How long NGOs wait
wait-lead = From an application's first consideration, how many of the Committee's sessions pass before it is decided — counting the applications still waiting, not only the finished ones.
# $link: wait-summary-csv-link, a link to the CSV file
wait-summary-csv = One row per area instead of the life table: { $link }
wait-summary-csv-link = summary CSV
wait-life-tables-heading = The life table behind each curve
wait-method-log-rank = The log-rank test compares the rate at which applications of an area are recommended with that of applications in none of the four areas, session by session; other decisions and pending applications leave the comparison when they happen. A small p-value says the rates of recommendation differ by more than chance would often make them; it does not say why, and it is not a test of the waiting curves above, which count every kind of decision. Focus area goes together with headquarters country and with bilateral disputes.
wait-definition = Applications for consultative status first considered in the sessions of { $from }–{ $to }, each followed from its first consideration (session 1) to its decision or, while it is still pending, to its last consideration. A session is one of the Committee's sessions, regular or resumed, whether or not the application came up in it. The curve is the Kaplan–Meier estimate of the share still waiting for a decision; an application still pending is censored at its last consideration. Closure without prejudice, rejection and withdrawal are decisions of their own, not censoring: the shares recommended, closed, rejected and withdrawn by each session are Aalen–Johansen cumulative incidences and add up with the share still waiting to 100%. An application whose first recorded consideration already says "previously deferred" began waiting before the records and is left out.
# $session: session-label ("2024 regular")
wait-notes-end = The data end with the { $session } session.
wait-notes-end-unknown = The data end with the last session.
wait-notes = Left out because their first recorded consideration already says "previously deferred": { $left } applications first recorded in { $from }–{ $to }. Applications decided at one session and considered again later (counted by their last consideration, as the NGO pages show them): { $again }.

## Time to decision: the tables

wait-table-caption = Applications first considered in { $from }–{ $to }: the numbers behind the chart
wait-col-applications = Applications
wait-col-closed-rejected-withdrawn = Closed, rejected or withdrawn
wait-col-pending = Still pending
wait-col-median = Median sessions to a decision (95% CI)
wait-col-waiting-after = Still waiting after { $sessions } sessions
wait-col-half-recommended = Sessions until half were recommended
wait-col-log-rank = Log-rank vs none of the areas
# $p: "p = 0.031"; $expected: a decimal
wait-log-rank-cell = { $p } (observed { $observed }, expected { $expected })
wait-row-unstable = { " " }unstable: fewer than { $n } decisions
wait-life-caption = { $area }: { $n } applications
wait-col-at-risk = Waiting at its start
wait-col-censored = Pending, followed no further
wait-col-waiting = Still waiting after it (95% CI)
wait-col-recommended-by = Recommended by then
wait-col-closed-by = Closed, rejected or withdrawn by then

## Time to decision: medians, the chart, the sentence under it

wait-not-reached = not reached
# "3 sessions (95% CI 3–4)"; $interval: "3–4", or wait-interval-no-high / -no-low
wait-median = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} (95% CI { $interval })
wait-interval-no-high = { $low } – not reached
wait-interval-no-low = not reached – { $high }
# $period: "2010–2024"
wait-chart-title = Still waiting for a decision, by focus area, applications first considered { $period }
wait-chart-empty = No applications in this range.
wait-axis-waiting = Still waiting for a decision
wait-axis-sessions = Sessions since first consideration
wait-half-decided = half decided
wait-footnote-bands = Bands: 95% pointwise intervals (log-log).
wait-footnote-censored = Pending applications censored at their last consideration.
wait-footnote-dashed = Dashed: fewer than { $n } decisions (unstable).
# At a curve's end: "Women's rights 23%"
wait-curve-label = { $area } { $share }
wait-summary-none = No applications first considered in { $period } are in the data.
# $median: wait-summary-median or -median-not-reached; $after: wait-summary-after or -after-none
wait-summary-overall = Of applications first considered in { $period } (n = { $n }), { $median }{ $after }.
# $median: wait-median
wait-summary-median = half had a decision within { $median }
wait-summary-median-not-reached = fewer than half had a decision by the end of the data (median not reached)
# $share: "24% (95% CI 21–27%)"
wait-summary-after = ; { $share } were still waiting after { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
wait-summary-after-none = ; none has yet been followed for { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
wait-summary-too-few = Too few decisions in each focus area (fewer than { $n }) to compare the areas.
# $area: area-phrase-*; $share: "40% (95% CI 31–49%, n = 120)". Followed by sentence-end or used in wait-summary-compare.
wait-summary-head = NGOs working on { $area }: { $share } still waiting after { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
# $head: wait-summary-head; $other: "22% (95% CI 19–25%, n = 1,000)"; $test: wait-summary-log-rank or nothing
wait-summary-compare = { $head }, against { $other } for NGOs in none of the four focus areas{ $test }.
# $p: "p = 0.031"
wait-summary-log-rank = ; log-rank { $p } on the rate of recommendation

## Time to decision: what happened to the applications (cumulative incidence)

outcome-heading = What happened to them
outcome-intro = By each session since their first consideration, the share of applications recommended, closed without prejudice, rejected and withdrawn (Aalen–Johansen cumulative incidence), and the share still waiting: together 100%. These shares are point estimates without an interval (the waiting share's interval is in the chart above); a group with fewer than { $n } decisions is marked unstable. The numbers are in the life tables below.
# $area: area-*; $unstable: wait-unstable or nothing
outcome-title = What happened to applications of { $area } (n = { $n }{ $unstable }), by sessions since their first consideration
# Each share is a percentage
outcome-step = By session { $sessions }: { $recommended } recommended, { $closed } closed, { $rejected } rejected, { $withdrawn } withdrawn, { $waiting } still waiting.
# $steps: outcome-step sentences
outcome-description = { $area } (n = { $n }). { $steps }
outcome-none = { $area }: no application followed { $sessions } sessions.
outcome-legend-waiting = Waiting

## Organizations search, pager, not found, API page

## Fragment of helper "common": the organizations search (search-), the pager (common-),
## the API page (api-). api-topic-* and api-intro-* repeat the OpenAPI document's English
## (server/src/http/api/document.rs); English pages show the document's own text.

## Organizations search

search-lead = Every NGO whose application the Committee considered, found by any name it has had — current and former names, and spellings from the reports and the press releases.
search-name = Name
search-submit = Search
search-any = Any
search-outcome = Outcome
search-outcome-in_status = In { -consultative-status }
search-outcome-pending = Pending
search-sort = Sort by
search-sort-name = Name
search-sort-deferrals = Most deferrals
search-sort-years_pending = Longest wait
search-none = No organization matches.
search-past-last = Page { $page } is past the last page ({ $pages }) of { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}.
search-showing = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}; showing { $first }–{ $last }.
search-facets-label = Narrow the results
search-country-facet = Country (press releases)
search-results-heading = Results
search-downloads-note = The downloads hold this page of results (up to 100 a page with per_page=100).
search-caption = Organizations found
search-col-deferrals = Deferrals
search-col-years = Years
search-years-waited = { " " }({ $n ->
    [one] { $n } year
   *[other] { $n } years
})
search-also-as = also as “{ $name }”

## Pager

common-pages = Pages
common-previous = ← Previous
common-next = Next →
common-page-of = Page { $page } of { $pages }

## API page

api-title = API
api-document = The same reference for programs: { $link } (OpenAPI 3.1; { $title } version { $version }).
api-topics = Topics
api-formats = Formats: { $formats }
api-try = Try: { $link }
api-parameters = Parameters
api-place-path = { " " }(in the address)
api-place-required = { " " }(required)
api-place-optional = { " " }(optional)
api-values = Values: { $values }.{ " " }
api-default = Default: { $value }.{ " " }
api-example = Example: { $value }.
api-values-one-of = one of { $list }
api-values-whole = a whole number from { $min } to { $max }
api-values-text-max = text of at most { $n ->
    [one] { $n } character
   *[other] { $n } characters
}
api-values-text = text
api-intro-data = The data behind every figure on ecosoc-watch, for newsrooms, researchers and scripts: how the UN ECOSOC { -committee-short } decides on applications for { -consultative-status } — by focus area, by asking state and over time — with the source of every number.
api-intro-use = Every route answers GET (and HEAD), needs no key and may be read from any web site. The JSON answers carry what their numbers mean, the data version and how to cite them; most have a CSV beside them, and the charts come as SVG and PNG files. A parameter that is unknown or out of range gets a 400 that names it and what it allows, in `{ $envelope }`. An answer stays the same until the data changes: its ETag lets a client ask again cheaply.
api-intro-sources = Decisions 1998–2024 come from Christoph Valentin Steinert's ECOSOC_Status dataset (MIT licence), coded from the Committee's official reports; questions, votes and later sessions from UN meetings-coverage press releases, which are not official records.
api-intro-english = The routes below are described in the document's own words, in English.
api-topic-deferral-rates = Deferral rates
api-topic-deferral-rates-text = How often applications were deferred, by focus area: each rate with the numbers it is made of, a 95% interval, and the rate against all other applications.
api-topic-time-to-decision = Time to decision
api-topic-time-to-decision-text = How many of the Committee's sessions an application waits for a decision, by focus area: waiting curves, medians and life tables.
api-topic-who-asks = Who asks
api-topic-who-asks-text = Which member states ask applicants questions, on which focus areas, and how they vote. A question before a deferral is an attribution, not a cause.
api-topic-organizations = Organizations
api-topic-organizations-text = Every organization, found by any spelling of its name, and its whole record.
api-topic-sessions = Sessions
api-topic-sessions-text = The Committee's sessions with their counts, and one session with both sources side by side.
api-topic-member-states = Member states
api-topic-member-states-text = Every member state that asked a question or voted, and one state's questions and votes.
api-topic-press-releases = Press releases
api-topic-press-releases-text = What the UN press releases add to the Committee's reports, and where the two disagree.
api-topic-the-whole-record = The whole record
api-topic-the-whole-record-text = What the database holds, and all of it as one download.
api-topic-this-api = This API
api-topic-this-api-text = This description of the API, for programs.

## Methodology

## Methodology page (app/src/routes/methodology.rs). Reuses nav-methodology, areas-heading,
## measure-session_deferral, nav-time-to-decision, col-session, table-press_release, download,
## sep-list. A variable named $term, $link, $code or $version stands for an element (a bold
## term, a link, code) whose words come from another message or from the data.

methodology-toc-label = On this page
methodology-units-heading = What is counted
methodology-measures-heading = Measures
methodology-linking-heading = Linking names
methodology-sources-heading = Sources and licences
methodology-coverage-heading = Coverage and known gaps
methodology-membership-heading = The Committee's members

## What is counted

methodology-unit-organization = Organization
methodology-unit-organization-text = One NGO, however its name is spelled; name changes and mergers keep its history.
methodology-unit-application = Application
methodology-unit-application-text = One request by an organization for consultative status, or for reclassification.
methodology-unit-consideration = Consideration
methodology-unit-consideration-text = One application at one session (regular, around January; resumed, around May). Its outcome: recommended (general, special or roster status), deferred, closed without prejudice (no answer to three reminders), rejected, or withdrawn. “New” or “previously deferred” is a property of the consideration.
methodology-unit-question = Question
methodology-unit-question-text = One member state asking one application something at one consideration, as the press releases record it.
methodology-unit-vote = Vote
methodology-unit-vote-text = One member state's vote in one recorded vote.

## Measures: each item starts with its term in bold ($term; $ever then $at_least, in this order)

methodology-measure-session-deferral = { $term }: deferred ÷ considered, pooled over the sessions of the chosen years; all considerations, new applications only, or previously deferred only. Closures for non-response are not deferrals.
methodology-term-ever-deferred = Ever deferred
methodology-term-deferred-at-least = deferred at least N times
methodology-measure-ever-deferred = { $ever } and { $at_least }: per application first considered in the chosen years, counted once. Applications already “previously deferred” when the records begin are left out of the cohorts rather than undercounted.
methodology-term-uncertainty = Uncertainty
methodology-measure-uncertainty = { $term }: every rate carries its n and a 95% Wilson score interval; fewer than { $n } events is marked unstable. The rate ratio of an area against all other applications in the same sessions has a 95% interval on the log scale.
methodology-measure-time-to-decision = { $term }: sessions from an application's first consideration (session 1) to its decision, counting every session of the Committee. The share still waiting is a Kaplan–Meier estimate with a 95% log-log interval (Greenwood); applications still pending are censored at their last consideration. Closure, rejection and withdrawal are outcomes of their own (Aalen–Johansen cumulative incidence), never censoring, so the shares recommended, closed, rejected, withdrawn and still waiting add up to 100%. Medians are read where the curve crosses one half (“not reached” where it does not), with the Brookmeyer–Crowley interval; a log-rank test compares each area's rate of recommendation with that of applications in none of the areas, reported as a p-value. A median over finished cases only is not shown: it would leave out the longest waits.
methodology-term-passport-deferrals = Deferrals on a passport
methodology-measure-passport-deferrals = { $term }: counted once per session, from the reports where they cover the session and from the press releases after June 2024, so nothing is counted twice.
# The measure's term, and the coverage table's column
methodology-questions = Questions
methodology-measure-questions = { $term }: “considerations in which a state asked a question that ended in deferral” is an attribution, not a cause.
methodology-confounding = Focus area goes together with headquarters country and with bilateral disputes: a difference between areas is not by itself evidence of why applications were deferred.

## Focus areas: the rules, their exceptions, the organizations placed by name

# $code: the exception's id, human_rights.a-groups-rights
methodology-rules-text = An organization is in an area when one of the phrases below appears, as whole words, in any name it has had (case, accents and punctuation ignored; a phrase ending in * matches any word it begins). It can be in several areas; in none, it is “none of these”. Every assignment keeps the rule and words that made it, and curators can correct an assignment with a reason that is kept. Human rights (general) is for human rights in general: an organization for one group's rights (“… Women's Rights …”, a minority's or LGBTI people's rights) is in that group's area only, and in human rights too only when it speaks of human rights, civil liberties, torture, genocide or democracy as such (the exception { $code } below). The hand-labelled sets that measure the rules apply the same definition.
methodology-rules-known-text = Some organizations' names do not say what they do (a founder's name, a rainbow, a famous riot). Those listed under “Known organizations” below are put in their areas by name, each with the public source that shows what it does; the list is reviewed like the rules.
methodology-rule-set-version = Rule set version: { $version }
methodology-rules-caption = Rules: any phrase puts an organization in the area
methodology-col-rule = Rule
methodology-col-area = Area
methodology-col-language = Language
methodology-col-phrases = Phrases
methodology-exceptions-caption = Exceptions (false friends): the area is dropped when one of these words is present, unless one of the last column's is too
methodology-col-exception = Exception
methodology-col-when = When
methodology-col-unless = Unless
methodology-col-why = Why
methodology-known-caption = Known organizations: placed by name, with the source that shows what they do
methodology-col-entry = Entry
methodology-col-names = Names
methodology-col-areas = Areas
methodology-col-taken-out-of = Taken out of
# $reason: the rules file's words (not translated); $link: a link reading methodology-known-source-link
methodology-known-reason = { $reason } ({ $link })
methodology-known-source-link = source

## Releases read incompletely

methodology-incomplete-heading = Releases read incompletely
methodology-incomplete-text = { $n ->
    [0] Every release held was read whole: its records match the counts its headline states.
    [one] One release holds a different number of records than its headline states. Its session's press figures cover only what was read; the parser's message says by how much.
   *[other] { $n } releases hold a different number of records than their headlines state. Their sessions' press figures cover only what was read; the parser's message says by how much.
}
methodology-incomplete-caption = Releases whose records differ from their headlines
methodology-col-release = Release
methodology-col-what-differs = What differs
# After a release's symbol: its date
methodology-release-date = { " " }({ $date })

## Linking names

methodology-linking-text = The reports and the releases spell one organization in many ways. Spellings are joined when their normalised keys are equal (case, accents, punctuation and white space folded), then when their letters and digits alone are equal and name one organization; the reports' name changes and mergers join their names; names that are the same but for an article, “of”, a legal form (“, Inc.”, “, charity”, “, e.V.”) or a last bracketed acronym or place are joined when the two were never listed at the same session (unless one was listed there only among the new applications granted, which lists an organization a second time); a near-identical spelling is joined by a fuzzy rule that records its score; curators merge and split with a reason that survives re-import. Each spelling keeps how it was joined, shown on the organization's page.
methodology-link-rules-caption = Spellings by how they were joined
methodology-col-spellings = Spellings
# The link rules (organization_name.link_rule); English as the server words them
methodology-link-rule-new = first spelling of a new organization
methodology-link-rule-normalised = normalised spelling (case, punctuation, status notes)
methodology-link-rule-name_change = name change recorded in the reports
methodology-link-rule-merger = merger recorded in the reports
methodology-link-rule-variant = same name but for an article, "of", a legal form or a bracketed acronym or place, never listed beside it
methodology-link-rule-fuzzy = near-identical spelling (fuzzy match)
methodology-link-rule-curator = curator's decision
methodology-link-rule-other = other

## Sources and licences

# $link: the dataset's name, ECOSOC_Status, as a link
methodology-source-steinert = { $link } by Christoph Valentin Steinert (MIT licence): the Committee's decisions per session 1998–2024, coded from its official reports. Every row we hold points to its file, sheet and row.
# $link: press.un.org, as a link
methodology-source-press = UN meetings-coverage press releases ({ $link }): which member state asked which NGO what, recorded votes, the NGO's country, and sessions after June 2024. Public UN material, and not an official record. Read completely from 2016; 2007–2015 and French releases best effort, with every passage that could not be read recorded.
# $schedule: methodology-scrape-schedule; $last: methodology-last-run or methodology-no-scrape
methodology-scrape = The server reads new press releases by itself, { $schedule } (unless started with --no-scrape), politely and only what is new. { $last }
# Exactly as the server words it (scrape::schedule::describe)
methodology-scrape-schedule = daily in January, February, May and June (the months the Committee usually sits), weekly otherwise, and two hours after a failed attempt
# $started, $finished: RFC 3339 times; $status: methodology-run-status; $outcome: methodology-run-outcome or the error as recorded
methodology-last-run = Last run: started { $started }, { $status } at { $finished }: { $outcome }.
methodology-last-run-unfinished = Last run: started { $started }, { $status }: { $outcome }.
methodology-run-status = { $status ->
    [succeeded] succeeded
    [failed] failed
    [running] running
   *[other] { $status }
}
# Exactly as the server words it, always with these plurals (db::overview::last_run)
methodology-run-outcome = { $fetched } new releases, { $updated } updated, { $unchanged } unchanged, { $failed } failed
methodology-no-scrape = No scrape has run on this database yet.

## Coverage and known gaps

methodology-coverage-caption = What each source holds, by year
methodology-col-year = Year
methodology-col-considerations-reports = Considerations (reports)
methodology-col-release-entries = Release entries
methodology-known-gaps = Known gaps: questions exist only where releases list them; the reports end in June 2024; headquarters countries are known only where a release prints one. Where the reports disagree with a total the UN stated, the session is flagged on its page with both numbers.

## The Committee's members

# $source: methodology-membership-source, or the server's own note when it reads otherwise
methodology-membership-text = A state's who-asks figures count the sessions it sat in (and, said apart, any in which it asked as an observer); a session it did not sit in is not a zero. { $source }. A year with fewer than 19 members is a seat no source read so far names: it is left empty, not guessed.
# Exactly as the server words it, always "rows" (membership::Membership::source_note)
methodology-membership-source = Committee membership { $first }–{ $last } from ecosoc-watch's reviewed file server/data/committee_membership.tsv ({ $rows } rows, each with its ECOSOC election or Committee report as source; { $unchecked } rows not yet checked against the source text)
methodology-membership-caption = Members per year in the membership file
methodology-col-members = Members
methodology-col-unchecked = Not checked against the source's text
