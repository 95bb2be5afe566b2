//! `/sessions`: every session the reports cover, as a stacked chart over time and as a table
//! (considered, recommended, deferred new / again, closed, rejected, withdrawn), each session
//! linked to its page. The same numbers as `/api/v1/sessions`.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    chart::{
        group_thousands,
        sessions::{part_count, sessions_svg, PARTS},
        Layout,
    },
    components::record_body::RecordBody,
    components::{
        chart_frame::ChartFrame, cite::CiteThis, downloads::Downloads, links::session_href,
    },
    model::{Cite, RecordRequest, SessionKey, SessionRow},
};

#[component]
pub fn SessionsPage() -> impl IntoView {
    let request = Memo::new(|_| Ok(RecordRequest::Sessions));
    view! {
        <Title text="Sessions"/>
        <h1>"Sessions of the Committee"</h1>
        <p class="lead">
            "Twice a year — a regular session around January and a resumed session around May — the "
            "Committee considers applications for consultative status. Each bar is one session's status "
            "applications by decision, as the Committee's reports record them."
        </p>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

#[cfg(feature = "ssr")]
/// One sentence over all sessions: how many, how many considerations, the deferral share.
pub fn sessions_summary(rows: &[SessionRow]) -> String {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return "No session is recorded yet.".to_string();
    };
    let considered: i64 = rows.iter().map(|r| r.considered).sum();
    let deferred: i64 = rows.iter().map(|r| r.deferred).sum();
    let busiest = rows
        .iter()
        .max_by_key(|r| r.considered)
        .expect("rows are not empty");
    format!(
        "{} sessions from {} to {}: {} considerations of status applications, {} of them deferred. \
         The most considered at one session: {} at the {} {} session.",
        rows.len(),
        first.year,
        last.year,
        group_thousands(considered),
        group_thousands(deferred),
        group_thousands(busiest.considered),
        busiest.year,
        busiest.part
    )
}

#[cfg(feature = "ssr")]
#[component]
pub fn SessionsView(rows: Vec<SessionRow>, cite: Cite) -> impl IntoView {
    let summary = sessions_summary(&rows);
    let title = "Status applications per session, by decision";
    let wide = sessions_svg(&rows, Layout::Wide, title, &summary).unwrap_or_default();
    let narrow = sessions_svg(&rows, Layout::Narrow, title, &summary).unwrap_or_default();
    view! {
        <ChartFrame id="sessions-chart" wide narrow summary=summary/>
        <div class="table-scroll">
        <table class="data-table" id="sessions-table">
            <caption>"Status applications per session, by decision (the numbers behind the chart)"</caption>
            <thead>
                <tr>
                    <th scope="col">"Session"</th>
                    <th scope="col" class="num">"Considered"</th>
                    {PARTS.iter().map(|(_, label, _)| view! { <th scope="col" class="num">{*label}</th> }).collect_view()}
                    <th scope="col">"Flags"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let key = SessionKey { year: row.year, part: row.part.clone() };
                    let flags = row.flags.iter().map(|f| format!("{} ({})", f.kind, f.count)).collect::<Vec<_>>().join("; ");
                    view! {
                        <tr data-session=key.slug()>
                            <th scope="row"><a href=session_href(&key)>{format!("{} {}", row.year, row.part)}</a></th>
                            <td class="num">{group_thousands(row.considered)}</td>
                            {PARTS.iter().map(|(part, ..)| view! { <td class="num">{group_thousands(part_count(&row, part))}</td> }).collect_view()}
                            <td>{flags}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
        <Downloads path="sessions".to_string() file="ecosoc-watch-sessions".to_string()/>
        <CiteThis cite/>
        <p class="muted">
            "“Deferred again”: deferrals of applications deferred at an earlier session; “not marked”: "
            "deferrals the reports mark neither new nor previously deferred. Flags: where the reports "
            "disagree with themselves or with a total the UN stated; see each session's page."
        </p>
    }
}
