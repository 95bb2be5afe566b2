//! `/states/{name}`: one member state's record — its questions (paginated, with the NGO, the
//! session, the question and a link to the release paragraph), its recorded votes, and the
//! NGOs it questioned by focus area. An attribution, not a cause: a question does not by
//! itself defer an application.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    chart::{who_asks::format_ratio, year_span},
    components::record_body::RecordBody,
    components::{
        cite::CiteThis,
        downloads::Downloads,
        links::{release_paragraph, state_href, state_path, OrgLink, SessionLink},
        pager::Pager,
    },
    error::AppError,
    i18n::{i18n, year_arg},
    model::{
        int_param, Cite, FacetCount, RecordRequest, StateDetail, StateMeasure, StateQuestion,
        StateSummary, StateVote, WhoAsksQuery,
    },
};

#[component]
pub fn StatePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        // The router hands over the segment percent-decoded.
        let name = params.with(|p| p.get("name").unwrap_or_default());
        let page = query
            .with(|q| q.get("page"))
            .map(|p| int_param("page", &p, 1..=100_000));
        (name, page)
    };
    let request = Memo::new(move |_| {
        let (name, page) = key();
        let page = page.unwrap_or(Ok(1)).map_err(AppError::BadRequest)?;
        Ok(RecordRequest::State { name, page })
    });
    view! {
        <RecordBody request back_href="/states" back_label="back-all-states"/>
    }
}

/// One member state's record: what it asked and voted, by focus area and one by one.
#[cfg(feature = "ssr")]
#[component]
pub fn StateView(detail: StateDetail) -> impl IntoView {
    let i18n = i18n();
    let name = detail.summary.name.clone();
    let summary = record_sentence(&detail.summary);
    // The name in the page's words; the address and the files keep the English one.
    let shown = i18n.country(&name);
    view! {
        <nav class="crumbs" aria-label=i18n.t("breadcrumb")><a href=i18n.href("/states")>{i18n.t("nav-states")}</a>" ›"</nav>
        <h1>{shown}</h1>
        <p class="lead" id="state-summary">{summary}</p>
        <p class="muted">{i18n.t("state-questions-note")}</p>
        <QuestionedByArea areas=detail.questioned_by_area/>
        {detail.measures.map(|m| view! { <StateMeasures measures=m query=detail.measures_query.clone()/> })}
        <StateQuestions
            name=name.clone()
            questions=detail.questions
            total=detail.summary.questions
            page=detail.page
            per_page=detail.per_page
            cite=detail.cite
        />
        <StateVotes name votes=detail.votes/>
    }
}

/// The state's record in one sentence: questions, applications questioned, votes, years.
#[cfg(feature = "ssr")]
fn record_sentence(s: &StateSummary) -> String {
    i18n().f(
        "state-summary",
        &[
            ("name", i18n().country(&s.name).into()),
            ("questions", s.questions.into()),
            ("applications", s.applications_questioned.into()),
            ("votes", s.votes.into()),
            ("years", year_span(s.first_year, s.last_year).into()),
        ],
    )
}

/// The organizations the state questioned, counted per focus area.
#[cfg(feature = "ssr")]
#[component]
fn QuestionedByArea(areas: Vec<FacetCount>) -> impl IntoView {
    let i18n = i18n();
    view! {
        <section aria-labelledby="by-area-heading">
            <h2 id="by-area-heading">{i18n.t("state-by-area-heading")}</h2>
            <ul class="by-area" id="questioned-by-area">
                {areas.into_iter().map(|f| {
                    let (before, after) = i18n.around("state-area-count", "count", &[("area", i18n.area(&f.value).into())]);
                    view! {
                        <li data-area=f.value.clone()>{before}<strong>{i18n.int(f.count)}</strong>{after}</li>
                    }
                }).collect_view()}
            </ul>
            <p class="muted">{i18n.t("state-by-area-note")}</p>
        </section>
    }
}

/// Page `page` of the state's questions (of `total`), newest first, with the pager, the
/// downloads and how to cite them.
#[cfg(feature = "ssr")]
#[component]
fn StateQuestions(
    name: String,
    questions: Vec<StateQuestion>,
    total: i64,
    page: u32,
    per_page: u32,
    cite: Cite,
) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let pages = ((total + i64::from(per_page) - 1) / i64::from(per_page).max(1)).max(1) as u32;
    let base = state_href(&name);
    let href = Callback::new(move |page: u32| format!("{base}?page={page}"));
    let file_stem = format!(
        "ecosoc-watch-state-{}",
        name.to_lowercase().replace(' ', "-")
    );
    let api_path = format!(
        "states/{}",
        state_path(&name).trim_start_matches("/states/")
    );
    let caption = i18n.f(
        "state-questions-caption",
        &[("name", i18n.country(&name).into())],
    );
    view! {
        <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t("states-col-questions")}</h2>
            {(questions.is_empty()).then(|| view! { <p>{t("state-no-questions-page")}</p> })}
            <div class="table-scroll">
            <table class="data-table" id="state-questions">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("col-session")}</th>
                        <th scope="col">{t("session-col-organization")}</th>
                        <th scope="col">{t("state-col-question")}</th>
                        <th scope="col">{t("col-decision")}</th>
                        <th scope="col">{t("col-source")}</th>
                    </tr>
                </thead>
                <tbody>
                    {questions.into_iter().map(|q| view! {
                        <tr>
                            <th scope="row"><SessionLink session=q.session.clone()/></th>
                            <td><OrgLink id=q.organization_id name=q.organization.clone()/></td>
                            <td>{q.text.unwrap_or_else(|| t("state-question-not-recorded"))}</td>
                            <td>{i18n.decision(&q.decision)}</td>
                            <td>{q.source.map(|href| view! { <a href=href class="source-line">{t("state-release-link")}</a> })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <Pager page pages href/>
            <Downloads path=api_path query=format!("page={page}") file=file_stem/>
            <CiteThis cite/>
        </section>
    }
}

/// The state's votes in recorded votes, or a line saying there are none.
#[cfg(feature = "ssr")]
#[component]
fn StateVotes(name: String, votes: Vec<StateVote>) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    view! {
        <section aria-labelledby="votes-heading">
            <h2 id="votes-heading">{t("state-votes-heading")}</h2>
            {if votes.is_empty() {
                view! { <p>{t("state-no-votes")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                    <table class="data-table" id="state-votes">
                        <caption>{i18n.f("state-votes-caption", &[("name", i18n.country(&name).into())])}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("col-session")}</th>
                                <th scope="col">{t("votes-col-on")}</th>
                                <th scope="col">{t("state-col-vote")}</th>
                                <th scope="col">{t("state-col-outcome")}</th>
                                <th scope="col">{t("col-source")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {votes.into_iter().map(|v| {
                                let vote = i18n.vote(&v.vote);
                                // The release's paragraph where the vote is printed.
                                let source = match v.locator {
                                    Some(p) => view! { <a href=format!("{}#{p}", v.source.url) class="source-line">{release_paragraph(&p)}</a> },
                                    None => view! { <a href=v.source.url.clone() class="source-line">{t("state-vote-source")}</a> },
                                };
                                let on = match (v.organization_id, v.organization.clone()) {
                                    (Some(id), Some(name)) => view! { <OrgLink id name/> }.into_any(),
                                    _ => view! { <span>{v.topic.clone()}</span> }.into_any(),
                                };
                                view! {
                                    <tr>
                                        <th scope="row"><SessionLink session=v.session.clone()/></th>
                                        <td>{on}</td>
                                        <td>{vote}</td>
                                        <td>{v.outcome.unwrap_or_else(|| "—".into())}</td>
                                        <td>{source}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// The state's who-asks figures: its sessions and their coverage, and per focus area what it
/// questioned, what ended in deferral, the over-representation and its votes.
#[cfg(feature = "ssr")]
#[component]
fn StateMeasures(measures: StateMeasure, query: WhoAsksQuery) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let m = measures;
    let (from, to) = (year_arg(query.from), year_arg(query.to));
    let observer = if m.sessions_as_observer > 0 {
        i18n.f(
            "state-measures-observer",
            &[("n", m.sessions_as_observer.into())],
        )
    } else {
        String::new()
    };
    let sentence = i18n.f(
        "state-measures-sentence",
        &[
            ("from", from.clone()),
            ("to", to.clone()),
            ("state", i18n.country(&m.state).into()),
            ("member", m.member_sessions.into()),
            ("covered", m.covered_sessions.into()),
            ("releases", m.releases_read.into()),
            ("questioned", m.considerations_questioned.into()),
            ("deferred", m.deferral_linked.into()),
            ("observer", observer.into()),
        ],
    );
    let heading = i18n.f(
        "state-measures-heading",
        &[("from", from.clone()), ("to", to.clone())],
    );
    let caption = i18n.f(
        "state-measures-caption",
        &[
            ("state", i18n.country(&m.state).into()),
            ("from", from),
            ("to", to),
        ],
    );
    let compare = i18n.href(&format!("/who-asks?{}", query.to_query_string()));
    view! {
        <section aria-labelledby="measures-heading" id="state-measures">
            <h2 id="measures-heading">{heading}</h2>
            <p>{sentence}</p>
            <div class="table-scroll">
            <table class="data-table" id="state-measures-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("rates-col-area")}</th>
                        <th scope="col" class="num">{t("state-col-considerations-questioned")}</th>
                        <th scope="col" class="num">{t("state-col-ended-in-deferral")}</th>
                        <th scope="col">{t("state-col-over-representation")}</th>
                        <th scope="col" class="num">{t("state-col-votes")}</th>
                    </tr>
                </thead>
                <tbody>
                    {m.areas.iter().map(|a| view! {
                        <tr data-area=a.area.clone() class:unstable=a.small_n>
                            <th scope="row">{i18n.area(&a.area)}</th>
                            <td class="num">{i18n.int(a.considerations_questioned)}</td>
                            <td class="num">{i18n.int(a.deferral_linked)}</td>
                            <td>{format_ratio(a)}</td>
                            <td class="num">{a.votes.for_against_abstaining(i18n)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p class="muted">
                {t("state-measures-note")}{t("word-space")}
                <a href=compare>{t("state-measures-compare")}</a>{t("sentence-end")}
            </p>
        </section>
    }
}
