//! `/states`: every member state that asked a question or cast a recorded vote, with how
//! many, linked to its page. (The measures that compare states are their own page.)

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    chart::year_span,
    components::record_body::RecordBody,
    components::{downloads::Downloads, links::StateLink},
    i18n::i18n,
    model::RecordRequest,
    model::StateSummary,
};

#[component]
pub fn StatesPage() -> impl IntoView {
    let i18n = i18n();
    let request = Memo::new(|_| Ok(RecordRequest::States));
    view! {
        <Title text=i18n.ts("nav-states")/>
        <h1>{i18n.ts("nav-states")}</h1>
        <p class="lead">{i18n.ts("states-lead")}</p>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn StatesTable(rows: Vec<StateSummary>) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    if rows.is_empty() {
        return view! { <p id="states-empty">{t("states-empty")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
        <table class="data-table" id="states-table">
            <caption>{t("states-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("states-col-state")}</th>
                    <th scope="col" class="num">{t("states-col-questions")}</th>
                    <th scope="col" class="num">{t("states-col-applications")}</th>
                    <th scope="col" class="num">{t("states-col-votes")}</th>
                    <th scope="col">{t("states-col-years")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|s| view! {
                    <tr>
                        <th scope="row"><StateLink name=s.name.clone()/></th>
                        <td class="num">{i18n.int(s.questions)}</td>
                        <td class="num">{i18n.int(s.applications_questioned)}</td>
                        <td class="num">{i18n.int(s.votes)}</td>
                        <td>{year_span(s.first_year, s.last_year)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
        <Downloads path="states".to_string() file="ecosoc-watch-states".to_string()/>
    }
    .into_any()
}
