//! Types that cross the wire between the server and the front end (and the `/api/v1` JSON).

use serde::{Deserialize, Serialize};

pub mod api;
pub mod cite;
pub mod records;
pub mod vocabulary;
pub mod waiting;
pub mod who_asks;
pub use api::{ApiParam, ApiReference, ApiRoute, ApiTopic};
pub use cite::*;
pub use records::*;
pub use vocabulary::*;
pub use waiting::*;
pub use who_asks::*;

/// What the database holds, for the home page: honest counts, per source, with dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Overview {
    /// Stored source documents, one row per source.
    pub sources: Vec<SourceSummary>,
    /// Rows per table of the domain (organizations, considerations, ...).
    pub tables: Vec<TableCount>,
    /// When an import or scrape last finished successfully (RFC 3339, UTC).
    pub last_update: Option<String>,
    /// A background load the server started because the database was empty.
    #[serde(default)]
    pub load: Option<LoadState>,
    /// The last press scrape any process ran (`serve` on its schedule, or `scrape`).
    #[serde(default)]
    pub last_scrape: Option<JobRun>,
}

/// One run of a job as the run log (`import_run`) records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct JobRun {
    /// RFC 3339, UTC.
    pub started_at: String,
    pub finished_at: Option<String>,
    /// `succeeded` or `failed`.
    pub status: String,
    /// What it did, or its error, in one line.
    pub outcome: String,
}

/// The state of the background load of the reports dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LoadState {
    Loading {
        from: String,
        stage: String,
        started_at: String,
    },
    Failed {
        from: String,
        error: String,
        at: String,
    },
    Done {
        from: String,
        at: String,
    },
}

impl Overview {
    /// True when nothing has been loaded yet: the page then says which command loads data.
    pub fn is_empty(&self) -> bool {
        self.sources.iter().all(|s| s.documents == 0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SourceSummary {
    /// Machine name: `steinert`, `press_release`, `esango`.
    pub source: String,
    /// Human name with its licence or status.
    pub label: String,
    pub documents: i64,
    pub bytes: i64,
    /// Newest `fetched_at` of its documents (RFC 3339, UTC).
    pub last_fetched: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TableCount {
    /// Table name as in the schema.
    pub table: String,
    /// What one row is, for the page.
    pub label: String,
    pub rows: i64,
}

/// The human label of a source's machine name.
pub fn source_label(source: &str) -> &'static str {
    match source {
        "steinert" => "Committee reports 1998–2024 (Steinert's ECOSOC_Status, MIT)",
        "press_release" => "UN meetings-coverage press releases",
        "esango" => "iCSO / esango profiles",
        _ => "Test data",
    }
}

/// A document a figure came from: a file of the reports dataset or a press release.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SourceRef {
    pub source: String,
    pub url: String,
    pub file_name: Option<String>,
}

/// Serialize a source whole, or, while [`with_sources_listed_once`] runs (the API's sessions
/// list and record answers), as its place in the answer's one list of sources: an answer of 673 evidence lines
/// names seven documents.
pub fn source_or_place<S: serde::Serializer>(
    source: &SourceRef,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[cfg(feature = "ssr")]
    if let Some(place) = listing::place(source) {
        return serializer.serialize_u64(place as u64);
    }
    source.serialize(serializer)
}

/// [`source_or_place`] for each of a list of sources.
pub fn sources_or_places<S: serde::Serializer>(
    sources: &[SourceRef],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct One<'a>(&'a SourceRef);
    impl Serialize for One<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            source_or_place(self.0, serializer)
        }
    }
    serializer.collect_seq(sources.iter().map(One))
}

#[cfg(feature = "ssr")]
pub use listing::with_sources_listed_once;

#[cfg(feature = "ssr")]
mod listing {
    use std::{cell::RefCell, collections::HashMap};

    use super::SourceRef;

    #[derive(Default)]
    struct List {
        sources: Vec<SourceRef>,
        places: HashMap<SourceRef, usize>,
    }

    thread_local! {
        static LIST: RefCell<Option<List>> = const { RefCell::new(None) };
    }

    /// The source's place in the list being made, when one is.
    pub(super) fn place(source: &SourceRef) -> Option<usize> {
        LIST.with(|list| {
            let mut list = list.borrow_mut();
            let list = list.as_mut()?;
            Some(*list.places.entry(source.clone()).or_insert_with(|| {
                list.sources.push(source.clone());
                list.sources.len() - 1
            }))
        })
    }

    /// Restores the list that was there before, also when serializing panics.
    struct Restore(Option<List>);

    impl Drop for Restore {
        fn drop(&mut self) {
            LIST.with(|list| list.replace(self.0.take()));
        }
    }

    /// Run `serialize` (synchronous: the list is this thread's) with every source written
    /// through [`super::source_or_place`] listed once; its result and the list, in order of
    /// first use.
    pub fn with_sources_listed_once<T>(serialize: impl FnOnce() -> T) -> (T, Vec<SourceRef>) {
        let restore = Restore(LIST.with(|list| list.replace(Some(List::default()))));
        let out = serialize();
        let list = LIST.with(|list| list.take()).unwrap_or_default();
        drop(restore);
        (out, list.sources)
    }
}

/// Where a source disagrees with itself in a session: shown with its numbers, never fixed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionFlag {
    pub kind: String,
    pub count: i64,
    pub detail: String,
}

/// One session of the Committee with its decision counts (status applications, as the
/// reports dataset codes them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionRow {
    pub year: i64,
    /// `regular` or `resumed`.
    pub part: String,
    /// The report's adoption date (ISO).
    pub date: Option<String>,
    pub considered: i64,
    pub recommended: i64,
    pub deferred: i64,
    pub deferred_new: i64,
    pub deferred_previously: i64,
    /// Closed without prejudice (no answer to three reminders).
    pub closed: i64,
    /// Rejected (declined), usually by recorded vote.
    pub rejected: i64,
    pub withdrawn: i64,
    /// In the API: the places of the sources in the answer's `sources`.
    #[serde(serialize_with = "sources_or_places")]
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<u64>))]
    pub sources: Vec<SourceRef>,
    pub flags: Vec<SessionFlag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionRef {
    pub year: i64,
    pub part: String,
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OrganizationName {
    pub name: String,
    /// How this spelling was linked: new, normalised, name_change, merger, fuzzy, curator.
    pub link_rule: String,
    pub link_score: Option<f64>,
    pub linked_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OrganizationEvent {
    pub kind: String,
    pub session: Option<SessionRef>,
    pub old_name: String,
    pub new_name: String,
    pub other_name: Option<String>,
    /// In the API: the place of the source in the answer's `sources`.
    #[serde(serialize_with = "source_or_place")]
    #[cfg_attr(feature = "ssr", schema(value_type = u64))]
    pub source: SourceRef,
    pub locator: String,
}

/// A source row behind a consideration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Evidence {
    pub locator: String,
    pub name_as_printed: String,
    /// In the API: the place of the source in the answer's `sources`.
    #[serde(serialize_with = "source_or_place")]
    #[cfg_attr(feature = "ssr", schema(value_type = u64))]
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ConsiderationDetail {
    pub session: SessionRef,
    pub decision: String,
    /// true: a new application; false: previously deferred; null: the source does not say.
    pub is_new: Option<bool>,
    pub source: String,
    pub evidence: Vec<Evidence>,
    /// The member states that asked, with what (press releases only), in order.
    #[serde(default)]
    pub questions: Vec<QuestionDetail>,
    /// The NGO's country as the press release prints it.
    #[serde(default)]
    pub country: Option<String>,
    /// Recorded votes on this application at this session, with every state's vote.
    #[serde(default)]
    pub recorded_votes: Vec<RecordedVoteDetail>,
}

/// A recorded vote: what was voted on, the outcome, and how each state voted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RecordedVoteDetail {
    pub topic: String,
    pub outcome: Option<String>,
    /// By vote (in favour, against, abstaining, absent), then by state.
    pub votes: Vec<VoteDetail>,
}

/// One state's vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VoteDetail {
    pub state: String,
    /// `in_favour`, `against`, `abstaining` or `absent`.
    pub vote: String,
}

/// The human label of a vote.
pub fn vote_label(vote: &str) -> &'static str {
    match vote {
        "in_favour" => "In favour",
        "against" => "Against",
        "abstaining" => "Abstained",
        _ => "Absent",
    }
}

/// One state's question at one consideration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuestionDetail {
    pub state: String,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ApplicationDetail {
    pub id: i64,
    /// `status`, `reclassification` or `status_withdrawal`.
    pub kind: String,
    pub seq: i64,
    pub first_session: Option<SessionRef>,
    pub deferrals: i64,
    /// The final decision, or null while pending.
    pub outcome: Option<String>,
    pub outcome_session: Option<SessionRef>,
    /// Still pending: censored at its last consideration.
    pub pending: bool,
    pub considerations: Vec<ConsiderationDetail>,
}

impl ApplicationDetail {
    /// The considerations that count, one per session: the reports' where they have the
    /// session, a press release's otherwise (the rule of every count; see the methodology).
    pub fn primary(&self) -> Vec<&ConsiderationDetail> {
        let reported: Vec<&SessionRef> = self
            .considerations
            .iter()
            .filter(|c| c.source == "steinert")
            .map(|c| &c.session)
            .collect();
        self.considerations
            .iter()
            .filter(|c| c.source == "steinert" || !reported.contains(&&c.session))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OrganizationDetail {
    pub id: i64,
    pub name: String,
    pub names: Vec<OrganizationName>,
    pub events: Vec<OrganizationEvent>,
    pub applications: Vec<ApplicationDetail>,
    /// Its effective focus areas, each with the rule or curator that put it there.
    #[serde(default)]
    pub areas: Vec<AreaDetail>,
    /// Every curator correction of its areas, oldest first.
    #[serde(default)]
    pub area_overrides: Vec<AreaOverride>,
    /// The fields its iCSO / esango profile declares that name a focus area (none until
    /// `ecosoc-watch esango` has fetched it): shown, never counted.
    #[serde(default)]
    pub declared: Vec<DeclaredArea>,
    /// The countries the press releases print for it, commonest first (more than one is a
    /// disagreement between releases, shown as such).
    #[serde(default)]
    pub countries: Vec<CountryCount>,
    /// Where each status application stands against its focus areas' waiting curves.
    #[serde(default)]
    pub waits: Vec<WaitStanding>,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    #[serde(default)]
    pub cite: Cite,
}

/// Which measure a rates request asks for (see the methodology).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Deferred ÷ considered, pooled over the sessions in range.
    #[default]
    SessionDeferral,
    /// Applications deferred at least once ÷ applications first considered in the range.
    EverDeferred,
    /// Applications deferred at least `n` times ÷ applications first considered in the range.
    DeferredAtLeast,
}

impl Measure {
    pub const ALL: [Measure; 3] = [
        Measure::SessionDeferral,
        Measure::EverDeferred,
        Measure::DeferredAtLeast,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::SessionDeferral => "session_deferral",
            Measure::EverDeferred => "ever_deferred",
            Measure::DeferredAtLeast => "deferred_at_least",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Measure::ALL.into_iter().find(|m| m.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        match self {
            Measure::SessionDeferral => "Session deferral rate",
            Measure::EverDeferred => "Share of applications ever deferred",
            Measure::DeferredAtLeast => "Share of applications deferred at least N times",
        }
    }
}

/// Which considerations a session deferral rate counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsiderationFilter {
    #[default]
    All,
    New,
    PreviouslyDeferred,
}

impl ConsiderationFilter {
    pub const ALL: [ConsiderationFilter; 3] = [
        ConsiderationFilter::All,
        ConsiderationFilter::New,
        ConsiderationFilter::PreviouslyDeferred,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsiderationFilter::All => "all",
            ConsiderationFilter::New => "new",
            ConsiderationFilter::PreviouslyDeferred => "previously_deferred",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        ConsiderationFilter::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        match self {
            ConsiderationFilter::All => "all considerations",
            ConsiderationFilter::New => "new applications only",
            ConsiderationFilter::PreviouslyDeferred => "previously deferred only",
        }
    }
}

/// A rates request, as it appears in the URL and the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RatesQuery {
    pub measure: Measure,
    /// For `deferred_at_least`: the number of deferrals.
    pub n: u32,
    /// First and last session year, inclusive.
    pub from: i32,
    pub to: i32,
    pub consideration: ConsiderationFilter,
    /// Only organizations whose press releases agree on a country in this UN M49 region (one
    /// of [`REGIONS`]' slugs).
    #[serde(default)]
    pub region: Option<String>,
    /// Only organizations whose press releases agree on this country (ISO 3166-1 alpha-3,
    /// upper case).
    #[serde(default)]
    pub country: Option<String>,
}

/// The UN M49 regions an answer can be restricted to: the parameter's slug and the name.
pub const REGIONS: [(&str, &str); 5] = [
    ("africa", "Africa"),
    ("americas", "Americas"),
    ("asia", "Asia"),
    ("europe", "Europe"),
    ("oceania", "Oceania"),
];

/// The name of a region slug ("Africa"), if it is one.
pub fn region_name(slug: &str) -> Option<&'static str> {
    REGIONS
        .iter()
        .find(|(s, _)| *s == slug)
        .map(|(_, name)| *name)
}

/// The `n` of `deferred_at_least` a rates request may ask for.
pub const DEFERRALS_N: std::ops::RangeInclusive<u32> = 1..=20;

/// The years the reports dataset covers.
pub const FIRST_YEAR: i32 = 1998;
pub const LAST_YEAR: i32 = 2024;
/// The last session year a record query accepts: the press releases continue after the
/// reports end.
pub const LAST_SESSION_YEAR: i32 = 2030;
/// Below this many events a rate is marked unstable.
pub const SMALL_N: i64 = 20;

impl Default for RatesQuery {
    fn default() -> Self {
        RatesQuery {
            measure: Measure::SessionDeferral,
            n: 2,
            from: 2010,
            to: LAST_YEAR,
            consideration: ConsiderationFilter::All,
            region: None,
            country: None,
        }
    }
}

/// A session year of the reports dataset, from parameter `name`.
pub(crate) fn parse_year(name: &str, value: &str) -> Result<i32, String> {
    value
        .parse::<i32>()
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
        .ok_or_else(|| {
            format!(
                "parameter `{name}` must be a year from {FIRST_YEAR} to {LAST_YEAR}, not {value:?}"
            )
        })
}

/// The one value of `by`: answers are grouped by focus area, the only grouping so far.
pub const BY_FOCUS_AREA: &str = "focus_area";

/// `by`: how answers are grouped; focus area is the only grouping so far.
pub(crate) fn check_by(value: &str) -> Result<(), String> {
    if value == BY_FOCUS_AREA {
        Ok(())
    } else {
        Err(format!(
            "parameter `by` must be focus_area (the only grouping so far), not {value:?}"
        ))
    }
}

/// A span of years must not end before it begins.
pub(crate) fn check_span(from: i32, to: i32) -> Result<(), String> {
    if from > to {
        return Err(format!(
            "parameter `from` ({from}) must not be after `to` ({to})"
        ));
    }
    Ok(())
}

/// A query that lives in a page's URL. `checked` holds one that did not come from a URL (a
/// hand-made server-function call) to the same checks as the URL's and the API's, by reading
/// back its own parameters.
pub trait UrlQuery: Sized {
    fn params(&self) -> Vec<(String, String)>;
    fn parse<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, String>;

    fn checked(&self) -> Result<Self, String> {
        let params = self.params();
        Self::parse(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// [`UrlQuery`] for types with `to_params` and `from_params` of their own.
macro_rules! url_query {
    ($($query:ty),+) => {$(
        impl UrlQuery for $query {
            fn params(&self) -> Vec<(String, String)> {
                self.to_params()
            }
            fn parse<'a>(
                params: impl IntoIterator<Item = (&'a str, &'a str)>,
            ) -> Result<Self, String> {
                Self::from_params(params)
            }
        }
    )+};
}

url_query!(RatesQuery, SearchQuery, WhoAsksQuery, WaitQuery);

impl RatesQuery {
    /// Read a query from URL parameters. Every problem names the parameter and what it allows.
    pub fn from_params<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, String> {
        let mut query = RatesQuery::default();
        for (key, value) in params {
            let value = value.trim();
            match key {
                "measure" => {
                    query.measure = Measure::parse(value).ok_or_else(|| {
                        format!(
                            "parameter `measure` must be one of session_deferral, ever_deferred, deferred_at_least, not {value:?}"
                        )
                    })?
                }
                "n" => {
                    query.n = value
                        .parse::<u32>()
                        .ok()
                        .filter(|n| DEFERRALS_N.contains(n))
                        .ok_or_else(|| {
                            format!("parameter `n` must be a whole number from 1 to 20, not {value:?}")
                        })?
                }
                "from" => query.from = parse_year("from", value)?,
                "to" => query.to = parse_year("to", value)?,
                "consideration" => {
                    query.consideration = ConsiderationFilter::parse(value).ok_or_else(|| {
                        format!(
                            "parameter `consideration` must be one of all, new, previously_deferred, not {value:?}"
                        )
                    })?
                }
                "by" => check_by(value)?,
                "region" if value.is_empty() || value == "all" => query.region = None,
                "region" => {
                    let slug = REGIONS.iter().find(|(s, _)| *s == value).ok_or_else(|| {
                        let slugs: Vec<&str> = REGIONS.iter().map(|(s, _)| *s).collect();
                        format!(
                            "parameter `region` must be one of all, {}, not {value:?}",
                            slugs.join(", ")
                        )
                    })?;
                    query.region = Some(slug.0.to_string());
                }
                "country" if value.is_empty() => query.country = None,
                "country" => {
                    if value.len() != 3 || !value.bytes().all(|b| b.is_ascii_alphabetic()) {
                        return Err(format!(
                            "parameter `country` must be a three-letter ISO 3166-1 code such as NGA, not {value:?}"
                        ));
                    }
                    query.country = Some(value.to_ascii_uppercase());
                }
                other => {
                    return Err(format!(
                        "unknown parameter `{other}`; allowed: measure, n, by, from, to, consideration, region, country"
                    ))
                }
            }
        }
        check_span(query.from, query.to)?;
        if query.region.is_some() && query.country.is_some() {
            return Err(
                "parameters `region` and `country` cannot be combined: choose one".to_string(),
            );
        }
        Ok(query)
    }

    /// Every field as a URL parameter, for checking a query that did not come from a URL.
    pub fn to_params(&self) -> Vec<(String, String)> {
        vec![
            ("measure".into(), self.measure.as_str().into()),
            ("n".into(), self.n.to_string()),
            ("from".into(), self.from.to_string()),
            ("to".into(), self.to.to_string()),
            ("consideration".into(), self.consideration.as_str().into()),
            ("region".into(), self.region.clone().unwrap_or_default()),
            ("country".into(), self.country.clone().unwrap_or_default()),
        ]
    }

    /// The query string that reproduces this view (defaults left out).
    pub fn to_query_string(&self) -> String {
        let default = RatesQuery::default();
        let mut parts = vec![format!("measure={}", self.measure.as_str())];
        if self.measure == Measure::DeferredAtLeast {
            parts.push(format!("n={}", self.n));
        }
        parts.push(format!("from={}", self.from));
        parts.push(format!("to={}", self.to));
        if self.measure == Measure::SessionDeferral && self.consideration != default.consideration {
            parts.push(format!("consideration={}", self.consideration.as_str()));
        }
        if let Some(region) = &self.region {
            parts.push(format!("region={region}"));
        }
        if let Some(country) = &self.country {
            parts.push(format!("country={country}"));
        }
        parts.join("&")
    }
}

/// The parameters [`RatesQuery::from_params`] accepts, for the API's OpenAPI document.
#[cfg(feature = "ssr")]
impl utoipa::IntoParams for RatesQuery {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use api::params::{by, matching, one_of, query, whole, year};
        let default = RatesQuery::default();
        let regions = std::iter::once("all").chain(REGIONS.iter().map(|(slug, _)| *slug));
        let years = FIRST_YEAR..=LAST_YEAR;
        vec![
            query(
                "measure",
                "What is counted. session_deferral: the considerations deferred, out of all \
                 considered in the sessions of the chosen years. ever_deferred: the applications \
                 first considered in those years that were deferred at least once. \
                 deferred_at_least: those deferred at least n times.",
                one_of(
                    Measure::ALL.map(Measure::as_str),
                    Some(default.measure.as_str()),
                ),
            )
            .build(),
            query(
                "n",
                "For deferred_at_least: how many deferrals.",
                whole(DEFERRALS_N, Some(default.n)),
            )
            .build(),
            by(),
            query(
                "from",
                "The first session year counted.",
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
                "consideration",
                "For session_deferral: all considerations, those of new applications only (new), \
                 or only those of applications deferred before (previously_deferred).",
                one_of(
                    ConsiderationFilter::ALL.map(ConsiderationFilter::as_str),
                    Some(default.consideration.as_str()),
                ),
            )
            .build(),
            query(
                "region",
                "Only organizations whose press releases agree on a country in this UN M49 \
                 region; all for no restriction. Cannot be combined with country.",
                one_of(regions, Some("all")),
            )
            .build(),
            query(
                "country",
                "Only organizations whose press releases agree on this country, as a \
                 three-letter ISO 3166-1 code such as NGA. Cannot be combined with region.",
                matching("^[A-Za-z]{3}$"),
            )
            .example(Some(serde_json::json!("NGA")))
            .build(),
        ]
    }
}

/// One bar of the chart and one row of its table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RateRow {
    /// `women`, `lgbti`, `minority`, `human_rights`, `other` or `all`.
    pub area: String,
    pub label: String,
    pub numerator: i64,
    pub denominator: i64,
    pub rate: Option<f64>,
    /// 95% Wilson score interval.
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// Fewer than [`SMALL_N`] events: shown as unstable.
    pub small_n: bool,
    /// Against all other applications in the same sessions (not for `all`).
    pub rate_ratio: Option<f64>,
    pub rate_ratio_low: Option<f64>,
    pub rate_ratio_high: Option<f64>,
    /// `label` in each language the request named (`labels=fr,ar`), by language code; absent
    /// when it named none.
    /// Server only: the front end never shows it, and a map would cost it its code.
    #[cfg(feature = "ssr")]
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub labels: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Rates {
    pub query: RatesQuery,
    pub rows: Vec<RateRow>,
    /// What the numerator and denominator count.
    pub definition: String,
    /// One sentence generated from the numbers.
    pub summary: String,
    pub data_version: Option<String>,
    pub citation: String,
    pub rule_set_version: Option<String>,
    /// How many of the answer's units (considerations, or applications for the cohort
    /// measures) have a country the releases agree on, before any restriction.
    #[serde(default)]
    pub countries: CountryCoverage,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    #[serde(default)]
    pub cite: Cite,
}

/// The home page's rates section for one query, as the browser gets it: the chart's numbers,
/// drawn there by the same code as on the server, and the rest of the section (table,
/// downloads, citation, method) rendered on the server, so that its views and the rest of
/// [`Rates`] add nothing to the WASM bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatesSection {
    pub query: RatesQuery,
    pub rows: Vec<RateRow>,
    /// The sentence under the chart.
    pub summary: String,
    /// Everything below the chart, as HTML: the numbers behind it and what the database
    /// holds; for an empty database (no rows), what is being loaded and how to load it.
    pub details: String,
}

/// Countries known for an answer's units.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CountryCoverage {
    /// Every unit in the years and filters, before the region or country restriction.
    pub units: i64,
    /// Units of organizations whose releases agree on one country.
    pub with_country: i64,
    /// Units of organizations whose releases print different countries, or one no table
    /// knows: left out of a restriction, never assigned.
    pub unsettled: i64,
    /// The restriction in words ("Africa (UN M49 region)", "Nigeria"), when there is one.
    pub restricted_to: Option<String>,
}

/// A focus area as it reads inside a sentence ("NGOs working on ..."), by machine name.
pub fn area_phrase(area: &str) -> &'static str {
    FocusArea::parse(area).unwrap_or(FocusArea::Other).phrase()
}

/// The human label of a focus area by machine name, and of "all" (the row of every
/// application).
pub fn area_label(area: &str) -> &'static str {
    match (area, FocusArea::parse(area)) {
        (_, Some(known)) => known.label(),
        ("all", None) => "All applications",
        _ => "Unknown",
    }
}

/// Whether the reports' decision and a press release's decision on one application at one
/// session disagree ("recommended" in the reports agrees with any "recommended_*").
pub fn decisions_disagree(reports: &str, press: &str) -> bool {
    !(reports == press || (reports == "recommended" && press.starts_with("recommended")))
}

/// The human label of a consideration's decision, by machine name.
pub fn decision_label(decision: &str) -> &'static str {
    Decision::parse(decision).map_or("Other", Decision::label)
}

/// The short label of a source's machine name, for table cells (an unknown source is the
/// tests').
pub fn source_short_label(source: &str) -> &'static str {
    Source::parse(source).unwrap_or(Source::Test).short_label()
}

/// Records for the unit tests of the pages and charts.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{ConsiderationDetail, SessionRef};

    /// A consideration at a session, from `source` (`steinert` or `press_release`).
    pub fn consideration(
        year: i64,
        part: &str,
        decision: &str,
        source: &str,
    ) -> ConsiderationDetail {
        ConsiderationDetail {
            session: SessionRef {
                year,
                part: part.into(),
                date: None,
            },
            decision: decision.into(),
            is_new: None,
            source: source.into(),
            evidence: vec![],
            questions: vec![],
            country: None,
            recorded_votes: vec![],
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A query made by hand, not read from a URL, is held to the URL's checks.
    #[test]
    fn a_query_not_from_a_url_is_checked_as_one() {
        let fine = WaitQuery {
            from: 2012,
            to: 2016,
        };
        assert_eq!(fine.checked(), Ok(fine.clone()));
        assert!(WaitQuery {
            from: 1900,
            to: 2016
        }
        .checked()
        .is_err());
        let rates = RatesQuery {
            country: Some("not a country".into()),
            ..RatesQuery::default()
        };
        assert!(rates.checked().is_err());
        assert_eq!(RatesQuery::default().checked(), Ok(RatesQuery::default()));
        let who = WhoAsksQuery {
            area: Some("astrology".into()),
            ..WhoAsksQuery::default()
        };
        assert!(who.checked().is_err());
    }

    /// `key=value&...` → pairs (the values here need no decoding).
    fn pairs(query_string: &str) -> Vec<(&str, &str)> {
        query_string
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect()
    }

    /// A refused query's error names one of the parameters it was given, as `key`.
    pub(crate) fn names_a_parameter(
        error: &str,
        params: &[(String, String)],
    ) -> Result<(), TestCaseError> {
        prop_assert!(
            params
                .iter()
                .any(|(k, _)| error.contains(&format!("`{k}`"))),
            "{:?} for {:?}",
            error,
            params
        );
        Ok(())
    }

    /// `default` cases, or `PROPTEST_CASES` for a long run. Parsing a query takes
    /// microseconds: a thousand cases reach the one bad value among many good ones.
    pub(crate) fn config(default: u32) -> ProptestConfig {
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default);
        ProptestConfig {
            cases,
            ..ProptestConfig::default()
        }
    }

    /// A query type's parameters, each with values at and just past the edges of what it
    /// allows (valid ones among them, so that about one query in three parses).
    pub(crate) type Spec = &'static [(&'static str, &'static [&'static str])];

    /// Any parameters: mostly the keys of `spec` with their edge values, sometimes a
    /// number, a year, arbitrary text or text around the longest allowed, and sometimes
    /// a key no query knows. Shared by the query types' tests.
    pub(crate) fn params(spec: Spec) -> impl Strategy<Value = Vec<(String, String)>> {
        let known = (0..spec.len(), any::<prop::sample::Index>()).prop_map(move |(k, v)| {
            let (key, values) = spec[k];
            (key.to_string(), v.get(values).to_string())
        });
        let value = prop_oneof![
            2 => prop::sample::select(&["0", "1", "-1", "+5", "4294967297", "", " ", "x"][..])
                .prop_map(String::from),
            2 => (1990i32..2035).prop_map(|y| y.to_string()),
            1 => ".{0,12}",
            // Around the longest text a parameter may carry.
            1 => "\\PC{195,205}",
        ];
        let key = prop_oneof![
            3 => (0..spec.len()).prop_map(move |k| spec[k].0.to_string()),
            1 => prop::sample::select(&["", "Page", "from ", "n\0", "q[]"][..])
                .prop_map(String::from),
            1 => ".{0,8}",
        ];
        let pair = prop_oneof![6 => known, 2 => (key, value)];
        prop::collection::vec(pair, 0..6)
    }

    const YEARS: &[&str] = &[
        "1997",
        "1998",
        "2010",
        "2024",
        "2025",
        " 2015 ",
        "\u{a0}2012\t",
        "2010.0",
    ];
    const RATES: Spec = &[
        (
            "measure",
            &[
                "session_deferral",
                "ever_deferred",
                "deferred_at_least",
                "Session_Deferral",
                "all",
            ],
        ),
        ("n", &["0", "1", "7", "20", "21", " 3 ", "+5", "2.0"]),
        ("region", &["africa", "all", "", "Africa", "mars"]),
        ("country", &["NGA", "nga", "", "NG", "N1A", "Nigeria"]),
        ("from", YEARS),
        ("to", YEARS),
        (
            "consideration",
            &["all", "new", "previously_deferred", "old", ""],
        ),
        ("by", &["focus_area", "focus_areas", ""]),
    ];

    /// Any query the type allows within the documented ranges, whether or not a URL would
    /// give it (a server function receives it as it is).
    fn rates_query() -> impl Strategy<Value = RatesQuery> {
        (
            prop::sample::select(Measure::ALL.to_vec()),
            1u32..=20,
            FIRST_YEAR..=LAST_YEAR,
            FIRST_YEAR..=LAST_YEAR,
            prop::sample::select(ConsiderationFilter::ALL.to_vec()),
        )
            .prop_map(|(measure, n, a, b, consideration)| RatesQuery {
                measure,
                n,
                from: a.min(b),
                to: a.max(b),
                consideration,
                region: (n % 3 == 0).then(|| REGIONS[n as usize % 5].0.to_string()),
                country: (n % 3 == 1).then(|| "NGA".to_string()),
            })
    }

    fn parse_rates(params: &[(String, String)]) -> Result<RatesQuery, String> {
        RatesQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    proptest! {
        #![proptest_config(config(1024))]

        /// A rates query from a URL is within its ranges, or the error names a parameter the
        /// URL has; what it reads writes back to the same query.
        #[test]
        fn rates_queries_are_in_range_or_name_a_parameter(params in params(RATES)) {
            match parse_rates(&params) {
                Ok(query) => {
                    prop_assert!((1..=20).contains(&query.n), "{:?}", query);
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&query.from), "{:?}", query);
                    prop_assert!((FIRST_YEAR..=LAST_YEAR).contains(&query.to), "{:?}", query);
                    prop_assert!(query.from <= query.to, "{:?}", query);
                    let known = |k: &String| RATES.iter().any(|(key, _)| key == k);
                    prop_assert!(params.iter().all(|(k, _)| known(k)), "{:?}", params);
                    let again = RatesQuery::from_params(
                        query.to_params().iter().map(|(k, v)| (k.as_str(), v.as_str())),
                    );
                    prop_assert_eq!(again, Ok(query));
                }
                Err(error) => crate::model::tests::names_a_parameter(&error, &params)?,
            }
        }

        /// `to_params` gives back every field; the query string gives back every field the
        /// measure uses (`n` only for deferred_at_least, the consideration filter only for
        /// the session deferral rate) and is a fixed point.
        #[test]
        fn rates_queries_round_trip(query in rates_query()) {
            let params = query.to_params();
            let again =
                RatesQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            prop_assert_eq!(again, Ok(query.clone()));

            let text = query.to_query_string();
            let read = RatesQuery::from_params(pairs(&text));
            let default = RatesQuery::default();
            let expected = RatesQuery {
                n: if query.measure == Measure::DeferredAtLeast { query.n } else { default.n },
                consideration: if query.measure == Measure::SessionDeferral {
                    query.consideration
                } else {
                    default.consideration
                },
                ..query
            };
            prop_assert_eq!(read.clone(), Ok(expected), "{}", text);
            prop_assert_eq!(read.map(|q| q.to_query_string()), Ok(text));
        }
    }
}
