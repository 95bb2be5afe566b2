//! Loading the organization search's index ([`crate::search`]) and keeping it while the data
//! does not change: a handful of whole-table reads per data version, then every search is
//! answered from memory.

use std::{
    collections::{BTreeMap, HashMap},
    sync::Arc,
};

use app::model::{SearchQuery, SearchResults};
use sqlx::Row;

use super::Db;
use crate::search::{figures, ConsiderationLine, Entry, SearchIndex, Spelling};

impl Db {
    /// Organizations by any spelling, filtered, faceted, sorted and paged.
    pub async fn search(&self, query: &SearchQuery) -> Result<SearchResults, sqlx::Error> {
        let index = self.search_index().await?;
        Ok(index.search(query))
    }

    /// The index, from the cache when the data has not changed (see `Db::stamp`).
    pub async fn search_index(&self) -> Result<Arc<SearchIndex>, sqlx::Error> {
        let stamp = self.stamp().await?;
        self.search_index
            .get(stamp, || async {
                let started = std::time::Instant::now();
                let index = self.build_search_index().await?;
                tracing::debug!(
                    organizations = index.len(),
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "search index built"
                );
                Ok(index)
            })
            .await
    }

    async fn build_search_index(&self) -> Result<SearchIndex, sqlx::Error> {
        let mut spellings = self.spellings().await?;
        let mut areas = self.effective_areas().await?;
        let mut countries = self.commonest_countries().await?;
        let mut lines = self.consideration_lines_by_organization().await?;
        let organizations: BTreeMap<i64, String> =
            sqlx::query("select organization_id, name from organization")
                .fetch_all(self.pool())
                .await?
                .into_iter()
                .map(|row| Ok((row.try_get("organization_id")?, row.try_get("name")?)))
                .collect::<Result<_, sqlx::Error>>()?;
        let entries = organizations
            .into_iter()
            .map(|(id, name)| {
                let mut names = vec![Spelling::new(&name)];
                for other in spellings.remove(&id).unwrap_or_default() {
                    if other != name {
                        names.push(Spelling::new(&other));
                    }
                }
                Entry {
                    id,
                    spellings: names,
                    areas: areas
                        .remove(&id)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|a| a.area)
                        .collect(),
                    country: countries.remove(&id).map(|(c, _)| c),
                    figures: figures(&lines.remove(&id).unwrap_or_default()),
                    name,
                }
            })
            .collect();
        Ok(SearchIndex::new(entries))
    }

    /// Every organization's spellings, in the order they were recorded.
    async fn spellings(&self) -> Result<HashMap<i64, Vec<String>>, sqlx::Error> {
        let mut spellings: HashMap<i64, Vec<String>> = HashMap::new();
        for row in sqlx::query(
            "select organization_id, name from organization_name \
             order by organization_id, organization_name_id",
        )
        .fetch_all(self.pool())
        .await?
        {
            spellings
                .entry(row.try_get("organization_id")?)
                .or_default()
                .push(row.try_get("name")?);
        }
        Ok(spellings)
    }

    /// The commonest country the releases print per organization, with its count; ties go
    /// to the first in alphabetical order.
    async fn commonest_countries(&self) -> Result<HashMap<i64, (String, i64)>, sqlx::Error> {
        let mut countries: HashMap<i64, (String, i64)> = HashMap::new();
        for row in sqlx::query(
            "select organization_id, country, count(*) as records from press_record \
             where organization_id is not null and country is not null \
             group by organization_id, country order by organization_id, country",
        )
        .fetch_all(self.pool())
        .await?
        {
            let id: i64 = row.try_get("organization_id")?;
            let country: String = row.try_get("country")?;
            let records: i64 = row.try_get("records")?;
            match countries.get(&id) {
                Some((_, best)) if *best >= records => {}
                _ => {
                    countries.insert(id, (country, records));
                }
            }
        }
        Ok(countries)
    }

    /// Every consideration of every organization, as [`figures`] reads them.
    async fn consideration_lines_by_organization(
        &self,
    ) -> Result<HashMap<i64, Vec<ConsiderationLine>>, sqlx::Error> {
        let mut lines: HashMap<i64, Vec<ConsiderationLine>> = HashMap::new();
        for row in sqlx::query(
            "select a.organization_id, c.application_id, a.kind, a.seq, s.year, s.part, \
               c.decision, c.source \
             from consideration c join application a on a.application_id = c.application_id \
             join session s on s.session_id = c.session_id",
        )
        .fetch_all(self.pool())
        .await?
        {
            let part: String = row.try_get("part")?;
            lines
                .entry(row.try_get("organization_id")?)
                .or_default()
                .push(ConsiderationLine {
                    application_id: row.try_get("application_id")?,
                    kind: row.try_get("kind")?,
                    seq: row.try_get("seq")?,
                    year: row.try_get("year")?,
                    part: super::part_order(&part)?,
                    decision: row.try_get("decision")?,
                    source: row.try_get("source")?,
                });
        }
        Ok(lines)
    }
}
