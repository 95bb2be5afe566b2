//! `/time-to-decision`: how long applications wait, by focus area — the Kaplan–Meier curve of
//! the share still waiting with its interval, the cumulative incidence of each outcome, the
//! medians and the shares still waiting after 4 and 8 sessions, and the life table behind each
//! curve. The cohort is in the URL; without JavaScript the form reloads the page. The body is
//! rendered on the server (see `model::Rendered`), charts included, so its views and its two
//! charts add nothing to the WASM bundle; only the form hydrates.

// The body's views run on the server only; in the WASM build their imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::{i18n, year_arg};
use leptos_meta::Title;
use leptos_router::{hooks::use_navigate, hooks::use_query_map, NavigateOptions};

use crate::components::year_select::YearSelect;
use crate::{
    chart::{
        outcomes::{describe as outcomes_description, outcomes_svg},
        percent,
        waiting::{format_estimate, format_median, format_p, waiting_summary, waiting_svg},
        Layout,
    },
    components::{
        chart_frame::ChartFrame, cite::CiteThis, downloads::Downloads, record_body::RecordBody,
    },
    model::{RecordRequest, TimeToDecision, WaitGroup, WaitQuery, FIRST_YEAR, LAST_YEAR, SMALL_N},
};

#[component]
pub fn TimeToDecisionPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|map| WaitQuery::from_params(map.latest_values().map(|(k, v)| (k.as_ref(), v))))
    });
    let current = move || query.get().unwrap_or_default();
    // A bad parameter is said above the default view rather than replacing the page.
    let request = Memo::new(move |_| Ok(RecordRequest::TimeToDecision(current())));
    let i18n = i18n();
    view! {
        <Title text=i18n.ts("nav-time-to-decision")/>
        <h1>{i18n.ts("wait-heading")}</h1>
        <p class="lead">{i18n.ts("wait-lead")}</p>
        {move || query.get().err().map(|message| view! { <p class="error" role="alert">{message}{i18n.ts("word-space")}{i18n.ts("showing-default-view")}</p> })}
        <CohortForm current=Signal::derive(current)/>
        <RecordBody request back_href="/time-to-decision" back_label="back-default-view" inline=true/>
    }
}

/// The cohort's first and last year. Every change is a navigation: the URL is the state.
#[component]
fn CohortForm(current: Signal<WaitQuery>) -> impl IntoView {
    let i18n = i18n();
    let navigate = use_navigate();
    let go = Callback::new(move |(is_from, year): (bool, String)| {
        let mut next = current.get_untracked();
        let year = year
            .parse()
            .unwrap_or(if is_from { next.from } else { next.to });
        if is_from {
            next.from = year;
        } else {
            next.to = year;
        }
        if next.from > next.to {
            std::mem::swap(&mut next.from, &mut next.to);
        }
        navigate(
            &i18n.href(&format!("/time-to-decision?{}", next.to_query_string())),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    view! {
        <form method="get" action=i18n.href("/time-to-decision") class="filters" id="wait-filters">
            <YearSelect label="filter-first-considered-from" name="from" id="w-from" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().from))
                on_change=Callback::new(move |v: String| go.run((true, v)))/>
            <YearSelect label="filter-to" name="to" id="w-to" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().to))
                on_change=Callback::new(move |v: String| go.run((false, v)))/>
            <button type="submit" class="apply">{i18n.ts("filter-apply")}</button>
        </form>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn WaitView(answer: TimeToDecision) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    // The answer's sentence and group labels are the API's (English); the page's are made
    // here, in its language, and everything below draws them.
    let mut answer = answer;
    answer.summary = waiting_summary(&answer);
    for group in &mut answer.groups {
        group.label = i18n.area(&group.area);
    }
    // Drawn here, by the same function on the server and in the browser.
    let wide = waiting_svg(&answer, Layout::Wide);
    let narrow = waiting_svg(&answer, Layout::Narrow);
    let qs = answer.query.to_query_string();
    let q = answer.query.clone();
    let notes = data_notes(&answer);
    let (csv_before, csv_after) = i18n.around("wait-summary-csv", "link", &[]);
    let citation = crate::components::cite::cite_as(
        answer.rule_set_version.as_deref(),
        answer.data_version.as_deref(),
    );
    view! {
        <ChartFrame id="waiting" wide narrow summary=answer.summary.clone()/>
        <SummaryTable groups=answer.groups.clone() query=q.clone()/>
        <Outcomes groups=answer.groups.clone()/>
        <Downloads path="time-to-decision".to_string() query=qs.clone() file="ecosoc-watch-time-to-decision".to_string() images=true/>
        <p class="downloads">
            {csv_before}
            <a href=format!("/api/v1/time-to-decision.csv?table=summary&{qs}") download="ecosoc-watch-time-to-decision-summary.csv">{t("wait-summary-csv-link")}</a>
            {csv_after}
        </p>
        <CiteThis cite=answer.cite.clone()/>
        <details class="method" id="life-tables">
            <summary>{t("wait-life-tables-heading")}</summary>
            {answer.groups.iter().filter(|g| !g.steps.is_empty()).map(|g| view! { <LifeTable group=g.clone()/> }).collect_view()}
        </details>
        <details class="method">
            <summary>{t("method-heading")}</summary>
            <p>{definition(&q)}</p>
            <p>{notes}</p>
            <p>{t("wait-method-log-rank")}</p>
            <p class="citation">{citation}</p>
        </details>
    }
}

/// What the curves count, in the page's language (the answer's `definition` is the API's,
/// in English, with the same words).
#[cfg(feature = "ssr")]
fn definition(query: &WaitQuery) -> String {
    i18n().f(
        "wait-definition",
        &[("from", year_arg(query.from)), ("to", year_arg(query.to))],
    )
}

/// What the data leave out or count in a way a reader should know, with the numbers.
#[cfg(feature = "ssr")]
fn data_notes(answer: &TimeToDecision) -> String {
    let i18n = i18n();
    let end = match &answer.last_session {
        Some(s) => i18n.f(
            "wait-notes-end",
            &[("session", i18n.session(s.year, &s.part).into())],
        ),
        None => i18n.t("wait-notes-end-unknown"),
    };
    let rest = i18n.f(
        "wait-notes",
        &[
            ("left", answer.left_truncated.into()),
            ("from", year_arg(answer.query.from)),
            ("to", year_arg(answer.query.to)),
            ("again", answer.decided_then_considered.into()),
        ],
    );
    format!("{end}{}{rest}", i18n.t("word-space"))
}

#[cfg(feature = "ssr")]
#[component]
fn SummaryTable(groups: Vec<WaitGroup>, query: WaitQuery) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    let cell = |e: Option<String>| e.unwrap_or_else(|| "—".to_string());
    let caption = i18n.f(
        "wait-table-caption",
        &[("from", year_arg(query.from)), ("to", year_arg(query.to))],
    );
    let waiting_after =
        |sessions: u32| i18n.f("wait-col-waiting-after", &[("sessions", sessions.into())]);
    view! {
        <div class="table-scroll">
        <table class="data-table" id="waiting-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("rates-col-area")}</th>
                    <th scope="col" class="num">{t("wait-col-applications")}</th>
                    <th scope="col" class="num">{t("decision-short-recommended")}</th>
                    <th scope="col" class="num">{t("wait-col-closed-rejected-withdrawn")}</th>
                    <th scope="col" class="num">{t("wait-col-pending")}</th>
                    <th scope="col">{t("wait-col-median")}</th>
                    <th scope="col">{waiting_after(4)}</th>
                    <th scope="col">{waiting_after(8)}</th>
                    <th scope="col">{t("wait-col-half-recommended")}</th>
                    <th scope="col">{t("wait-col-log-rank")}</th>
                </tr>
            </thead>
            <tbody>
                {groups.into_iter().map(|g| {
                    let after = |sessions: u32| cell(g.waiting_at(sessions).as_ref().map(format_estimate));
                    let log_rank = cell(g.log_rank.as_ref().map(|l| i18n.f("wait-log-rank-cell", &[
                        ("p", format_p(l.p_value).into()),
                        ("observed", l.observed.into()),
                        ("expected", i18n.decimal(l.expected, 1).into()),
                    ])));
                    let half_recommended = match g.median_to_recommendation {
                        Some(m) => i18n.int(m.into()),
                        None => i18n.t("wait-not-reached"),
                    };
                    view! {
                        <tr data-area=g.area.clone() class:unstable=g.small_n>
                            <th scope="row">
                                {g.label.clone()}
                                {g.small_n.then(|| view! { <span class="warning">{i18n.f("wait-row-unstable", &[("n", SMALL_N.into())])}</span> })}
                            </th>
                            <td class="num">{i18n.int(g.applications)}</td>
                            <td class="num">{i18n.int(g.recommended)}</td>
                            <td class="num">{i18n.int(g.closed + g.rejected + g.withdrawn)}</td>
                            <td class="num">{i18n.int(g.pending)}</td>
                            <td>{format_median(&g.median_to_decision)}</td>
                            <td>{after(4)}</td>
                            <td>{after(8)}</td>
                            <td>{half_recommended}</td>
                            <td>{log_rank}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// Closure, rejection and withdrawal are outcomes of their own: the cumulative incidence of
/// each, stacked under the share still waiting, one small chart per group.
#[cfg(feature = "ssr")]
#[component]
fn Outcomes(groups: Vec<WaitGroup>) -> impl IntoView {
    let i18n = i18n();
    view! {
        <section aria-labelledby="outcomes-heading" id="outcomes">
            <h2 id="outcomes-heading">{i18n.ts("outcome-heading")}</h2>
            <p>{i18n.f("outcome-intro", &[("n", SMALL_N.into())])}</p>
            <div class="small-multiples">
                {groups.iter().filter(|g| !g.steps.is_empty()).map(|g| {
                    let svg = outcomes_svg(g, &format!("outcomes-{}", g.area));
                    view! {
                        <figure class="chart-figure" data-area=g.area.clone()>
                            <div class="chart" inner_html=svg></div>
                            <figcaption>{outcomes_description(g)}</figcaption>
                        </figure>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// One group's life table: what happened at each session, and the estimates after it.
#[cfg(feature = "ssr")]
#[component]
fn LifeTable(group: WaitGroup) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    let caption = i18n.f(
        "wait-life-caption",
        &[
            ("area", group.label.as_str().into()),
            ("n", group.applications.into()),
        ],
    );
    view! {
        <div class="table-scroll">
        <table class="data-table life-table" data-area=group.area.clone()>
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col" class="num">{t("col-session")}</th>
                    <th scope="col" class="num">{t("wait-col-at-risk")}</th>
                    <th scope="col" class="num">{t("decision-short-recommended")}</th>
                    <th scope="col" class="num">{t("decision-short-closed")}</th>
                    <th scope="col" class="num">{t("decision-rejected")}</th>
                    <th scope="col" class="num">{t("decision-withdrawn")}</th>
                    <th scope="col" class="num">{t("wait-col-censored")}</th>
                    <th scope="col">{t("wait-col-waiting")}</th>
                    <th scope="col" class="num">{t("wait-col-recommended-by")}</th>
                    <th scope="col" class="num">{t("wait-col-closed-by")}</th>
                </tr>
            </thead>
            <tbody>
                {group.steps.into_iter().map(|s| view! {
                    <tr>
                        <th scope="row" class="num">{i18n.int(s.sessions.into())}</th>
                        <td class="num">{i18n.int(s.at_risk)}</td>
                        <td class="num">{i18n.int(s.recommended)}</td>
                        <td class="num">{i18n.int(s.closed)}</td>
                        <td class="num">{i18n.int(s.rejected)}</td>
                        <td class="num">{i18n.int(s.withdrawn)}</td>
                        <td class="num">{i18n.int(s.censored)}</td>
                        <td>{format_estimate(&s.waiting)}</td>
                        <td class="num">{percent(s.recommended_share)}</td>
                        <td class="num">{percent(s.closed_share + s.rejected_share + s.withdrawn_share)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
