//! `/time-to-decision`: how long applications wait, by focus area — the Kaplan–Meier curve of
//! the share still waiting with its interval, the cumulative incidence of each outcome, the
//! medians and the shares still waiting after 4 and 8 sessions, and the life table behind each
//! curve. The cohort is in the URL; without JavaScript the form reloads the page. The body is
//! rendered on the server (see `model::Rendered`), charts included, so its views and its two
//! charts add nothing to the WASM bundle; only the form hydrates.

// The body's views run on the server only; in the WASM build their imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::i18n;
use leptos_meta::Title;
use leptos_router::{hooks::use_navigate, hooks::use_query_map, NavigateOptions};

use crate::components::year_select::YearSelect;
use crate::{
    chart::{
        group_thousands,
        outcomes::{describe as outcomes_description, outcomes_svg},
        percent,
        waiting::{format_estimate, format_median, format_p, waiting_svg},
        Layout,
    },
    components::{
        chart_frame::ChartFrame, cite::CiteThis, downloads::Downloads, record_body::RecordBody,
    },
    model::{RecordRequest, TimeToDecision, WaitGroup, WaitQuery, FIRST_YEAR, LAST_YEAR},
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
    view! {
        <Title text="Time to decision"/>
        <h1>"How long NGOs wait"</h1>
        <p class="lead">
            "From an application's first consideration, how many of the Committee's sessions pass "
            "before it is decided — counting the applications still waiting, not only the finished ones."
        </p>
        {move || query.get().err().map(|message| view! { <p class="error" role="alert">{message}" — showing the default view."</p> })}
        <CohortForm current=Signal::derive(current)/>
        <RecordBody request back_href="/time-to-decision" back_label="back-default-view" inline=true/>
    }
}

/// The cohort's first and last year. Every change is a navigation: the URL is the state.
#[component]
fn CohortForm(current: Signal<WaitQuery>) -> impl IntoView {
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
            &i18n().href(&format!("/time-to-decision?{}", next.to_query_string())),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    view! {
        <form method="get" action=i18n().href("/time-to-decision") class="filters" id="wait-filters">
            <YearSelect label="filter-first-considered-from" name="from" id="w-from" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().from))
                on_change=Callback::new(move |v: String| go.run((true, v)))/>
            <YearSelect label="filter-to" name="to" id="w-to" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().to))
                on_change=Callback::new(move |v: String| go.run((false, v)))/>
            <button type="submit" class="apply">"Apply"</button>
        </form>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn WaitView(answer: TimeToDecision) -> impl IntoView {
    // Drawn here, by the same function on the server and in the browser.
    let wide = waiting_svg(&answer, Layout::Wide);
    let narrow = waiting_svg(&answer, Layout::Narrow);
    let qs = answer.query.to_query_string();
    let q = answer.query.clone();
    let notes = data_notes(&answer);
    view! {
        <ChartFrame id="waiting" wide narrow summary=answer.summary.clone()/>
        <SummaryTable groups=answer.groups.clone() query=q.clone()/>
        <Outcomes groups=answer.groups.clone()/>
        <Downloads path="time-to-decision".to_string() query=qs.clone() file="ecosoc-watch-time-to-decision".to_string() images=true/>
        <p class="downloads">
            "One row per area instead of the life table: "
            <a href=format!("/api/v1/time-to-decision.csv?table=summary&{qs}") download="ecosoc-watch-time-to-decision-summary.csv">"summary CSV"</a>
        </p>
        <CiteThis cite=answer.cite.clone()/>
        <details class="method" id="life-tables">
            <summary>"The life table behind each curve"</summary>
            {answer.groups.iter().filter(|g| !g.steps.is_empty()).map(|g| view! { <LifeTable group=g.clone()/> }).collect_view()}
        </details>
        <details class="method">
            <summary>"What is counted, and what it does not show"</summary>
            <p>{answer.definition.clone()}</p>
            <p>{notes}</p>
            <p>
                "The log-rank test compares the rate at which applications of an area are recommended "
                "with that of applications in none of the four areas, session by session; other decisions "
                "and pending applications leave the comparison when they happen. A small p-value says the "
                "rates of recommendation differ by more than chance would often make them; it does not "
                "say why, and it is not a test of the waiting curves above, which count every kind of decision. Focus area "
                "goes together with headquarters country and with bilateral disputes."
            </p>
            <p class="citation">"Cite as: "{answer.citation.clone()}" Data as of "{answer.data_version.clone().unwrap_or_default()}"."</p>
        </details>
    }
}

/// What the data leave out or count in a way a reader should know, with the numbers.
#[cfg(feature = "ssr")]
fn data_notes(answer: &TimeToDecision) -> String {
    let end = answer
        .last_session
        .as_ref()
        .map(|s| format!("{} {} session", s.year, s.part))
        .unwrap_or_else(|| "the last session".to_string());
    format!(
        "The data end with the {end}. Left out because their first recorded consideration already \
         says \"previously deferred\": {} applications first recorded in {}–{}. Applications decided \
         at one session and considered again later (counted by their last consideration, as the \
         NGO pages show them): {}.",
        group_thousands(answer.left_truncated),
        answer.query.from,
        answer.query.to,
        group_thousands(answer.decided_then_considered)
    )
}

#[cfg(feature = "ssr")]
#[component]
fn SummaryTable(groups: Vec<WaitGroup>, query: WaitQuery) -> impl IntoView {
    let cell = |e: Option<String>| e.unwrap_or_else(|| "—".to_string());
    view! {
        <div class="table-scroll">
        <table class="data-table" id="waiting-table">
            <caption>{format!("Applications first considered in {}–{}: the numbers behind the chart", query.from, query.to)}</caption>
            <thead>
                <tr>
                    <th scope="col">"Focus area"</th>
                    <th scope="col" class="num">"Applications"</th>
                    <th scope="col" class="num">"Recommended"</th>
                    <th scope="col" class="num">"Closed, rejected or withdrawn"</th>
                    <th scope="col" class="num">"Still pending"</th>
                    <th scope="col">"Median sessions to a decision (95% CI)"</th>
                    <th scope="col">"Still waiting after 4 sessions"</th>
                    <th scope="col">"Still waiting after 8 sessions"</th>
                    <th scope="col">"Sessions until half were recommended"</th>
                    <th scope="col">"Log-rank vs none of the areas"</th>
                </tr>
            </thead>
            <tbody>
                {groups.into_iter().map(|g| {
                    let after = |sessions: u32| cell(g.waiting_at(sessions).as_ref().map(format_estimate));
                    let log_rank = cell(g.log_rank.as_ref().map(|l| format!("{} (observed {}, expected {:.1})", format_p(l.p_value), l.observed, l.expected)));
                    view! {
                        <tr data-area=g.area.clone() class:unstable=g.small_n>
                            <th scope="row">
                                {g.label.clone()}
                                {g.small_n.then(|| view! { <span class="warning">" unstable: fewer than 20 decisions"</span> })}
                            </th>
                            <td class="num">{group_thousands(g.applications)}</td>
                            <td class="num">{group_thousands(g.recommended)}</td>
                            <td class="num">{group_thousands(g.closed + g.rejected + g.withdrawn)}</td>
                            <td class="num">{group_thousands(g.pending)}</td>
                            <td>{format_median(&g.median_to_decision)}</td>
                            <td>{after(4)}</td>
                            <td>{after(8)}</td>
                            <td>{g.median_to_recommendation.map(|m| m.to_string()).unwrap_or_else(|| "not reached".to_string())}</td>
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
    view! {
        <section aria-labelledby="outcomes-heading" id="outcomes">
            <h2 id="outcomes-heading">"What happened to them"</h2>
            <p>
                "By each session since their first consideration, the share of applications recommended, "
                "closed without prejudice, rejected and withdrawn (Aalen–Johansen cumulative incidence), "
                "and the share still waiting: together 100%. These shares are point estimates without an "
                "interval (the waiting share's interval is in the chart above); a group with fewer than "
                "20 decisions is marked unstable. The numbers are in the life tables below."
            </p>
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
    view! {
        <div class="table-scroll">
        <table class="data-table life-table" data-area=group.area.clone()>
            <caption>{format!("{}: {} applications", group.label, group_thousands(group.applications))}</caption>
            <thead>
                <tr>
                    <th scope="col" class="num">"Session"</th>
                    <th scope="col" class="num">"Waiting at its start"</th>
                    <th scope="col" class="num">"Recommended"</th>
                    <th scope="col" class="num">"Closed"</th>
                    <th scope="col" class="num">"Rejected"</th>
                    <th scope="col" class="num">"Withdrawn"</th>
                    <th scope="col" class="num">"Pending, followed no further"</th>
                    <th scope="col">"Still waiting after it (95% CI)"</th>
                    <th scope="col" class="num">"Recommended by then"</th>
                    <th scope="col" class="num">"Closed, rejected or withdrawn by then"</th>
                </tr>
            </thead>
            <tbody>
                {group.steps.into_iter().map(|s| view! {
                    <tr>
                        <th scope="row" class="num">{s.sessions}</th>
                        <td class="num">{group_thousands(s.at_risk)}</td>
                        <td class="num">{s.recommended}</td>
                        <td class="num">{s.closed}</td>
                        <td class="num">{s.rejected}</td>
                        <td class="num">{s.withdrawn}</td>
                        <td class="num">{s.censored}</td>
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
