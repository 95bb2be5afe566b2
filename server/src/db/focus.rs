//! Storing focus areas: the rule set's assignment of every organization (with its reason and
//! the rule-set version), and curators' overrides, which survive re-classification.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;
use sqlx::{Any, AnyConnection, Transaction};

use super::{now_utc, Db};
use crate::{
    classify::{rules, Classification, AREAS, OTHER},
    db::write::{stored, unkept, TableChanges},
};

/// Re-classify every organization with the compiled rule set, writing only differences;
/// assignments of other rule-set versions are replaced. Runs inside the caller's transaction.
pub async fn classify_all(tx: &mut Transaction<'_, Any>) -> Result<TableChanges, sqlx::Error> {
    let conn: &mut AnyConnection = tx;
    let set = rules();
    let mut names: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    let rows: Vec<(i64, Option<String>)> = sqlx::query_as(
        "select o.organization_id, n.name from organization o \
         left join organization_name n on n.organization_id = o.organization_id \
         order by o.organization_id, n.organization_name_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (id, name) in rows {
        names.entry(id).or_default().extend(name);
    }
    let existing = stored(
        conn,
        sqlx::query_as(
            "select organization_id, area, focus_area_assignment_id, reason, rule_set_version \
             from focus_area_assignment",
        ),
        |(organization, area, id, reason, version): (i64, String, i64, String, String)| {
            ((organization, area), (id, (reason, version)))
        },
    )
    .await?;

    let mut changes = TableChanges::default();
    let mut kept: HashSet<i64> = HashSet::new();
    let now = now_utc();
    for (organization_id, texts) in &names {
        let classification = set.classify(texts);
        for area in &classification.areas {
            let reason = reason_json(&classification, area);
            match existing.get(&(*organization_id, area.clone())) {
                Some((id, (old_reason, version)))
                    if *old_reason == reason && *version == set.version =>
                {
                    kept.insert(*id);
                }
                Some((id, _)) => {
                    sqlx::query(
                        "update focus_area_assignment set reason = $1, rule_set_version = $2, assigned_at = $3 \
                         where focus_area_assignment_id = $4",
                    )
                    .bind(&reason)
                    .bind(&set.version)
                    .bind(&now)
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
                    changes.updated += 1;
                    kept.insert(*id);
                }
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "insert into focus_area_assignment (organization_id, area, reason, rule_set_version, assigned_at) \
                         values ($1, $2, $3, $4, $5) returning focus_area_assignment_id",
                    )
                    .bind(organization_id)
                    .bind(area)
                    .bind(&reason)
                    .bind(&set.version)
                    .bind(&now)
                    .fetch_one(&mut *conn)
                    .await?;
                    changes.inserted += 1;
                    kept.insert(id);
                }
            }
        }
    }
    for id in unkept(existing.values(), &kept) {
        sqlx::query("delete from focus_area_assignment where focus_area_assignment_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        changes.deleted += 1;
    }
    Ok(changes)
}

/// The reason for one area, as stored: the rules that put the organization there, or for
/// "other" the exceptions that took an area away (possibly none).
fn reason_json(classification: &Classification, area: &str) -> String {
    let value = if area == OTHER {
        serde_json::json!({ "rules": [], "suppressed": classification.suppressed })
    } else {
        let rules: Vec<_> = classification
            .reasons
            .iter()
            .filter(|r| r.area == area)
            .collect();
        serde_json::json!({ "rules": rules })
    };
    value.to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverrideAction {
    Add,
    Remove,
}

#[derive(Debug, thiserror::Error)]
pub enum OverrideError {
    #[error("unknown area {0:?}: use one of women, lgbti, minority, human_rights")]
    UnknownArea(String),
    #[error("no organization with id {0}")]
    UnknownOrganization(i64),
    #[error("a reason is required, so that readers can check the override")]
    NoReason,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The effective areas of one organization, with how each came about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EffectiveArea {
    pub area: String,
    /// `rule` or `curator`.
    pub by: String,
    /// The stored reason (JSON text) or the curator's reason.
    pub reason: String,
}

impl Db {
    /// Record a curator's addition or removal of an area. Kept apart from the rules'
    /// assignments, so re-classification never undoes it; every override is logged.
    pub async fn override_area(
        &self,
        organization_id: i64,
        area: &str,
        action: OverrideAction,
        reason: &str,
        curator: &str,
    ) -> Result<(), OverrideError> {
        if !AREAS.contains(&area) {
            return Err(OverrideError::UnknownArea(area.to_string()));
        }
        if reason.trim().is_empty() {
            return Err(OverrideError::NoReason);
        }
        let exists: i64 =
            sqlx::query_scalar("select count(*) from organization where organization_id = $1")
                .bind(organization_id)
                .fetch_one(self.pool())
                .await?;
        if exists == 0 {
            return Err(OverrideError::UnknownOrganization(organization_id));
        }
        sqlx::query(
            "insert into focus_area_override (organization_id, area, action, reason, curator, created_at) \
             values ($1, $2, $3, $4, $5, $6)",
        )
        .bind(organization_id)
        .bind(area)
        .bind(match action {
            OverrideAction::Add => "add",
            OverrideAction::Remove => "remove",
        })
        .bind(reason.trim())
        .bind(curator)
        .bind(now_utc())
        .execute(self.pool())
        .await?;
        tracing::info!(
            organization_id,
            area,
            ?action,
            curator,
            "focus-area override recorded"
        );
        Ok(())
    }

    /// Every organization's effective areas: the rules' assignment, then each (organization,
    /// area)'s latest curator override on top. An organization left with no area is "other".
    pub async fn effective_areas(&self) -> Result<BTreeMap<i64, Vec<EffectiveArea>>, sqlx::Error> {
        self.effective_areas_where(None).await
    }

    /// [`Db::effective_areas`] of one organization (empty when it does not exist).
    pub async fn effective_areas_of(&self, id: i64) -> Result<Vec<EffectiveArea>, sqlx::Error> {
        Ok(self
            .effective_areas_where(Some(id))
            .await?
            .remove(&id)
            .unwrap_or_default())
    }

    async fn effective_areas_where(
        &self,
        organization: Option<i64>,
    ) -> Result<BTreeMap<i64, Vec<EffectiveArea>>, sqlx::Error> {
        // The same queries for one organization or all: the filter only narrows them.
        let filter = if organization.is_some() {
            "organization_id = $1"
        } else {
            "1 = 1"
        };
        let mut areas: BTreeMap<i64, Vec<EffectiveArea>> = BTreeMap::new();
        let sql = format!(
            "select organization_id, area, reason from focus_area_assignment \
             where area <> 'other' and {filter} order by organization_id, area"
        );
        let assigned: Vec<(i64, String, String)> = super::with_optional_id(&sql, organization)
            .fetch_all(self.pool())
            .await?;
        for (id, area, reason) in assigned {
            areas.entry(id).or_default().push(EffectiveArea {
                area,
                by: "rule".into(),
                reason,
            });
        }
        let sql = format!(
            "select organization_id, area, action, reason from focus_area_override \
             where {filter} order by focus_area_override_id"
        );
        let overrides: Vec<(i64, String, String, String)> =
            super::with_optional_id(&sql, organization)
                .fetch_all(self.pool())
                .await?;
        for (id, area, action, reason) in overrides {
            let entry = areas.entry(id).or_default();
            entry.retain(|a| a.area != area);
            if action == "add" {
                entry.push(EffectiveArea {
                    area,
                    by: "curator".into(),
                    reason,
                });
            }
        }
        let sql = format!("select organization_id from organization where {filter}");
        let all: Vec<(i64,)> = super::with_optional_id(&sql, organization)
            .fetch_all(self.pool())
            .await?;
        for (id,) in all {
            let entry = areas.entry(id).or_default();
            if entry.is_empty() {
                entry.push(EffectiveArea {
                    area: OTHER.into(),
                    by: "rule".into(),
                    reason: "{\"rules\":[]}".into(),
                });
            }
            entry.sort_by_key(|a| {
                AREAS
                    .iter()
                    .position(|x| *x == a.area)
                    .unwrap_or(AREAS.len())
            });
        }
        Ok(areas)
    }
}
