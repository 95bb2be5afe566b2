//! `/organizations/{id}`: an NGO's passport. Its names over time, its focus areas with their
//! reasons, its country where the releases print one, a timeline of every consideration and a
//! table of them with the asking states' questions and a link to the source line of each; where
//! the two sources disagree, both lines are shown and marked.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    chart::{
        timeline::{describe, lane_label, timeline_svg},
        Layout,
    },
    components::record_body::RecordBody,
    components::{
        chart_frame::ChartFrame,
        cite::CiteThis,
        downloads::Downloads,
        links::{QuestionList, SessionLink, SourceLines, StateLink},
    },
    error::AppError,
    model::{
        area_label, decision_label, decisions_disagree, source_short_label, vote_label,
        ApplicationDetail, AreaDetail, ConsiderationDetail, OrganizationDetail, RecordRequest,
        RecordedVoteDetail, SessionRef,
    },
};

#[component]
pub fn OrganizationPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let request = Memo::new(move |_| {
        let id = id();
        id.parse().map(RecordRequest::Organization).map_err(|_| {
            AppError::BadRequest(format!(
                "an organization's number is a whole number, not {id:?}"
            ))
        })
    });
    view! {
        <RecordBody request back_href="/organizations" back_label="Search the organizations"/>
    }
}

#[cfg(feature = "ssr")]
/// Distinct sessions of an application, in order.
fn sessions_of(app: &ApplicationDetail) -> Vec<(i64, String)> {
    let set: BTreeSet<(i64, String)> = app
        .considerations
        .iter()
        .map(|c| (c.session.year, c.session.part.clone()))
        .collect();
    set.into_iter().collect()
}

#[cfg(feature = "ssr")]
/// The sentence at the top of a passport: how often and how long, and where it stands.
/// Deferrals are sessions at which one of its applications was deferred, counted as the
/// search counts them (one source per session: the reports' where they have it).
pub fn passport_summary(detail: &OrganizationDetail) -> String {
    let sessions: BTreeSet<(i64, String)> =
        detail.applications.iter().flat_map(sessions_of).collect();
    if sessions.is_empty() {
        return format!("{} has no recorded consideration.", detail.name);
    }
    let deferred: BTreeSet<(i64, String)> = detail
        .applications
        .iter()
        .flat_map(|a| a.primary())
        .filter(|c| c.decision == "deferred")
        .map(|c| (c.session.year, c.session.part.clone()))
        .collect();
    let times = match deferred.len() {
        0 => "never deferred".to_string(),
        1 => "deferred once".to_string(),
        n => format!("deferred {n} times"),
    };
    let over = match (deferred.first(), deferred.last()) {
        (Some(first), Some(last)) if first.0 == last.0 => format!(" in {}", first.0),
        (Some(first), Some(last)) => {
            format!(" over {} years ({}–{})", last.0 - first.0, first.0, last.0)
        }
        _ => String::new(),
    };
    let sessions_word = if sessions.len() == 1 {
        "session"
    } else {
        "sessions"
    };
    let mut text = format!(
        "{}: considered at {} {sessions_word}, {times}{over}",
        detail.name,
        sessions.len()
    );
    // Where the latest status application (else the latest of any kind) stands.
    let latest = detail
        .applications
        .iter()
        .filter(|a| a.kind == "status")
        .max_by_key(|a| a.seq)
        .or_else(|| detail.applications.last());
    if let Some(app) = latest {
        let own = sessions_of(app);
        match (&app.outcome, &app.outcome_session, own.last()) {
            (Some(outcome), Some(session), _) => text.push_str(&format!(
                "; {} at the {} {} session",
                decision_label(outcome).to_lowercase(),
                session.year,
                session.part
            )),
            (_, _, Some(last)) if app.pending => text.push_str(&format!(
                "; its {} application is still pending after {} {}, last considered at the {} {} session",
                if app.kind == "status" { "status" } else { "latest" },
                own.len(),
                if own.len() == 1 { "session" } else { "sessions" },
                last.0,
                last.1
            )),
            _ => {}
        }
    }
    text.push('.');
    text
}

#[cfg(feature = "ssr")]
#[component]
pub fn Passport(detail: OrganizationDetail) -> impl IntoView {
    let summary = passport_summary(&detail);
    let title = format!("Timeline of {}", detail.name);
    let description = describe(&detail.applications);
    let charts =
        timeline_svg(&detail.applications, Layout::Wide, &title, &description).map(|wide| {
            let narrow = timeline_svg(&detail.applications, Layout::Narrow, &title, &description)
                .unwrap_or_default();
            view! { <ChartFrame id="timeline" wide narrow summary=description.clone()/> }
        });
    let id = detail.id;
    view! {
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/organizations">"Organizations"</a>" ›"</nav>
        <h1>{detail.name.clone()}</h1>
        <p class="lead" id="passport-summary">{summary}</p>
        <Areas areas=detail.areas.clone() overrides=detail.area_overrides.clone()/>
        <Countries countries=detail.countries.clone()/>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">"History"</h2>
            {charts}
            {detail.applications.iter().map(|app| view! { <ApplicationTable app=app.clone()/> }).collect_view()}
            <Downloads path=format!("organizations/{id}") file=format!("ecosoc-watch-organization-{id}")/>
            <CiteThis cite=detail.cite.clone()/>
        </section>
        <Waits waits=detail.waits.clone() applications=detail.applications.clone()/>
        <Names detail=detail.clone()/>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Areas(areas: Vec<AreaDetail>, overrides: Vec<crate::model::AreaOverride>) -> impl IntoView {
    view! {
        <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">"Focus areas"</h2>
            <ul class="areas" id="areas">
                {areas.into_iter().map(|a| {
                    let reasons = a.reasons.iter().map(|r| {
                        if r.rule == "curator" {
                            format!("set by a curator: {}", r.text)
                        } else if r.matched.is_empty() {
                            "no rule matched its names".to_string()
                        } else {
                            format!("rule {} matched “{}” in “{}”", r.rule, r.matched.join("”, “"), r.text)
                        }
                    }).collect::<Vec<_>>().join("; ");
                    let reasons = if reasons.is_empty() { "no rule matched its names".to_string() } else { reasons };
                    view! {
                        <li data-area=a.area.clone()>
                            <strong>{area_label(&a.area)}</strong>" — "{reasons}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!overrides.is_empty()).then(|| view! {
                <p>"Curator corrections:"</p>
                <ul class="overrides">
                    {overrides.into_iter().map(|o| view! {
                        <li>{format!("{} {} — {} ({}, {})", if o.action == "add" { "added" } else { "removed" }, area_label(&o.area), o.reason, o.curator, o.at)}</li>
                    }).collect_view()}
                </ul>
            })}
            <p class="muted">
                "Areas come from reviewed rules over every name the organization has had; see the "
                <a href="/methodology#focus-rules">"methodology"</a>"."
            </p>
        </section>
    }
}

/// How long each status application waited, against the curve of its focus areas.
#[cfg(feature = "ssr")]
#[component]
pub fn Waits(
    waits: Vec<crate::model::WaitStanding>,
    applications: Vec<ApplicationDetail>,
) -> impl IntoView {
    (!waits.is_empty()).then(|| view! {
        <section aria-labelledby="waits-heading">
            <h2 id="waits-heading">"Time waited"</h2>
            <ul id="waits">
                {waits.iter().map(|w| {
                    let lane = applications
                        .iter()
                        .find(|a| a.id == w.application_id)
                        .map(lane_label)
                        .unwrap_or_else(|| "An application".to_string());
                    view! { <li data-area=w.area.clone()>{wait_sentence(&lane, w)}</li> }
                }).collect_view()}
            </ul>
            <p class="muted">
                "Sessions count every session of the Committee from the application's first consideration, "
                "whether or not it came up. The share is read off the area's waiting curve over all years; see "
                <a href="/time-to-decision">"time to decision"</a>"."
            </p>
        </section>
    })
}

/// "Status 1 has waited 12 sessions and is still pending; 87% (95% CI 85–89%) of
/// applications of NGOs working on women's rights had a decision within 12 sessions
/// (n = 1,234)." — a share read off the area's curve, so it includes those decided at that
/// very session.
pub fn wait_sentence(lane: &str, w: &crate::model::WaitStanding) -> String {
    let at_least = if w.left_truncated { "at least " } else { "" };
    let sessions = crate::chart::count_of(i64::from(w.sessions), "session", "sessions");
    let share = crate::chart::waiting::format_estimate(&w.decided_within);
    let group = match w.area.as_str() {
        "other" => "applications of NGOs in none of the four focus areas".to_string(),
        area => format!(
            "applications of NGOs working on {}",
            crate::model::area_phrase(area)
        ),
    };
    let n = crate::chart::group_thousands(w.applications);
    let unstable = if w.small_n {
        format!("; unstable: fewer than {} decisions", crate::model::SMALL_N)
    } else {
        String::new()
    };
    let own = if w.pending {
        format!("{lane} has waited {at_least}{sessions} and is still pending")
    } else {
        format!("{lane} waited {at_least}{sessions} for its decision")
    };
    format!("{own}; {share} of {group} had a decision within {sessions} (n = {n}{unstable}).")
}

#[cfg(feature = "ssr")]
#[component]
pub fn Countries(countries: Vec<crate::model::CountryCount>) -> impl IntoView {
    let text = match countries.as_slice() {
        [] => "Country: not known (the reports do not give one; no press release printed one)."
            .to_string(),
        [one] => format!("Country, as the press releases print it: {}.", one.country),
        many => format!(
            "Country: the press releases disagree — {}.",
            many.iter()
                .map(|c| format!("{} ({} entries)", c.country, c.records))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    view! { <p id="country">{text}</p> }
}

#[cfg(feature = "ssr")]
#[component]
pub fn ApplicationTable(app: ApplicationDetail) -> impl IntoView {
    let caption = format!(
        "{}: every consideration, {}",
        lane_label(&app),
        match &app.outcome {
            Some(outcome) => format!("final decision {}", decision_label(outcome).to_lowercase()),
            None => "still pending".to_string(),
        }
    );
    let disagreeing = disagreeing_sessions(&app.considerations);
    let votes = recorded_votes(&app.considerations);
    view! {
        <div class="table-scroll">
        <table class="data-table considerations" data-application=app.id>
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Session"</th>
                    <th scope="col">"Decision"</th>
                    <th scope="col">"Source"</th>
                    <th scope="col">"Questions asked"</th>
                    <th scope="col">"Source line"</th>
                </tr>
            </thead>
            <tbody>
                {app.considerations.into_iter().map(|c| {
                    let disagrees = disagreeing.contains(&(c.session.year, c.session.part.clone()));
                    let new = match c.is_new {
                        Some(true) => " (new)",
                        Some(false) => " (previously deferred)",
                        None => "",
                    };
                    view! {
                        <tr class:disagrees=disagrees data-source=c.source.clone()>
                            <th scope="row"><SessionLink session=c.session.clone()/></th>
                            <td>
                                {decision_label(&c.decision)}{new}
                                {disagrees.then(|| view! { <br/><strong class="warning">"Sources disagree"</strong> })}
                            </td>
                            <td>{source_short_label(&c.source)}</td>
                            <td>
                                <QuestionList questions=c.questions/>
                            </td>
                            <td>
                                <SourceLines evidence=c.evidence/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
        {(!votes.is_empty()).then(|| view! { <VotesTable votes/> })}
    }
}

/// Sessions where the two sources disagree on the decision.
#[cfg(feature = "ssr")]
fn disagreeing_sessions(considerations: &[ConsiderationDetail]) -> BTreeSet<(i64, String)> {
    let mut by_session: std::collections::BTreeMap<(i64, String), Vec<&ConsiderationDetail>> =
        Default::default();
    for c in considerations {
        by_session
            .entry((c.session.year, c.session.part.clone()))
            .or_default()
            .push(c);
    }
    by_session
        .into_iter()
        .filter(|(_, cs)| {
            let reports = cs.iter().find(|c| c.source == "steinert");
            let press = cs.iter().find(|c| c.source == "press_release");
            matches!((reports, press), (Some(r), Some(p)) if decisions_disagree(&r.decision, &p.decision))
        })
        .map(|(k, _)| k)
        .collect()
}

/// The recorded votes at an application's considerations, each with its session, in order.
#[cfg(feature = "ssr")]
fn recorded_votes(considerations: &[ConsiderationDetail]) -> Vec<(SessionRef, RecordedVoteDetail)> {
    considerations
        .iter()
        .flat_map(|c| {
            c.recorded_votes
                .iter()
                .map(|v| (c.session.clone(), v.clone()))
        })
        .collect()
}

/// The recorded votes on one application: per vote, the states by how they voted.
#[cfg(feature = "ssr")]
#[component]
pub fn VotesTable(votes: Vec<(SessionRef, RecordedVoteDetail)>) -> impl IntoView {
    const KINDS: [&str; 4] = ["in_favour", "against", "abstaining", "absent"];
    view! {
        <div class="table-scroll">
        <table class="data-table votes">
            <caption>"Recorded votes, with each state's vote"</caption>
            <thead>
                <tr>
                    <th scope="col">"Session"</th>
                    <th scope="col">"On"</th>
                    {KINDS.map(|k| view! { <th scope="col">{vote_label(k)}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {votes.into_iter().map(|(session, vote)| view! {
                    <tr>
                        <th scope="row"><SessionLink session/></th>
                        <td>{vote.topic.clone()}{vote.outcome.clone().map(|o| format!(" — {o}"))}</td>
                        {KINDS.map(|k| {
                            let states: Vec<String> = vote.votes.iter().filter(|v| v.vote == k).map(|v| v.state.clone()).collect();
                            view! {
                                <td>
                                    {format!("{} ", states.len())}
                                    {states.into_iter().map(|name| view! { <StateLink name/>" " }).collect_view()}
                                </td>
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn Names(detail: OrganizationDetail) -> impl IntoView {
    let rule_label = |rule: &str| match rule {
        "new" => "first seen",
        "normalised" => "same name, other spelling",
        "name_change" => "name change (reports)",
        "merger" => "merger (reports)",
        "variant" => "same name but for an article, legal form or bracket",
        "fuzzy" => "near-identical spelling",
        "curator" => "linked by a curator",
        _ => "other",
    };
    view! {
        <section aria-labelledby="names-heading">
            <h2 id="names-heading">"Names"</h2>
            <div class="table-scroll">
            <table class="data-table" id="names">
                <caption>"Every spelling linked to this organization, and why"</caption>
                <thead><tr><th scope="col">"Name as printed"</th><th scope="col">"Linked as"</th></tr></thead>
                <tbody>
                    {detail.names.into_iter().map(|n| view! {
                        <tr>
                            <th scope="row">{n.name}</th>
                            <td>{rule_label(&n.link_rule)}{n.linked_to.map(|t| format!(" (to “{t}”)"))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            {(!detail.events.is_empty()).then(|| view! {
                <ul class="events">
                    {detail.events.into_iter().map(|e| {
                        let what = if e.kind == "merger" {
                            format!("Merger: “{}” and “{}” became “{}”", e.old_name, e.other_name.unwrap_or_default(), e.new_name)
                        } else {
                            format!("Name change: “{}” became “{}”", e.old_name, e.new_name)
                        };
                        view! {
                            <li>
                                {what}
                                {e.session.map(|s| view! { " (" <SessionLink session=s/> ")" })}
                                " — " <a href=e.source.url.clone() class="source-line">{e.locator.trim_start_matches("steinert:").to_string()}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::model::fixtures;

    fn consideration(year: i64, part: &str, decision: &str) -> ConsiderationDetail {
        fixtures::consideration(year, part, decision, "steinert")
    }

    fn detail(
        considerations: Vec<ConsiderationDetail>,
        deferrals: i64,
        outcome: Option<&str>,
    ) -> OrganizationDetail {
        let last = considerations.last().map(|c| c.session.clone());
        OrganizationDetail {
            id: 1,
            name: "Test Org".into(),
            names: vec![],
            events: vec![],
            applications: vec![ApplicationDetail {
                id: 1,
                kind: "status".into(),
                seq: 1,
                first_session: None,
                deferrals,
                outcome: outcome.map(String::from),
                outcome_session: outcome.and(last),
                pending: outcome.is_none(),
                considerations,
            }],
            areas: vec![],
            area_overrides: vec![],
            countries: vec![],
            waits: vec![],
            cite: Default::default(),
        }
    }

    #[test]
    fn a_wait_is_worded_against_its_area() {
        let mut w = crate::model::WaitStanding {
            application_id: 1,
            area: "women".into(),
            sessions: 12,
            pending: true,
            left_truncated: false,
            decided_within: crate::model::Estimate {
                estimate: 0.874,
                low: 0.85,
                high: 0.89,
            },
            small_n: false,
            applications: 1234,
        };
        assert_eq!(
            wait_sentence("Status 1", &w),
            "Status 1 has waited 12 sessions and is still pending; 87% (95% CI 85–89%) of \
             applications of NGOs working on women's rights had a decision within 12 sessions \
             (n = 1,234)."
        );
        (w.pending, w.left_truncated, w.sessions, w.area, w.small_n) =
            (false, true, 1, "other".into(), true);
        assert_eq!(
            wait_sentence("Status 2", &w),
            "Status 2 waited at least 1 session for its decision; 87% (95% CI 85–89%) of \
             applications of NGOs in none of the four focus areas had a decision within 1 \
             session (n = 1,234; unstable: fewer than 20 decisions)."
        );
    }

    #[test]
    fn summary_says_how_often_how_long_and_where_it_stands() {
        let pending = detail(
            vec![
                consideration(2012, "regular", "deferred"),
                consideration(2012, "resumed", "deferred"),
                consideration(2024, "resumed", "deferred"),
            ],
            3,
            None,
        );
        assert_eq!(
            passport_summary(&pending),
            "Test Org: considered at 3 sessions, deferred 3 times over 12 years (2012–2024); its status application is still pending after 3 sessions, last considered at the 2024 resumed session."
        );
        let granted = detail(
            vec![
                consideration(2019, "regular", "deferred"),
                consideration(2019, "resumed", "recommended_special"),
            ],
            1,
            Some("recommended_special"),
        );
        assert_eq!(
            passport_summary(&granted),
            "Test Org: considered at 2 sessions, deferred once in 2019; recommended (special status) at the 2019 resumed session."
        );
        assert_eq!(
            passport_summary(&detail(vec![], 0, None)),
            "Test Org has no recorded consideration."
        );
    }
}
