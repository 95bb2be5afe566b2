//! Who asks (measure 4 of the methodology): per member state, the questions it asked in the
//! Committee as the press releases record them, the considerations they ended in deferral,
//! how its questions fall by focus area against each area's share of the considerations in the
//! sessions it sat in, and its votes in recorded votes. A question before a deferral is an
//! attribution, not a cause.

use serde::{Deserialize, Serialize};

use super::{check_span, parse_year, Estimate, FOCUS_AREAS, LAST_YEAR};

/// A who-asks request, as it appears in the URL and the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WhoAsksQuery {
    /// First and last session year, inclusive.
    pub from: i32,
    pub to: i32,
    /// Only applications of this focus area (one of [`FOCUS_AREAS`]); `None` for all.
    pub area: Option<String>,
}

impl Default for WhoAsksQuery {
    fn default() -> Self {
        // The releases list every question from 2016 on (sources.md).
        WhoAsksQuery {
            from: 2016,
            to: LAST_YEAR,
            area: None,
        }
    }
}

impl WhoAsksQuery {
    /// Read a query from URL parameters. Every problem names the parameter and what it allows.
    pub fn from_params<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, String> {
        let mut query = WhoAsksQuery::default();
        for (key, value) in params {
            let value = value.trim();
            match key {
                "from" => query.from = parse_year("from", value)?,
                "to" => query.to = parse_year("to", value)?,
                "area" if value.is_empty() || value == "all" => query.area = None,
                "area" => {
                    let area = FOCUS_AREAS.iter().find(|a| **a == value).ok_or_else(|| {
                        format!(
                            "parameter `area` must be one of all, {}, not {value:?}",
                            FOCUS_AREAS.join(", ")
                        )
                    })?;
                    query.area = Some((*area).to_string());
                }
                other => {
                    return Err(format!(
                        "unknown parameter `{other}`; allowed: from, to, area"
                    ))
                }
            }
        }
        check_span(query.from, query.to)?;
        Ok(query)
    }

    /// Every field as a URL parameter, for checking a query that did not come from a URL.
    pub fn to_params(&self) -> Vec<(String, String)> {
        let mut params = vec![
            ("from".to_string(), self.from.to_string()),
            ("to".to_string(), self.to.to_string()),
        ];
        if let Some(area) = &self.area {
            params.push(("area".to_string(), area.clone()));
        }
        params
    }

    /// The query string that reproduces this view.
    pub fn to_query_string(&self) -> String {
        self.to_params()
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// What the figures count, in words.
    pub fn definition(&self) -> String {
        let only = match &self.area {
            Some(area) => format!(
                " Only applications of organizations classified as {} are counted.",
                super::area_phrase(area)
            ),
            None => String::new(),
        };
        format!(
            "Questions that a member state asked an applicant for consultative status, as the UN \
             press releases of the sessions of {from}–{to} record them: each question a release \
             records counts once, so a state asking the same applicant at two meetings of a \
             session counts twice. A state's sessions are those in which it sat on the Committee \
             and for which releases listing questions were read, and any other in which it asked \
             as an observer (counted, and said apart); a session it did not sit in is not counted \
             as zero. The reports end in June 2024, so the years stop there; later releases are \
             kept and shown on the session pages. A consideration questioned is one \
             application at one session at which the state asked at least one question; it ended \
             in deferral when the Committee deferred the application at that session (by the \
             reports, or by the release where the reports do not have it). That is an \
             attribution, not a cause: other states may have asked too, and an application can \
             be deferred for other reasons. Over-representation compares the share of the \
             considerations a state questioned that concern a focus area with that area's share \
             of all status considerations in the state's sessions (the reports' and any only a \
             release has, the same for every state); 1 means in proportion. Its \
             95% interval combines the two shares' Wilson intervals (MOVER-R, Zou and Donner \
             2008) as for independent shares; because the questioned considerations are among \
             all considerations, it is wider than an exact one would be. Recorded votes count each state's vote on \
             applications put to a vote, once per roll call.{only}",
            from = self.from,
            to = self.to,
        )
    }
}

/// The parameters [`WhoAsksQuery::from_params`] accepts, for the API's OpenAPI document.
#[cfg(feature = "ssr")]
impl utoipa::IntoParams for WhoAsksQuery {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use super::api::params::{one_of, query, year};
        let default = WhoAsksQuery::default();
        let years = super::FIRST_YEAR..=LAST_YEAR;
        let areas = std::iter::once("all").chain(FOCUS_AREAS);
        vec![
            query(
                "from",
                "The first session year counted (the press releases list every question from \
                 2016 on).",
                year(years.clone(), Some(default.from)),
            )
            .build(),
            query(
                "to",
                "The last session year counted; not before from.",
                year(years, Some(default.to)),
            )
            .build(),
            query(
                "area",
                "Only applications of organizations in this focus area (other: in none of the \
                 four); all for every application.",
                one_of(areas, Some("all")),
            )
            .build(),
        ]
    }
}

/// Votes a state cast in recorded votes on applications.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VoteTally {
    pub in_favour: i64,
    pub against: i64,
    pub abstaining: i64,
    pub absent: i64,
}

impl VoteTally {
    /// Count one vote as the `vote` table spells it; anything else is ignored.
    pub fn add(&mut self, vote: &str) {
        match vote {
            "in_favour" => self.in_favour += 1,
            "against" => self.against += 1,
            "abstaining" => self.abstaining += 1,
            "absent" => self.absent += 1,
            _ => {}
        }
    }

    pub fn total(&self) -> i64 {
        self.in_favour + self.against + self.abstaining + self.absent
    }

    /// "3 / 1 / 0": for, against, abstaining, as the tables' column heads say, in the
    /// page's digits.
    pub fn for_against_abstaining(&self, i18n: crate::i18n::I18n) -> String {
        format!(
            "{} / {} / {}",
            i18n.int(self.in_favour),
            i18n.int(self.against),
            i18n.int(self.abstaining)
        )
    }
}

/// A state's questions to one focus area's applications.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateArea {
    pub area: String,
    pub label: String,
    pub questions: i64,
    pub considerations_questioned: i64,
    pub deferral_linked: i64,
    /// Every consideration the state questioned in its sessions, of any area: the
    /// denominator of its share.
    pub questioned_all: i64,
    /// Status considerations of this area in the state's sessions, and of all areas.
    pub area_considerations: i64,
    pub all_considerations: i64,
    /// (questioned of the area / questioned) / (area considerations / all considerations);
    /// `None` when the state questioned nothing or the area has no considerations.
    pub over_representation: Option<Estimate>,
    /// Fewer than [`super::SMALL_N`] questioned considerations of the area: unstable.
    pub small_n: bool,
    pub votes: VoteTally,
}

/// One member state's figures for the query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateMeasure {
    pub state: String,
    pub iso3: Option<String>,
    /// Sessions in the range in which it sat on the Committee, by the membership file.
    pub member_sessions: i64,
    /// Of those, the sessions for which releases listing questions were read.
    pub covered_sessions: i64,
    /// Releases read for its sessions: those it sat in with questions recorded, and those it
    /// asked in as an observer.
    pub releases_read: i64,
    /// Sessions in which it asked although the membership file does not list it as a member
    /// (an observer may speak in the Committee); their questions are counted.
    pub sessions_as_observer: i64,
    pub questions: i64,
    pub applications_questioned: i64,
    pub considerations_questioned: i64,
    /// Considerations it questioned that ended in deferral at that session.
    pub deferral_linked: i64,
    pub votes: VoteTally,
    /// One entry per focus area, in [`FOCUS_AREAS`] order.
    pub areas: Vec<StateArea>,
}

impl StateMeasure {
    pub fn area(&self, area: &str) -> Option<&StateArea> {
        self.areas.iter().find(|a| a.area == area)
    }
}

/// What the releases cover in the query's range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuestionCoverage {
    /// Sessions in the range.
    pub sessions: i64,
    /// Sessions with at least one question recorded.
    pub sessions_with_questions: i64,
    pub releases_read: i64,
    /// Of those, releases whose records differ from the counts their headlines state: the
    /// questions they hold may be incomplete.
    #[serde(default)]
    pub releases_incomplete: i64,
    /// Years in the range the membership file does not cover: no state's sessions are known.
    pub years_without_membership: Vec<i32>,
}

/// The who-asks answer: one row per member state that sat on the Committee or asked in the
/// range, most considerations questioned first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WhoAsks {
    pub query: WhoAsksQuery,
    pub states: Vec<StateMeasure>,
    pub coverage: QuestionCoverage,
    pub definition: String,
    pub summary: String,
    /// Where the Committee's membership comes from.
    pub membership_source: String,
    pub data_version: Option<String>,
    pub citation: String,
    pub rule_set_version: Option<String>,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    #[serde(default)]
    pub cite: super::Cite,
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::FIRST_YEAR;

    const WHO: crate::model::tests::Spec = &[
        (
            "from",
            &["1997", "1998", "2016", "2024", "2025", " 2020 ", "x"],
        ),
        ("to", &["1998", "2016", "2024", "2031", ""]),
        (
            "area",
            &["women", "lgbti", "all", "", "Women", "gay", "other"],
        ),
    ];

    proptest! {
        #![proptest_config(crate::model::tests::config(1024))]

        /// A who-asks query from a URL is a span within the reports' years with a known area
        /// or none, or the error names a parameter the URL has; what it reads writes back to
        /// the same query.
        #[test]
        fn who_asks_queries_are_in_range_or_name_a_parameter(
            params in crate::model::tests::params(WHO),
        ) {
            let read = |pairs: &[(String, String)]| {
                WhoAsksQuery::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            };
            match read(&params) {
                Ok(query) => {
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&query.from), "{:?}", query);
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&query.to), "{:?}", query);
                    prop_assert!(query.from <= query.to, "{:?}", query);
                    prop_assert!(
                        query.area.as_deref().is_none_or(|a| FOCUS_AREAS.contains(&a)),
                        "{:?}", query
                    );
                    prop_assert_eq!(read(&query.to_params()), Ok(query));
                }
                Err(error) => crate::model::tests::names_a_parameter(&error, &params)?,
            }
        }
    }

    #[test]
    fn a_query_reads_back_from_its_own_query_string() {
        let query = WhoAsksQuery {
            from: 2018,
            to: 2020,
            area: Some("lgbti".into()),
        };
        let qs = query.to_query_string();
        let pairs: Vec<(&str, &str)> = qs
            .split('&')
            .map(|p| p.split_once('=').expect("k=v"))
            .collect();
        assert_eq!(WhoAsksQuery::from_params(pairs), Ok(query));
    }

    #[test]
    fn bad_parameters_name_themselves() {
        for (params, names) in [
            (vec![("area", "gay")], "`area`"),
            (vec![("from", "1990")], "`from`"),
            (vec![("from", "2020"), ("to", "2019")], "`from`"),
            (vec![("sort", "x")], "`sort`"),
        ] {
            let error = WhoAsksQuery::from_params(params).expect_err("refused");
            assert!(error.contains(names), "{error}");
        }
        assert_eq!(
            WhoAsksQuery::from_params([("area", "all")]),
            Ok(WhoAsksQuery::default())
        );
    }

    #[test]
    fn votes_add_up() {
        let mut tally = VoteTally::default();
        for v in [
            "in_favour",
            "against",
            "against",
            "abstaining",
            "absent",
            "x",
        ] {
            tally.add(v);
        }
        assert_eq!(
            (
                tally.in_favour,
                tally.against,
                tally.abstaining,
                tally.absent
            ),
            (1, 2, 1, 1)
        );
        assert_eq!(tally.total(), 5);
        assert_eq!(
            tally.for_against_abstaining(crate::i18n::i18n()),
            "1 / 2 / 1"
        );
    }
}
