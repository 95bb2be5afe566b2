//! `/sessions/{year}-{regular|resumed}`: one session. Every application considered with its
//! decision in each source and its focus areas, the questions asked, the session's press
//! releases, and the reconciliation: the records held against the totals the UN stated, with
//! every difference shown and never resolved.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::i18n;
use leptos_router::hooks::use_params_map;

use crate::{
    chart::group_thousands,
    components::record_body::RecordBody,
    components::{
        cite::CiteThis,
        downloads::Downloads,
        links::{session_href, OrgLink, QuestionList, SourceLines},
    },
    model::{area_label, decision_label, RecordRequest, SessionApplication, SessionDetail},
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
        .map(group_thousands)
        .unwrap_or_else(|| "—".to_string())
}

#[cfg(feature = "ssr")]
#[component]
pub fn SessionView(detail: SessionDetail) -> impl IntoView {
    let label = detail.session.label();
    let slug = detail.session.slug();
    let disagreements = detail.applications.iter().filter(|a| a.disagrees()).count();
    let summary = format!(
        "{} applications considered at the {label}{}; {} press release{}; {}.",
        group_thousands(detail.applications.len() as i64),
        detail
            .date
            .as_ref()
            .map(|d| format!(" (report adopted {d})"))
            .unwrap_or_default(),
        detail.releases.len(),
        if detail.releases.len() == 1 { "" } else { "s" },
        match disagreements {
            0 => "the two sources agree on every application both list".to_string(),
            1 => "the two sources disagree on 1 application".to_string(),
            n => format!("the two sources disagree on {n} applications"),
        }
    );
    view! {
        <nav class="crumbs" aria-label=i18n().t("breadcrumb")><a href=i18n().href("/sessions")>{i18n().t("nav-sessions")}</a>" ›"</nav>
        <h1>{label.clone()}</h1>
        <p class="lead" id="session-summary">{summary}</p>
        <nav class="prev-next" aria-label="Other sessions">
            {detail.previous.clone().map(|p| view! { <a href=session_href(&p) rel="prev">"← "{p.label()}</a> })}
            {detail.next.clone().map(|n| view! { <a href=session_href(&n) rel="next">{n.label()}" →"</a> })}
        </nav>
        <Reconciliation detail=detail.clone()/>
        <Releases detail=detail.clone()/>
        <section aria-labelledby="applications-heading">
            <h2 id="applications-heading">"Applications considered"</h2>
            <ApplicationsTable rows=detail.applications.clone()/>
            <Downloads path=format!("sessions/{slug}") file=format!("ecosoc-watch-session-{slug}")/>
            <CiteThis cite=detail.cite.clone()/>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Reconciliation(detail: SessionDetail) -> impl IntoView {
    view! {
        <section aria-labelledby="reconciliation-heading">
            <h2 id="reconciliation-heading">"Reconciliation"</h2>
            <div class="table-scroll">
            <table class="data-table" id="reconciliation">
                <caption>"Status applications by decision: what each source holds and what the releases state"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Decision"</th>
                        <th scope="col" class="num">"Reports dataset"</th>
                        <th scope="col" class="num">"Press-release entries read"</th>
                        <th scope="col" class="num">"Stated in the releases' headlines"</th>
                    </tr>
                </thead>
                <tbody>
                    {detail.reconciliation.into_iter().map(|r| {
                        let differs = matches!((r.press, r.press_stated), (Some(a), Some(b)) if a != b);
                        view! {
                            <tr class:disagrees=differs data-decision=r.decision.clone()>
                                <th scope="row">{decision_label(&r.decision)}</th>
                                <td class="num">{count(r.reports)}</td>
                                <td class="num">{count(r.press)}</td>
                                <td class="num">{count(r.press_stated)}{differs.then_some(" ≠ read")}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            {(!detail.flags.is_empty()).then(|| view! {
                <p>"Flagged, with both numbers kept:"</p>
                <ul class="flags" id="session-flags">
                    {detail.flags.into_iter().map(|f| view! { <li><strong>{f.kind}</strong>" ("{f.count}"): "{f.detail}</li> }).collect_view()}
                </ul>
            })}
            <p class="muted">
                "The reports dataset is coded from the Committee's official report; press releases are not "
                "official records, and one NGO can appear at several meetings of a session. A headline that "
                "states other counts than the entries read means the release was read incompletely or counts differently."
            </p>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Releases(detail: SessionDetail) -> impl IntoView {
    (!detail.releases.is_empty()).then(|| {
        view! {
            <section aria-labelledby="releases-heading">
                <h2 id="releases-heading">"Press releases"</h2>
                <ul class="releases" id="releases">
                    {detail.releases.into_iter().map(|r| {
                        let stated = r.headline_counts.iter().map(|(k, v)| format!("{v} {k}")).collect::<Vec<_>>().join(", ");
                        view! {
                            <li>
                                <a href=r.url.clone()>{r.symbol.clone().unwrap_or_else(|| r.url.clone())}</a>
                                {r.date.map(|d| format!(" ({d})"))}": "
                                {r.title.unwrap_or_default()}
                                <br/>
                                <small>
                                    {format!("{} entries read", r.records)}
                                    {(!stated.is_empty()).then(|| format!("; headline states {stated}"))}
                                    {(r.problems > 0).then(|| format!("; {} passages could not be read", r.problems))}
                                    {r.is_placeholder.then_some("; placeholder: coverage not yet published")}
                                </small>
                                {(!r.shortfalls.is_empty()).then(|| view! {
                                    <br/>
                                    <small class="incomplete">
                                        <strong>"Incomplete: "</strong>
                                        {r.shortfalls.join("; ")}
                                        ". The press figures of this session hold what was read, not what the headline states."
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
    view! {
        <div class="table-scroll">
        <table class="data-table" id="session-applications">
            <caption>"Every application considered, with each source's decision"</caption>
            <thead>
                <tr>
                    <th scope="col">"Organization"</th>
                    <th scope="col">"Focus areas"</th>
                    <th scope="col">"Reports"</th>
                    <th scope="col">"Press release"</th>
                    <th scope="col">"Questions and sources"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let disagrees = row.disagrees();
                    let kind = match row.kind.as_str() {
                        "status" => "",
                        "reclassification" => " (reclassification)",
                        _ => " (other request)",
                    };
                    let new = match row.is_new { Some(true) => " · new", Some(false) => " · previously deferred", None => "" };
                    let areas = row.areas.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ");
                    view! {
                        <tr class:disagrees=disagrees data-organization=row.organization_id>
                            <th scope="row">
                                <OrgLink id=row.organization_id name=row.organization.clone()/>{kind}
                                {(row.name_as_printed != row.organization).then(|| view! { <br/><small>"printed “"{row.name_as_printed.clone()}"”"</small> })}
                            </th>
                            <td>{areas}</td>
                            <td>{row.reports_decision.as_deref().map(decision_label).unwrap_or("—")}{new}</td>
                            <td>
                                {row.press_decision.as_deref().map(decision_label).unwrap_or("—")}
                                {disagrees.then(|| view! { <br/><strong class="warning">"Sources disagree"</strong> })}
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
