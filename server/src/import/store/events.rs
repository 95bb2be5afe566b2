//! Name changes and mergers, keyed by the locator of the source row that records each.

use std::collections::{HashMap, HashSet};

use sqlx::AnyConnection;

use super::Writer;
use crate::db::write::{stored, unkept, write_row, AnyQuery};

/// An event's organization_id, kind, session_id, old_name, new_name, other_name and
/// source_document_id.
type EventValues = (
    i64,
    String,
    Option<i64>,
    String,
    String,
    Option<String>,
    i64,
);

impl Writer<'_> {
    /// Write the planned name changes and mergers.
    pub(super) async fn events(&mut self) -> Result<(), sqlx::Error> {
        let existing = stored_events(self.conn).await?;
        let mut kept: HashSet<i64> = HashSet::new();
        let plan = self.plan;
        for event in &plan.events {
            let values: EventValues = (
                self.org_ids[event.organization],
                event.kind.to_string(),
                Some(self.session_ids[&event.session]),
                event.old_name.clone(),
                event.new_name.clone(),
                event.other_name.clone(),
                self.documents[event.file],
            );
            let bind_all = |query: AnyQuery<'static>, v: &EventValues| {
                query
                    .bind(v.0)
                    .bind(v.1.clone())
                    .bind(v.2)
                    .bind(v.3.clone())
                    .bind(v.4.clone())
                    .bind(v.5.clone())
                    .bind(v.6)
            };
            let event_id = write_row(
                self.conn,
                &mut self.changes,
                "organization_event",
                existing.get(&event.locator),
                &values,
                |id| {
                    bind_all(
                        sqlx::query(
                            "update organization_event set organization_id = $1, kind = $2, session_id = $3, old_name = $4, \
                             new_name = $5, other_name = $6, source_document_id = $7 where organization_event_id = $8",
                        ),
                        &values,
                    )
                    .bind(id)
                },
                || {
                    bind_all(
                        sqlx::query(
                            "insert into organization_event (organization_id, kind, session_id, old_name, new_name, other_name, \
                             source_document_id, locator) values ($1, $2, $3, $4, $5, $6, $7, $8) returning organization_event_id",
                        ),
                        &values,
                    )
                    .bind(event.locator.clone())
                },
            )
            .await?;
            kept.insert(event_id);
        }
        self.stale.events = unkept(existing.values(), &kept);
        Ok(())
    }
}

/// The stored events of this source: locator → (id, values).
async fn stored_events(
    conn: &mut AnyConnection,
) -> Result<HashMap<String, (i64, EventValues)>, sqlx::Error> {
    stored(
        conn,
        sqlx::query_as(
            "select locator, organization_event_id, organization_id, kind, session_id, old_name, \
               new_name, other_name, source_document_id from organization_event \
             where locator like 'steinert:%'",
        ),
        |(locator, id, organization, kind, session, old, new, other, document): (
            String,
            i64,
            i64,
            String,
            Option<i64>,
            String,
            String,
            Option<String>,
            i64,
        )| {
            (
                locator,
                (id, (organization, kind, session, old, new, other, document)),
            )
        },
    )
    .await
}
