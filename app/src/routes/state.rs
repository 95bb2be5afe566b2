//! `/states/{name}`: one member state's record — its questions (paginated, with the NGO, the
//! session, the question and a link to the release paragraph), its recorded votes, and the
//! NGOs it questioned by focus area. An attribution, not a cause: a question does not by
//! itself defer an application.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::i18n;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    chart::{count_of, group_thousands, who_asks::format_ratio, year_span},
    components::record_body::RecordBody,
    components::{
        cite::CiteThis,
        downloads::Downloads,
        links::{state_href, state_path, OrgLink, SessionLink},
        pager::Pager,
    },
    error::AppError,
    model::{
        area_label, decision_label, int_param, vote_label, Cite, FacetCount, RecordRequest,
        StateDetail, StateMeasure, StateQuestion, StateSummary, StateVote, WhoAsksQuery,
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
    let name = detail.summary.name.clone();
    let summary = record_sentence(&detail.summary);
    view! {
        <nav class="crumbs" aria-label=i18n().t("breadcrumb")><a href=i18n().href("/states")>{i18n().t("nav-states")}</a>" ›"</nav>
        <h1>{name.clone()}</h1>
        <p class="lead" id="state-summary">{summary}</p>
        <p class="muted">
            "Questions are known only where press releases list them: from 2007, completely from 2016. "
            "A question is an attribution, not a cause: the Committee defers by consensus."
        </p>
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
    format!(
        "{} asked {} question{} of {} application{} and cast {} vote{} in recorded votes ({}).",
        s.name,
        group_thousands(s.questions),
        if s.questions == 1 { "" } else { "s" },
        group_thousands(s.applications_questioned),
        if s.applications_questioned == 1 {
            ""
        } else {
            "s"
        },
        group_thousands(s.votes),
        if s.votes == 1 { "" } else { "s" },
        year_span(s.first_year, s.last_year)
    )
}

/// The organizations the state questioned, counted per focus area.
#[cfg(feature = "ssr")]
#[component]
fn QuestionedByArea(areas: Vec<FacetCount>) -> impl IntoView {
    view! {
        <section aria-labelledby="by-area-heading">
            <h2 id="by-area-heading">"NGOs questioned, by focus area"</h2>
            <ul class="by-area" id="questioned-by-area">
                {areas.into_iter().map(|f| view! {
                    <li data-area=f.value.clone()>{area_label(&f.value)}": "<strong>{f.count}</strong></li>
                }).collect_view()}
            </ul>
            <p class="muted">"An NGO in several areas counts in each."</p>
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
    view! {
        <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Questions"</h2>
            {(questions.is_empty()).then(|| view! { <p>"No question on this page."</p> })}
            <div class="table-scroll">
            <table class="data-table" id="state-questions">
                <caption>{format!("Questions asked by {name}, newest first")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Session"</th>
                        <th scope="col">"Organization"</th>
                        <th scope="col">"Question"</th>
                        <th scope="col">"Decision"</th>
                        <th scope="col">"Source"</th>
                    </tr>
                </thead>
                <tbody>
                    {questions.into_iter().map(|q| view! {
                        <tr>
                            <th scope="row"><SessionLink session=q.session.clone()/></th>
                            <td><OrgLink id=q.organization_id name=q.organization.clone()/></td>
                            <td>{q.text.unwrap_or_else(|| "(not recorded)".into())}</td>
                            <td>{decision_label(&q.decision)}</td>
                            <td>{q.source.map(|href| view! { <a href=href class="source-line">"release"</a> })}</td>
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
    view! {
        <section aria-labelledby="votes-heading">
            <h2 id="votes-heading">"Recorded votes"</h2>
            {if votes.is_empty() {
                view! { <p>"No recorded vote is held for this state."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                    <table class="data-table" id="state-votes">
                        <caption>{format!("How {name} voted")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Session"</th>
                                <th scope="col">"On"</th>
                                <th scope="col">"Vote"</th>
                                <th scope="col">"Outcome"</th>
                                <th scope="col">"Source"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {votes.into_iter().map(|v| {
                                let vote = vote_label(&v.vote);
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
                                        <td><a href=v.source.url.clone() class="source-line">{v.locator.unwrap_or_else(|| "source".into())}</a></td>
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
    let m = measures;
    let range = format!("{}–{}", query.from, query.to);
    let observer = if m.sessions_as_observer > 0 {
        format!(
            " It also asked in {} it did not sit in (as an observer).",
            count_of(m.sessions_as_observer, "session", "sessions")
        )
    } else {
        String::new()
    };
    let sentence = format!(
        "In {range} {} sat on the Committee in {} ({} with questions recorded, {} read) and \
         questioned {}, of which {} ended in deferral at that session.{observer}",
        m.state,
        count_of(m.member_sessions, "session", "sessions"),
        m.covered_sessions,
        count_of(m.releases_read, "release", "releases"),
        count_of(
            m.considerations_questioned,
            "consideration",
            "considerations"
        ),
        group_thousands(m.deferral_linked),
    );
    let compare = i18n().href(&format!("/who-asks?{}", query.to_query_string()));
    view! {
        <section aria-labelledby="measures-heading" id="state-measures">
            <h2 id="measures-heading">{format!("Its questions against the Committee's work, {range}")}</h2>
            <p>{sentence}</p>
            <div class="table-scroll">
            <table class="data-table" id="state-measures-table">
                <caption>{format!("{}'s questions and votes by focus area, {range}", m.state)}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Focus area"</th>
                        <th scope="col" class="num">"Considerations questioned"</th>
                        <th scope="col" class="num">"Ended in deferral"</th>
                        <th scope="col">"Over-representation (1× = in proportion)"</th>
                        <th scope="col" class="num">"Votes: for / against / abstaining"</th>
                    </tr>
                </thead>
                <tbody>
                    {m.areas.iter().map(|a| view! {
                        <tr data-area=a.area.clone() class:unstable=a.small_n>
                            <th scope="row">{a.label.clone()}</th>
                            <td class="num">{group_thousands(a.considerations_questioned)}</td>
                            <td class="num">{group_thousands(a.deferral_linked)}</td>
                            <td>{format_ratio(a)}</td>
                            <td class="num">{a.votes.for_against_abstaining()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p class="muted">
                "A consideration is one application at one session; an organization in several areas counts in each. "
                <a href=compare>"Compare with the other states, or choose other years"</a>"."
            </p>
        </section>
    }
}
