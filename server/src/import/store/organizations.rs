//! Organizations and their names: each planned organization keeps the id its names already
//! point at, and each name is written with the link that placed it.

use std::collections::{HashMap, HashSet};

use super::Writer;
use crate::db::{now_utc, write::write_row};

/// A stored organization name (the name itself is the key it is held under).
#[derive(sqlx::FromRow)]
pub(super) struct NameRow {
    #[sqlx(rename = "organization_name_id")]
    id: i64,
    organization_id: i64,
    name_key: String,
    link_rule: String,
    link_score: Option<f64>,
    linked_to_name: Option<String>,
    source_document_id: Option<i64>,
}

/// A stored organization name with its row, as [`Writer::stored_names`] reads it.
#[derive(sqlx::FromRow)]
struct StoredName {
    name: String,
    #[sqlx(flatten)]
    row: NameRow,
}

impl Writer<'_> {
    /// Every stored organization name, by name.
    pub(super) async fn stored_names(&mut self) -> Result<HashMap<String, NameRow>, sqlx::Error> {
        let rows: Vec<StoredName> = sqlx::query_as(
            "select name, organization_name_id, organization_id, name_key, link_rule, link_score, \
                    linked_to_name, source_document_id from organization_name",
        )
        .fetch_all(&mut *self.conn)
        .await?;
        Ok(rows.into_iter().map(|r| (r.name, r.row)).collect())
    }

    /// Write the organizations, in plan order: each takes the smallest id one of its stored
    /// names points at that no earlier organization took, or a new one.
    pub(super) async fn organizations(
        &mut self,
        names: &HashMap<String, NameRow>,
    ) -> Result<(), sqlx::Error> {
        let org_display: HashMap<i64, String> =
            sqlx::query_as::<_, (i64, String)>("select organization_id, name from organization")
                .fetch_all(&mut *self.conn)
                .await?
                .into_iter()
                .collect();
        let plan = self.plan;
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); plan.linking.organizations];
        for (i, linked) in plan.linking.names.iter().enumerate() {
            members[linked.organization].push(i);
        }
        self.org_ids = Vec::with_capacity(members.len());
        let mut claimed: HashSet<i64> = HashSet::new();
        let now = now_utc();
        for (org, member_names) in members.iter().enumerate() {
            let candidate = member_names
                .iter()
                .filter_map(|&i| {
                    names
                        .get(&plan.linking.names[i].name)
                        .map(|n| n.organization_id)
                })
                .filter(|id| !claimed.contains(id))
                .min();
            let display = &plan.organization_names[org];
            let stored = candidate.map(|id| (id, org_display.get(&id).cloned()));
            let desired = Some(display.clone());
            let id = write_row(
                self.conn,
                &mut self.changes,
                "organization",
                stored.as_ref(),
                &desired,
                |id| {
                    sqlx::query("update organization set name = $1 where organization_id = $2")
                        .bind(display.clone())
                        .bind(id)
                },
                || {
                    sqlx::query("insert into organization (name, created_at) values ($1, $2) returning organization_id")
                        .bind(display.clone())
                        .bind(now.clone())
                },
            )
            .await?;
            claimed.insert(id);
            self.org_ids.push(id);
        }
        Ok(())
    }

    /// Write the planned names, and note the stored ones the plan no longer holds.
    pub(super) async fn names(
        &mut self,
        names: HashMap<String, NameRow>,
    ) -> Result<(), sqlx::Error> {
        let plan = self.plan;
        let mut planned_names: HashSet<&str> = HashSet::new();
        for (i, linked) in plan.linking.names.iter().enumerate() {
            planned_names.insert(linked.name.as_str());
            self.name(i, names.get(&linked.name)).await?;
        }
        self.stale.names = names
            .into_iter()
            .filter(|(name, _)| !planned_names.contains(name.as_str()))
            .map(|(_, row)| (row.id, row.source_document_id))
            .collect();
        Ok(())
    }

    /// Write name `i` of the linking as the difference against its stored row.
    async fn name(&mut self, i: usize, stored: Option<&NameRow>) -> Result<(), sqlx::Error> {
        let plan = self.plan;
        let linked = &plan.linking.names[i];
        let organization_id = self.org_ids[linked.organization];
        let document = self.documents[plan.name_first_file[i]];
        let rule = linked.rule.as_str();
        match stored {
            Some(row)
                if row.organization_id == organization_id
                    && row.name_key == linked.key
                    && row.link_rule == rule
                    && row.link_score == linked.score
                    && row.linked_to_name == linked.linked_to
                    && row.source_document_id.is_some() => {}
            Some(row) => {
                sqlx::query(
                    "update organization_name set organization_id = $1, name_key = $2, link_rule = $3, \
                     link_score = $4, linked_to_name = $5, \
                     source_document_id = coalesce(source_document_id, $6) where organization_name_id = $7",
                )
                .bind(organization_id)
                .bind(&linked.key)
                .bind(rule)
                .bind(linked.score)
                .bind(linked.linked_to.clone())
                .bind(document)
                .bind(row.id)
                // Not a cached statement: sqlx's Any driver types a NULL f64 as float4, and a
                // statement first prepared with NULL then rejects a real score on PostgreSQL
                // ("incorrect binary data format"). Re-parsing each time keeps types right.
                .persistent(false)
                .execute(&mut *self.conn)
                .await?;
                self.changes.entry("organization_name").or_default().updated += 1;
            }
            None => {
                sqlx::query(
                    "insert into organization_name (organization_id, name, name_key, link_rule, link_score, \
                     linked_to_name, source_document_id) values ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(organization_id)
                .bind(&linked.name)
                .bind(&linked.key)
                .bind(rule)
                .bind(linked.score)
                .bind(linked.linked_to.clone())
                .bind(document)
                // See the update above: a NULL score must not fix the statement's types.
                .persistent(false)
                .execute(&mut *self.conn)
                .await?;
                self.changes
                    .entry("organization_name")
                    .or_default()
                    .inserted += 1;
            }
        }
        Ok(())
    }
}
