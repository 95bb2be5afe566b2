//! `/methodology`: what each measure means, how focus areas are assigned (the rules file as a
//! readable table, with its version), how names are linked, the sources and their licences,
//! and what each source covers year by year.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::i18n;
use leptos_meta::Title;

use crate::{
    chart::group_thousands,
    components::{links::session_href, record_body::RecordBody},
    model::{
        area_label, CoverageRow, ExceptionLine, FacetCount, IncompleteRelease, JobRun, KnownLine,
        Methodology, RecordRequest, RuleLine, SMALL_N,
    },
};

#[component]
pub fn MethodologyPage() -> impl IntoView {
    let request = Memo::new(|_| Ok(RecordRequest::Methodology));
    view! {
        <Title text="Methodology"/>
        <h1>"Methodology"</h1>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

/// The body of the page, rendered on the server: what is counted and measured, then what comes
/// from the database, section by section.
#[cfg(feature = "ssr")]
#[component]
pub fn Details(m: Methodology) -> impl IntoView {
    view! {
        <Introduction/>
        <FocusRules version=m.rule_set_version rules=m.rules exceptions=m.exceptions known=m.known/>
        <Linking link_rules=m.link_rules/>
        <Sources schedule=m.scrape_schedule last_run=m.last_scrape/>
        <IncompleteReleases releases=m.incomplete_releases/>
        <Coverage years=m.coverage/>
        <Membership years=m.membership source=m.membership_source/>
    }
}

/// What is counted and how it is measured: words only, the same for every data version.
#[cfg(feature = "ssr")]
#[component]
fn Introduction() -> impl IntoView {
    view! {
        <nav class="toc" aria-label="On this page">
            <ul>
                <li><a href="#units">"What is counted"</a></li>
                <li><a href="#measures">"Measures"</a></li>
                <li><a href="#focus-rules">"Focus areas"</a></li>
                <li><a href="#linking">"Linking names"</a></li>
                <li><a href="#sources">"Sources and licences"</a></li>
                <li><a href="#coverage">"Coverage and known gaps"</a></li>
                <li><a href="#membership">"The Committee's members"</a></li>
            </ul>
        </nav>
        <section id="units" aria-labelledby="units-heading">
            <h2 id="units-heading">"What is counted"</h2>
            <dl>
                <dt>"Organization"</dt><dd>"One NGO, however its name is spelled; name changes and mergers keep its history."</dd>
                <dt>"Application"</dt><dd>"One request by an organization for consultative status, or for reclassification."</dd>
                <dt>"Consideration"</dt><dd>"One application at one session (regular, around January; resumed, around May). Its outcome: recommended (general, special or roster status), deferred, closed without prejudice (no answer to three reminders), rejected, or withdrawn. “New” or “previously deferred” is a property of the consideration."</dd>
                <dt>"Question"</dt><dd>"One member state asking one application something at one consideration, as the press releases record it."</dd>
                <dt>"Vote"</dt><dd>"One member state's vote in one recorded vote."</dd>
            </dl>
        </section>
        <section id="measures" aria-labelledby="measures-heading">
            <h2 id="measures-heading">"Measures"</h2>
            <ul>
                <li><strong>"Session deferral rate"</strong>": deferred ÷ considered, pooled over the sessions of the chosen years; all considerations, new applications only, or previously deferred only. Closures for non-response are not deferrals."</li>
                <li><strong>"Ever deferred"</strong>" and "<strong>"deferred at least N times"</strong>": per application first considered in the chosen years, counted once. Applications already “previously deferred” when the records begin are left out of the cohorts rather than undercounted."</li>
                <li><strong>"Uncertainty"</strong>{format!(": every rate carries its n and a 95% Wilson score interval; fewer than {SMALL_N} events is marked unstable. The rate ratio of an area against all other applications in the same sessions has a 95% interval on the log scale.")}</li>
                <li><strong><a href=i18n().href("/time-to-decision")>{i18n().t("nav-time-to-decision")}</a></strong>": sessions from an application's first consideration (session 1) to its decision, counting every session of the Committee. The share still waiting is a Kaplan–Meier estimate with a 95% log-log interval (Greenwood); applications still pending are censored at their last consideration. Closure, rejection and withdrawal are outcomes of their own (Aalen–Johansen cumulative incidence), never censoring, so the shares recommended, closed, rejected, withdrawn and still waiting add up to 100%. Medians are read where the curve crosses one half (“not reached” where it does not), with the Brookmeyer–Crowley interval; a log-rank test compares each area's rate of recommendation with that of applications in none of the areas, reported as a p-value. A median over finished cases only is not shown: it would leave out the longest waits."</li>
                <li><strong>"Deferrals on a passport"</strong>": counted once per session, from the reports where they cover the session and from the press releases after June 2024, so nothing is counted twice."</li>
                <li><strong>"Questions"</strong>": “considerations in which a state asked a question that ended in deferral” is an attribution, not a cause."</li>
            </ul>
            <p>"Focus area goes together with headquarters country and with bilateral disputes: a difference between areas is not by itself evidence of why applications were deferred."</p>
        </section>
    }
}

/// How focus areas are assigned: the rule set's version, its rules and its exceptions.
#[cfg(feature = "ssr")]
#[component]
fn FocusRules(
    version: String,
    rules: Vec<RuleLine>,
    exceptions: Vec<ExceptionLine>,
    known: Vec<KnownLine>,
) -> impl IntoView {
    view! {
        <section id="focus-rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">"Focus areas"</h2>
            <p>
                "An organization is in an area when one of the phrases below appears, as whole words, in any "
                "name it has had (case, accents and punctuation ignored; a phrase ending in * matches any word it begins). "
                "It can be in several areas; in none, it is “none of these”. Every assignment keeps the rule and words "
                "that made it, and curators can correct an assignment with a reason that is kept. "
                "Human rights (general) is for human rights in general: an organization for one group's rights "
                "(“… Women's Rights …”, a minority's or LGBTI people's rights) is in that group's area only, and in "
                "human rights too only when it speaks of human rights, civil liberties, torture, genocide or democracy "
                "as such (the exception "<code>"human_rights.a-groups-rights"</code>" below). The hand-labelled "
                "sets that measure the rules apply the same definition."
            </p>
            <p>
                "Some organizations' names do not say what they do (a founder's name, a rainbow, a famous riot). "
                "Those listed under “Known organizations” below are put in their areas by name, each with the public "
                "source that shows what it does; the list is reviewed like the rules."
            </p>
            <p id="rule-set-version">"Rule set version: "<code>{version}</code></p>
            <RulesTable rules/>
            <TableDownloads table="rules"/>
            <ExceptionsTable exceptions/>
            <TableDownloads table="exceptions"/>
            <KnownTable known/>
            <TableDownloads table="known"/>
        </section>
    }
}

/// The focus-area rules: per rule, its area, language and phrases.
#[cfg(feature = "ssr")]
#[component]
fn RulesTable(rules: Vec<RuleLine>) -> impl IntoView {
    view! {
        <div class="table-scroll">
        <table class="data-table" id="rules-table">
            <caption>"Rules: any phrase puts an organization in the area"</caption>
            <thead><tr><th scope="col">"Rule"</th><th scope="col">"Area"</th><th scope="col">"Language"</th><th scope="col">"Phrases"</th></tr></thead>
            <tbody>
                {rules.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row"><code>{r.id}</code></th>
                        <td>{area_label(&r.area)}</td>
                        <td>{r.lang}</td>
                        <td>{r.phrases.join(", ")}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// The rules' exceptions (false friends): when an area is dropped, unless what, and why.
#[cfg(feature = "ssr")]
#[component]
fn ExceptionsTable(exceptions: Vec<ExceptionLine>) -> impl IntoView {
    view! {
        <div class="table-scroll">
        <table class="data-table" id="exceptions-table">
            <caption>"Exceptions (false friends): the area is dropped when one of these words is present, unless one of the last column's is too"</caption>
            <thead><tr><th scope="col">"Exception"</th><th scope="col">"Area"</th><th scope="col">"When"</th><th scope="col">"Unless"</th><th scope="col">"Why"</th></tr></thead>
            <tbody>
                {exceptions.into_iter().map(|e| view! {
                    <tr>
                        <th scope="row"><code>{e.id}</code></th>
                        <td>{area_label(&e.area)}</td>
                        <td>{e.if_any.join(", ")}</td>
                        <td>{e.unless_any.join(", ")}</td>
                        <td>{e.note}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// Organizations placed by name: their names, areas, why and the source.
#[cfg(feature = "ssr")]
#[component]
fn KnownTable(known: Vec<KnownLine>) -> impl IntoView {
    let areas = |areas: &[String]| {
        areas
            .iter()
            .map(|a| area_label(a))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <div class="table-scroll">
        <table class="data-table" id="known-table">
            <caption>"Known organizations: placed by name, with the source that shows what they do"</caption>
            <thead><tr><th scope="col">"Entry"</th><th scope="col">"Names"</th><th scope="col">"Areas"</th><th scope="col">"Taken out of"</th><th scope="col">"Why"</th></tr></thead>
            <tbody>
                {known.into_iter().map(|k| view! {
                    <tr>
                        <th scope="row"><code>{k.id}</code></th>
                        <td>{k.names.join("; ")}</td>
                        <td>{areas(&k.areas)}</td>
                        <td>{areas(&k.not_areas)}</td>
                        <td>{k.reason}" ("<a href=k.source.clone() rel="external noopener">"source"</a>")"</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// Releases whose records fall short of (or exceed) what their headlines state.
#[cfg(feature = "ssr")]
#[component]
fn IncompleteReleases(releases: Vec<IncompleteRelease>) -> impl IntoView {
    let count = releases.len();
    view! {
        <section id="incomplete-releases" aria-labelledby="incomplete-heading">
            <h2 id="incomplete-heading">"Releases read incompletely"</h2>
            <p>
                {match count {
                    0 => "Every release held was read whole: its records match the counts its headline states.".to_string(),
                    1 => "One release holds a different number of records than its headline states. Its session's press figures cover only what was read; the parser's message says by how much.".to_string(),
                    n => format!("{n} releases hold a different number of records than their headlines state. Their sessions' press figures cover only what was read; the parser's message says by how much."),
                }}
            </p>
            {(count > 0).then(|| view! {
                <div class="table-scroll">
                <table class="data-table" id="incomplete-releases-table">
                    <caption>"Releases whose records differ from their headlines"</caption>
                    <thead><tr><th scope="col">"Release"</th><th scope="col">"Session"</th><th scope="col">"What differs"</th></tr></thead>
                    <tbody>
                        {releases.into_iter().map(|r| {
                            let label = r.symbol.clone().unwrap_or_else(|| r.url.clone());
                            let session = r.session.map(|s| view! {
                                <a href=session_href(&s)>{format!("{} {}", s.year, s.part)}</a>
                            });
                            view! {
                                <tr>
                                    <th scope="row"><a href=r.url rel="external noopener">{label}</a>{r.date.map(|d| format!(" ({d})"))}</th>
                                    <td>{session}</td>
                                    <td>{r.shortfalls.join("; ")}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            })}
        </section>
    }
}

/// How names are linked, and how many spellings each link rule joined.
#[cfg(feature = "ssr")]
#[component]
fn Linking(link_rules: Vec<FacetCount>) -> impl IntoView {
    view! {
        <section id="linking" aria-labelledby="linking-heading">
            <h2 id="linking-heading">"Linking names"</h2>
            <p>
                "The reports and the releases spell one organization in many ways. Spellings are joined when their "
                "normalised keys are equal (case, accents, punctuation and white space folded), then when their "
                "letters and digits alone are equal and name one organization; the reports' name changes and "
                "mergers join their names; names that are the same but for an article, “of”, a legal form (“, Inc.”, "
                "“, charity”, “, e.V.”) or a last bracketed acronym or place are joined when the two were never listed "
                "at the same session (unless one was listed there only among the new applications granted, which "
                "lists an organization a second time); a near-identical spelling is joined by a fuzzy rule that records its score; "
                "curators merge and split with a reason that survives re-import. Each spelling keeps how it was joined, "
                "shown on the organization's page."
            </p>
            <table class="data-table" id="link-rules">
                <caption>"Spellings by how they were joined"</caption>
                <thead><tr><th scope="col">"Rule"</th><th scope="col" class="num">"Spellings"</th></tr></thead>
                <tbody>
                    {link_rules.into_iter().map(|f| view! {
                        <tr><th scope="row">{f.label}</th><td class="num">{group_thousands(f.count)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <TableDownloads table="link_rules"/>
        </section>
    }
}

/// The sources and their licences, and when the press releases are read.
#[cfg(feature = "ssr")]
#[component]
fn Sources(schedule: String, last_run: Option<JobRun>) -> impl IntoView {
    view! {
        <section id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources and licences"</h2>
            <ul>
                <li>
                    <a href="https://github.com/christophsteinert/ECOSOC_Status">"ECOSOC_Status"</a>
                    " by Christoph Valentin Steinert (MIT licence): the Committee's decisions per session 1998–2024, "
                    "coded from its official reports. Every row we hold points to its file, sheet and row."
                </li>
                <li>
                    "UN meetings-coverage press releases ("<a href="https://press.un.org/en/committee-non-governmental-organizations">"press.un.org"</a>
                    "): which member state asked which NGO what, recorded votes, the NGO's country, and sessions after June 2024. "
                    "Public UN material, and not an official record. Read completely from 2016; 2007–2015 and French releases "
                    "best effort, with every passage that could not be read recorded."
                </li>
            </ul>
            <p id="last-scrape">
                "The server reads new press releases by itself, "{schedule}
                " (unless started with --no-scrape), politely and only what is new. "
                {last_scrape(last_run)}
            </p>
        </section>
    }
}

/// What each source holds, year by year, and the known gaps.
#[cfg(feature = "ssr")]
#[component]
fn Coverage(years: Vec<CoverageRow>) -> impl IntoView {
    view! {
        <section id="coverage" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">"Coverage and known gaps"</h2>
            <div class="table-scroll">
            <table class="data-table" id="coverage-table">
                <caption>"What each source holds, by year"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        <th scope="col" class="num">"Considerations (reports)"</th>
                        <th scope="col" class="num">"Press releases"</th>
                        <th scope="col" class="num">"Release entries"</th>
                        <th scope="col" class="num">"Questions"</th>
                    </tr>
                </thead>
                <tbody>
                    {years.into_iter().map(|c| view! {
                        <tr>
                            <th scope="row">{c.year}</th>
                            <td class="num">{group_thousands(c.reports)}</td>
                            <td class="num">{group_thousands(c.press_releases)}</td>
                            <td class="num">{group_thousands(c.press_records)}</td>
                            <td class="num">{group_thousands(c.questions)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <TableDownloads table="coverage"/>
            <p>
                "Known gaps: questions exist only where releases list them; the reports end in June 2024; "
                "headquarters countries are known only where a release prints one. Where the reports disagree "
                "with a total the UN stated, the session is flagged on its page with both numbers."
            </p>
        </section>
    }
}

/// The last press scrape in a sentence.
#[cfg(feature = "ssr")]
fn last_scrape(run: Option<JobRun>) -> String {
    match run {
        Some(run) => format!(
            "Last run: started {}, {}{}: {}.",
            run.started_at,
            run.status,
            run.finished_at
                .map(|t| format!(" at {t}"))
                .unwrap_or_default(),
            run.outcome
        ),
        None => "No scrape has run on this database yet.".to_string(),
    }
}

/// The Committee's members per year in the membership file, and where they come from.
#[cfg(feature = "ssr")]
#[component]
fn Membership(years: Vec<crate::model::MembershipYear>, source: String) -> impl IntoView {
    view! {
        <section id="membership" aria-labelledby="membership-heading">
            <h2 id="membership-heading">"The Committee's members"</h2>
            <p>
                "A state's who-asks figures count the sessions it sat in (and, said apart, any in which it asked as an observer); a session it did not sit in is not a zero. "{source}". "
                "A year with fewer than 19 members is a seat no source read so far names: it is left empty, not guessed."
            </p>
            <div class="table-scroll">
            <table class="data-table" id="membership-table">
                <caption>"Members per year in the membership file"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        <th scope="col" class="num">"Members"</th>
                        <th scope="col" class="num">"Not checked against the source's text"</th>
                    </tr>
                </thead>
                <tbody>
                    {years.into_iter().map(|y| view! {
                        <tr class:unstable=y.members != 19>
                            <th scope="row">{y.year}</th>
                            <td class="num">{y.members}</td>
                            <td class="num">{y.unchecked}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <TableDownloads table="membership"/>
        </section>
    }
}

/// One table of the page as CSV, and all of them as JSON.
#[cfg(feature = "ssr")]
#[component]
fn TableDownloads(table: &'static str) -> impl IntoView {
    view! {
        <p class="downloads">
            "Download: "
            <a href=format!("/api/v1/methodology/{table}.csv") download=format!("ecosoc-watch-methodology-{table}.csv")>"CSV"</a>" · "
            <a href="/api/v1/methodology" download="ecosoc-watch-methodology.json">"JSON"</a>
        </p>
    }
}
