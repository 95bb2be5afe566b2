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
        FacetCount, Outcome, RecordRequest, SearchHit, SearchQuery, SearchResults, SearchSort,
        FIRST_YEAR, FOCUS_AREAS, LAST_SESSION_YEAR,
    },
};

/// The message of an outcome's name: a decision's where the words are the same.
fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::InStatus => "search-outcome-in_status",
        Outcome::Pending => "search-outcome-pending",
        Outcome::Closed => "decision-closed",
        Outcome::Rejected => "decision-rejected",
        Outcome::Withdrawn => "decision-withdrawn",
    }
}

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
    let i18n = i18n();
    view! {
        <Title text=i18n.ts("nav-organizations")/>
        <h1>{i18n.ts("nav-organizations")}</h1>
        <p class="lead">{i18n.ts("search-lead")}</p>
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
    let i18n = i18n();
    view! {
        <form method="get" action=i18n.href("/organizations") class="filters search-form" role="search">
            <label class="grow">
                {i18n.ts("search-name")}" "
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
            <button type="submit" class="apply">{i18n.ts("search-submit")}</button>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    view! {
        <label>
            {t("rates-col-area")}" "
            <select name="area" id="f-area" on:change=move |ev| set.run((|q, v| q.area = (!v.is_empty()).then(|| v.to_string()), event_target_value(&ev)))>
                <option value="" selected=move || current().area.is_none()>{t("search-any")}</option>
                {FOCUS_AREAS.into_iter().map(|a| view! {
                    <option value=a selected=move || current().area.as_deref() == Some(a)>{t(&format!("area-{a}"))}</option>
                }).collect_view()}
            </select>
        </label>
        <label>
            {t("search-outcome")}" "
            <select name="outcome" id="f-outcome" on:change=move |ev| set.run((|q, v| q.outcome = Outcome::parse(v), event_target_value(&ev)))>
                <option value="" selected=move || current().outcome.is_none()>{t("search-any")}</option>
                {Outcome::ALL.into_iter().map(|o| view! {
                    <option value=o.as_str() selected=move || current().outcome == Some(o)>{t(outcome_key(o))}</option>
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
            {t("search-sort")}" "
            <select name="sort" id="f-sort" on:change=move |ev| set.run((|q, v| q.sort = SearchSort::parse(v).unwrap_or_default(), event_target_value(&ev)))>
                {SearchSort::ALL.into_iter().map(|s| view! {
                    <option value=s.as_str() selected=move || current().sort == s>{t(&format!("search-sort-{}", s.as_str()))}</option>
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
    let i18n = i18n();
    let status = if count == 0 {
        i18n.t("search-none")
    } else if results.items.is_empty() {
        i18n.f(
            "search-past-last",
            &[
                ("page", query.page.into()),
                ("pages", pages.into()),
                ("count", count.into()),
            ],
        )
    } else {
        let first = query.page.saturating_sub(1) * query.per_page + 1;
        let last = first + results.items.len() as u32 - 1;
        i18n.f(
            "search-showing",
            &[
                ("count", count.into()),
                ("first", first.into()),
                ("last", last.into()),
            ],
        )
    };
    view! {
        <div class="search-layout">
            <aside class="facets" aria-label=i18n.t("search-facets-label")>
                <Facet title=i18n.ts("rates-col-area") name="area" counts=results.areas.clone() query=query.clone()/>
                <Facet title=i18n.ts("search-outcome") name="outcome" counts=results.outcomes.clone() query=query.clone()/>
                <Facet title=i18n.ts("search-country-facet") name="country" counts=results.countries.clone() query=query.clone()/>
            </aside>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="visually-hidden">{i18n.t("search-results-heading")}</h2>
                <p id="search-status" role="status" aria-live="polite">{status}</p>
                {(!results.items.is_empty()).then(|| view! { <div class="table-scroll"><HitsTable hits=results.items.clone()/></div> })}
                <Pager page=query.page pages href/>
                <Downloads path="organizations".to_string() query=qs file="ecosoc-watch-organizations".to_string()/>
                <p class="muted">{i18n.t("search-downloads-note")}</p>
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
    let i18n = i18n();
    let clear = selected.is_some().then(|| {
        view! { <li><a href=with_value(None) class="facet-clear">{i18n.t("search-any")}</a></li> }
    });
    (!counts.is_empty() || selected.is_some()).then(|| {
        view! {
            <h2 class="facet-title">{title}</h2>
            <ul class="facet" data-facet=name>
                {clear}
                {counts.into_iter().map(|c| {
                    let current = selected.as_deref() == Some(c.value.as_str());
                    let href = with_value(Some(c.value.clone()));
                    // Areas and outcomes in the page's language; a country as the releases print it.
                    let label = match name {
                        "area" => i18n.area(&c.value),
                        "outcome" => Outcome::parse(&c.value).map_or(c.label, |o| i18n.t(outcome_key(o))),
                        _ => c.label,
                    };
                    view! {
                        <li>
                            <a href=href aria-current=current.then_some("true")>{label}</a>
                            " " <span class="count">{i18n.int(c.count)}</span>
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let sep = t("sep-list");
    view! {
        <table class="data-table" id="search-results">
            <caption>{t("search-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("search-name")}</th>
                    <th scope="col">{t("areas-heading")}</th>
                    <th scope="col">{t("search-outcome")}</th>
                    <th scope="col" class="num">{t("search-col-deferrals")}</th>
                    <th scope="col">{t("search-col-years")}</th>
                </tr>
            </thead>
            <tbody>
                {hits.into_iter().map(|hit| {
                    let years = year_span(hit.first_year, hit.last_year);
                    let waited = hit.years_pending.filter(|y| *y > 0).map(|y| i18n.f("search-years-waited", &[("n", y.into())]));
                    let areas = hit.areas.iter().map(|a| i18n.area(a)).collect::<Vec<_>>().join(sep.as_str());
                    view! {
                        <tr data-id=hit.id>
                            <th scope="row">
                                <OrgLink id=hit.id name=hit.name.clone()/>
                                {hit.matched_name.clone().map(|m| view! { <br/><small>{i18n.f("search-also-as", &[("name", m.into())])}</small> })}
                                {hit.country.clone().map(|c| view! { <br/><small class="muted">{c}</small> })}
                            </th>
                            <td>{areas}</td>
                            <td>{t(outcome_key(hit.outcome))}</td>
                            <td class="num">{i18n.int(hit.deferrals)}</td>
                            <td>{years}{waited}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
