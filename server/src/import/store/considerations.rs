//! Applications, this source's considerations of them, and the source rows behind each
//! consideration (its evidence).

use std::collections::{HashMap, HashSet};

use sqlx::AnyConnection;

use super::Writer;
use crate::{
    db::write::{insert_id, stored, unkept, write_row},
    import::plan::{ApplicationKind, PlannedConsideration, RowRef},
};

/// A consideration's decision, is_new and source_document_id.
type ConsiderationValues = (String, Option<i64>, i64);
/// Stored considerations of this source: (application, session) → (id, values).
type StoredConsiderations = HashMap<(i64, i64), (i64, ConsiderationValues)>;
/// An evidence row's consideration_id, source_document_id and name_as_printed.
type EvidenceValues = (i64, i64, String);
/// Stored evidence of this source: locator → (id, values).
type StoredEvidence = HashMap<String, (i64, EvidenceValues)>;

impl Writer<'_> {
    /// Write the applications and considerations with their evidence, in plan order.
    pub(super) async fn considerations(&mut self) -> Result<(), sqlx::Error> {
        let mut applications = stored_applications(self.conn).await?;
        let existing = stored_considerations(self.conn).await?;
        let existing_evidence = stored_evidence(self.conn).await?;
        let mut kept: HashSet<i64> = HashSet::new();
        let mut kept_evidence: HashSet<i64> = HashSet::new();
        let plan = self.plan;
        for planned in &plan.considerations {
            let application_id = self.application(&mut applications, planned).await?;
            let consideration_id = self
                .consideration(planned, application_id, &existing)
                .await?;
            kept.insert(consideration_id);
            if planned.kind == ApplicationKind::Status {
                self.status_consideration
                    .insert((planned.organization, planned.session), consideration_id);
            }
            for evidence in &planned.evidence {
                let evidence_id = self
                    .evidence(consideration_id, evidence, &existing_evidence)
                    .await?;
                kept_evidence.insert(evidence_id);
            }
        }
        self.stale.considerations = unkept(existing.values(), &kept);
        self.stale.evidence = unkept(existing_evidence.values(), &kept_evidence);
        Ok(())
    }

    /// The id of the application `planned` belongs to, inserted when it is not stored yet.
    async fn application(
        &mut self,
        applications: &mut HashMap<(i64, String, i64), i64>,
        planned: &PlannedConsideration,
    ) -> Result<i64, sqlx::Error> {
        let app_key = (
            self.org_ids[planned.organization],
            planned.kind.as_str().to_string(),
            i64::from(planned.seq),
        );
        if let Some(id) = applications.get(&app_key) {
            return Ok(*id);
        }
        let id = insert_id(
            self.conn,
            sqlx::query("insert into application (organization_id, kind, seq) values ($1, $2, $3) returning application_id")
                .bind(app_key.0)
                .bind(app_key.1.clone())
                .bind(app_key.2),
        )
        .await?;
        self.changes.entry("application").or_default().inserted += 1;
        applications.insert(app_key, id);
        Ok(id)
    }

    /// Write one consideration of application `application_id`; returns its id.
    async fn consideration(
        &mut self,
        planned: &PlannedConsideration,
        application_id: i64,
        existing: &StoredConsiderations,
    ) -> Result<i64, sqlx::Error> {
        let session_id = self.session_ids[&planned.session];
        let values: ConsiderationValues = (
            planned.decision.to_string(),
            planned.is_new.map(i64::from),
            self.documents[planned.file],
        );
        write_row(
            self.conn,
            &mut self.changes,
            "consideration",
            existing.get(&(application_id, session_id)),
            &values,
            |id| {
                sqlx::query("update consideration set decision = $1, is_new = $2, source_document_id = $3 where consideration_id = $4")
                    .bind(values.0.clone())
                    .bind(values.1)
                    .bind(values.2)
                    .bind(id)
            },
            || {
                sqlx::query(
                    "insert into consideration (application_id, session_id, source, decision, is_new, source_document_id) \
                     values ($1, $2, 'steinert', $3, $4, $5) returning consideration_id",
                )
                .bind(application_id)
                .bind(session_id)
                .bind(values.0.clone())
                .bind(values.1)
                .bind(values.2)
            },
        )
        .await
    }

    /// Write one source row behind consideration `consideration_id`; returns its id.
    async fn evidence(
        &mut self,
        consideration_id: i64,
        evidence: &RowRef,
        existing: &StoredEvidence,
    ) -> Result<i64, sqlx::Error> {
        let locator = evidence.locator();
        let values: EvidenceValues = (
            consideration_id,
            self.documents[evidence.file],
            evidence.name_as_printed.clone(),
        );
        write_row(
            self.conn,
            &mut self.changes,
            "consideration_evidence",
            existing.get(&locator),
            &values,
            |id| {
                sqlx::query(
                    "update consideration_evidence set consideration_id = $1, source_document_id = $2, \
                     name_as_printed = $3 where consideration_evidence_id = $4",
                )
                .bind(values.0)
                .bind(values.1)
                .bind(values.2.clone())
                .bind(id)
            },
            || {
                sqlx::query(
                    "insert into consideration_evidence (consideration_id, source_document_id, locator, name_as_printed) \
                     values ($1, $2, $3, $4) returning consideration_evidence_id",
                )
                .bind(values.0)
                .bind(values.1)
                .bind(locator.clone())
                .bind(values.2.clone())
            },
        )
        .await
    }
}

/// Every stored application: (organization, kind, seq) → application_id.
async fn stored_applications(
    conn: &mut AnyConnection,
) -> Result<HashMap<(i64, String, i64), i64>, sqlx::Error> {
    let rows: Vec<(i64, String, i64, i64)> =
        sqlx::query_as("select organization_id, kind, seq, application_id from application")
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(organization, kind, seq, id)| ((organization, kind, seq), id))
        .collect())
}

/// The stored considerations of this source.
async fn stored_considerations(
    conn: &mut AnyConnection,
) -> Result<StoredConsiderations, sqlx::Error> {
    stored(
        conn,
        sqlx::query_as(
            "select application_id, session_id, consideration_id, decision, is_new, \
               source_document_id from consideration where source = 'steinert'",
        ),
        |(application, session, id, decision, is_new, document): (
            i64,
            i64,
            i64,
            String,
            Option<i64>,
            i64,
        )| ((application, session), (id, (decision, is_new, document))),
    )
    .await
}

/// The stored evidence rows of this source.
async fn stored_evidence(conn: &mut AnyConnection) -> Result<StoredEvidence, sqlx::Error> {
    stored(
        conn,
        sqlx::query_as(
            "select locator, consideration_evidence_id, consideration_id, source_document_id, \
               name_as_printed from consideration_evidence where locator like 'steinert:%'",
        ),
        |(locator, id, consideration, document, name): (String, i64, i64, i64, String)| {
            (locator, (id, (consideration, document, name)))
        },
    )
    .await
}
