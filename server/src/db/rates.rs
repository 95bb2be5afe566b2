//! Loading what the measures need (kept per data version), the data version itself, and the
//! provenance every computed answer carries. The answers are assembled in [`crate::answers`].

use std::{collections::HashMap, sync::Arc};

use app::model::CiteBasis;
use sqlx::Row;

use super::Db;
use crate::{
    countries::{organization_countries, OrgCountry},
    measures::ConsiderationRecord,
};

/// The records every rates request reads: all status considerations and each organization's
/// effective areas. Loading them costs far more than computing any measure, so they are kept
/// until an import, a re-classification or an override changes the data (see [`stamp`]).
#[derive(Debug)]
pub struct Inputs {
    pub considerations: Vec<ConsiderationRecord>,
    pub areas: HashMap<i64, Vec<String>>,
    /// The same considerations reduced to applications, for time to decision.
    pub waits: crate::measures::survival::Prepared,
    /// Each organization's country, where its press releases print one.
    pub countries: HashMap<i64, OrgCountry>,
}

impl Db {
    /// Changes whenever anything in the record changes: the data version that triggers on
    /// every table keep (migration `data_version`), so also when another process wrote.
    pub(crate) async fn stamp(&self) -> Result<String, sqlx::Error> {
        Ok(self.data_version().await?.tag())
    }

    /// The database's data version.
    pub async fn data_version(&self) -> Result<DataVersion, sqlx::Error> {
        let row = sqlx::query("select epoch, version, changed_at from data_version where id = 1")
            .fetch_one(self.pool())
            .await?;
        Ok(DataVersion {
            epoch: row.try_get("epoch")?,
            version: row.try_get("version")?,
            changed_at: row.try_get("changed_at")?,
        })
    }

    /// The inputs of the measures, from the cache when the data has not changed.
    pub async fn rates_inputs(&self) -> Result<Arc<Inputs>, sqlx::Error> {
        let stamp = self.stamp().await?;
        self.rates_inputs
            .get(stamp, || async {
                let considerations = self.status_considerations().await?;
                let areas = self
                    .effective_areas()
                    .await?
                    .into_iter()
                    .map(|(id, areas)| (id, areas.into_iter().map(|a| a.area).collect()))
                    .collect();
                let waits = crate::measures::survival::prepare(&considerations, &areas);
                let printed: Vec<(i64, String)> = sqlx::query_as(
                    "select organization_id, country from press_record \
                     where organization_id is not null and country is not null",
                )
                .fetch_all(self.pool())
                .await?;
                Ok(Inputs {
                    considerations,
                    areas,
                    waits,
                    countries: organization_countries(printed),
                })
            })
            .await
    }

    /// Every status consideration of the reports dataset, oldest first.
    pub async fn status_considerations(&self) -> Result<Vec<ConsiderationRecord>, sqlx::Error> {
        let rows: Vec<(i64, i64, i64, String, String, Option<i64>)> = sqlx::query_as(
            "select a.organization_id, a.application_id, s.year, s.part, c.decision, c.is_new \
             from consideration c join application a on a.application_id = c.application_id \
             join session s on s.session_id = c.session_id \
             where a.kind = 'status' and c.source = 'steinert' \
             order by s.year, s.part, c.consideration_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(
                |(organization_id, application_id, year, part, decision, is_new)| {
                    Ok(ConsiderationRecord {
                        organization_id,
                        application_id,
                        year: year as i32,
                        part: super::part_order(&part)?,
                        decision,
                        is_new: is_new.map(|v| v != 0),
                    })
                },
            )
            .collect()
    }

    /// What every computed answer carries: the data version (the last successful import),
    /// the focus-area rule set, and the citation naming both.
    pub(crate) async fn provenance(&self) -> Result<Provenance, sqlx::Error> {
        // The figures' version: the register's profiles (esango) change no figure.
        let data_version: Option<String> = sqlx::query_scalar(
            "select max(finished_at) from import_run where status = 'succeeded' \
             and source <> 'esango'",
        )
        .fetch_one(self.pool())
        .await?;
        let rule_set_version: Option<String> =
            sqlx::query_scalar("select max(rule_set_version) from focus_area_assignment")
                .fetch_one(self.pool())
                .await?;
        // English outside a page; a page words it in its language (`cite_as`).
        let citation = app::model::provenance_citation(rule_set_version.as_deref());
        Ok(Provenance {
            data_version,
            rule_set_version,
            citation,
        })
    }

    /// What a "Cite this" names besides the view: the public address and the versions.
    pub(crate) async fn cite_basis(&self) -> Result<CiteBasis, sqlx::Error> {
        let provenance = self.provenance().await?;
        Ok(provenance.cite_basis(self.site_url()))
    }
}

/// The version of the data: `epoch` is drawn once per database, `version` goes up with every
/// change, `changed_at` says when (RFC 3339, UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataVersion {
    pub epoch: String,
    pub version: i64,
    pub changed_at: String,
}

impl DataVersion {
    /// One string that differs between any two versions of any two databases.
    pub fn tag(&self) -> String {
        format!("{}-{}", self.epoch, self.version)
    }
}

/// See [`Db::provenance`].
pub(crate) struct Provenance {
    pub data_version: Option<String>,
    pub rule_set_version: Option<String>,
    pub citation: String,
}

impl Provenance {
    pub fn cite_basis(&self, site_url: &str) -> CiteBasis {
        CiteBasis {
            site_url: site_url.to_string(),
            data_version: self.data_version.clone(),
            rule_set_version: self.rule_set_version.clone(),
        }
    }
}
