//! The home page: what the database holds, honestly, and how to load data when it is empty.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    model::{Overview, SourceSummary, TableCount},
    server_fns::get_overview,
};

#[component]
pub fn HomePage() -> impl IntoView {
    let overview = Resource::new(|| (), |_| get_overview());
    view! {
        <Title text=""/>
        <h1>"Deferral at the UN Committee on NGOs"</h1>
        <p class="lead">
            "The Committee's 19 member states can hold an NGO's application back for years by asking "
            "another question. ecosoc-watch keeps the Committee's records with their sources and counts "
            "who is deferred, by whom, and for how long."
        </p>
        <Suspense fallback=|| view! { <p aria-busy="true">"Loading what the database holds…"</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => view! { <DatabaseSummary overview/> }.into_any(),
                    Err(error) => view! { <p class="error" role="alert">{error.to_string()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Rows per source and per table, or the empty state with the command that loads data.
#[component]
fn DatabaseSummary(overview: Overview) -> impl IntoView {
    if overview.is_empty() {
        return view! {
            <section class="empty-state" aria-labelledby="empty-heading">
                <h2 id="empty-heading">"No records yet"</h2>
                <p>"The database is empty. Load the Committee's decisions 1998–2024 with:"</p>
                <pre><code>"ecosoc-watch import steinert"</code></pre>
                <p>
                    "Without network access, point it at a local copy of the dataset: "
                    <code>"ecosoc-watch import steinert --from ../shared/ecosoc_status_steinert/xlsx"</code>
                </p>
            </section>
        }
        .into_any();
    }
    let last_update = overview
        .last_update
        .clone()
        .unwrap_or_else(|| "never".to_string());
    view! {
        <section aria-labelledby="holdings-heading">
            <h2 id="holdings-heading">"What the database holds"</h2>
            <p>"Last update: " <time datetime=last_update.clone()>{last_update.clone()}</time></p>
            <SourcesTable sources=overview.sources.clone()/>
            <TablesTable tables=overview.tables.clone()/>
        </section>
    }
    .into_any()
}

#[component]
fn SourcesTable(sources: Vec<SourceSummary>) -> impl IntoView {
    view! {
        <table class="data-table">
            <caption>"Stored source documents"</caption>
            <thead>
                <tr>
                    <th scope="col">"Source"</th>
                    <th scope="col" class="num">"Documents"</th>
                    <th scope="col" class="num">"Bytes"</th>
                    <th scope="col">"Last fetched"</th>
                </tr>
            </thead>
            <tbody>
                {sources
                    .into_iter()
                    .map(|s| {
                        view! {
                            <tr>
                                <th scope="row">{s.label}</th>
                                <td class="num">{s.documents}</td>
                                <td class="num">{s.bytes}</td>
                                <td>{s.last_fetched.unwrap_or_else(|| "—".to_string())}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// Rows per table, sortable by name or by count (a reactive control after hydration).
#[component]
fn TablesTable(tables: Vec<TableCount>) -> impl IntoView {
    let by_rows = RwSignal::new(false);
    let sorted = move || {
        let mut rows = tables.clone();
        if by_rows.get() {
            rows.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.label.cmp(&b.label)));
        } else {
            rows.sort_by(|a, b| a.label.cmp(&b.label));
        }
        rows
    };
    view! {
        <div class="table-tools">
            <button
                type="button"
                id="sort-tables"
                aria-pressed=move || by_rows.get().to_string()
                on:click=move |_| by_rows.update(|v| *v = !*v)
            >
                {move || if by_rows.get() { "Sort by name" } else { "Sort by number of rows" }}
            </button>
        </div>
        <table class="data-table" id="table-counts">
            <caption>
                "Records by kind, "
                {move || if by_rows.get() { "most first" } else { "by name" }}
            </caption>
            <thead>
                <tr>
                    <th scope="col">"Kind of record"</th>
                    <th scope="col" class="num">"Rows"</th>
                </tr>
            </thead>
            <tbody>
                <For each=sorted key=|t| t.table.clone() let:t>
                    <tr data-table=t.table.clone()>
                        <th scope="row">{t.label.clone()}</th>
                        <td class="num">{t.rows}</td>
                    </tr>
                </For>
            </tbody>
        </table>
    }
}
