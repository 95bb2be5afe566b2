//! The answers that `/api/v1` puts together from lists: the list, what its counts mean and,
//! for the long ones, the page. Typed so that the OpenAPI document describes them.
//!
//! Their keys are in alphabetical order at every level, rows included: the answers were
//! `serde_json` maps before they had types, and their bytes stay as they were. The fields
//! are declared in that order, and the rows pass through [`sorted_keys`].

use axum::response::{IntoResponse, Response};
use serde::{Serialize, Serializer};
use utoipa::ToSchema;

use app::model::{with_sources_listed_once, SessionRow, SourceRef, StateSummary};

use super::ApiError;

use crate::db::press::{Disagreement, PressRelease, PressSession};

/// Serialize `value` with the keys of every object in alphabetical order, as a `serde_json`
/// map writes them.
fn sorted_keys<T: Serialize, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serde_json::to_value(value)
        .map_err(serde::ser::Error::custom)?
        .serialize(serializer)
}

/// Where a list's page is: `page` of `pages`, `per_page` rows at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct Paging {
    pub page: u32,
    pub pages: usize,
    pub per_page: u32,
}

/// Every session the reports cover, with its counts. Sent as [`Listed`]: each document the
/// counts come from is listed once, in `sources`, and a session names its documents by their
/// place in that list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionsAnswer {
    /// How to cite the reports dataset.
    pub citation: String,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    pub cite: app::model::Cite,
    /// When an import or scrape last finished (RFC 3339, UTC).
    pub data_version: Option<String>,
    pub definitions: SessionDefinitions,
    #[serde(serialize_with = "sorted_keys")]
    pub sessions: Vec<SessionRow>,
}

/// An answer with each source document it names listed once: its sessions, evidence lines,
/// events and votes name a source by its place in `sources` (an answer of 673 evidence lines
/// names seven documents). The `sources` key sorts after every key of the answers sent so.
#[derive(Debug, Serialize, ToSchema)]
pub struct Listed<T> {
    #[serde(flatten)]
    pub answer: T,
    /// Every source document the answer names, once, in order of first use.
    pub sources: Vec<SourceRef>,
}

/// `answer` as [`Listed`] JSON. Serialized twice: once to list the sources, once with the
/// list; the places are given in the same order both times.
pub fn listed_once<T: Serialize>(answer: T) -> Result<Response, ApiError> {
    let encoding = |e: serde_json::Error| ApiError::Encoding(e.to_string());
    let (first, sources) = with_sources_listed_once(|| serde_json::to_vec(&answer));
    first.map_err(encoding)?;
    let (bytes, _) = with_sources_listed_once(|| serde_json::to_vec(&Listed { answer, sources }));
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        bytes.map_err(encoding)?,
    )
        .into_response())
}

/// What the session counts mean.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionDefinitions {
    pub closed: &'static str,
    pub considered: &'static str,
    pub deferred_new: &'static str,
    pub deferred_previously: &'static str,
}

pub const SESSION_DEFINITIONS: SessionDefinitions = SessionDefinitions {
    closed: "closed without prejudice after three reminders went unanswered",
    considered: "status applications listed in the session's report",
    deferred_new: "new applications deferred at their first consideration",
    deferred_previously: "applications deferred again after an earlier deferral",
};

/// Where the press releases and the reports disagree, a page of them.
#[derive(Debug, Serialize, ToSchema)]
pub struct DisagreementsAnswer {
    /// All disagreements, on every page.
    pub count: usize,
    pub definitions: DisagreementDefinitions,
    #[serde(serialize_with = "sorted_keys")]
    pub disagreements: Vec<Disagreement>,
    pub paging: Paging,
}

/// What the kinds of disagreement mean.
#[derive(Debug, Serialize, ToSchema)]
pub struct DisagreementDefinitions {
    pub decision: &'static str,
    pub session: &'static str,
}

pub const DISAGREEMENT_DEFINITIONS: DisagreementDefinitions = DisagreementDefinitions {
    decision: "both sources list the application at this session with different decisions",
    session: "a press release lists the application at a session where the reports do not",
};

/// What the press releases hold per session.
#[derive(Debug, Serialize, ToSchema)]
pub struct PressSessionsAnswer {
    pub definitions: PressSessionDefinitions,
    #[serde(serialize_with = "sorted_keys")]
    pub sessions: Vec<PressSession>,
}

/// What the press counts mean.
#[derive(Debug, Serialize, ToSchema)]
pub struct PressSessionDefinitions {
    pub questions: &'static str,
    pub records: &'static str,
    pub releases_differing_from_headline: &'static str,
}

pub const PRESS_SESSION_DEFINITIONS: PressSessionDefinitions = PressSessionDefinitions {
    questions: "questions by asking state joined to the session's applications",
    records: "NGO entries of status applications read from the session's releases, by decision; one NGO can appear at several meetings",
    releases_differing_from_headline: "releases whose title or lead states other counts than the records read from them",
};

/// The stored press releases, a page of them.
#[derive(Debug, Serialize, ToSchema)]
pub struct PressReleasesAnswer {
    /// All releases asked for, on every page.
    pub count: usize,
    pub paging: Paging,
    #[serde(serialize_with = "sorted_keys")]
    pub releases: Vec<PressRelease>,
}

/// Every member state that asked a question or voted.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatesAnswer {
    pub count: usize,
    pub definitions: StateDefinitions,
    #[serde(serialize_with = "sorted_keys")]
    pub states: Vec<StateSummary>,
}

/// What a state's counts mean.
#[derive(Debug, Serialize, ToSchema)]
pub struct StateDefinitions {
    pub applications_questioned: &'static str,
    pub questions: &'static str,
    pub votes: &'static str,
}

pub const STATE_DEFINITIONS: StateDefinitions = StateDefinitions {
    applications_questioned: "distinct applications it asked at least one question",
    questions: "one member state asking one application something at one consideration (from the press releases)",
    votes: "its votes in recorded votes",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer's bytes are those of the same answer as a `serde_json` map (what `json!`
    /// built before the answers had types).
    fn as_before<T: Serialize>(answer: &T) {
        let typed = serde_json::to_string(answer).expect("serializable");
        let map = serde_json::to_string(&serde_json::to_value(answer).expect("a value"))
            .expect("serializable");
        assert_eq!(typed, map);
    }

    fn session() -> SessionRow {
        SessionRow {
            year: 2019,
            part: "resumed".into(),
            date: Some("2019-06-01".into()),
            considered: 3,
            recommended: 1,
            deferred: 2,
            deferred_new: 0,
            deferred_previously: 2,
            closed: 0,
            rejected: 0,
            withdrawn: 0,
            sources: vec![],
            flags: vec![],
        }
    }

    fn source(source: &str, url: &str) -> SourceRef {
        SourceRef {
            source: source.into(),
            url: url.into(),
            file_name: None,
        }
    }

    #[test]
    fn each_source_is_listed_once_and_named_by_its_place() {
        let (a, b, c) = (
            source("steinert", "https://example.org/a.xlsx"),
            source("steinert", "https://example.org/b.xlsx"),
            source("press_release", "https://example.org/c.htm"),
        );
        let row = |sources: Vec<SourceRef>| SessionRow {
            sources,
            ..session()
        };
        let rows = vec![
            row(vec![a.clone(), b.clone()]),
            row(vec![b.clone(), c.clone()]),
            row(vec![]),
            row(vec![a.clone()]),
        ];
        let (lean, sources) = with_sources_listed_once(|| serde_json::to_value(&rows).unwrap());
        assert_eq!(sources, vec![a, b, c]);
        let places: Vec<&serde_json::Value> = lean
            .as_array()
            .unwrap()
            .iter()
            .map(|r| &r["sources"])
            .collect();
        assert_eq!(
            places,
            [
                &serde_json::json!([0, 1]),
                &serde_json::json!([1, 2]),
                &serde_json::json!([]),
                &serde_json::json!([0])
            ]
        );
        let back: Vec<Vec<SourceRef>> = lean
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| sources[i.as_u64().unwrap() as usize].clone())
                    .collect()
            })
            .collect();
        let whole: Vec<Vec<SourceRef>> = rows.iter().map(|r| r.sources.clone()).collect();
        assert_eq!(back, whole, "nothing lost");
        // Outside the listing, a source is written whole.
        assert_eq!(
            serde_json::to_value(&rows[3]).unwrap()["sources"][0]["url"],
            "https://example.org/a.xlsx"
        );
    }

    #[test]
    fn answers_keep_the_bytes_of_maps() {
        as_before(&SessionsAnswer {
            citation: "cite".into(),
            cite: app::model::CiteBasis {
                site_url: "https://example.org".into(),
                data_version: Some("2026-01-01T00:00:00Z".into()),
                rule_set_version: Some("1".into()),
            }
            .sessions(),
            data_version: None,
            definitions: SESSION_DEFINITIONS,
            sessions: vec![session(), session()],
        });
        let paging = Paging {
            page: 2,
            pages: 3,
            per_page: 1,
        };
        as_before(&DisagreementsAnswer {
            count: 3,
            definitions: DISAGREEMENT_DEFINITIONS,
            disagreements: vec![Disagreement {
                organization_id: 1,
                organization: "Test".into(),
                application_id: 2,
                year: 2019,
                part: "resumed".into(),
                kind: "decision",
                reports_decision: Some("recommended".into()),
                press_decision: "deferred".into(),
                press_url: "test://press".into(),
            }],
            paging,
        });
        as_before(&PressSessionsAnswer {
            definitions: PRESS_SESSION_DEFINITIONS,
            sessions: vec![PressSession::default()],
        });
        as_before(&PressReleasesAnswer {
            count: 0,
            paging,
            releases: vec![],
        });
    }

    /// The test above can fail: a struct whose fields are not in alphabetical order, or whose
    /// rows keep their declared order, is not the bytes of a map.
    #[test]
    #[should_panic]
    fn declared_order_is_not_the_order_of_a_map() {
        #[derive(Serialize)]
        struct Rows {
            rows: Vec<SessionRow>,
        }
        as_before(&Rows {
            rows: vec![session()],
        });
    }
}
