//! The record pages' types: organization search with facets, a session, a member state, the
//! methodology. Each query type has one parser ([`SearchQuery::from_params`], ...) used by the
//! pages, the server functions and `/api/v1` alike, so a parameter means the same everywhere.

use serde::{Deserialize, Serialize};

use super::{Evidence, QuestionDetail, SessionFlag, SessionRef, SourceRef};

/// A record page's body, rendered on the server: the front end inserts it as it is, so the
/// record pages' views and the deserialisation of their data never ship in the WASM bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rendered {
    /// The page's title.
    pub title: String,
    /// The body's HTML (every text escaped by the renderer).
    pub html: String,
}

/// Which record page's body to render: one server function serves them all, so the front end
/// carries one client stub and one resource type instead of one per page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordRequest {
    Search(SearchQuery),
    Organization(i64),
    Sessions,
    /// `2019-resumed`, parsed on the server.
    Session(String),
    States,
    State {
        name: String,
        page: u32,
    },
    Methodology,
    WhoAsks(super::WhoAsksQuery),
    /// The time-to-decision page's body for a cohort.
    TimeToDecision(super::WaitQuery),
    /// The API's reference, read from its OpenAPI document.
    Api,
}

/// The focus areas' machine names in the order pages list them (see measures.md).
pub const FOCUS_AREAS: [&str; 5] = [
    super::FocusArea::Women.as_str(),
    super::FocusArea::Lgbti.as_str(),
    super::FocusArea::Minority.as_str(),
    super::FocusArea::HumanRights.as_str(),
    super::FocusArea::Other.as_str(),
];

/// Where an organization stands, from its status applications: in status once any was
/// recommended; otherwise the latest application's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    InStatus,
    Pending,
    Closed,
    Rejected,
    Withdrawn,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::InStatus,
        Outcome::Pending,
        Outcome::Closed,
        Outcome::Rejected,
        Outcome::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::InStatus => "in_status",
            Outcome::Pending => "pending",
            Outcome::Closed => "closed",
            Outcome::Rejected => "rejected",
            Outcome::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::InStatus => "In consultative status",
            Outcome::Pending => "Pending",
            Outcome::Closed => "Closed (no response)",
            Outcome::Rejected => "Rejected",
            Outcome::Withdrawn => "Withdrawn",
        }
    }

    /// The outcome of one application's final decision; `None` while it is pending.
    pub fn of_decision(decision: &str) -> Option<Self> {
        match decision {
            d if d.starts_with("recommended") => Some(Outcome::InStatus),
            "closed" => Some(Outcome::Closed),
            "rejected" => Some(Outcome::Rejected),
            "withdrawn" => Some(Outcome::Withdrawn),
            _ => None,
        }
    }
}

/// How search results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SearchSort {
    #[default]
    Name,
    /// Most deferrals first.
    Deferrals,
    /// Longest wait first.
    YearsPending,
}

impl SearchSort {
    pub const ALL: [SearchSort; 3] = [
        SearchSort::Name,
        SearchSort::Deferrals,
        SearchSort::YearsPending,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SearchSort::Name => "name",
            SearchSort::Deferrals => "deferrals",
            SearchSort::YearsPending => "years_pending",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        SearchSort::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        match self {
            SearchSort::Name => "Name",
            SearchSort::Deferrals => "Most deferrals",
            SearchSort::YearsPending => "Longest wait",
        }
    }
}

/// Largest page of search results.
pub const MAX_PER_PAGE: u32 = 100;
/// The last page number any paged answer accepts.
pub const MAX_PAGE: u32 = 100_000;
/// Longest search text.
pub const MAX_QUERY_CHARS: usize = 200;

/// An organization search, as in `/organizations?...` and `/api/v1/organizations?...`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchQuery {
    /// Any spelling, current or former; case, accents and punctuation are ignored.
    pub q: String,
    /// One of [`FOCUS_AREAS`].
    pub area: Option<String>,
    pub outcome: Option<Outcome>,
    /// Considered in at least one session of these years (inclusive).
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// The country as the press releases print it (matched without regard to case).
    pub country: Option<String>,
    pub sort: SearchSort,
    pub page: u32,
    pub per_page: u32,
}

/// The parameters [`SearchQuery::from_params`] accepts, for the API's OpenAPI document.
#[cfg(feature = "ssr")]
impl utoipa::IntoParams for SearchQuery {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use super::api::params::{one_of, query, text, whole, year};
        use serde_json::json;
        let default = SearchQuery::default();
        let years = super::FIRST_YEAR..=super::LAST_SESSION_YEAR;
        vec![
            query(
                "q",
                "Any spelling of the organization's name, current or former; case, accents and \
                 punctuation are ignored.",
                text(MAX_QUERY_CHARS),
            )
            .example(Some(json!("women")))
            .build(),
            query(
                "area",
                "Only organizations in this focus area (other: in none of the four).",
                one_of(FOCUS_AREAS, None),
            )
            .build(),
            query(
                "outcome",
                "Only organizations where they stand now: in_status (an application was \
                 recommended), pending, closed (no answer to three reminders), rejected or \
                 withdrawn.",
                one_of(Outcome::ALL.map(Outcome::as_str), None),
            )
            .build(),
            query(
                "from",
                "Only organizations considered in a session of this year or later.",
                year(years.clone(), None),
            )
            .example(Some(json!(2018)))
            .build(),
            query(
                "to",
                "Only organizations considered in a session of this year or earlier.",
                year(years, None),
            )
            .example(Some(json!(2024)))
            .build(),
            query(
                "country",
                "Only organizations whose press releases print this country (in any case).",
                text(MAX_QUERY_CHARS),
            )
            .example(Some(json!("France")))
            .build(),
            query(
                "sort",
                "The order: by name, most deferrals first (deferrals), or longest wait first \
                 (years_pending).",
                one_of(
                    SearchSort::ALL.map(SearchSort::as_str),
                    Some(default.sort.as_str()),
                ),
            )
            .build(),
            query(
                "page",
                "Which page of results.",
                whole(1..=MAX_PAGE, Some(default.page)),
            )
            .build(),
            query(
                "per_page",
                "How many organizations a page lists.",
                whole(1..=MAX_PER_PAGE, Some(default.per_page)),
            )
            .build(),
        ]
    }
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            q: String::new(),
            area: None,
            outcome: None,
            from: None,
            to: None,
            country: None,
            sort: SearchSort::Name,
            page: 1,
            per_page: 25,
        }
    }
}

/// A year parameter within the years the data covers.
fn year_param(name: &str, value: &str) -> Result<i32, String> {
    value
        .parse::<i32>()
        .ok()
        .filter(|y| (super::FIRST_YEAR..=super::LAST_SESSION_YEAR).contains(y))
        .ok_or_else(|| {
            format!(
                "parameter `{name}` must be a year from {} to {}, not {value:?}",
                super::FIRST_YEAR,
                super::LAST_SESSION_YEAR
            )
        })
}

/// A whole-number parameter within `range`.
pub fn int_param(
    name: &str,
    value: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, String> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|v| range.contains(v))
        .ok_or_else(|| {
            format!(
                "parameter `{name}` must be a whole number from {} to {}, not {value:?}",
                range.start(),
                range.end()
            )
        })
}

/// Percent-encode a query value (RFC 3986 unreserved characters kept).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

impl SearchQuery {
    /// Read a search from URL parameters. Every problem names the parameter and what it allows;
    /// empty values count as absent (a form submits every field).
    pub fn from_params<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, String> {
        let mut query = SearchQuery::default();
        for (key, value) in params {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        return Err(format!(
                            "parameter `q` must be at most {MAX_QUERY_CHARS} characters"
                        ));
                    }
                    query.q = value.to_string();
                }
                "area" => {
                    if !FOCUS_AREAS.contains(&value) {
                        return Err(format!(
                            "parameter `area` must be one of {}, not {value:?}",
                            FOCUS_AREAS.join(", ")
                        ));
                    }
                    query.area = Some(value.to_string());
                }
                "outcome" => {
                    query.outcome = Some(Outcome::parse(value).ok_or_else(|| {
                        format!(
                            "parameter `outcome` must be one of {}, not {value:?}",
                            Outcome::ALL.map(Outcome::as_str).join(", ")
                        )
                    })?)
                }
                "from" => query.from = Some(year_param("from", value)?),
                "to" => query.to = Some(year_param("to", value)?),
                "country" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        return Err(format!(
                            "parameter `country` must be at most {MAX_QUERY_CHARS} characters"
                        ));
                    }
                    query.country = Some(value.to_string());
                }
                "sort" => {
                    query.sort = SearchSort::parse(value).ok_or_else(|| {
                        format!(
                            "parameter `sort` must be one of {}, not {value:?}",
                            SearchSort::ALL.map(SearchSort::as_str).join(", ")
                        )
                    })?
                }
                "page" => query.page = int_param("page", value, 1..=MAX_PAGE)?,
                "per_page" => query.per_page = int_param("per_page", value, 1..=MAX_PER_PAGE)?,
                other => {
                    return Err(format!(
                        "unknown parameter `{other}`; allowed: q, area, outcome, from, to, country, sort, page, per_page"
                    ))
                }
            }
        }
        if let (Some(from), Some(to)) = (query.from, query.to) {
            super::check_span(from, to)?;
        }
        Ok(query)
    }

    /// Every field as a URL parameter, for checking a query that did not come from a URL.
    pub fn to_params(&self) -> Vec<(String, String)> {
        let mut params = vec![
            ("q".to_string(), self.q.clone()),
            ("sort".to_string(), self.sort.as_str().to_string()),
            ("page".to_string(), self.page.to_string()),
            ("per_page".to_string(), self.per_page.to_string()),
        ];
        let optional = [
            ("area", self.area.clone()),
            ("outcome", self.outcome.map(|o| o.as_str().to_string())),
            ("from", self.from.map(|y| y.to_string())),
            ("to", self.to.map(|y| y.to_string())),
            ("country", self.country.clone()),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                params.push((key.to_string(), value));
            }
        }
        params
    }

    /// The query string that reproduces this search (defaults left out).
    pub fn to_query_string(&self) -> String {
        let default = SearchQuery::default();
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode_component(&self.q)));
        }
        if let Some(area) = &self.area {
            parts.push(format!("area={area}"));
        }
        if let Some(outcome) = self.outcome {
            parts.push(format!("outcome={}", outcome.as_str()));
        }
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if let Some(country) = &self.country {
            parts.push(format!("country={}", encode_component(country)));
        }
        if self.sort != default.sort {
            parts.push(format!("sort={}", self.sort.as_str()));
        }
        if self.per_page != default.per_page {
            parts.push(format!("per_page={}", self.per_page));
        }
        if self.page != default.page {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }

    /// The same search at another page.
    pub fn at_page(&self, page: u32) -> Self {
        SearchQuery {
            page,
            ..self.clone()
        }
    }
}

/// One organization in the search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub id: i64,
    /// The organization's current name.
    pub name: String,
    /// The spelling that matched, when the current name does not.
    pub matched_name: Option<String>,
    /// Its effective focus areas.
    pub areas: Vec<String>,
    /// The country the press releases print most often for it.
    pub country: Option<String>,
    /// Sessions at which one of its applications was considered (one source per session).
    pub considerations: i64,
    pub deferrals: i64,
    pub outcome: Outcome,
    pub first_year: Option<i64>,
    pub last_year: Option<i64>,
    /// Years from the first consideration of its latest status application to its last
    /// consideration (the decision, or the latest deferral while pending).
    pub years_pending: Option<i64>,
}

/// How many matches a facet value would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FacetCount {
    pub value: String,
    pub label: String,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchResults {
    pub query: SearchQuery,
    /// Organizations matching every filter.
    pub total: i64,
    pub items: Vec<SearchHit>,
    /// Counts per focus area among the matches of every other filter.
    pub areas: Vec<FacetCount>,
    /// Counts per outcome among the matches of every other filter.
    pub outcomes: Vec<FacetCount>,
    /// The commonest countries among the matches of every other filter.
    pub countries: Vec<FacetCount>,
}

impl SearchResults {
    /// The number of pages (at least 1).
    pub fn pages(&self) -> u32 {
        let per_page = i64::from(self.query.per_page.max(1));
        (((self.total + per_page - 1) / per_page).max(1)) as u32
    }
}

/// Why an organization is in a focus area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AreaReason {
    /// The rule's id (`women.en`) or `curator`.
    pub rule: String,
    pub lang: Option<String>,
    /// The phrases that matched.
    pub matched: Vec<String>,
    /// The name they matched in, or the curator's reason.
    pub text: String,
}

/// One effective focus area with how it came about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AreaDetail {
    pub area: String,
    /// `rule` or `curator`.
    pub by: String,
    pub reasons: Vec<AreaReason>,
}

/// A curator's correction of an area, kept with who, when and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AreaOverride {
    pub area: String,
    /// `add` or `remove`.
    pub action: String,
    pub reason: String,
    pub curator: String,
    pub at: String,
}

/// A field the organization declares on its profile in the UN's register of NGOs (iCSO /
/// esango) that names one of our focus areas: its own account, shown beside the rules'
/// areas and never counted as one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DeclaredArea {
    pub area: String,
    /// The field as the profile prints it ("Minority Rights").
    pub field: String,
    /// The profile's address, where it was read.
    pub source: String,
    /// The register's list of organizations in consultative status named the profile when
    /// it was last read whole; `false`: the organization may have lost its status since.
    pub listed: bool,
}

/// A country as the press releases print it for an organization, and how often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CountryCount {
    pub country: String,
    pub records: i64,
}

/// `2019-resumed`: a session as it appears in addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionKey {
    pub year: i64,
    /// `regular` or `resumed`.
    pub part: String,
}

impl SessionKey {
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "a session is written YEAR-regular or YEAR-resumed (e.g. 2019-resumed), not {text:?}"
            )
        };
        let (year, part) = text.split_once('-').ok_or_else(bad)?;
        let year: i64 = year.parse().map_err(|_| bad())?;
        if !(1946..=2100).contains(&year) || super::SessionPart::parse(part).is_none() {
            return Err(bad());
        }
        Ok(SessionKey {
            year,
            part: part.to_string(),
        })
    }

    /// The path segment: `2019-resumed`.
    pub fn slug(&self) -> String {
        format!("{}-{}", self.year, self.part)
    }

    /// "2019 resumed session"
    pub fn label(&self) -> String {
        format!("{} {} session", self.year, self.part)
    }
}

impl From<&SessionRef> for SessionKey {
    fn from(session: &SessionRef) -> Self {
        SessionKey {
            year: session.year,
            part: session.part.clone(),
        }
    }
}

/// One application at one session, both sources side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionApplication {
    pub organization_id: i64,
    /// The organization's current name.
    pub organization: String,
    /// The name as the source printed it at this session.
    pub name_as_printed: String,
    pub areas: Vec<String>,
    /// `status`, `reclassification`, `status_withdrawal`.
    pub kind: String,
    pub reports_decision: Option<String>,
    pub press_decision: Option<String>,
    /// true: new, false: previously deferred, null: not said.
    pub is_new: Option<bool>,
    pub questions: Vec<QuestionDetail>,
    /// The source lines: the reports' row and the release paragraph.
    pub evidence: Vec<Evidence>,
}

impl SessionApplication {
    /// Both sources list it and disagree ("recommended" agrees with any "recommended_*").
    pub fn disagrees(&self) -> bool {
        match (&self.reports_decision, &self.press_decision) {
            (Some(r), Some(p)) => super::decisions_disagree(r, p),
            _ => false,
        }
    }
}

/// One press release of a session, with how well it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ReleaseLine {
    pub url: String,
    pub symbol: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub is_placeholder: bool,
    /// NGO entries read.
    pub records: i64,
    pub problems: i64,
    /// What the title or lead states, by decision (`recommended`, `deferred`, ...).
    pub headline_counts: std::collections::BTreeMap<String, i64>,
    /// Where the records read fall short of (or exceed) what the headline states, as the
    /// parser says it ("the headline states 2 recommended, 1 records were read"); empty when
    /// the release is read whole.
    #[serde(default)]
    pub shortfalls: Vec<String>,
}

/// A release whose records differ from the counts its headline states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IncompleteRelease {
    pub url: String,
    pub symbol: Option<String>,
    pub date: Option<String>,
    /// Its session, when the release says.
    pub session: Option<SessionKey>,
    pub shortfalls: Vec<String>,
}

/// A count for one decision from each source, and the totals the UN stated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ReconciliationRow {
    pub decision: String,
    /// Status applications the reports dataset lists at this session.
    pub reports: Option<i64>,
    /// Status-application entries read from the session's releases.
    pub press: Option<i64>,
    /// Sum of what the releases' headlines state.
    pub press_stated: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionDetail {
    pub session: SessionKey,
    /// The report's adoption date.
    pub date: Option<String>,
    /// The reports dataset's counts (as in `/api/v1/sessions`), when it covers the session.
    pub counts: Option<super::SessionRow>,
    pub applications: Vec<SessionApplication>,
    pub releases: Vec<ReleaseLine>,
    pub reconciliation: Vec<ReconciliationRow>,
    /// Where the reports dataset disagrees with itself or with a stated total.
    pub flags: Vec<SessionFlag>,
    pub previous: Option<SessionKey>,
    pub next: Option<SessionKey>,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    #[serde(default)]
    pub cite: super::Cite,
}

/// A member state that asked questions or voted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateSummary {
    pub name: String,
    pub iso3: Option<String>,
    pub questions: i64,
    pub applications_questioned: i64,
    /// Its votes in recorded votes.
    pub votes: i64,
    pub first_year: Option<i64>,
    pub last_year: Option<i64>,
}

/// One question a state asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateQuestion {
    pub organization_id: i64,
    pub organization: String,
    pub session: SessionRef,
    pub text: Option<String>,
    /// The decision at that consideration.
    pub decision: String,
    /// The release paragraph: `URL#p12`.
    pub source: Option<String>,
}

/// One vote a state cast.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateVote {
    pub session: SessionRef,
    /// What was voted on, as the source words it.
    pub topic: String,
    pub organization_id: Option<i64>,
    pub organization: Option<String>,
    /// `in_favour`, `against`, `abstaining`, `absent`.
    pub vote: String,
    pub outcome: Option<String>,
    /// In the API: the place of the source in the answer's `sources`.
    #[serde(serialize_with = "super::source_or_place")]
    #[cfg_attr(feature = "ssr", schema(value_type = u64))]
    pub source: SourceRef,
    pub locator: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateDetail {
    pub summary: StateSummary,
    /// Page `page` of its questions, newest first.
    pub questions: Vec<StateQuestion>,
    pub page: u32,
    pub per_page: u32,
    pub votes: Vec<StateVote>,
    /// The organizations it questioned, by focus area (an organization in several areas
    /// counts in each).
    pub questioned_by_area: Vec<FacetCount>,
    /// Its who-asks figures over `measures_query` (`None` when it neither sat on the
    /// Committee, asked nor voted in that range).
    pub measures: Option<super::StateMeasure>,
    pub measures_query: super::WhoAsksQuery,
    /// How to cite this view (APA, BibTeX), with its address and the data version.
    #[serde(default)]
    pub cite: super::Cite,
}

/// One focus-area rule as the methodology page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RuleLine {
    pub id: String,
    pub area: String,
    pub lang: String,
    pub phrases: Vec<String>,
}

/// A well-known organization whose name does not say what it does, listed with its areas,
/// why, and the public source that shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KnownLine {
    pub id: String,
    /// The names it is known by (an organization's name must equal one, as rules fold text).
    pub names: Vec<String>,
    /// Areas it is put in.
    pub areas: Vec<String>,
    /// Areas the phrase rules would give it that it is taken out of.
    pub not_areas: Vec<String>,
    pub reason: String,
    pub source: String,
}

/// A false-friend exception of the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ExceptionLine {
    pub id: String,
    pub area: String,
    pub if_any: Vec<String>,
    pub unless_any: Vec<String>,
    pub note: String,
}

/// What each source holds for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CoverageRow {
    pub year: i64,
    /// Considerations from the reports dataset.
    pub reports: i64,
    pub press_releases: i64,
    pub press_records: i64,
    pub questions: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Methodology {
    pub rule_set_version: String,
    pub rules: Vec<RuleLine>,
    pub exceptions: Vec<ExceptionLine>,
    /// Organizations whose names do not say what they do, listed by hand.
    pub known: Vec<KnownLine>,
    /// Releases whose records differ from what their headlines state.
    #[serde(default)]
    pub incomplete_releases: Vec<IncompleteRelease>,
    pub coverage: Vec<CoverageRow>,
    /// Organizations per link rule (how spellings were joined).
    pub link_rules: Vec<FacetCount>,
    /// The last press scrape, and when `serve` scrapes.
    pub last_scrape: Option<super::JobRun>,
    pub scrape_schedule: String,
    /// The Committee's members per year in the membership file, and where they come from.
    pub membership: Vec<MembershipYear>,
    pub membership_source: String,
}

/// One year of the Committee's membership file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MembershipYear {
    pub year: i32,
    pub members: i64,
    /// Members whose row was not checked against its source's text.
    pub unchecked: i64,
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Result<SearchQuery, String> {
        SearchQuery::from_params(pairs.iter().copied())
    }

    #[test]
    fn search_query_round_trips_through_its_query_string() {
        let query = parse(&[
            ("q", "Droits & l'homme"),
            ("area", "lgbti"),
            ("outcome", "pending"),
            ("from", "2010"),
            ("to", "2020"),
            ("country", "Côte d'Ivoire"),
            ("sort", "deferrals"),
            ("page", "3"),
        ])
        .expect("valid");
        let text = query.to_query_string();
        let decoded: Vec<(String, String)> = text
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').expect("k=v");
                (k.to_string(), decode(v))
            })
            .collect();
        let again = SearchQuery::from_params(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .expect("valid");
        assert_eq!(query, again, "{text}");
        assert_eq!(SearchQuery::default().to_query_string(), "");
    }

    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
                    out.push(u8::from_str_radix(hex, 16).expect("hex"));
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn bad_search_parameters_are_named() {
        for (pairs, needle) in [
            (vec![("area", "cats")], "`area`"),
            (vec![("outcome", "won")], "`outcome`"),
            (vec![("from", "1900")], "`from`"),
            (vec![("from", "2020"), ("to", "2010")], "must not be after"),
            (vec![("page", "0")], "`page`"),
            (vec![("per_page", "1000")], "`per_page`"),
            (vec![("sort", "random")], "`sort`"),
            (vec![("colour", "red")], "unknown parameter `colour`"),
        ] {
            let error = parse(&pairs).expect_err("must fail");
            assert!(error.contains(needle), "{error}");
        }
        let long = "x".repeat(MAX_QUERY_CHARS + 1);
        assert!(parse(&[("q", &long)]).is_err());
        // A form submits empty fields: they are absent, not errors.
        assert_eq!(
            parse(&[("area", ""), ("q", " ")]).expect("ok"),
            SearchQuery::default()
        );
    }

    #[test]
    fn session_keys() {
        let key = SessionKey::parse("2019-resumed").expect("valid");
        assert_eq!((key.year, key.part.as_str()), (2019, "resumed"));
        assert_eq!(key.slug(), "2019-resumed");
        for bad in ["2019", "2019-special", "x-regular", "99999-regular", ""] {
            assert!(SessionKey::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn outcomes_of_decisions() {
        assert_eq!(
            Outcome::of_decision("recommended_special"),
            Some(Outcome::InStatus)
        );
        assert_eq!(Outcome::of_decision("deferred"), None);
        assert_eq!(Outcome::of_decision("closed"), Some(Outcome::Closed));
    }

    #[test]
    fn disagreement_between_sources() {
        let mut row = SessionApplication {
            organization_id: 1,
            organization: "X".into(),
            name_as_printed: "X".into(),
            areas: vec![],
            kind: "status".into(),
            reports_decision: Some("recommended".into()),
            press_decision: Some("recommended_special".into()),
            is_new: None,
            questions: vec![],
            evidence: vec![],
        };
        assert!(!row.disagrees());
        row.press_decision = Some("deferred".into());
        assert!(row.disagrees());
        row.reports_decision = None;
        assert!(!row.disagrees());
    }

    const YEARS: &[&str] = &["1997", "1998", "2010", "2030", "2031", " 2015 ", "-2020"];
    const TEXTS: &[&str] = &[
        "Droits & l'homme",
        "a+b=c?d#e%20f",
        "  padded  ",
        "Côte d'Ivoire",
        "日本",
        "<script>alert(1)</script>",
        "",
        " ",
    ];
    const SEARCH: crate::model::tests::Spec = &[
        ("q", TEXTS),
        (
            "area",
            &[
                "women",
                "lgbti",
                "minority",
                "human_rights",
                "other",
                "all",
                "Women",
            ],
        ),
        (
            "outcome",
            &[
                "in_status",
                "pending",
                "closed",
                "rejected",
                "withdrawn",
                "won",
            ],
        ),
        ("from", YEARS),
        ("to", YEARS),
        ("country", TEXTS),
        (
            "sort",
            &["name", "deferrals", "years_pending", "Name", "random"],
        ),
        ("page", &["0", "1", "2", "100000", "100001", " 7 "]),
        ("per_page", &["0", "1", "25", "100", "101"]),
    ];

    fn search_query() -> impl Strategy<Value = SearchQuery> {
        // Up to MAX_QUERY_CHARS of anything, neither starting nor ending with white space
        // (the parser trims).
        let text = "\\S([\\s\\S]{0,198}\\S)?";
        let year = crate::model::FIRST_YEAR..=crate::model::LAST_SESSION_YEAR;
        (
            prop::option::of(text),
            prop::option::of(prop::sample::select(FOCUS_AREAS.to_vec())),
            prop::option::of(prop::sample::select(Outcome::ALL.to_vec())),
            prop::option::of((year.clone(), year)),
            prop::option::of(text),
            prop::sample::select(SearchSort::ALL.to_vec()),
            1u32..=100_000,
            1..=MAX_PER_PAGE,
        )
            .prop_map(|(q, area, outcome, years, country, sort, page, per_page)| {
                let (from, to) = match years {
                    Some((a, b)) => (Some(a.min(b)), Some(a.max(b))),
                    None => (None, None),
                };
                SearchQuery {
                    q: q.unwrap_or_default(),
                    area: area.map(String::from),
                    outcome,
                    from,
                    to,
                    country,
                    sort,
                    page,
                    per_page,
                }
            })
    }

    fn from_pairs(params: &[(String, String)]) -> Result<SearchQuery, String> {
        SearchQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Parse a query string as a browser would send it back.
    fn from_query_string(text: &str) -> Result<SearchQuery, String> {
        let decoded: Vec<(String, String)> = text
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').expect("k=v");
                (k.to_string(), decode(v))
            })
            .collect();
        from_pairs(&decoded)
    }

    proptest! {
        #![proptest_config(crate::model::tests::config(1024))]

        /// A search from a URL is within its ranges, or the error names a parameter the URL
        /// has; what it reads writes back to the same search.
        #[test]
        fn searches_are_in_range_or_name_a_parameter(
            params in crate::model::tests::params(SEARCH),
        ) {
            match from_pairs(&params) {
                Ok(query) => {
                    prop_assert!(query.q.chars().count() <= MAX_QUERY_CHARS);
                    prop_assert_eq!(query.q.trim(), query.q.as_str());
                    let area = query.area.as_deref();
                    prop_assert!(area.is_none_or(|a| FOCUS_AREAS.contains(&a)), "{:?}", query);
                    let years = crate::model::FIRST_YEAR..=crate::model::LAST_SESSION_YEAR;
                    prop_assert!(query.from.is_none_or(|y| years.contains(&y)), "{:?}", query);
                    prop_assert!(query.to.is_none_or(|y| years.contains(&y)), "{:?}", query);
                    if let (Some(from), Some(to)) = (query.from, query.to) {
                        prop_assert!(from <= to, "{:?}", query);
                    }
                    prop_assert!(query.country.as_deref().is_none_or(|c| {
                        !c.is_empty() && c.trim() == c && c.chars().count() <= MAX_QUERY_CHARS
                    }), "{:?}", query);
                    prop_assert!((1..=100_000).contains(&query.page), "{:?}", query);
                    prop_assert!((1..=MAX_PER_PAGE).contains(&query.per_page), "{:?}", query);
                    prop_assert!(
                        params.iter().all(|(k, v)| {
                            v.trim().is_empty() || SEARCH.iter().any(|(key, _)| key == k)
                        }),
                        "{:?}",
                        params
                    );
                    prop_assert_eq!(from_pairs(&query.to_params()), Ok(query.clone()));
                    prop_assert_eq!(from_query_string(&query.to_query_string()), Ok(query));
                }
                Err(error) => crate::model::tests::names_a_parameter(&error, &params)?,
            }
        }

        /// Any search within the ranges, with any text: both ways of writing it read back
        /// to the same search, and the query string is a fixed point.
        #[test]
        fn searches_round_trip(query in search_query()) {
            prop_assert_eq!(from_pairs(&query.to_params()), Ok(query.clone()));
            let text = query.to_query_string();
            let read = from_query_string(&text);
            prop_assert_eq!(read.clone(), Ok(query.clone()), "{}", text);
            prop_assert_eq!(read.map(|q| q.to_query_string()), Ok(text));
            // At another page: only the page changes.
            let other = query.at_page(query.page % 100_000 + 1);
            prop_assert_eq!(from_query_string(&other.to_query_string()), Ok(other));
        }
    }
}
