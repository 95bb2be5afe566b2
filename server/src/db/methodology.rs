//! What the methodology page shows besides its text: the focus-area rules in force, what each
//! source holds per year, and how the spellings were joined into organizations.

use std::collections::BTreeMap;

use app::model::{CoverageRow, FacetCount, MembershipYear, Methodology};
use sqlx::Row;

use super::Db;
use crate::classify::rules;

/// The words for a link rule (`organization_name.link_rule`).
pub fn link_rule_label(rule: &str) -> &'static str {
    match rule {
        "new" => "first spelling of a new organization",
        "normalised" => "normalised spelling (case, punctuation, status notes)",
        "name_change" => "name change recorded in the reports",
        "merger" => "merger recorded in the reports",
        "fuzzy" => "near-identical spelling (fuzzy match)",
        "curator" => "curator's decision",
        _ => "other",
    }
}

impl Db {
    pub async fn methodology(&self) -> Result<Methodology, sqlx::Error> {
        let set = rules();
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
        let link_rules = sqlx::query(
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
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let membership = crate::membership::membership();
        Ok(Methodology {
            rule_set_version: set.version.clone(),
            rules: set.rule_lines(),
            exceptions: set.exception_lines(),
            coverage: coverage.into_values().collect(),
            link_rules,
            last_scrape: self.last_run("press_release").await?,
            scrape_schedule: crate::scrape::schedule::describe(),
            membership: membership
                .counts()
                .into_iter()
                .map(|(year, members)| MembershipYear {
                    year,
                    members: members as i64,
                    unchecked: membership.members(year).filter(|s| !s.checked).count() as i64,
                })
                .collect(),
            membership_source: membership.source_note(),
        })
    }
}
