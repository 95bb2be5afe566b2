//! Organization search, in memory: one [`Entry`] per organization with every spelling's key
//! and the figures a result line shows, built once per data version (see
//! `db::search`) and filtered, faceted, sorted and paged here by pure functions, so a
//! search over every organization takes a few milliseconds and is tested without a database.

use std::collections::{BTreeMap, HashMap, HashSet};

use app::model::{
    area_label, is_final_decision, Decision, FacetCount, Outcome, SearchHit, SearchQuery,
    SearchResults, SearchSort, FOCUS_AREAS,
};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

use crate::names::name_key;

/// How many countries the country facet lists.
pub const COUNTRY_FACET_SIZE: usize = 15;

/// The key a spelling is searched by: [`name_key`] (case, typography, status notes folded)
/// with accents dropped too, so "Solidarite" finds "Solidarité".
pub fn search_key(text: &str) -> String {
    name_key(text)
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

/// [`search_key`] with only letters and digits: "Kirch-en" meets "kirchen".
pub fn compact_search_key(text: &str) -> String {
    search_key(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// One spelling of an organization, with its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    pub name: String,
    pub key: String,
    pub compact: String,
    /// Where in `compact` each word of `key` begins (byte offsets, ascending).
    word_starts: Vec<usize>,
}

impl Spelling {
    pub fn new(name: &str) -> Self {
        let key = search_key(name);
        let mut compact = String::with_capacity(key.len());
        let mut word_starts = Vec::new();
        let mut in_word = false;
        for c in key.chars() {
            if c.is_alphanumeric() {
                if !in_word {
                    word_starts.push(compact.len());
                }
                compact.push(c);
                in_word = true;
            } else {
                in_word = false;
            }
        }
        Spelling {
            name: name.to_string(),
            key,
            compact,
            word_starts,
        }
    }

    /// The query's key is part of this spelling's key, or its letters and digits are part of
    /// this spelling's from the start of a word ("kirchen" finds "Kirch en"; "ilga" does not
    /// find "Tamil Garden").
    fn matches(&self, key: &str, compact: &str) -> bool {
        (!key.is_empty() && self.key.contains(key))
            || (!compact.is_empty()
                && self
                    .compact
                    .match_indices(compact)
                    .any(|(at, _)| self.word_starts.binary_search(&at).is_ok()))
    }
}

/// One organization as the search sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: i64,
    pub name: String,
    /// The current name first, then the others in the order they were recorded.
    pub spellings: Vec<Spelling>,
    pub areas: Vec<String>,
    pub country: Option<String>,
    pub figures: Figures,
}

/// What an organization's considerations add up to (see [`figures`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub considerations: i64,
    pub deferrals: i64,
    pub outcome: Outcome,
    pub first_year: Option<i64>,
    pub last_year: Option<i64>,
    pub years_pending: Option<i64>,
    /// The years with a consideration, ascending, without repeats.
    pub years: Vec<i64>,
}

/// One consideration as [`figures`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsiderationLine {
    pub application_id: i64,
    /// `status`, `reclassification`, `status_withdrawal`.
    pub kind: String,
    pub seq: i64,
    pub year: i64,
    /// 0 regular, 1 resumed.
    pub part: u8,
    pub decision: String,
    pub source: String,
}

fn is_recommendation(decision: &str) -> bool {
    Decision::parse(decision).is_some_and(Decision::is_recommendation)
}

/// Counts, outcome and years of one organization from all its considerations (any order).
///
/// Per application and session one consideration counts: the reports' where they have one,
/// else a press release's (the rule of `ApplicationDetail::primary`). `considerations` and
/// `deferrals` count sessions, once each however many applications were considered there.
pub fn figures(lines: &[ConsiderationLine]) -> Figures {
    let mut reported: HashSet<(i64, i64, u8)> = HashSet::new();
    for line in lines.iter().filter(|l| l.source == "steinert") {
        reported.insert((line.application_id, line.year, line.part));
    }
    let mut primary: Vec<&ConsiderationLine> = lines
        .iter()
        .filter(|l| {
            l.source == "steinert" || !reported.contains(&(l.application_id, l.year, l.part))
        })
        .collect();
    primary.sort_by_key(|l| (l.year, l.part, l.application_id));
    let sessions: HashSet<(i64, u8)> = primary.iter().map(|l| (l.year, l.part)).collect();
    let deferred: HashSet<(i64, u8)> = primary
        .iter()
        .filter(|l| l.decision == "deferred")
        .map(|l| (l.year, l.part))
        .collect();
    let mut years: Vec<i64> = lines.iter().map(|l| l.year).collect();
    years.sort_unstable();
    years.dedup();

    // Status applications: (seq) → its primary considerations, oldest first.
    let mut status: BTreeMap<i64, Vec<&ConsiderationLine>> = BTreeMap::new();
    for line in primary.iter().filter(|l| l.kind == "status") {
        status.entry(line.seq).or_default().push(line);
    }
    let granted = status
        .values()
        .any(|ls| ls.last().is_some_and(|l| is_recommendation(&l.decision)));
    // The latest status application: the one considered last (then the higher seq).
    let latest = status
        .values()
        .filter(|ls| !ls.is_empty())
        .max_by_key(|ls| {
            let last = ls.last().expect("not empty");
            (last.year, last.part, last.seq)
        });
    let outcome = if granted {
        Outcome::InStatus
    } else if let Some(latest) = latest {
        let last = latest.last().expect("not empty");
        if is_final_decision(&last.decision) {
            Outcome::of_decision(&last.decision).unwrap_or(Outcome::Pending)
        } else {
            Outcome::Pending
        }
    } else if lines.iter().any(|l| l.kind == "status_withdrawal") {
        // It gave up a status it held, at its own request.
        Outcome::Withdrawn
    } else if lines.iter().any(|l| l.kind == "reclassification") {
        // Only an organization in status asks to be reclassified.
        Outcome::InStatus
    } else {
        Outcome::Pending
    };
    let years_pending = latest.map(|ls| {
        let first = ls.first().expect("not empty");
        let last = ls.last().expect("not empty");
        last.year - first.year
    });
    Figures {
        considerations: sessions.len() as i64,
        deferrals: deferred.len() as i64,
        outcome,
        first_year: years.first().copied(),
        last_year: years.last().copied(),
        years_pending,
        years,
    }
}

/// Which filters an entry passes, one flag each.
#[derive(Debug, Clone, Copy)]
struct Passes {
    q: bool,
    area: bool,
    outcome: bool,
    years: bool,
    country: bool,
}

impl Passes {
    fn all(self) -> bool {
        self.q && self.area && self.outcome && self.years && self.country
    }
}

/// Every organization, ready to search.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Sorted by name without regard to case, then id.
    entries: Vec<Entry>,
    by_id: HashMap<i64, usize>,
}

/// The name as it sorts: accents and case folded.
fn sort_key(name: &str) -> String {
    name.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl SearchIndex {
    pub fn new(mut entries: Vec<Entry>) -> Self {
        entries.sort_by_cached_key(|e| (sort_key(&e.name), e.id));
        let by_id = entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        SearchIndex { entries, by_id }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: i64) -> Option<&Entry> {
        self.by_id.get(&id).map(|&i| &self.entries[i])
    }

    /// The effective areas of an organization (empty when unknown).
    pub fn areas(&self, id: i64) -> Vec<String> {
        self.get(id).map(|e| e.areas.clone()).unwrap_or_default()
    }

    /// Filter, facet, sort and page. The facets of one filter count the matches of every
    /// other filter, so each value shows what choosing it would give.
    pub fn search(&self, query: &SearchQuery) -> SearchResults {
        let (mut matched, tally) = self.matches(query);
        self.sort(&mut matched, query.sort);
        let total = matched.len() as i64;
        let per_page = query.per_page.max(1) as usize;
        let skip = (query.page.max(1) as usize - 1).saturating_mul(per_page);
        let items = matched
            .iter()
            .skip(skip)
            .take(per_page)
            .map(|(i, matched_name)| hit(&self.entries[*i], *matched_name))
            .collect();
        SearchResults {
            query: query.clone(),
            total,
            items,
            areas: tally.area_facet(),
            outcomes: tally.outcome_facet(),
            countries: country_facet(tally.countries, query.country.as_deref()),
        }
    }

    /// The entries every filter of `query` passes (by index, with the spelling the text
    /// matched when it is not the current name), in name order, and the facet counts.
    fn matches(&self, query: &SearchQuery) -> (Vec<(usize, Option<&str>)>, Tally<'_>) {
        let text = query.q.trim();
        let key = search_key(text);
        let compact = compact_search_key(text);
        let country = query.country.as_ref().map(|c| c.trim().to_lowercase());
        let mut matched: Vec<(usize, Option<&str>)> = Vec::new();
        let mut tally = Tally::default();
        for (index, entry) in self.entries.iter().enumerate() {
            let spelling = if text.is_empty() {
                Some(None)
            } else {
                matching_spelling(entry, &key, &compact).map(Some)
            };
            let passes = Passes {
                q: spelling.is_some(),
                area: query
                    .area
                    .as_ref()
                    .is_none_or(|a| entry.areas.iter().any(|x| x == a)),
                outcome: query.outcome.is_none_or(|o| o == entry.figures.outcome),
                years: in_years(&entry.figures.years, query.from, query.to),
                country: country.as_ref().is_none_or(|c| {
                    entry
                        .country
                        .as_ref()
                        .is_some_and(|x| x.to_lowercase() == *c)
                }),
            };
            tally.count(entry, passes);
            if passes.all() {
                let matched_name = spelling.flatten().filter(|name| *name != entry.name);
                matched.push((index, matched_name));
            }
        }
        (matched, tally)
    }

    /// Order matches (given in name order) as `sort` asks; ties keep the name order.
    fn sort(&self, matched: &mut [(usize, Option<&str>)], sort: SearchSort) {
        match sort {
            SearchSort::Name => {}
            SearchSort::Deferrals => {
                matched.sort_by_key(|(i, _)| std::cmp::Reverse(self.entries[*i].figures.deferrals));
            }
            SearchSort::YearsPending => {
                matched.sort_by_key(|(i, _)| {
                    let years = self.entries[*i].figures.years_pending;
                    (years.is_none(), std::cmp::Reverse(years))
                });
            }
        }
    }
}

/// The facet counts of a search: each facet counts the entries that pass every *other*
/// filter.
#[derive(Default)]
struct Tally<'a> {
    areas: HashMap<&'a str, i64>,
    outcomes: HashMap<Outcome, i64>,
    /// Lower-case country → (one spelling, capitals first: "France" over "france"; count).
    countries: HashMap<String, (&'a str, i64)>,
}

impl<'a> Tally<'a> {
    fn count(&mut self, entry: &'a Entry, passes: Passes) {
        if (Passes {
            area: true,
            ..passes
        })
        .all()
        {
            for area in &entry.areas {
                *self.areas.entry(area.as_str()).or_default() += 1;
            }
        }
        if (Passes {
            outcome: true,
            ..passes
        })
        .all()
        {
            *self.outcomes.entry(entry.figures.outcome).or_default() += 1;
        }
        if (Passes {
            country: true,
            ..passes
        })
        .all()
        {
            if let Some(c) = &entry.country {
                let slot = self
                    .countries
                    .entry(c.to_lowercase())
                    .or_insert((c.as_str(), 0));
                slot.0 = slot.0.min(c.as_str());
                slot.1 += 1;
            }
        }
    }

    /// Every focus area, in the pages' order, with its count.
    fn area_facet(&self) -> Vec<FacetCount> {
        FOCUS_AREAS
            .iter()
            .map(|a| FacetCount {
                value: a.to_string(),
                label: area_label(a).to_string(),
                count: self.areas.get(a).copied().unwrap_or(0),
            })
            .collect()
    }

    /// Every outcome with its count.
    fn outcome_facet(&self) -> Vec<FacetCount> {
        Outcome::ALL
            .iter()
            .map(|o| FacetCount {
                value: o.as_str().to_string(),
                label: o.label().to_string(),
                count: self.outcomes.get(o).copied().unwrap_or(0),
            })
            .collect()
    }
}

/// The spelling a query matches, the current name first; `None` when none does.
fn matching_spelling<'a>(entry: &'a Entry, key: &str, compact: &str) -> Option<&'a str> {
    if key.is_empty() && compact.is_empty() {
        return None;
    }
    entry
        .spellings
        .iter()
        .find(|s| s.matches(key, compact))
        .map(|s| s.name.as_str())
}

/// Considered in at least one year of `from..=to`.
fn in_years(years: &[i64], from: Option<i32>, to: Option<i32>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let from = from.map_or(i64::MIN, i64::from);
    let to = to.map_or(i64::MAX, i64::from);
    years.iter().any(|y| (from..=to).contains(y))
}

/// The commonest countries, most first (then by name); a chosen country is listed even when
/// it is not among them.
fn country_facet(counts: HashMap<String, (&str, i64)>, chosen: Option<&str>) -> Vec<FacetCount> {
    let mut counts: Vec<(&str, i64)> = counts.into_values().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let mut facet: Vec<FacetCount> = counts
        .iter()
        .take(COUNTRY_FACET_SIZE)
        .map(|(c, n)| FacetCount {
            value: c.to_string(),
            label: c.to_string(),
            count: *n,
        })
        .collect();
    if let Some(chosen) = chosen.map(str::trim) {
        let lower = chosen.to_lowercase();
        if !facet.iter().any(|f| f.value.to_lowercase() == lower) {
            let (value, count) = counts
                .iter()
                .find(|(c, _)| c.to_lowercase() == lower)
                .map_or((chosen, 0), |(c, n)| (*c, *n));
            facet.push(FacetCount {
                value: value.to_string(),
                label: value.to_string(),
                count,
            });
        }
    }
    facet
}

fn hit(entry: &Entry, matched_name: Option<&str>) -> SearchHit {
    SearchHit {
        id: entry.id,
        name: entry.name.clone(),
        matched_name: matched_name.map(str::to_string),
        areas: entry.areas.clone(),
        country: entry.country.clone(),
        considerations: entry.figures.considerations,
        deferrals: entry.figures.deferrals,
        outcome: entry.figures.outcome,
        first_year: entry.figures.first_year,
        last_year: entry.figures.last_year,
        years_pending: entry.figures.years_pending,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(
        app: i64,
        kind: &str,
        seq: i64,
        year: i64,
        part: u8,
        decision: &str,
        source: &str,
    ) -> ConsiderationLine {
        ConsiderationLine {
            application_id: app,
            kind: kind.into(),
            seq,
            year,
            part,
            decision: decision.into(),
            source: source.into(),
        }
    }

    fn entry(
        id: i64,
        names: &[&str],
        areas: &[&str],
        country: Option<&str>,
        lines: &[ConsiderationLine],
    ) -> Entry {
        Entry {
            id,
            name: names[0].to_string(),
            spellings: names.iter().map(|n| Spelling::new(n)).collect(),
            areas: areas.iter().map(|a| a.to_string()).collect(),
            country: country.map(str::to_string),
            figures: figures(lines),
        }
    }

    fn query(pairs: &[(&str, &str)]) -> SearchQuery {
        SearchQuery::from_params(pairs.iter().copied()).expect("valid query")
    }

    fn index() -> SearchIndex {
        SearchIndex::new(vec![
            entry(
                1,
                &["Test Women's Voice", "Test Voix des Femmes Solidarité"],
                &["women"],
                Some("France"),
                &[
                    line(10, "status", 1, 2015, 0, "deferred", "steinert"),
                    line(10, "status", 1, 2015, 1, "deferred", "steinert"),
                    line(10, "status", 1, 2016, 0, "deferred", "steinert"),
                ],
            ),
            entry(
                2,
                &["Test Rainbow Alliance"],
                &["lgbti", "human_rights"],
                Some("Canada"),
                &[
                    line(20, "status", 1, 2018, 0, "deferred", "steinert"),
                    line(20, "status", 1, 2019, 1, "recommended", "steinert"),
                ],
            ),
            entry(
                3,
                &["test anchor group"],
                &["other"],
                Some("france"),
                &[line(30, "status", 1, 2022, 0, "closed", "steinert")],
            ),
        ])
    }

    #[test]
    fn keys_fold_case_accents_and_punctuation() {
        assert_eq!(
            search_key("Voix des FEMMES Solidarité"),
            "voix des femmes solidarite"
        );
        assert_eq!(compact_search_key("Kirch-en e.V."), "kirchenev");
    }

    #[test]
    fn letters_and_digits_match_from_the_start_of_a_word() {
        let spelling = Spelling::new("Evangelische Kirch en Gemeinde");
        assert!(spelling.matches(&search_key("kirchen"), &compact_search_key("kirchen")));
        assert!(spelling.matches(&search_key("gelische"), &compact_search_key("gelische")));
        let spelling = Spelling::new("Tamil Garden Trust");
        assert!(!spelling.matches(&search_key("ilga"), &compact_search_key("ilga")));
        assert!(spelling.matches(&search_key("il ga"), &compact_search_key("il ga")));
        assert!(spelling.matches(
            &search_key("tamil-garden"),
            &compact_search_key("tamil-garden")
        ));
    }

    #[test]
    fn a_former_spelling_matches_and_is_named() {
        let results = index().search(&query(&[("q", "SOLIDARITE")]));
        assert_eq!(results.total, 1);
        assert_eq!(results.items[0].id, 1);
        assert_eq!(
            results.items[0].matched_name.as_deref(),
            Some("Test Voix des Femmes Solidarité")
        );
        // The current name matching: no matched_name.
        let results = index().search(&query(&[("q", "rainbow")]));
        assert_eq!(results.items[0].matched_name, None);
        // Letters and digits only: "rain-bow" still finds it.
        assert_eq!(index().search(&query(&[("q", "rain-bow")])).total, 1);
        // Punctuation alone matches nothing rather than everything.
        assert_eq!(index().search(&query(&[("q", "...")])).total, 0);
    }

    #[test]
    fn facets_count_the_matches_of_every_other_filter() {
        let results = index().search(&query(&[("area", "women")]));
        assert_eq!(results.total, 1);
        // The area facet ignores the area filter: all three organizations.
        let areas: Vec<(String, i64)> = results
            .areas
            .iter()
            .map(|f| (f.value.clone(), f.count))
            .collect();
        assert_eq!(
            areas,
            [
                ("women", 1),
                ("lgbti", 1),
                ("minority", 0),
                ("human_rights", 1),
                ("other", 1)
            ]
            .map(|(a, n)| (a.to_string(), n))
        );
        // The outcome facet follows the area filter: only the pending women's organization.
        let pending = results
            .outcomes
            .iter()
            .find(|f| f.value == "pending")
            .expect("pending");
        assert_eq!(pending.count, 1);
        assert_eq!(results.outcomes.iter().map(|f| f.count).sum::<i64>(), 1);

        // Country: without regard to case, in the filter and in the facet.
        let results = index().search(&query(&[("country", "FRANCE")]));
        assert_eq!(results.total, 2);
        let results = index().search(&query(&[]));
        assert_eq!(
            (
                results.countries[0].value.as_str(),
                results.countries[0].count
            ),
            ("France", 2)
        );
        assert_eq!(results.countries.len(), 2);
        // A chosen country outside the list is still listed, with its count.
        let results = index().search(&query(&[("country", "Peru")]));
        assert_eq!(results.total, 0);
        assert!(results
            .countries
            .iter()
            .any(|f| f.value == "Peru" && f.count == 0));

        // Years: considered in at least one session of the range.
        assert_eq!(
            index()
                .search(&query(&[("from", "2016"), ("to", "2018")]))
                .total,
            2
        );
        assert_eq!(index().search(&query(&[("from", "2020")])).total, 1);
    }

    #[test]
    fn outcomes_and_sorts() {
        let results = index().search(&query(&[("sort", "deferrals")]));
        let ids: Vec<i64> = results.items.iter().map(|h| h.id).collect();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(results.items[0].deferrals, 3);
        assert_eq!(results.items[0].outcome, Outcome::Pending);
        assert_eq!(results.items[1].outcome, Outcome::InStatus);
        assert_eq!(results.items[2].outcome, Outcome::Closed);
        // Name order ignores case: "test anchor" before "Test Rainbow".
        let ids: Vec<i64> = index()
            .search(&query(&[]))
            .items
            .iter()
            .map(|h| h.id)
            .collect();
        assert_eq!(ids, [3, 2, 1]);
        let ids: Vec<i64> = index()
            .search(&query(&[("sort", "years_pending")]))
            .items
            .iter()
            .map(|h| h.id)
            .collect();
        assert_eq!(ids, [2, 1, 3], "1 year and 1 year (by name), then 0 years");
    }

    #[test]
    fn pages_beyond_the_last_are_empty() {
        let results = index().search(&query(&[("per_page", "2"), ("page", "2")]));
        assert_eq!((results.total, results.items.len()), (3, 1));
        let results = index().search(&query(&[("per_page", "2"), ("page", "9")]));
        assert_eq!((results.total, results.items.len()), (3, 0));
    }

    #[test]
    fn figures_count_sessions_once_and_prefer_the_reports() {
        let figures = figures(&[
            line(1, "status", 1, 2024, 1, "deferred", "steinert"),
            // The press disagrees at a session the reports have: the reports count.
            line(
                1,
                "status",
                1,
                2024,
                1,
                "recommended_special",
                "press_release",
            ),
            // After the reports end the press release counts.
            line(1, "status", 1, 2025, 0, "deferred", "press_release"),
            // A second application at the same session counts the session once.
            line(2, "reclassification", 1, 2025, 0, "deferred", "steinert"),
        ]);
        assert_eq!(figures.considerations, 2);
        assert_eq!(figures.deferrals, 2);
        assert_eq!(figures.outcome, Outcome::Pending);
        assert_eq!(figures.years_pending, Some(1));
        assert_eq!(
            (figures.first_year, figures.last_year),
            (Some(2024), Some(2025))
        );
        // A reclassification alone means the organization is in status.
        let only = super::figures(&[line(
            3,
            "reclassification",
            1,
            2010,
            0,
            "deferred",
            "steinert",
        )]);
        assert_eq!(only.outcome, Outcome::InStatus);
        assert_eq!(only.years_pending, None);
    }
}
