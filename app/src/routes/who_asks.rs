//! `/who-asks`: per member state, the considerations it questioned and those that ended in
//! deferral, how its questions fall by focus area against the areas' shares, and its votes.
//! Range and area are in the URL; without JavaScript the form reloads the page. The body is
//! rendered on the server (see `model::Rendered`), so its views and charts add nothing to the
//! WASM bundle; only the filters hydrate.

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
        who_asks::{format_ratio, questions_svg, ratio_areas, ratios_summary, ratios_svg},
        Layout,
    },
    components::{
        chart_frame::ChartFrame, cite::CiteThis, downloads::Downloads, links::state_href,
        record_body::RecordBody,
    },
    model::{area_label, RecordRequest, WhoAsks, WhoAsksQuery, FIRST_YEAR, FOCUS_AREAS, LAST_YEAR},
};

#[component]
pub fn WhoAsksPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|map| {
            WhoAsksQuery::from_params(map.latest_values().map(|(k, v)| (k.as_ref(), v)))
        })
    });
    let current = move || query.get().unwrap_or_default();
    // A bad parameter is said above the default view rather than replacing the page.
    let request = Memo::new(move |_| Ok(RecordRequest::WhoAsks(current())));
    view! {
        <Title text="Who asks"/>
        <h1>"Who asks the questions"</h1>
        <p class="lead">
            "A member state can keep an application waiting by asking it another question. Here is "
            "each state's record of questions, as the UN press releases list them, and how often the "
            "application was deferred at that session."
        </p>
        {move || query.get().err().map(|message| view! { <p class="error" role="alert">{message}" — showing the default view."</p> })}
        <Filters current=Signal::derive(current)/>
        <RecordBody request back_href="/who-asks" back_label="back-default-view" inline=true/>
    }
}

/// Range and area. Every change is a navigation: the URL is the state.
#[component]
fn Filters(current: Signal<WhoAsksQuery>) -> impl IntoView {
    let navigate = use_navigate();
    let go = Callback::new(move |(field, value): (&'static str, String)| {
        let mut next = current.get_untracked();
        match field {
            "from" => next.from = value.parse().unwrap_or(next.from),
            "to" => next.to = value.parse().unwrap_or(next.to),
            _ => next.area = FOCUS_AREAS.contains(&value.as_str()).then_some(value),
        }
        if next.from > next.to {
            std::mem::swap(&mut next.from, &mut next.to);
        }
        navigate(
            &i18n().href(&format!("/who-asks?{}", next.to_query_string())),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    view! {
        <form method="get" action=i18n().href("/who-asks") class="filters" id="who-asks-filters">
            <YearSelect label="filter-sessions-from" name="from" id="wa-from" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().from))
                on_change=Callback::new(move |v: String| go.run(("from", v)))/>
            <YearSelect label="filter-to" name="to" id="wa-to" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().to))
                on_change=Callback::new(move |v: String| go.run(("to", v)))/>
            <label>
                "Applicants "
                <select name="area" id="wa-area" on:change=move |ev| go.run(("area", event_target_value(&ev)))>
                    <option value="all" selected=move || current.get().area.is_none()>"All focus areas"</option>
                    {FOCUS_AREAS.iter().map(|a| view! {
                        <option value=*a selected=move || current.get().area.as_deref() == Some(*a)>{area_label(a)}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="apply">"Apply"</button>
        </form>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn WhoAsksView(answer: WhoAsks) -> impl IntoView {
    let qs = answer.query.to_query_string();
    let ratios_qs = format!("chart=ratios&{qs}");
    view! {
        <ChartFrame
            id="who-asks"
            wide=questions_svg(&answer, Layout::Wide)
            narrow=questions_svg(&answer, Layout::Narrow)
            summary=answer.summary.clone()
        />
        <QuestionsTable answer=answer.clone()/>
        <Downloads path="states/measures".to_string() query=qs.clone() file="ecosoc-watch-who-asks".to_string() images=true/>
        <CiteThis cite=answer.cite.clone()/>
        <h2 id="by-area">"Which applicants a state questions"</h2>
        <p>
            "For each state, the share of the considerations it questioned that concern a focus area, "
            "divided by that area's share of all considerations in the state's sessions (those it sat in, and any it asked in as an observer). "
            "1× is in proportion; above 1× the state questions that area's applicants more than their numbers alone would make it."
        </p>
        <ChartFrame
            id="who-asks-ratios"
            wide=ratios_svg(&answer, Layout::Wide)
            narrow=ratios_svg(&answer, Layout::Narrow)
            summary=ratios_summary(&answer)
        />
        <RatiosTable answer=answer.clone()/>
        <p class="downloads">
            "This chart: "
            <a href=format!("/api/v1/states/measures.svg?{ratios_qs}") download="ecosoc-watch-who-asks-ratios.svg">"SVG"</a>" · "
            <a href=format!("/api/v1/states/measures.png?{ratios_qs}") download="ecosoc-watch-who-asks-ratios.png">"PNG"</a>
        </p>
        <details class="method">
            <summary>"What is counted, and what it does not show"</summary>
            <p>{answer.definition.clone()}</p>
            <p>{coverage_note(&answer)}</p>
            <p>
                "Focus area goes together with an NGO's headquarters country and with bilateral "
                "disputes: a state that questions one area more may be questioning NGOs of one "
                "country. Restriction by the NGO's country and region is not offered yet."
            </p>
            <p>{answer.membership_source.clone()}"."</p>
            <p class="citation">"Cite as: "{answer.citation.clone()}" Data as of "{answer.data_version.clone().unwrap_or_default()}"."</p>
        </details>
    }
}

/// What the releases cover in the range, with the numbers.
#[cfg(feature = "ssr")]
fn coverage_note(answer: &WhoAsks) -> String {
    let c = &answer.coverage;
    let mut note = format!(
        "Questions are recorded for {} of the {} sessions in {}–{} ({} press releases read). \
         The releases list questions from 2007 and all of them from 2016 on; earlier figures are \
         incomplete.",
        c.sessions_with_questions,
        c.sessions,
        answer.query.from,
        answer.query.to,
        group_thousands(c.releases_read)
    );
    if !c.years_without_membership.is_empty() {
        let years: Vec<String> = c
            .years_without_membership
            .iter()
            .map(i32::to_string)
            .collect();
        note.push_str(&format!(
            " The membership file does not cover {}: no state counts as a member then.",
            years.join(", ")
        ));
    }
    note
}

#[cfg(feature = "ssr")]
#[component]
fn QuestionsTable(answer: WhoAsks) -> impl IntoView {
    let caption = format!(
        "Questions by member state, {}–{}{}: the numbers behind the chart",
        answer.query.from,
        answer.query.to,
        answer
            .query
            .area
            .as_deref()
            .map(|a| format!(", applicants: {}", area_label(a)))
            .unwrap_or_default()
    );
    view! {
        <div class="table-scroll">
        <table class="data-table" id="who-asks-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Member state"</th>
                    <th scope="col" class="num">"Sessions sat in"</th>
                    <th scope="col" class="num">"… with questions recorded"</th>
                    <th scope="col" class="num">"Questions"</th>
                    <th scope="col" class="num">"Considerations questioned"</th>
                    <th scope="col" class="num">"Ended in deferral"</th>
                    <th scope="col" class="num">"Votes: for / against / abstaining"</th>
                </tr>
            </thead>
            <tbody>
                {answer.states.into_iter().map(|s| {
                    let observer = (s.sessions_as_observer > 0).then(|| format!(" (+{} as observer)", s.sessions_as_observer));
                    view! {
                        <tr data-state=s.state.clone()>
                            <th scope="row"><a href=state_href(&s.state)>{s.state.clone()}</a></th>
                            <td class="num">{s.member_sessions}</td>
                            <td class="num">{s.covered_sessions}{observer}</td>
                            <td class="num">{group_thousands(s.questions)}</td>
                            <td class="num">{group_thousands(s.considerations_questioned)}</td>
                            <td class="num">{group_thousands(s.deferral_linked)}</td>
                            <td class="num">{s.votes.for_against_abstaining()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn RatiosTable(answer: WhoAsks) -> impl IntoView {
    let areas = ratio_areas(&answer);
    let header = areas.clone();
    view! {
        <div class="table-scroll">
        <table class="data-table" id="who-asks-ratios-table">
            <caption>"Over-representation by focus area (1× = in proportion), with 95% intervals and counts"</caption>
            <thead>
                <tr>
                    <th scope="col">"Member state"</th>
                    {header.into_iter().map(|a| view! { <th scope="col">{area_label(a)}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {answer.states.into_iter().filter(|s| s.considerations_questioned > 0 || s.areas.iter().any(|a| a.considerations_questioned > 0)).map(|s| {
                    let cells = areas.iter().map(|a| {
                        let text = s.area(a).map(format_ratio).unwrap_or_default();
                        let unstable = s.area(a).is_some_and(|x| x.small_n);
                        view! { <td class:unstable=unstable>{text}</td> }
                    }).collect_view();
                    view! {
                        <tr data-state=s.state.clone()>
                            <th scope="row">{s.state.clone()}</th>
                            {cells}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
