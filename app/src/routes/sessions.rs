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
        sessions::{part_count, sessions_svg, PARTS},
        Layout,
    },
    components::record_body::RecordBody,
    components::{
        chart_frame::ChartFrame, cite::CiteThis, downloads::Downloads, links::session_href,
    },
    i18n::{i18n, year_arg},
    model::{Cite, RecordRequest, SessionKey, SessionRow},
};

#[component]
pub fn SessionsPage() -> impl IntoView {
    let i18n = i18n();
    let request = Memo::new(|_| Ok(RecordRequest::Sessions));
    view! {
        <Title text=i18n.ts("nav-sessions")/>
        <h1>{i18n.ts("sessions-heading")}</h1>
        <p class="lead">{i18n.ts("sessions-lead")}</p>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

#[cfg(feature = "ssr")]
/// One sentence over all sessions: how many, how many considerations, the deferral share.
/// Also the embed's (`/embed/sessions`), which has no page: in English there.
pub fn sessions_summary(rows: &[SessionRow]) -> String {
    let i18n = i18n();
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return i18n.t("sessions-none");
    };
    let considered: i64 = rows.iter().map(|r| r.considered).sum();
    let deferred: i64 = rows.iter().map(|r| r.deferred).sum();
    let busiest = rows
        .iter()
        .max_by_key(|r| r.considered)
        .expect("rows are not empty");
    i18n.f(
        "sessions-summary",
        &[
            ("sessions", rows.len().into()),
            ("first", year_arg(first.year)),
            ("last", year_arg(last.year)),
            ("considered", considered.into()),
            ("deferred", deferred.into()),
            ("most", busiest.considered.into()),
            ("session", i18n.session(busiest.year, &busiest.part).into()),
        ],
    )
}

#[cfg(feature = "ssr")]
#[component]
pub fn SessionsView(rows: Vec<SessionRow>, cite: Cite) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let summary = sessions_summary(&rows);
    let title = t("sessions-chart-title");
    let wide = sessions_svg(&rows, Layout::Wide, &title, &summary).unwrap_or_default();
    let narrow = sessions_svg(&rows, Layout::Narrow, &title, &summary).unwrap_or_default();
    view! {
        <ChartFrame id="sessions-chart" wide narrow summary=summary/>
        <div class="table-scroll">
        <table class="data-table" id="sessions-table">
            <caption>{t("sessions-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("col-session")}</th>
                    <th scope="col" class="num">{t("sessions-col-considered")}</th>
                    {PARTS.iter().map(|(_, key, _)| view! { <th scope="col" class="num">{i18n.t(key)}</th> }).collect_view()}
                    <th scope="col">{t("sessions-col-flags")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let key = SessionKey { year: row.year, part: row.part.clone() };
                    let flags = row
                        .flags
                        .iter()
                        .map(|f| i18n.f("sessions-flag", &[("kind", i18n.flag(&f.kind).into()), ("n", f.count.into())]))
                        .collect::<Vec<_>>()
                        .join(&t("sep-clause"));
                    view! {
                        <tr data-session=key.slug()>
                            <th scope="row"><a href=session_href(&key)>{i18n.session(row.year, &row.part)}</a></th>
                            <td class="num">{i18n.int(row.considered)}</td>
                            {PARTS.iter().map(|(part, ..)| view! { <td class="num">{i18n.int(part_count(&row, part))}</td> }).collect_view()}
                            <td>{flags}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
        <Downloads path="sessions".to_string() file="ecosoc-watch-sessions".to_string()/>
        <CiteThis cite/>
        <p class="muted">{t("sessions-note")}</p>
    }
}
