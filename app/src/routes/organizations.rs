//! `/organizations`: one box over every name an organization has had, facets for focus area,
//! outcome, years and country, sortable and paginated. Every filter is in the URL; without
//! JavaScript the form reloads the page, after hydration the results follow the typing.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;

use crate::i18n::i18n;
use leptos_meta::Title;
use leptos_router::{hooks::use_navigate, hooks::use_query_map, NavigateOptions};

use crate::components::year_select::YearSelect;
use crate::{
    chart::year_span,
    components::record_body::RecordBody,
    components::{downloads::Downloads, links::OrgLink, pager::Pager},
    model::{
        area_label, FacetCount, Outcome, RecordRequest, SearchHit, SearchQuery, SearchResults,
        SearchSort, FIRST_YEAR, FOCUS_AREAS, LAST_SESSION_YEAR,
    },
};

fn search_href(query: &SearchQuery) -> String {
    let qs = query.to_query_string();
    if qs.is_empty() {
        i18n().href("/organizations")
    } else {
        i18n().href(&format!("/organizations?{qs}"))
    }
}

/// A change to the search, from the value of the control that made it.
type SearchEdit = fn(&mut SearchQuery, &str);

#[component]
pub fn OrganizationsPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params
            .with(|map| SearchQuery::from_params(map.latest_values().map(|(k, v)| (k.as_ref(), v))))
    });
    let request = Memo::new(move |_| {
        query
            .get()
            .map(RecordRequest::Search)
            .map_err(crate::error::AppError::BadRequest)
    });
    view! {
        <Title text="Organizations"/>
        <h1>"Organizations"</h1>
        <p class="lead">
            "Every NGO whose application the Committee considered, found by any name it has had — "
            "current and former names, and spellings from the reports and the press releases."
        </p>
        <SearchForm query/>
        <RecordBody request back_href="/organizations" back_label="back-new-search" inline=true/>
    }
}

/// Go to the search `next` without a history entry or a scroll.
fn replace_search() -> impl Fn(SearchQuery) + Clone {
    let navigate = use_navigate();
    // As-you-type after hydration: each change replaces the URL (no history entry per key).
    move |next: SearchQuery| {
        navigate(
            &search_href(&next),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// Apply an edit to the search in the URL (back to page 1, "to" no earlier than "from") and
/// go to the result with `go`.
fn search_setter(
    query: Memo<Result<SearchQuery, String>>,
    go: impl Fn(SearchQuery) + Send + Sync + 'static,
) -> Callback<(SearchEdit, String)> {
    let current = move || query.get().unwrap_or_default();
    Callback::new(move |(edit, value): (SearchEdit, String)| {
        let mut next = current();
        edit(&mut next, &value);
        next.page = 1;
        if let (Some(from), Some(to)) = (next.from, next.to) {
            if from > to {
                next.to = Some(from);
            }
        }
        go(next.clone());
    })
}

/// The search form: the name box and the filters. Without JavaScript it reloads the page;
/// after hydration every change goes to the URL at once.
#[component]
fn SearchForm(query: Memo<Result<SearchQuery, String>>) -> impl IntoView {
    let current = move || query.get().unwrap_or_default();
    let go = replace_search();
    let on_text = {
        let go = go.clone();
        move |ev| {
            let mut next = current();
            next.q = event_target_value(&ev);
            next.page = 1;
            go(next);
        }
    };
    let set = search_setter(query, go);
    view! {
        <form method="get" action=i18n().href("/organizations") class="filters search-form" role="search">
            <label class="grow">
                "Name "
                <input
                    type="search"
                    name="q"
                    id="f-q"
                    maxlength="200"
                    autocomplete="off"
                    // Set once: the address trims the text, and writing it back while the
                    // user types would swallow the space between two words.
                    value=current().q
                    on:input=on_text
                />
            </label>
            <FilterSelects query set/>
            // A country facet link keeps its value through the form.
            {move || current().country.map(|c| view! { <input type="hidden" name="country" value=c/> })}
            <button type="submit" class="apply">"Search"</button>
        </form>
    }
}

/// The search's selects: focus area, outcome, years and order, each applied through `set`.
#[component]
fn FilterSelects(
    query: Memo<Result<SearchQuery, String>>,
    set: Callback<(SearchEdit, String)>,
) -> impl IntoView {
    let current = move || query.get().unwrap_or_default();
    view! {
        <label>
            "Focus area "
            <select name="area" id="f-area" on:change=move |ev| set.run((|q, v| q.area = (!v.is_empty()).then(|| v.to_string()), event_target_value(&ev)))>
                <option value="" selected=move || current().area.is_none()>"Any"</option>
                {FOCUS_AREAS.into_iter().map(|a| view! {
                    <option value=a selected=move || current().area.as_deref() == Some(a)>{area_label(a)}</option>
                }).collect_view()}
            </select>
        </label>
        <label>
            "Outcome "
            <select name="outcome" id="f-outcome" on:change=move |ev| set.run((|q, v| q.outcome = Outcome::parse(v), event_target_value(&ev)))>
                <option value="" selected=move || current().outcome.is_none()>"Any"</option>
                {Outcome::ALL.into_iter().map(|o| view! {
                    <option value=o.as_str() selected=move || current().outcome == Some(o)>{o.label()}</option>
                }).collect_view()}
            </select>
        </label>
        <YearSelect label="filter-considered-from" name="from" id="f-from" years=FIRST_YEAR..=LAST_SESSION_YEAR any=true
            is_selected=Callback::new(move |y: Option<i32>| current().from == y)
            on_change=Callback::new(move |v: String| set.run((|q, v| q.from = v.parse().ok(), v)))/>
        <YearSelect label="filter-to-lower" name="to" id="f-to" years=FIRST_YEAR..=LAST_SESSION_YEAR any=true
            is_selected=Callback::new(move |y: Option<i32>| current().to == y)
            on_change=Callback::new(move |v: String| set.run((|q, v| q.to = v.parse().ok(), v)))/>
        <label>
            "Sort by "
            <select name="sort" id="f-sort" on:change=move |ev| set.run((|q, v| q.sort = SearchSort::parse(v).unwrap_or_default(), event_target_value(&ev)))>
                {SearchSort::ALL.into_iter().map(|s| view! {
                    <option value=s.as_str() selected=move || current().sort == s>{s.label()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Results(results: SearchResults) -> impl IntoView {
    let query = results.query.clone();
    let pages = results.pages();
    let qs = query.to_query_string();
    let pager_query = query.clone();
    let href = Callback::new(move |page: u32| search_href(&pager_query.at_page(page)));
    let count = results.total;
    let status = if count == 0 {
        "No organization matches.".to_string()
    } else if results.items.is_empty() {
        format!(
            "Page {} is past the last page ({pages}) of {count} organizations.",
            query.page
        )
    } else {
        let first = query.page.saturating_sub(1) * query.per_page + 1;
        let last = first + results.items.len() as u32 - 1;
        format!("{count} organizations; showing {first}–{last}.")
    };
    view! {
        <div class="search-layout">
            <aside class="facets" aria-label="Narrow the results">
                <Facet title="Focus area" name="area" counts=results.areas.clone() query=query.clone()/>
                <Facet title="Outcome" name="outcome" counts=results.outcomes.clone() query=query.clone()/>
                <Facet title="Country (press releases)" name="country" counts=results.countries.clone() query=query.clone()/>
            </aside>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="visually-hidden">"Results"</h2>
                <p id="search-status" role="status" aria-live="polite">{status}</p>
                {(!results.items.is_empty()).then(|| view! { <div class="table-scroll"><HitsTable hits=results.items.clone()/></div> })}
                <Pager page=query.page pages href/>
                <Downloads path="organizations".to_string() query=qs file="ecosoc-watch-organizations".to_string()/>
                <p class="muted">"The downloads hold this page of results (up to 100 a page with per_page=100)."</p>
            </section>
        </div>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Facet(
    title: &'static str,
    name: &'static str,
    counts: Vec<FacetCount>,
    query: SearchQuery,
) -> impl IntoView {
    let selected = match name {
        "area" => query.area.clone(),
        "outcome" => query.outcome.map(|o| o.as_str().to_string()),
        _ => query.country.clone(),
    };
    let with_value = move |value: Option<String>| {
        let mut next = query.at_page(1);
        match name {
            "area" => next.area = value,
            "outcome" => next.outcome = value.as_deref().and_then(Outcome::parse),
            _ => next.country = value,
        }
        search_href(&next)
    };
    let clear = selected.is_some().then(|| {
        view! { <li><a href=with_value(None) class="facet-clear">"Any"</a></li> }
    });
    (!counts.is_empty() || selected.is_some()).then(|| {
        view! {
            <h2 class="facet-title">{title}</h2>
            <ul class="facet" data-facet=name>
                {clear}
                {counts.into_iter().map(|c| {
                    let current = selected.as_deref() == Some(c.value.as_str());
                    let href = with_value(Some(c.value.clone()));
                    view! {
                        <li>
                            <a href=href aria-current=current.then_some("true")>{c.label}</a>
                            " " <span class="count">{c.count}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

#[cfg(feature = "ssr")]
#[component]
pub fn HitsTable(hits: Vec<SearchHit>) -> impl IntoView {
    view! {
        <table class="data-table" id="search-results">
            <caption>"Organizations found"</caption>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Focus areas"</th>
                    <th scope="col">"Outcome"</th>
                    <th scope="col" class="num">"Deferrals"</th>
                    <th scope="col">"Years"</th>
                </tr>
            </thead>
            <tbody>
                {hits.into_iter().map(|hit| {
                    let years = year_span(hit.first_year, hit.last_year);
                    let waited = hit.years_pending.filter(|y| *y > 0).map(|y| format!(" ({y} years)"));
                    let areas = hit.areas.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ");
                    view! {
                        <tr data-id=hit.id>
                            <th scope="row">
                                <OrgLink id=hit.id name=hit.name.clone()/>
                                {hit.matched_name.clone().map(|m| view! { <br/><small>"also as “"{m}"”"</small> })}
                                {hit.country.clone().map(|c| view! { <br/><small class="muted">{c}</small> })}
                            </th>
                            <td>{areas}</td>
                            <td>{hit.outcome.label()}</td>
                            <td class="num">{hit.deferrals}</td>
                            <td>{years}{waited}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
