//! `/methodology`: what each measure means, how focus areas are assigned (the rules file as a
//! readable table, with its version), how names are linked, the sources and their licences,
//! and what each source covers year by year.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::{i18n, I18n};
use leptos_meta::Title;

use crate::{
    components::{links::session_href, record_body::RecordBody},
    model::{
        CoverageRow, ExceptionLine, FacetCount, IncompleteRelease, JobRun, KnownLine, Methodology,
        RecordRequest, RuleLine, SMALL_N,
    },
};

#[component]
pub fn MethodologyPage() -> impl IntoView {
    let i18n = i18n();
    let request = Memo::new(|_| Ok(RecordRequest::Methodology));
    view! {
        <Title text=i18n.ts("nav-methodology")/>
        <h1>{i18n.ts("nav-methodology")}</h1>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let (deferral_before, deferral_after) =
        i18n.around("methodology-measure-session-deferral", "term", &[]);
    let ever = i18n.cut(
        "methodology-measure-ever-deferred",
        &["ever", "at_least"],
        &[],
    );
    let (uncertainty_before, uncertainty_after) = i18n.around(
        "methodology-measure-uncertainty",
        "term",
        &[("n", SMALL_N.into())],
    );
    let (waiting_before, waiting_after) =
        i18n.around("methodology-measure-time-to-decision", "term", &[]);
    let (passport_before, passport_after) =
        i18n.around("methodology-measure-passport-deferrals", "term", &[]);
    let (questions_before, questions_after) =
        i18n.around("methodology-measure-questions", "term", &[]);
    view! {
        <nav class="toc" aria-label=t("methodology-toc-label")>
            <ul>
                <li><a href="#units">{t("methodology-units-heading")}</a></li>
                <li><a href="#measures">{t("methodology-measures-heading")}</a></li>
                <li><a href="#focus-rules">{t("areas-heading")}</a></li>
                <li><a href="#linking">{t("methodology-linking-heading")}</a></li>
                <li><a href="#sources">{t("methodology-sources-heading")}</a></li>
                <li><a href="#coverage">{t("methodology-coverage-heading")}</a></li>
                <li><a href="#membership">{t("methodology-membership-heading")}</a></li>
            </ul>
        </nav>
        <section id="units" aria-labelledby="units-heading">
            <h2 id="units-heading">{t("methodology-units-heading")}</h2>
            <dl>
                <dt>{t("methodology-unit-organization")}</dt><dd>{t("methodology-unit-organization-text")}</dd>
                <dt>{t("methodology-unit-application")}</dt><dd>{t("methodology-unit-application-text")}</dd>
                <dt>{t("methodology-unit-consideration")}</dt><dd>{t("methodology-unit-consideration-text")}</dd>
                <dt>{t("methodology-unit-question")}</dt><dd>{t("methodology-unit-question-text")}</dd>
                <dt>{t("methodology-unit-vote")}</dt><dd>{t("methodology-unit-vote-text")}</dd>
            </dl>
        </section>
        <section id="measures" aria-labelledby="measures-heading">
            <h2 id="measures-heading">{t("methodology-measures-heading")}</h2>
            <ul>
                <li>{deferral_before}<strong>{t("measure-session_deferral")}</strong>{deferral_after}</li>
                <li>
                    {ever[0].clone()}<strong>{t("methodology-term-ever-deferred")}</strong>
                    {ever[1].clone()}<strong>{t("methodology-term-deferred-at-least")}</strong>
                    {ever[2].clone()}
                </li>
                <li>{uncertainty_before}<strong>{t("methodology-term-uncertainty")}</strong>{uncertainty_after}</li>
                <li>{waiting_before}<strong><a href=i18n.href("/time-to-decision")>{t("nav-time-to-decision")}</a></strong>{waiting_after}</li>
                <li>{passport_before}<strong>{t("methodology-term-passport-deferrals")}</strong>{passport_after}</li>
                <li>{questions_before}<strong>{t("methodology-questions")}</strong>{questions_after}</li>
            </ul>
            <p>{t("methodology-confounding")}</p>
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
    let i18n = i18n();
    let (rules_before, rules_after) = i18n.around("methodology-rules-text", "code", &[]);
    let (version_before, version_after) =
        i18n.around("methodology-rule-set-version", "version", &[]);
    view! {
        <section id="focus-rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{i18n.t("areas-heading")}</h2>
            <p>
                {rules_before}<code>"human_rights.a-groups-rights"</code>{rules_after}
            </p>
            <p>{i18n.t("methodology-rules-known-text")}</p>
            <p id="rule-set-version">{version_before}<code>{version}</code>{version_after}</p>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    view! {
        <div class="table-scroll">
        <table class="data-table" id="rules-table">
            <caption>{t("methodology-rules-caption")}</caption>
            <thead><tr><th scope="col">{t("methodology-col-rule")}</th><th scope="col">{t("methodology-col-area")}</th><th scope="col">{t("methodology-col-language")}</th><th scope="col">{t("methodology-col-phrases")}</th></tr></thead>
            <tbody>
                {rules.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row"><code>{r.id}</code></th>
                        <td>{i18n.area(&r.area)}</td>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    view! {
        <div class="table-scroll">
        <table class="data-table" id="exceptions-table">
            <caption>{t("methodology-exceptions-caption")}</caption>
            <thead><tr><th scope="col">{t("methodology-col-exception")}</th><th scope="col">{t("methodology-col-area")}</th><th scope="col">{t("methodology-col-when")}</th><th scope="col">{t("methodology-col-unless")}</th><th scope="col">{t("methodology-col-why")}</th></tr></thead>
            <tbody>
                {exceptions.into_iter().map(|e| view! {
                    <tr>
                        <th scope="row"><code>{e.id}</code></th>
                        <td>{i18n.area(&e.area)}</td>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let areas = move |areas: &[String]| {
        areas
            .iter()
            .map(|a| i18n.area(a))
            .collect::<Vec<_>>()
            .join(i18n.t("sep-list").as_str())
    };
    view! {
        <div class="table-scroll">
        <table class="data-table" id="known-table">
            <caption>{t("methodology-known-caption")}</caption>
            <thead><tr><th scope="col">{t("methodology-col-entry")}</th><th scope="col">{t("methodology-col-names")}</th><th scope="col">{t("methodology-col-areas")}</th><th scope="col">{t("methodology-col-taken-out-of")}</th><th scope="col">{t("methodology-col-why")}</th></tr></thead>
            <tbody>
                {known.into_iter().map(|k| {
                    let (reason_before, reason_after) =
                        i18n.around("methodology-known-reason", "link", &[("reason", k.reason.into())]);
                    view! {
                        <tr>
                            <th scope="row"><code>{k.id}</code></th>
                            <td>{k.names.join("; ")}</td>
                            <td>{areas(&k.areas)}</td>
                            <td>{areas(&k.not_areas)}</td>
                            <td>{reason_before}<a href=k.source.clone() rel="external noopener">{t("methodology-known-source-link")}</a>{reason_after}</td>
                        </tr>
                    }
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let count = releases.len();
    view! {
        <section id="incomplete-releases" aria-labelledby="incomplete-heading">
            <h2 id="incomplete-heading">{t("methodology-incomplete-heading")}</h2>
            <p>{i18n.f("methodology-incomplete-text", &[("n", count.into())])}</p>
            {(count > 0).then(|| view! {
                <div class="table-scroll">
                <table class="data-table" id="incomplete-releases-table">
                    <caption>{t("methodology-incomplete-caption")}</caption>
                    <thead><tr><th scope="col">{t("methodology-col-release")}</th><th scope="col">{t("col-session")}</th><th scope="col">{t("methodology-col-what-differs")}</th></tr></thead>
                    <tbody>
                        {releases.into_iter().map(|r| {
                            let label = r.symbol.clone().unwrap_or_else(|| r.url.clone());
                            let session = r.session.map(|s| view! {
                                <a href=session_href(&s)>{i18n.session(s.year, &s.part)}</a>
                            });
                            view! {
                                <tr>
                                    <th scope="row"><a href=r.url rel="external noopener">{label}</a>{r.date.map(|d| i18n.f("methodology-release-date", &[("date", i18n.date(&d).into())]))}</th>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    // A rule's words in the page's language; a rule the catalogue does not know keeps the
    // server's words.
    let rule_label = move |f: &FacetCount| {
        let key = format!("methodology-link-rule-{}", f.value);
        if i18n.catalogue().get(&key).is_some() {
            i18n.t(&key)
        } else {
            f.label.clone()
        }
    };
    view! {
        <section id="linking" aria-labelledby="linking-heading">
            <h2 id="linking-heading">{t("methodology-linking-heading")}</h2>
            <p>{t("methodology-linking-text")}</p>
            <table class="data-table" id="link-rules">
                <caption>{t("methodology-link-rules-caption")}</caption>
                <thead><tr><th scope="col">{t("methodology-col-rule")}</th><th scope="col" class="num">{t("methodology-col-spellings")}</th></tr></thead>
                <tbody>
                    {link_rules.into_iter().map(|f| view! {
                        <tr><th scope="row">{rule_label(&f)}</th><td class="num">{i18n.int(f.count)}</td></tr>
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
    let i18n = i18n();
    let (steinert_before, steinert_after) = i18n.around("methodology-source-steinert", "link", &[]);
    let (press_before, press_after) = i18n.around("methodology-source-press", "link", &[]);
    let schedule = i18n.reworded("methodology-scrape-schedule", &[], &schedule);
    let scrape = i18n.f(
        "methodology-scrape",
        &[
            ("schedule", schedule.into()),
            ("last", last_scrape(i18n, last_run).into()),
        ],
    );
    view! {
        <section id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{i18n.t("methodology-sources-heading")}</h2>
            <ul>
                <li>
                    {steinert_before}
                    <a href="https://github.com/christophsteinert/ECOSOC_Status">"ECOSOC_Status"</a>
                    {steinert_after}
                </li>
                <li>
                    {press_before}
                    <a href="https://press.un.org/en/committee-non-governmental-organizations">"press.un.org"</a>
                    {press_after}
                </li>
            </ul>
            <p id="last-scrape">{scrape}</p>
        </section>
    }
}

/// What each source holds, year by year, and the known gaps.
#[cfg(feature = "ssr")]
#[component]
fn Coverage(years: Vec<CoverageRow>) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    view! {
        <section id="coverage" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t("methodology-coverage-heading")}</h2>
            <div class="table-scroll">
            <table class="data-table" id="coverage-table">
                <caption>{t("methodology-coverage-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("methodology-col-year")}</th>
                        <th scope="col" class="num">{t("methodology-col-considerations-reports")}</th>
                        <th scope="col" class="num">{t("table-press_release")}</th>
                        <th scope="col" class="num">{t("methodology-col-release-entries")}</th>
                        <th scope="col" class="num">{t("methodology-questions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {years.into_iter().map(|c| view! {
                        <tr>
                            <th scope="row">{i18n.number(c.year)}</th>
                            <td class="num">{i18n.int(c.reports)}</td>
                            <td class="num">{i18n.int(c.press_releases)}</td>
                            <td class="num">{i18n.int(c.press_records)}</td>
                            <td class="num">{i18n.int(c.questions)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <TableDownloads table="coverage"/>
            <p>{t("methodology-known-gaps")}</p>
        </section>
    }
}

/// The last press scrape in a sentence.
#[cfg(feature = "ssr")]
fn last_scrape(i18n: I18n, run: Option<JobRun>) -> String {
    match run {
        Some(run) => {
            let status = i18n.f("methodology-run-status", &[("status", run.status.into())]);
            let outcome = i18n.reworded(
                "methodology-run-outcome",
                &[
                    ("fetched", true),
                    ("updated", true),
                    ("unchanged", true),
                    ("failed", true),
                ],
                &run.outcome,
            );
            let mut args = vec![
                ("started", i18n.date(&run.started_at).into()),
                ("status", status.into()),
                ("outcome", outcome.into()),
            ];
            match run.finished_at {
                Some(finished) => {
                    args.push(("finished", i18n.date(&finished).into()));
                    i18n.f("methodology-last-run", &args)
                }
                None => i18n.f("methodology-last-run-unfinished", &args),
            }
        }
        None => i18n.t("methodology-no-scrape"),
    }
}

/// The Committee's members per year in the membership file, and where they come from.
#[cfg(feature = "ssr")]
#[component]
fn Membership(years: Vec<crate::model::MembershipYear>, source: String) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let source = i18n.reworded(
        "methodology-membership-source",
        &[
            ("first", false),
            ("last", false),
            ("rows", true),
            ("unchecked", true),
        ],
        &source,
    );
    view! {
        <section id="membership" aria-labelledby="membership-heading">
            <h2 id="membership-heading">{t("methodology-membership-heading")}</h2>
            <p>{i18n.f("methodology-membership-text", &[("source", source.into())])}</p>
            <div class="table-scroll">
            <table class="data-table" id="membership-table">
                <caption>{t("methodology-membership-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("methodology-col-year")}</th>
                        <th scope="col" class="num">{t("methodology-col-members")}</th>
                        <th scope="col" class="num">{t("methodology-col-unchecked")}</th>
                    </tr>
                </thead>
                <tbody>
                    {years.into_iter().map(|y| view! {
                        <tr class:unstable=y.members != 19>
                            <th scope="row">{i18n.number(y.year)}</th>
                            <td class="num">{i18n.int(y.members)}</td>
                            <td class="num">{i18n.int(y.unchecked)}</td>
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
            {i18n().t("download")}" "
            <a href=format!("/api/v1/methodology/{table}.csv") download=format!("ecosoc-watch-methodology-{table}.csv")>"CSV"</a>" · "
            <a href="/api/v1/methodology" download="ecosoc-watch-methodology.json">"JSON"</a>
        </p>
    }
}
