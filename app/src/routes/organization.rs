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
    i18n::{i18n, year_arg, Arg},
    model::{
        decisions_disagree, ApplicationDetail, AreaDetail, ConsiderationDetail, OrganizationDetail,
        RecordRequest, RecordedVoteDetail, SessionRef,
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
        <RecordBody request back_href="/organizations" back_label="search-organizations"/>
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
    let i18n = i18n();
    let sessions: BTreeSet<(i64, String)> =
        detail.applications.iter().flat_map(sessions_of).collect();
    if sessions.is_empty() {
        return i18n.f("passport-none", &[("name", detail.name.as_str().into())]);
    }
    let deferred: BTreeSet<(i64, String)> = detail
        .applications
        .iter()
        .flat_map(|a| a.primary())
        .filter(|c| c.decision == "deferred")
        .map(|c| (c.session.year, c.session.part.clone()))
        .collect();
    let times = i18n.f("passport-times", &[("n", deferred.len().into())]);
    let over = match (deferred.first(), deferred.last()) {
        (Some(first), Some(last)) if first.0 == last.0 => {
            i18n.f("passport-over-one-year", &[("year", year_arg(first.0))])
        }
        (Some(first), Some(last)) => i18n.f(
            "passport-over-years",
            &[
                ("years", (last.0 - first.0).into()),
                ("first", year_arg(first.0)),
                ("last", year_arg(last.0)),
            ],
        ),
        _ => String::new(),
    };
    let mut text = i18n.f(
        "passport-summary",
        &[
            ("name", detail.name.as_str().into()),
            ("sessions", sessions.len().into()),
            ("times", times.into()),
            ("over", over.into()),
        ],
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
            (Some(outcome), Some(session), _) => text.push_str(&i18n.f(
                "passport-outcome",
                &[
                    ("decision", i18n.decision(outcome).to_lowercase().into()),
                    ("session", i18n.session(session.year, &session.part).into()),
                ],
            )),
            (_, _, Some(last)) if app.pending => text.push_str(&i18n.f(
                if app.kind == "status" {
                    "passport-pending-status"
                } else {
                    "passport-pending-latest"
                },
                &[
                    ("sessions", own.len().into()),
                    ("last", i18n.session(last.0, &last.1).into()),
                ],
            )),
            _ => {}
        }
    }
    text.push_str(&i18n.t("passport-end"));
    text
}

#[cfg(feature = "ssr")]
#[component]
pub fn Passport(detail: OrganizationDetail) -> impl IntoView {
    let i18n = i18n();
    let summary = passport_summary(&detail);
    let title = i18n.f("timeline-title", &[("name", detail.name.as_str().into())]);
    let description = describe(&detail.applications);
    let charts =
        timeline_svg(&detail.applications, Layout::Wide, &title, &description).map(|wide| {
            let narrow = timeline_svg(&detail.applications, Layout::Narrow, &title, &description)
                .unwrap_or_default();
            view! { <ChartFrame id="timeline" wide narrow summary=description.clone()/> }
        });
    let id = detail.id;
    view! {
        <nav class="crumbs" aria-label=i18n.t("breadcrumb")><a href=i18n.href("/organizations")>{i18n.t("passport-crumbs")}</a>" ›"</nav>
        <h1>{detail.name.clone()}</h1>
        <p class="lead" id="passport-summary">{summary}</p>
        <Areas areas=detail.areas.clone() overrides=detail.area_overrides.clone() declared=detail.declared.clone()/>
        <Countries countries=detail.countries.clone()/>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{i18n.t("history-heading")}</h2>
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
pub fn Areas(
    areas: Vec<AreaDetail>,
    overrides: Vec<crate::model::AreaOverride>,
    declared: Vec<crate::model::DeclaredArea>,
) -> impl IntoView {
    let i18n = i18n();
    view! {
        <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">{i18n.t("areas-heading")}</h2>
            <ul class="areas" id="areas">
                {areas.into_iter().map(|a| {
                    let reasons = a.reasons.iter().map(|r| {
                        let text = ("text", Arg::from(&r.text));
                        if r.rule == "curator" {
                            i18n.f("area-reason-curator", &[text])
                        } else if r.matched.is_empty() {
                            i18n.t("area-reason-none")
                        } else {
                            let matched = ("matched", r.matched.join(&i18n.t("sep-quoted")).into());
                            i18n.f("area-reason-rule", &[("rule", r.rule.as_str().into()), matched, text])
                        }
                    }).collect::<Vec<_>>().join(&i18n.t("sep-clause"));
                    let reasons = if reasons.is_empty() { i18n.t("area-reason-none") } else { reasons };
                    view! {
                        <li data-area=a.area.clone()>
                            <strong>{i18n.area(&a.area)}</strong>" — "{reasons}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!overrides.is_empty()).then(|| view! {
                <p>{i18n.t("curator-corrections")}</p>
                <ul class="overrides">
                    {overrides.into_iter().map(|o| {
                        let key = if o.action == "add" { "override-add" } else { "override-remove" };
                        let args = [
                            ("area", i18n.area(&o.area).into()),
                            ("reason", o.reason.into()),
                            ("curator", o.curator.into()),
                            ("at", i18n.date(&o.at).into()),
                        ];
                        view! { <li>{i18n.f(key, &args)}</li> }
                    }).collect_view()}
                </ul>
            })}
            <Declared declared/>
            <SeeAlso before="areas-note-before" path="/methodology#focus-rules" link="areas-note-link"/>
        </section>
    }
}

/// What the organization declares on its register profile, with a link to the profile.
#[cfg(feature = "ssr")]
#[component]
fn Declared(declared: Vec<crate::model::DeclaredArea>) -> impl IntoView {
    let i18n = i18n();
    let first = declared.first()?;
    let (source, listed) = (first.source.clone(), first.listed);
    let fields = declared
        .iter()
        .map(|d| format!("{} ({})", d.field, i18n.area(&d.area)))
        .collect::<Vec<_>>()
        .join(&i18n.t("sep-list"));
    let (before, after) = i18n.around("areas-declared", "profile", &[("fields", fields.into())]);
    Some(view! {
        <p class="declared" id="declared-areas">
            {before}<a href=source rel="external">{i18n.t("areas-declared-profile")}</a>{after}
            {(!listed).then(|| view! { " "<strong>{i18n.t("areas-declared-unlisted")}</strong> })}
        </p>
    })
}

/// A note that ends by pointing to another page: the message `before`, then a link to `path`
/// (in the page's language) named by the message `link`, then the end of the sentence.
#[cfg(feature = "ssr")]
#[component]
fn SeeAlso(before: &'static str, path: &'static str, link: &'static str) -> impl IntoView {
    let i18n = i18n();
    view! {
        <p class="muted">
            {i18n.t(before)}{i18n.t("word-space")}
            <a href=i18n.href(path)>{i18n.t(link)}</a>{i18n.t("sentence-end")}
        </p>
    }
}

/// How long each status application waited, against the curve of its focus areas.
#[cfg(feature = "ssr")]
#[component]
pub fn Waits(
    waits: Vec<crate::model::WaitStanding>,
    applications: Vec<ApplicationDetail>,
) -> impl IntoView {
    let i18n = i18n();
    (!waits.is_empty()).then(|| {
        view! {
            <section aria-labelledby="waits-heading">
                <h2 id="waits-heading">{i18n.t("waits-heading")}</h2>
                <ul id="waits">
                    {waits.iter().map(|w| {
                        let lane = applications
                            .iter()
                            .find(|a| a.id == w.application_id)
                            .map(lane_label)
                            .unwrap_or_else(|| i18n.t("an-application"));
                        view! { <li data-area=w.area.clone()>{wait_sentence(&lane, w)}</li> }
                    }).collect_view()}
                </ul>
                <SeeAlso before="waits-note-before" path="/time-to-decision" link="waits-note-link"/>
            </section>
        }
    })
}

/// "Status 1 has waited 12 sessions and is still pending; 87% (95% CI 85–89%) of
/// applications of NGOs working on women's rights had a decision within 12 sessions
/// (n = 1,234)." — a share read off the area's curve, so it includes those decided at that
/// very session.
pub fn wait_sentence(lane: &str, w: &crate::model::WaitStanding) -> String {
    let i18n = i18n();
    let count = |at_least: bool| {
        let at_least = if at_least { "yes" } else { "no" };
        i18n.f(
            "wait-sessions",
            &[("n", w.sessions.into()), ("at_least", at_least.into())],
        )
    };
    let share = crate::chart::waiting::format_estimate(&w.decided_within);
    let group = match w.area.as_str() {
        "other" => i18n.t("wait-group-other"),
        area => i18n.f(
            "wait-group-area",
            &[("area", i18n.area_phrase(area).into())],
        ),
    };
    let unstable = if w.small_n {
        i18n.f("wait-unstable", &[("n", crate::model::SMALL_N.into())])
    } else {
        String::new()
    };
    let own_args = [
        ("lane", lane.into()),
        ("sessions", count(w.left_truncated).into()),
    ];
    let own = if w.pending {
        i18n.f("wait-pending", &own_args)
    } else {
        i18n.f("wait-decided", &own_args)
    };
    i18n.f(
        "wait-sentence",
        &[
            ("own", own.into()),
            ("share", share.into()),
            ("group", group.into()),
            ("within", count(false).into()),
            ("n", w.applications.into()),
            ("unstable", unstable.into()),
        ],
    )
}

#[cfg(feature = "ssr")]
#[component]
pub fn Countries(countries: Vec<crate::model::CountryCount>) -> impl IntoView {
    let i18n = i18n();
    let text = match countries.as_slice() {
        [] => i18n.t("country-unknown"),
        [one] => i18n.f("country-one", &[("country", one.country.as_str().into())]),
        many => {
            let list = many
                .iter()
                .map(|c| {
                    i18n.f(
                        "country-entries",
                        &[
                            ("country", c.country.as_str().into()),
                            ("n", c.records.into()),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(&i18n.t("sep-list"));
            i18n.f("country-many", &[("list", list.into())])
        }
    };
    view! { <p id="country">{text}</p> }
}

#[cfg(feature = "ssr")]
#[component]
pub fn ApplicationTable(app: ApplicationDetail) -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let caption = match &app.outcome {
        Some(outcome) => i18n.f(
            "app-caption-final",
            &[
                ("lane", lane_label(&app).into()),
                ("decision", i18n.decision(outcome).to_lowercase().into()),
            ],
        ),
        None => i18n.f("app-caption-pending", &[("lane", lane_label(&app).into())]),
    };
    let disagreeing = disagreeing_sessions(&app.considerations);
    let votes = recorded_votes(&app.considerations);
    view! {
        <div class="table-scroll">
        <table class="data-table considerations" data-application=app.id>
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("col-session")}</th>
                    <th scope="col">{t("col-decision")}</th>
                    <th scope="col">{t("col-source")}</th>
                    <th scope="col">{t("col-questions")}</th>
                    <th scope="col">{t("col-source-line")}</th>
                </tr>
            </thead>
            <tbody>
                {app.considerations.into_iter().map(|c| {
                    let disagrees = disagreeing.contains(&(c.session.year, c.session.part.clone()));
                    let new = match c.is_new {
                        Some(true) => format!(" {}", t("consideration-is-new")),
                        Some(false) => format!(" {}", t("consideration-was-deferred")),
                        None => String::new(),
                    };
                    view! {
                        <tr class:disagrees=disagrees data-source=c.source.clone()>
                            <th scope="row"><SessionLink session=c.session.clone()/></th>
                            <td>
                                {i18n.decision(&c.decision)}{new}
                                {disagrees.then(|| view! { <br/><strong class="warning">{t("sources-disagree")}</strong> })}
                            </td>
                            <td>{i18n.source(&c.source)}</td>
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
    let i18n = i18n();
    view! {
        <div class="table-scroll">
        <table class="data-table votes">
            <caption>{i18n.t("votes-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("col-session")}</th>
                    <th scope="col">{i18n.t("votes-col-on")}</th>
                    {KINDS.map(|k| view! { <th scope="col">{i18n.vote(k)}</th> }).collect_view()}
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
                                    {format!("{} ", i18n.int(states.len() as i64))}
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
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let rule_label = move |rule: &str| i18n.t_or(&format!("link-{rule}"), "link-other");
    view! {
        <section aria-labelledby="names-heading">
            <h2 id="names-heading">{t("names-heading")}</h2>
            <div class="table-scroll">
            <table class="data-table" id="names">
                <caption>{t("names-caption")}</caption>
                <thead><tr><th scope="col">{t("names-col-name")}</th><th scope="col">{t("names-col-linked")}</th></tr></thead>
                <tbody>
                    {detail.names.into_iter().map(|n| view! {
                        <tr>
                            <th scope="row">{n.name}</th>
                            <td>{rule_label(&n.link_rule)}{n.linked_to.map(|name| format!(" {}", i18n.f("linked-to", &[("name", name.into())])))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            {(!detail.events.is_empty()).then(|| view! {
                <ul class="events">
                    {detail.events.into_iter().map(|e| {
                        let what = if e.kind == "merger" {
                            i18n.f("event-merger", &[("old", e.old_name.into()), ("other", e.other_name.unwrap_or_default().into()), ("new", e.new_name.into())])
                        } else {
                            i18n.f("event-name-change", &[("old", e.old_name.into()), ("new", e.new_name.into())])
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
            declared: vec![],
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
