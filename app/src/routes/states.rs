//! `/states`: every member state that asked a question or cast a recorded vote, with how
//! many, linked to its page. (The measures that compare states are their own page.)

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    chart::{group_thousands, year_span},
    components::record_body::RecordBody,
    components::{downloads::Downloads, links::StateLink},
    model::RecordRequest,
    model::StateSummary,
};

#[component]
pub fn StatesPage() -> impl IntoView {
    let request = Memo::new(|_| Ok(RecordRequest::States));
    view! {
        <Title text="Member states"/>
        <h1>"Member states"</h1>
        <p class="lead">
            "The states that asked an NGO a question at a session (as the press releases record it, "
            "2007 onwards) or voted in a recorded vote on an application."
        </p>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn StatesTable(rows: Vec<StateSummary>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p id="states-empty">"No question or recorded vote is held yet."</p> }
            .into_any();
    }
    view! {
        <div class="table-scroll">
        <table class="data-table" id="states-table">
            <caption>"Questions and recorded votes by member state"</caption>
            <thead>
                <tr>
                    <th scope="col">"State"</th>
                    <th scope="col" class="num">"Questions"</th>
                    <th scope="col" class="num">"Applications questioned"</th>
                    <th scope="col" class="num">"Votes cast"</th>
                    <th scope="col">"Years"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|s| view! {
                    <tr>
                        <th scope="row"><StateLink name=s.name.clone()/></th>
                        <td class="num">{group_thousands(s.questions)}</td>
                        <td class="num">{group_thousands(s.applications_questioned)}</td>
                        <td class="num">{group_thousands(s.votes)}</td>
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
