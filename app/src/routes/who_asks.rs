//! `/who-asks`: per member state, the considerations it questioned and those that ended in
//! deferral, how its questions fall by focus area against the areas' shares, and its votes.
//! Range and area are in the URL; without JavaScript the form reloads the page. The body is
//! rendered on the server (see `model::Rendered`), so its views and charts add nothing to the
//! WASM bundle; only the filters hydrate.

// The body's views run on the server only; in the WASM build their imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::{i18n, year_arg};
use leptos_meta::Title;
use leptos_router::{hooks::use_navigate, hooks::use_query_map, NavigateOptions};

use crate::components::year_select::YearSelect;
use crate::{
    chart::{
        who_asks::{
            format_ratio, questions_svg, ratio_areas, ratios_summary, ratios_svg,
            summary as questions_summary,
        },
        Layout,
    },
    components::{
        chart_frame::ChartFrame, cite::CiteThis, downloads::Downloads, links::state_href,
        record_body::RecordBody,
    },
    model::{RecordRequest, WhoAsks, WhoAsksQuery, FIRST_YEAR, FOCUS_AREAS, LAST_YEAR},
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
    let i18n = i18n();
    view! {
        <Title text=i18n.ts("nav-who-asks")/>
        <h1>{i18n.ts("who-heading")}</h1>
        <p class="lead">{i18n.ts("who-lead")}</p>
        {move || query.get().err().map(|message| view! { <p class="error" role="alert">{message}{i18n.ts("word-space")}{i18n.ts("showing-default-view")}</p> })}
        <Filters current=Signal::derive(current)/>
        <RecordBody request back_href="/who-asks" back_label="back-default-view" inline=true/>
    }
}

/// Range and area. Every change is a navigation: the URL is the state.
#[component]
fn Filters(current: Signal<WhoAsksQuery>) -> impl IntoView {
    let i18n = i18n();
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
            &i18n.href(&format!("/who-asks?{}", next.to_query_string())),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    view! {
        <form method="get" action=i18n.href("/who-asks") class="filters" id="who-asks-filters">
            <YearSelect label="filter-sessions-from" name="from" id="wa-from" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().from))
                on_change=Callback::new(move |v: String| go.run(("from", v)))/>
            <YearSelect label="filter-to" name="to" id="wa-to" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current.get().to))
                on_change=Callback::new(move |v: String| go.run(("to", v)))/>
            <label>
                {i18n.ts("who-filter-applicants")}" "
                <select name="area" id="wa-area" on:change=move |ev| go.run(("area", event_target_value(&ev)))>
                    <option value="all" selected=move || current.get().area.is_none()>{i18n.ts("who-filter-all-areas")}</option>
                    {FOCUS_AREAS.iter().map(|a| view! {
                        <option value=*a selected=move || current.get().area.as_deref() == Some(*a)>{i18n.ts(&format!("area-{a}"))}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="apply">{i18n.ts("filter-apply")}</button>
        </form>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn WhoAsksView(answer: WhoAsks) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    // The answer's sentence is the API's (English); the page's is made here, in its language.
    let mut answer = answer;
    answer.summary = questions_summary(&answer);
    let qs = answer.query.to_query_string();
    let ratios_qs = format!("chart=ratios&{qs}");
    let membership_source = i18n.reworded(
        "methodology-membership-source",
        &[
            ("first", false),
            ("last", false),
            ("rows", true),
            ("unchecked", true),
        ],
        &answer.membership_source,
    );
    let citation = crate::components::cite::cite_as(
        answer.rule_set_version.as_deref(),
        answer.data_version.as_deref(),
    );
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
        <h2 id="by-area">{t("who-ratios-heading")}</h2>
        <p>{t("who-ratios-intro")}</p>
        <ChartFrame
            id="who-asks-ratios"
            wide=ratios_svg(&answer, Layout::Wide)
            narrow=ratios_svg(&answer, Layout::Narrow)
            summary=ratios_summary(&answer)
        />
        <RatiosTable answer=answer.clone()/>
        <p class="downloads">
            {t("who-this-chart")}" "
            <a href=format!("/api/v1/states/measures.svg?{ratios_qs}") download="ecosoc-watch-who-asks-ratios.svg">"SVG"</a>" · "
            <a href=format!("/api/v1/states/measures.png?{ratios_qs}") download="ecosoc-watch-who-asks-ratios.png">"PNG"</a>
        </p>
        <details class="method">
            <summary>{t("method-heading")}</summary>
            <p>{definition(&answer.query)}</p>
            <p>{coverage_note(&answer)}</p>
            <p>{t("who-method-confounding")}</p>
            // Built by the server from its membership file, in English (a record's note).
            <p>{membership_source}{i18n.t("sentence-end")}</p>
            <p class="citation">{citation}</p>
        </details>
    }
}

/// What the figures count, in the page's language (the answer's `definition` is the API's,
/// in English, with the same words).
#[cfg(feature = "ssr")]
fn definition(query: &WhoAsksQuery) -> String {
    let i18n = i18n();
    let mut text = i18n.f(
        "who-definition",
        &[("from", year_arg(query.from)), ("to", year_arg(query.to))],
    );
    if let Some(area) = &query.area {
        text.push_str(&i18n.f(
            "who-definition-area",
            &[("area", i18n.area_phrase(area).into())],
        ));
    }
    text
}

/// What the releases cover in the range, with the numbers.
#[cfg(feature = "ssr")]
fn coverage_note(answer: &WhoAsks) -> String {
    let i18n = i18n();
    let c = &answer.coverage;
    let mut note = i18n.f(
        "who-coverage",
        &[
            ("recorded", c.sessions_with_questions.into()),
            ("sessions", c.sessions.into()),
            ("from", year_arg(answer.query.from)),
            ("to", year_arg(answer.query.to)),
            ("releases", c.releases_read.into()),
        ],
    );
    if !c.years_without_membership.is_empty() {
        let years: Vec<String> = c
            .years_without_membership
            .iter()
            .map(i32::to_string)
            .collect();
        note.push_str(&i18n.f(
            "who-coverage-no-membership",
            &[("years", years.join(i18n.t("sep-list").as_str()).into())],
        ));
    }
    note
}

#[cfg(feature = "ssr")]
#[component]
fn QuestionsTable(answer: WhoAsks) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    let years = [
        ("from", year_arg(answer.query.from)),
        ("to", year_arg(answer.query.to)),
    ];
    let caption = match answer.query.area.as_deref() {
        Some(area) => {
            let mut args = years.to_vec();
            args.push(("area", i18n.area(area).into()));
            i18n.f("who-table-caption-area", &args)
        }
        None => i18n.f("who-table-caption", &years),
    };
    view! {
        <div class="table-scroll">
        <table class="data-table" id="who-asks-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("who-col-state")}</th>
                    <th scope="col" class="num">{t("who-col-sessions")}</th>
                    <th scope="col" class="num">{t("who-col-covered")}</th>
                    <th scope="col" class="num">{t("who-col-questions")}</th>
                    <th scope="col" class="num">{t("who-col-questioned")}</th>
                    <th scope="col" class="num">{t("who-col-deferred")}</th>
                    <th scope="col" class="num">{t("who-col-votes")}</th>
                </tr>
            </thead>
            <tbody>
                {answer.states.into_iter().map(|s| {
                    let observer = (s.sessions_as_observer > 0).then(|| i18n.f("who-observer", &[("n", s.sessions_as_observer.into())]));
                    view! {
                        <tr data-state=s.state.clone()>
                            <th scope="row"><a href=state_href(&s.state)>{i18n.country(&s.state)}</a></th>
                            <td class="num">{i18n.int(s.member_sessions)}</td>
                            <td class="num">{i18n.int(s.covered_sessions)}{observer}</td>
                            <td class="num">{i18n.int(s.questions)}</td>
                            <td class="num">{i18n.int(s.considerations_questioned)}</td>
                            <td class="num">{i18n.int(s.deferral_linked)}</td>
                            <td class="num">{s.votes.for_against_abstaining(i18n)}</td>
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
    let i18n = i18n();
    let areas = ratio_areas(&answer);
    let header = areas.clone();
    view! {
        <div class="table-scroll">
        <table class="data-table" id="who-asks-ratios-table">
            <caption>{i18n.ts("who-ratios-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.ts("who-col-state")}</th>
                    {header.into_iter().map(|a| view! { <th scope="col">{i18n.area(a)}</th> }).collect_view()}
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
                            <th scope="row">{i18n.country(&s.state)}</th>
                            {cells}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}
