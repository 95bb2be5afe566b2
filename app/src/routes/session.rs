//! `/sessions/{year}-{regular|resumed}`: one session. Every application considered with its
//! decision in each source and its focus areas, the questions asked, the session's press
//! releases, and the reconciliation: the records held against the totals the UN stated, with
//! every difference shown and never resolved.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    components::record_body::RecordBody,
    components::{
        cite::CiteThis,
        downloads::Downloads,
        links::{session_href, OrgLink, QuestionList, SourceLines},
    },
    i18n::{i18n, year_arg, I18n},
    model::{RecordRequest, SessionApplication, SessionDetail, SessionKey},
};

#[component]
pub fn SessionPage() -> impl IntoView {
    let params = use_params_map();
    let key = move || params.with(|p| p.get("key").unwrap_or_default());
    let request = Memo::new(move |_| Ok(RecordRequest::Session(key())));
    view! {
        <RecordBody request back_href="/sessions" back_label="back-all-sessions"/>
    }
}

#[cfg(feature = "ssr")]
fn count(value: Option<i64>) -> String {
    value
        .map(|n| i18n().int(n))
        .unwrap_or_else(|| "—".to_string())
}

/// "2019 resumed session", as a heading and a link's text.
#[cfg(feature = "ssr")]
fn session_heading(i18n: I18n, key: &SessionKey) -> String {
    i18n.f(
        "session-heading",
        &[
            ("year", year_arg(key.year)),
            ("part", key.part.as_str().into()),
        ],
    )
}

/// The sentence under the heading: applications, the report's date, releases, agreement.
#[cfg(feature = "ssr")]
fn session_summary(detail: &SessionDetail) -> String {
    let i18n = i18n();
    let disagreements = detail.applications.iter().filter(|a| a.disagrees()).count();
    let adopted = detail
        .date
        .as_ref()
        .map(|d| i18n.f("session-report-adopted", &[("date", i18n.date(d).into())]))
        .unwrap_or_default();
    let agreement = match disagreements {
        0 => i18n.t("session-sources-agree"),
        n => i18n.f("session-sources-disagree", &[("n", n.into())]),
    };
    i18n.f(
        "session-summary",
        &[
            ("n", detail.applications.len().into()),
            (
                "session",
                i18n.session(detail.session.year, &detail.session.part)
                    .into(),
            ),
            ("adopted", adopted.into()),
            ("releases", detail.releases.len().into()),
            ("agreement", agreement.into()),
        ],
    )
}

#[cfg(feature = "ssr")]
#[component]
pub fn SessionView(detail: SessionDetail) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let slug = detail.session.slug();
    let summary = session_summary(&detail);
    view! {
        <nav class="crumbs" aria-label=t("breadcrumb")><a href=i18n.href("/sessions")>{t("nav-sessions")}</a>" ›"</nav>
        <h1>{session_heading(i18n, &detail.session)}</h1>
        <p class="lead" id="session-summary">{summary}</p>
        <nav class="prev-next" aria-label=t("session-other-sessions")>
            {detail.previous.clone().map(|p| view! { <a href=session_href(&p) rel="prev">{i18n.f("session-previous", &[("session", session_heading(i18n, &p).into())])}</a> })}
            {detail.next.clone().map(|n| view! { <a href=session_href(&n) rel="next">{i18n.f("session-next", &[("session", session_heading(i18n, &n).into())])}</a> })}
        </nav>
        <Reconciliation detail=detail.clone()/>
        <Releases detail=detail.clone()/>
        <section aria-labelledby="applications-heading">
            <h2 id="applications-heading">{t("session-applications-heading")}</h2>
            <ApplicationsTable rows=detail.applications.clone()/>
            <Downloads path=format!("sessions/{slug}") file=format!("ecosoc-watch-session-{slug}")/>
            <CiteThis cite=detail.cite.clone()/>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Reconciliation(detail: SessionDetail) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    view! {
        <section aria-labelledby="reconciliation-heading">
            <h2 id="reconciliation-heading">{t("session-reconciliation-heading")}</h2>
            <div class="table-scroll">
            <table class="data-table" id="reconciliation">
                <caption>{t("session-reconciliation-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("col-decision")}</th>
                        <th scope="col" class="num">{t("session-col-reports")}</th>
                        <th scope="col" class="num">{t("session-col-press")}</th>
                        <th scope="col" class="num">{t("session-col-stated")}</th>
                    </tr>
                </thead>
                <tbody>
                    {detail.reconciliation.into_iter().map(|r| {
                        let differs = matches!((r.press, r.press_stated), (Some(a), Some(b)) if a != b);
                        view! {
                            <tr class:disagrees=differs data-decision=r.decision.clone()>
                                <th scope="row">{i18n.decision(&r.decision)}</th>
                                <td class="num">{count(r.reports)}</td>
                                <td class="num">{count(r.press)}</td>
                                <td class="num">{count(r.press_stated)}{differs.then(|| t("session-differs-read"))}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            {(!detail.flags.is_empty()).then(|| view! {
                <p>{t("session-flagged")}</p>
                <ul class="flags" id="session-flags">
                    {detail.flags.into_iter().map(|f| view! {
                        <li><strong title=f.kind.clone()>{i18n.flag(&f.kind)}</strong>{i18n.f("session-flag-detail", &[("n", f.count.into()), ("detail", f.detail.into())])}</li>
                    }).collect_view()}
                </ul>
            })}
            <p class="muted">{t("session-reconciliation-note")}</p>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Releases(detail: SessionDetail) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    (!detail.releases.is_empty()).then(|| {
        view! {
            <section aria-labelledby="releases-heading">
                <h2 id="releases-heading">{t("table-press_release")}</h2>
                <ul class="releases" id="releases">
                    {detail.releases.into_iter().map(|r| {
                        // What the headline states, by decision: "12 recommended, 40 deferred".
                        let stated = r
                            .headline_counts
                            .iter()
                            .map(|(k, v)| i18n.f("session-headline-count", &[("n", (*v).into()), ("decision", k.as_str().into())]))
                            .collect::<Vec<_>>()
                            .join(&t("sep-list"));
                        view! {
                            <li>
                                <a href=r.url.clone()>{r.symbol.clone().unwrap_or_else(|| r.url.clone())}</a>
                                {r.date.map(|d| i18n.f("session-release-date", &[("date", i18n.date(&d).into())]))}
                                {i18n.f("session-release-title", &[("title", r.title.unwrap_or_default().into())])}
                                <br/>
                                <small>
                                    {i18n.f("session-release-read", &[("n", r.records.into())])}
                                    {(!stated.is_empty()).then(|| i18n.f("session-release-stated", &[("counts", stated.into())]))}
                                    {(r.problems > 0).then(|| i18n.f("session-release-problems", &[("n", r.problems.into())]))}
                                    {r.is_placeholder.then(|| t("session-release-placeholder"))}
                                </small>
                                {(!r.shortfalls.is_empty()).then(|| view! {
                                    <br/>
                                    <small class="incomplete">
                                        <strong>{t("session-incomplete")}</strong>
                                        // The reader's words, stored with the release: not translated.
                                        {r.shortfalls.join(&t("sep-clause"))}
                                        {t("session-incomplete-end")}
                                    </small>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[cfg(feature = "ssr")]
#[component]
pub fn ApplicationsTable(rows: Vec<SessionApplication>) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    view! {
        <div class="table-scroll">
        <table class="data-table" id="session-applications">
            <caption>{t("session-applications-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("session-col-organization")}</th>
                    <th scope="col">{t("areas-heading")}</th>
                    <th scope="col">{t("source-steinert")}</th>
                    <th scope="col">{t("source-press_release")}</th>
                    <th scope="col">{t("session-col-questions-sources")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let disagrees = row.disagrees();
                    let kind = match row.kind.as_str() {
                        "status" => String::new(),
                        "reclassification" => t("session-kind-reclassification"),
                        _ => t("session-kind-other"),
                    };
                    let new = match row.is_new {
                        Some(true) => t("session-is-new"),
                        Some(false) => t("session-was-deferred"),
                        None => String::new(),
                    };
                    let areas = row.areas.iter().map(|a| i18n.area(a)).collect::<Vec<_>>().join(&t("sep-list"));
                    let decision = |d: Option<&str>| d.map(|d| i18n.decision(d)).unwrap_or_else(|| "—".to_string());
                    view! {
                        <tr class:disagrees=disagrees data-organization=row.organization_id>
                            <th scope="row">
                                <OrgLink id=row.organization_id name=row.organization.clone()/>{kind}
                                {(row.name_as_printed != row.organization).then(|| view! { <br/><small>{i18n.f("session-printed-as", &[("name", row.name_as_printed.as_str().into())])}</small> })}
                            </th>
                            <td>{areas}</td>
                            <td>{decision(row.reports_decision.as_deref())}{new}</td>
                            <td>
                                {decision(row.press_decision.as_deref())}
                                {disagrees.then(|| view! { <br/><strong class="warning">{t("sources-disagree")}</strong> })}
                            </td>
                            <td>
                                <QuestionList questions=row.questions/>
                                " "<SourceLines evidence=row.evidence/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
