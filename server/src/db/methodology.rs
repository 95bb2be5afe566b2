//! What the methodology page reads from the record: what each source holds per year and how
//! the spellings were joined into organizations (the page's answer is
//! [`crate::answers::methodology`]).

use std::collections::BTreeMap;

use app::model::{CoverageRow, FacetCount, IncompleteRelease, SessionKey};
use sqlx::Row;

use super::Db;

/// The words for a link rule (`organization_name.link_rule`).
pub fn link_rule_label(rule: &str) -> &'static str {
    match rule {
        "new" => "first spelling of a new organization",
        "normalised" => "normalised spelling (case, punctuation, status notes)",
        "name_change" => "name change recorded in the reports",
        "merger" => "merger recorded in the reports",
        "variant" => "same name but for an article, \"of\", a legal form or a bracketed acronym or place, never listed beside it",
        "fuzzy" => "near-identical spelling (fuzzy match)",
        "curator" => "curator's decision",
        _ => "other",
    }
}

/// A release with its stored problems and its session.
#[derive(sqlx::FromRow)]
struct ReleaseProblems {
    url: String,
    symbol: Option<String>,
    date: Option<String>,
    problems: String,
    year: Option<i64>,
    part: Option<String>,
}

impl Db {
    /// Releases whose records differ from their headlines' counts, oldest first.
    pub async fn incomplete_releases(&self) -> Result<Vec<IncompleteRelease>, sqlx::Error> {
        let rows: Vec<ReleaseProblems> = sqlx::query_as(
            "select p.url, p.symbol, p.dated_on as date, p.problems, s.year, s.part \
             from press_release p left join session s on s.session_id = p.session_id \
             where p.problems like '%\"headline\"%' \
             order by p.dated_on is null, p.dated_on, p.url",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let shortfalls = super::press::stored_problems(&r.problems).shortfalls;
                (!shortfalls.is_empty()).then(|| IncompleteRelease {
                    url: r.url,
                    symbol: r.symbol,
                    date: r.date,
                    session: r
                        .year
                        .zip(r.part)
                        .map(|(year, part)| SessionKey { year, part }),
                    shortfalls,
                })
            })
            .collect())
    }

    /// What each source holds per year: considerations from the reports, releases and their
    /// records (a release counts in its session's year, else in the year it is dated), and
    /// questions.
    pub async fn coverage(&self) -> Result<Vec<CoverageRow>, sqlx::Error> {
        let mut coverage: BTreeMap<i64, CoverageRow> = BTreeMap::new();
        fn year(coverage: &mut BTreeMap<i64, CoverageRow>, year: i64) -> &mut CoverageRow {
            coverage.entry(year).or_insert_with(|| CoverageRow {
                year,
                reports: 0,
                press_releases: 0,
                press_records: 0,
                questions: 0,
            })
        }
        for r in sqlx::query(
            "select s.year, count(*) as n from consideration c \
             join session s on s.session_id = c.session_id \
             where c.source = 'steinert' group by s.year",
        )
        .fetch_all(self.pool())
        .await?
        {
            year(&mut coverage, r.try_get("year")?).reports = r.try_get("n")?;
        }
        // A release counts in its session's year, else in the year it is dated.
        for r in sqlx::query(
            "select s.year, p.dated_on, \
               (select count(*) from press_record x where x.press_release_id = p.press_release_id) as records \
             from press_release p left join session s on s.session_id = p.session_id",
        )
        .fetch_all(self.pool())
        .await?
        {
            let session_year: Option<i64> = r.try_get("year")?;
            let dated_on: Option<String> = r.try_get("dated_on")?;
            let Some(y) = session_year.or_else(|| {
                dated_on
                    .as_deref()
                    .and_then(|d| d.get(..4))
                    .and_then(|y| y.parse().ok())
            }) else {
                continue;
            };
            let row = year(&mut coverage, y);
            row.press_releases += 1;
            row.press_records += r.try_get::<i64, _>("records")?;
        }
        for r in sqlx::query(
            "select s.year, count(*) as n from question q \
             join consideration c on c.consideration_id = q.consideration_id \
             join session s on s.session_id = c.session_id group by s.year",
        )
        .fetch_all(self.pool())
        .await?
        {
            year(&mut coverage, r.try_get("year")?).questions = r.try_get("n")?;
        }
        Ok(coverage.into_values().collect())
    }

    /// How many spellings each link rule joined, most first.
    pub async fn link_rule_counts(&self) -> Result<Vec<FacetCount>, sqlx::Error> {
        sqlx::query(
            "select link_rule, count(*) as n from organization_name \
             group by link_rule order by count(*) desc, link_rule",
        )
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            let rule: String = r.try_get("link_rule")?;
            Ok(FacetCount {
                label: link_rule_label(&rule).to_string(),
                value: rule,
                count: r.try_get("n")?,
            })
        })
        .collect()
    }
}
