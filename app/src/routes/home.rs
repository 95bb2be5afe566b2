//! The home page: the headline chart (deferral by focus area, with intervals and n), its
//! data table, a sentence generated from the numbers and downloads; below, what the database
//! holds. Filters live in the URL, so a shared link shows the same view and back/forward work;
//! without JavaScript the filter form reloads the page with the same parameters. The chart is
//! drawn in the browser after a change of filters; the rest of the rates section is rendered
//! on the server (see `model::RatesSection`), so its views add nothing to the WASM bundle.

// The rates' details run on the server only; in the WASM build their imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{hooks::use_navigate, hooks::use_query_map, NavigateOptions};

use crate::components::year_select::YearSelect;
use crate::{
    chart::{self, format_rate},
    components::{cite::CiteThis, error_view::ErrorView},
    i18n::{i18n, year_arg},
    model::{
        region_name, ConsiderationFilter, LoadState, Measure, Overview, RateRow, Rates, RatesQuery,
        RatesSection, SearchQuery, SearchSort, SourceSummary, TableCount, FIRST_YEAR, LAST_YEAR,
        REGIONS,
    },
    server_fns::get_rates,
};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = i18n();
    view! {
        <Title text=""/>
        <h1>{i18n.ts("home-title")}</h1>
        <p class="lead">{i18n.ts("home-lead")}</p>
        <RatesSection/>
    }
}

/// The empty database: a background load in progress (the page refreshes itself, with or
/// without JavaScript), a load that failed (said plainly), or the command that loads data.
/// Rendered on the server, into the rates section's body.
#[cfg(feature = "ssr")]
#[component]
pub fn EmptyState(load: Option<LoadState>) -> impl IntoView {
    let i18n = i18n();
    let status = match load {
        // A plain element, not leptos_meta's: this body is rendered apart from the page's head.
        // Browsers follow a refresh pragma wherever it stands.
        Some(LoadState::Loading { from, stage, started_at }) => view! {
            <meta http-equiv="refresh" content="5"/>
            <p id="load-status" role="status" aria-live="polite">
                {i18n.f("empty-loading", &[("from", from.into()), ("started", i18n.date(&started_at).into()), ("stage", stage.into())])}
            </p>
        }
        .into_any(),
        Some(LoadState::Failed { from, error, at }) => view! {
            <p id="load-status" class="error" role="alert">
                {i18n.f("empty-failed", &[("from", from.into()), ("at", at.into()), ("error", error.into())])}
            </p>
        }
        .into_any(),
        Some(LoadState::Done { .. }) | None => ().into_any(),
    };
    view! {
        <section class="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{i18n.ts("empty-heading")}</h2>
            {status}
            <p>{i18n.ts("empty-text")}</p>
            <pre><code>"ecosoc-watch import steinert"</code></pre>
            <p>
                {i18n.ts("empty-offline")}" "
                <code>"ecosoc-watch import steinert --from ../shared/ecosoc_status_steinert/xlsx"</code>
            </p>
        </section>
    }
}

/// The query in the URL, or the default view; a bad parameter is reported, not ignored.
fn query_from_url() -> Memo<Result<RatesQuery, String>> {
    let params = use_query_map();
    Memo::new(move |_| {
        params
            .with(|map| RatesQuery::from_params(map.latest_values().map(|(k, v)| (k.as_ref(), v))))
    })
}

/// A change to the rates query, from the value of the select that made it.
type RatesEdit = fn(&mut RatesQuery, &str);

/// The headline chart with its filters; the filters are the URL, the chart follows it.
#[component]
fn RatesSection() -> impl IntoView {
    let i18n = i18n();
    let query = query_from_url();
    let current = move || query.get().unwrap_or_default();
    let locale = i18n.locale();
    let rates = Resource::new(current, move |query| get_rates(query, locale));
    let set = rates_setter(query);
    view! {
        <section aria-labelledby="rates-heading" class="rates">
            <h2 id="rates-heading">{i18n.ts("rates-heading")}</h2>
            {move || query.get().err().map(|message| view! { <p class="error" role="alert">{message}{i18n.ts("word-space")}{i18n.ts("showing-default-view")}</p> })}
            <RatesFilters query set/>
            <Transition fallback=move || view! { <p aria-busy="true">{i18n.ts("rates-computing")}</p> }>
                {move || Suspend::new(async move {
                    match rates.await {
                        Ok(section) => view! { <RatesView section/> }.into_any(),
                        // ErrorView sets the status (503, 400), so an error is never kept as the page.
                    Err(error) => view! { <ErrorView error back_href="/" back_label="go-to-overview" inline=true/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// Apply an edit to the query in the URL (years kept in order) and navigate to the result.
fn rates_setter(query: Memo<Result<RatesQuery, String>>) -> Callback<(RatesEdit, String)> {
    let current = move || query.get().unwrap_or_default();
    let navigate = use_navigate();
    let i18n = i18n();
    // Every change of a filter is a navigation: the URL is the state.
    let go = move |next: RatesQuery| {
        navigate(
            &i18n.href(&format!("/?{}", next.to_query_string())),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    // A Callback is Copy, so every select's handler can hold it.
    Callback::new(move |(edit, value): (RatesEdit, String)| {
        let mut next = current();
        edit(&mut next, &value);
        if next.from > next.to {
            std::mem::swap(&mut next.from, &mut next.to);
        }
        go(next);
    })
}

/// The chart's filters: a form that works without JavaScript and, after hydration, applies
/// each change at once through `set`.
#[component]
fn RatesFilters(
    query: Memo<Result<RatesQuery, String>>,
    set: Callback<(RatesEdit, String)>,
) -> impl IntoView {
    let current = move || query.get().unwrap_or_default();
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    view! {
        <form method="get" action=i18n.href("/") class="filters" id="filters">
            <label>
                {t("filter-measure")}" "
                <select name="measure" id="f-measure" on:change=move |ev| set.run((|q, v| q.measure = Measure::parse(v).unwrap_or_default(), event_target_value(&ev)))>
                    {Measure::ALL.into_iter().map(|m| view! {
                        <option value=m.as_str() selected=move || current().measure == m>{t(&format!("measure-{}", m.as_str()))}</option>
                    }).collect_view()}
                </select>
            </label>
            <YearSelect label="filter-from" name="from" id="f-from" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current().from))
                on_change=Callback::new(move |v: String| set.run((|q, v| q.from = v.parse().unwrap_or(q.from), v)))/>
            <YearSelect label="filter-to" name="to" id="f-to" years=FIRST_YEAR..=LAST_YEAR
                is_selected=Callback::new(move |y: Option<i32>| y == Some(current().to))
                on_change=Callback::new(move |v: String| set.run((|q, v| q.to = v.parse().unwrap_or(q.to), v)))/>
            <label class:hidden=move || current().measure != Measure::SessionDeferral>
                {t("filter-considerations")}" "
                <select name="consideration" id="f-consideration" on:change=move |ev| set.run((|q, v| q.consideration = ConsiderationFilter::parse(v).unwrap_or_default(), event_target_value(&ev)))>
                    {ConsiderationFilter::ALL.into_iter().map(|c| view! {
                        <option value=c.as_str() selected=move || current().consideration == c>{t(&format!("consideration-{}", c.as_str()))}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class:hidden=move || current().measure != Measure::DeferredAtLeast>
                {t("filter-n")}" "
                <select name="n" id="f-n" on:change=move |ev| set.run((|q, v| q.n = v.parse().unwrap_or(q.n), event_target_value(&ev)))>
                    {[2u32, 3, 4, 6, 8].into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || current().n == n>{i18n.number(n)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>
                {t("filter-region")}" "
                <select name="region" id="f-region" on:change=move |ev| set.run((|q, v| { q.region = region_name(v).map(|_| v.to_string()); q.country = None; }, event_target_value(&ev)))>
                    <option value="all" selected=move || current().region.is_none()>{t("filter-any-region")}</option>
                    {REGIONS.into_iter().map(|(slug, _)| view! {
                        <option value=slug selected=move || current().region.as_deref() == Some(slug)>{t(&format!("region-{slug}"))}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="apply">{t("filter-apply")}</button>
        </form>
    }
}

/// One answer of the rates: the chart (wide and narrow), drawn here by the same function on
/// the server and in the browser, then the rest of the section as the server rendered it.
#[component]
fn RatesView(section: RatesSection) -> impl IntoView {
    if section.rows.is_empty() {
        // An empty database: the body says so, and how to load it.
        return view! { <div class="rates-details" inner_html=section.details></div> }.into_any();
    }
    let label = i18n().t(&format!("measure-{}", section.query.measure.as_str()));
    let label = label.as_str();
    // The SVG node is replaced as a whole (inner_html), never hydrated piece by piece.
    let svg = chart::rates_svg(&section.rows, label, &section.summary);
    let narrow = chart::rates_svg_for(
        &section.rows,
        label,
        &section.summary,
        chart::Layout::Narrow,
    );
    view! {
        <figure class="chart-figure">
            <div id="rates-chart" class="chart chart-wide" data-query=section.query.to_query_string() inner_html=svg></div>
            <div class="chart chart-narrow" inner_html=narrow></div>
            <figcaption id="rates-summary">{section.summary}</figcaption>
        </figure>
        <div class="rates-details" inner_html=section.details></div>
    }
    .into_any()
}

/// Below the chart, rendered on the server only: the numbers behind it, downloads, how to
/// cite it and what it counts; then what the database holds.
#[cfg(feature = "ssr")]
#[component]
pub fn RatesDetails(rates: Rates, overview: Overview) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    let q = rates.query.clone();
    let qs = q.to_query_string();
    // Chart files in the page's language; data with a label column in it beside the codes.
    let download = |ext: &str| {
        // Chart files in the page's digits too; the data's labels are words only.
        let extra = match (i18n.locale().code(), ext) {
            ("en", _) => String::new(),
            (code, ".svg" | ".png") => format!("lang={code}"),
            _ => format!("labels={}", i18n.lang().code()),
        };
        let query: Vec<&str> = [qs.as_str(), extra.as_str()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        format!("/api/v1/rates{ext}?{}", query.join("&"))
    };
    let (example_before, example_after) = i18n.around("method-confounding", "example", &[]);
    let citation = crate::components::cite::cite_as(
        rates.rule_set_version.as_deref(),
        rates.data_version.as_deref(),
    );
    view! {
        <RatesTable rows=rates.rows.clone() query=q/>
        <p class="downloads">
            {t("download")}" "
            <a href=download(".svg") download="ecosoc-watch-rates.svg">"SVG"</a>" · "
            <a href=download(".png") download="ecosoc-watch-rates.png">"PNG"</a>" · "
            <a href=download(".csv") download="ecosoc-watch-rates.csv">"CSV"</a>" · "
            <a href=download("") download="ecosoc-watch-rates.json">"JSON"</a>
        </p>
        <CiteThis cite=rates.cite.clone()/>
        <details class="method">
            <summary>{t("method-heading")}</summary>
            <p>{rates.definition.clone()}</p>
            <p>{t("method-areas")}</p>
            <p>{example_before}<code>"country=NGA"</code>{example_after}</p>
            <p id="country-note">{chart::country_note(&rates)}</p>
            <p class="citation">{citation}</p>
        </details>
        <DatabaseSummary overview/>
    }
}

/// The numbers behind the chart: per focus area the rate with its interval and n, and the
/// rate ratio against all others; each area links to its organizations.
#[cfg(feature = "ssr")]
#[component]
fn RatesTable(rows: Vec<RateRow>, query: RatesQuery) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    let caption = i18n.f(
        "rates-caption",
        &[
            (
                "measure",
                t(&format!("measure-{}", query.measure.as_str())).into(),
            ),
            ("from", year_arg(query.from)),
            ("to", year_arg(query.to)),
        ],
    );
    view! {
        <div class="table-scroll">
        <table class="data-table" id="rates-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("rates-col-area")}</th>
                    <th scope="col">{t("rates-col-rate")}</th>
                    <th scope="col" class="num">{t("rates-col-events")}</th>
                    <th scope="col" class="num">{t("rates-col-out-of")}</th>
                    <th scope="col">{t("rates-col-ratio")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.iter().map(|row| {
                    let ratio = match (row.rate_ratio, row.rate_ratio_low, row.rate_ratio_high) {
                        (Some(rr), Some(low), Some(high)) => format!("{} ({}–{})", i18n.decimal(rr, 2), i18n.decimal(low, 2), i18n.decimal(high, 2)),
                        _ => "—".to_string(),
                    };
                    view! {
                        <tr data-area=row.area.clone() class:unstable=row.small_n>
                            <th scope="row"><a href=area_search_href(&row.area, &query)>{i18n.area(&row.area)}</a></th>
                            <td>
                                {format_rate(row)}
                                {row.small_n.then(|| view! { <span class="warning">" "{i18n.f("rates-unstable", &[("n", crate::model::SMALL_N.into())])}</span> })}
                            </td>
                            <td class="num">{i18n.int(row.numerator)}</td>
                            <td class="num">{i18n.int(row.denominator)}</td>
                            <td>{ratio}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// The organizations behind a bar: the search, filtered by the area and the chart's years.
#[cfg(feature = "ssr")]
fn area_search_href(area: &str, query: &RatesQuery) -> String {
    let search = SearchQuery {
        area: (area != "all").then(|| area.to_string()),
        from: Some(query.from),
        to: Some(query.to),
        sort: SearchSort::Deferrals,
        ..SearchQuery::default()
    };
    i18n().href(&format!("/organizations?{}", search.to_query_string()))
}

/// Rows per source and per table.
#[cfg(feature = "ssr")]
#[component]
fn DatabaseSummary(overview: Overview) -> impl IntoView {
    let i18n = i18n();
    let last_update = overview
        .last_update
        .as_deref()
        .map_or_else(|| i18n.t("never"), |at| i18n.date(at));
    view! {
        <section aria-labelledby="holdings-heading">
            <h2 id="holdings-heading">{i18n.ts("holdings-heading")}</h2>
            <p>{i18n.ts("last-update")}" " <time datetime=last_update.clone()>{last_update.clone()}</time></p>
            <div class="table-scroll"><SourcesTable sources=overview.sources.clone()/></div>
            <TablesTable tables=overview.tables.clone()/>
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn SourcesTable(sources: Vec<SourceSummary>) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    view! {
        <table class="data-table">
            <caption>{t("sources-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("sources-col-source")}</th>
                    <th scope="col" class="num">{t("sources-col-documents")}</th>
                    <th scope="col" class="num">{t("sources-col-bytes")}</th>
                    <th scope="col">{t("sources-col-fetched")}</th>
                </tr>
            </thead>
            <tbody>
                {sources
                    .into_iter()
                    .map(|s| {
                        view! {
                            <tr>
                                <th scope="row">{i18n.t_or(&format!("source-label-{}", s.source), "source-label-test")}</th>
                                <td class="num">{i18n.int(s.documents)}</td>
                                <td class="num">{i18n.int(s.bytes)}</td>
                                <td>{s.last_fetched.map_or_else(|| "—".to_string(), |at| i18n.date(&at))}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Rows per table, the largest first.
#[cfg(feature = "ssr")]
#[component]
fn TablesTable(mut tables: Vec<TableCount>) -> impl IntoView {
    tables.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.label.cmp(&b.label)));
    let i18n = i18n();
    view! {
        <table class="data-table" id="table-counts">
            <caption>{i18n.ts("tables-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.ts("tables-col-kind")}</th>
                    <th scope="col" class="num">{i18n.ts("tables-col-rows")}</th>
                </tr>
            </thead>
            <tbody>
                {tables.into_iter().map(|t| view! {
                    <tr data-table=t.table>
                        <th scope="row">{i18n.t_or(&format!("table-{}", t.table), "table-other")}</th>
                        <td class="num">{i18n.int(t.rows)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
