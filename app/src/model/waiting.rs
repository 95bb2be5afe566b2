//! Time to decision (measure 3 of the methodology): how many of the Committee's sessions an
//! application waits from its first consideration until a decision, per focus area, with the
//! still-pending applications right-censored and closure, rejection and withdrawal kept as
//! outcomes of their own (competing risks), never as censoring.

use serde::{Deserialize, Serialize};

use super::{check_by, check_span, parse_year, LAST_YEAR};

/// A time-to-decision request, as it appears in the URL and the API: the cohort of
/// applications first considered in `from..=to`, each followed to the end of the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WaitQuery {
    pub from: i32,
    pub to: i32,
}

impl Default for WaitQuery {
    fn default() -> Self {
        WaitQuery {
            from: 2010,
            to: LAST_YEAR,
        }
    }
}

impl WaitQuery {
    /// Read a query from URL parameters. Every problem names the parameter and what it allows.
    pub fn from_params<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, String> {
        let mut query = WaitQuery::default();
        for (key, value) in params {
            let value = value.trim();
            match key {
                "from" => query.from = parse_year("from", value)?,
                "to" => query.to = parse_year("to", value)?,
                "by" => check_by(value)?,
                other => {
                    return Err(format!(
                        "unknown parameter `{other}`; allowed: by, from, to"
                    ))
                }
            }
        }
        check_span(query.from, query.to)?;
        Ok(query)
    }

    /// Every field as a URL parameter, for checking a query that did not come from a URL.
    pub fn to_params(&self) -> Vec<(String, String)> {
        vec![
            ("from".to_string(), self.from.to_string()),
            ("to".to_string(), self.to.to_string()),
        ]
    }

    /// The query string that reproduces this view.
    pub fn to_query_string(&self) -> String {
        format!("from={}&to={}", self.from, self.to)
    }

    /// What the curves count, in words.
    pub fn definition(&self) -> String {
        format!(
            "Applications for consultative status first considered in the sessions of {}–{}, each \
             followed from its first consideration (session 1) to its decision or, while it is \
             still pending, to its last consideration. A session is one of the Committee's sessions, regular or resumed, whether or not \
             the application came up in it. The curve is the Kaplan–Meier estimate of the share \
             still waiting for a decision; an application still pending is censored at its last \
             consideration. Closure without prejudice, rejection and withdrawal are decisions of \
             their own, not censoring: the shares recommended, closed, rejected and withdrawn by \
             each session are Aalen–Johansen cumulative incidences and add up with the share \
             still waiting to 100%. An application whose first recorded consideration already \
             says \"previously deferred\" began waiting before the records and is left out.",
            self.from, self.to
        )
    }
}

/// The parameters [`WaitQuery::from_params`] accepts, for the API's OpenAPI document.
#[cfg(feature = "ssr")]
impl utoipa::IntoParams for WaitQuery {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use super::api::params::{by, query, year};
        let default = WaitQuery::default();
        let years = super::FIRST_YEAR..=LAST_YEAR;
        vec![
            by(),
            query(
                "from",
                "The cohort: applications first considered in a session of this year or later.",
                year(years.clone(), Some(default.from)),
            )
            .build(),
            query(
                "to",
                "The cohort: applications first considered in a session of this year or \
                 earlier; not before from. Each is followed to the end of the data.",
                year(years, Some(default.to)),
            )
            .build(),
        ]
    }
}

/// The sessions after which the answer reports the share still waiting.
pub const WAITING_AFTER: [u32; 2] = [4, 8];

/// An estimate with its 95% interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Estimate {
    pub estimate: f64,
    pub low: f64,
    pub high: f64,
}

/// A median in sessions. `estimate: None` is "not reached": the curve never falls to one
/// half within the data; a bound that is `None` is likewise not reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Median {
    pub estimate: Option<u32>,
    pub low: Option<u32>,
    pub high: Option<u32>,
}

/// The life table at `sessions`: what happened at that session to the applications still
/// waiting, and the estimates just after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WaitStep {
    /// Sessions since the first consideration, counting it as 1.
    pub sessions: u32,
    /// Applications still waiting when this session began.
    pub at_risk: i64,
    pub recommended: i64,
    pub closed: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    /// Still pending, last considered at this session: followed no further.
    pub censored: i64,
    /// Kaplan–Meier probability of still waiting for a decision after this session, with its
    /// 95% pointwise interval (log-log transform, Greenwood's variance).
    pub waiting: Estimate,
    /// Aalen–Johansen cumulative incidence of each outcome by this session. With `waiting`
    /// they add up to one.
    pub recommended_share: f64,
    pub closed_share: f64,
    pub rejected_share: f64,
    pub withdrawn_share: f64,
}

/// The share still waiting after a fixed number of sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WaitingAt {
    pub sessions: u32,
    /// `None` when no application of the group was followed that long.
    pub waiting: Option<Estimate>,
    pub at_risk: i64,
}

/// A log-rank test of one focus area against applications in none of the areas, on the rate
/// of recommendation (the cause-specific hazard: other outcomes and pending applications
/// leave the risk set without counting as recommendations).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LogRank {
    /// Recommendations observed in the area, and expected if its rate equalled the others'.
    pub observed: i64,
    pub expected: f64,
    /// Chi-square with one degree of freedom.
    pub chi_square: f64,
    pub p_value: f64,
}

/// One curve: a focus area, "other" (none of the four) or "all".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WaitGroup {
    pub area: String,
    pub label: String,
    /// Applications in the cohort.
    pub applications: i64,
    pub recommended: i64,
    pub closed: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    /// Still pending at their last consideration (right-censored).
    pub pending: i64,
    /// Fewer than [`super::SMALL_N`] decisions: the curve is unstable.
    pub small_n: bool,
    /// Sessions to a decision of any kind, where the waiting curve crosses one half
    /// (interval: Brookmeyer and Crowley, from the curve's pointwise interval).
    pub median_to_decision: Median,
    /// Sessions until half the applications were recommended (the recommendation curve's
    /// crossing of one half; its interval is not computed).
    pub median_to_recommendation: Option<u32>,
    /// The share still waiting after [`WAITING_AFTER`] sessions.
    pub waiting_after: Vec<WaitingAt>,
    /// Against "other"; `None` for "other" and "all", or with no recommendation in either.
    pub log_rank: Option<LogRank>,
    /// One step per session from 1 to the longest follow-up.
    pub steps: Vec<WaitStep>,
}

impl WaitGroup {
    /// The share still waiting after `sessions` (one of [`WAITING_AFTER`]), where some
    /// application of the group was followed that long.
    pub fn waiting_at(&self, sessions: u32) -> Option<Estimate> {
        self.waiting_after
            .iter()
            .find(|w| w.sessions == sessions)
            .and_then(|w| w.waiting)
    }
}

/// The answer for a [`WaitQuery`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TimeToDecision {
    pub query: WaitQuery,
    /// In display order: the four areas, "other", "all".
    pub groups: Vec<WaitGroup>,
    /// Applications whose first recorded consideration already says "previously deferred":
    /// their wait began before the records, so they are left out rather than undercounted.
    pub left_truncated: i64,
    /// Applications with a decision at a consideration that was not their last (the records
    /// continue after it): counted by their last consideration, as the NGO pages show them.
    pub decided_then_considered: i64,
    /// The last session in the data (pending applications are followed to their own last
    /// consideration, which may be earlier).
    pub last_session: Option<super::SessionRef>,
    pub definition: String,
    pub summary: String,
    pub data_version: Option<String>,
    pub citation: String,
    pub rule_set_version: Option<String>,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    #[serde(default)]
    pub cite: super::Cite,
}

/// Where one application stands against its area's curve, for the NGO page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WaitStanding {
    pub application_id: i64,
    pub area: String,
    /// Sessions from its first consideration to its decision, or to its last consideration
    /// while it is pending.
    pub sessions: u32,
    pub pending: bool,
    /// Its first recorded consideration already says "previously deferred": it has waited
    /// at least `sessions`.
    pub left_truncated: bool,
    /// The share of the area's applications (all cohorts) decided within `sessions`
    /// (one minus the area's waiting curve there), with its 95% interval.
    pub decided_within: Estimate,
    /// The area's curve rests on fewer than [`super::SMALL_N`] decisions.
    pub small_n: bool,
    /// Applications behind the area's curve.
    pub applications: i64,
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::FIRST_YEAR;

    const YEARS: &[&str] = &["1997", "1998", "2010", "2024", "2025", " 2015 "];
    const WAIT: crate::model::tests::Spec = &[
        ("from", YEARS),
        ("to", YEARS),
        ("by", &["focus_area", "focus_areas", ""]),
    ];

    fn from_pairs<'a>(
        params: impl IntoIterator<Item = &'a (String, String)>,
    ) -> Result<WaitQuery, String> {
        WaitQuery::from_params(params.into_iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    proptest! {
        #![proptest_config(crate::model::tests::config(1024))]

        /// A time-to-decision query from a URL is a span within the reports' years, or the
        /// error names a parameter the URL has; its query string reads back to it.
        #[test]
        fn wait_queries_are_in_range_or_name_a_parameter(
            params in crate::model::tests::params(WAIT),
        ) {
            match from_pairs(&params) {
                Ok(query) => {
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&query.from), "{:?}", query);
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&query.to), "{:?}", query);
                    prop_assert!(query.from <= query.to, "{:?}", query);
                    let known = |k: &String| WAIT.iter().any(|(key, _)| key == k);
                    prop_assert!(params.iter().all(|(k, _)| known(k)), "{:?}", params);
                    let text = query.to_query_string();
                    let pairs: Vec<(String, String)> = text
                        .split('&')
                        .map(|p| {
                            let (k, v) = p.split_once('=').expect("k=v");
                            (k.to_string(), v.to_string())
                        })
                        .collect();
                    prop_assert_eq!(from_pairs(&pairs), Ok(query));
                }
                Err(error) => crate::model::tests::names_a_parameter(&error, &params)?,
            }
        }

        #[test]
        fn every_span_round_trips(a in FIRST_YEAR..=LAST_YEAR, b in FIRST_YEAR..=LAST_YEAR) {
            let query = WaitQuery { from: a.min(b), to: a.max(b) };
            let text = query.to_query_string();
            let pairs: Vec<(&str, &str)> =
                text.split('&').filter_map(|p| p.split_once('=')).collect();
            prop_assert_eq!(WaitQuery::from_params(pairs), Ok(query));
        }
    }
}
