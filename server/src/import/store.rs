//! Writing a [`Plan`] as the difference against what the database holds, inside the caller's
//! transaction. Rows are matched on their natural keys; unchanged rows are not written, so a
//! second run of the same import changes nothing and row ids stay stable. Rows this source
//! produced earlier and no longer plans are deleted; rows of other sources are left alone.

use std::collections::{BTreeMap, HashMap, HashSet};

use sqlx::{Any, AnyConnection, Row, Transaction};

use super::{
    plan::{Plan, SessionKey},
    TableChanges,
};
use crate::{db::now_utc, member_states::member_states};

pub type Changes = BTreeMap<&'static str, TableChanges>;

pub(crate) async fn insert_id<'q>(
    conn: &mut AnyConnection,
    query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
) -> Result<i64, sqlx::Error> {
    let row = query.fetch_one(conn).await?;
    row.try_get(0)
}

pub(crate) type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// Write one row as a difference: nothing when the stored values equal `desired`, an update
/// when they differ, an insert (whose query returns the new id) when there is no row yet.
/// Returns the row's id and counts what was written.
pub(crate) async fn write_row<V: PartialEq>(
    conn: &mut AnyConnection,
    changes: &mut Changes,
    table: &'static str,
    existing: Option<&(i64, V)>,
    desired: &V,
    update: impl FnOnce(i64) -> AnyQuery<'static>,
    insert: impl FnOnce() -> AnyQuery<'static>,
) -> Result<i64, sqlx::Error> {
    match existing {
        Some((id, stored)) if stored == desired => Ok(*id),
        Some((id, _)) => {
            update(*id).execute(&mut *conn).await?;
            changes.entry(table).or_default().updated += 1;
            Ok(*id)
        }
        None => {
            let id = insert_id(conn, insert()).await?;
            changes.entry(table).or_default().inserted += 1;
            Ok(id)
        }
    }
}

/// Delete the rows of `existing` (id first) that this run did not keep.
pub(crate) async fn delete_stale<'a, V: 'a>(
    conn: &mut AnyConnection,
    table: &'static str,
    existing: impl IntoIterator<Item = &'a (i64, V)>,
    kept: &HashSet<i64>,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let stale: Vec<i64> = existing
        .into_iter()
        .map(|(id, _)| *id)
        .filter(|id| !kept.contains(id))
        .collect();
    delete_ids(conn, table, stale, changes).await
}

pub(crate) async fn delete_ids(
    conn: &mut AnyConnection,
    table: &'static str,
    ids: impl IntoIterator<Item = i64>,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let sql = format!("delete from {table} where {table}_id = $1");
    for id in ids {
        sqlx::query(&sql).bind(id).execute(&mut *conn).await?;
        changes.entry(table).or_default().deleted += 1;
    }
    Ok(())
}

/// Delete applications no consideration of any source refers to any more.
pub(crate) async fn sweep_empty_applications(
    conn: &mut AnyConnection,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let empty: Vec<i64> = sqlx::query_scalar(
        "select a.application_id from application a where not exists \
         (select 1 from consideration c where c.application_id = a.application_id)",
    )
    .fetch_all(&mut *conn)
    .await?;
    delete_ids(conn, "application", empty, changes).await
}

/// Delete organizations nothing refers to any more — no application, press record, event or
/// curator override, and no name but those a press release gave — with those names and
/// their focus areas. Either source's writer calls it after its own sweep.
pub(crate) async fn sweep_orphan_organizations(
    conn: &mut AnyConnection,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let orphans: Vec<i64> = sqlx::query_scalar(
        "select o.organization_id from organization o where \
         not exists (select 1 from application a where a.organization_id = o.organization_id) and \
         not exists (select 1 from press_record r where r.organization_id = o.organization_id) and \
         not exists (select 1 from organization_event e where e.organization_id = o.organization_id) and \
         not exists (select 1 from focus_area_override f where f.organization_id = o.organization_id) and \
         not exists (select 1 from organization_name n left join source_document d \
                     on d.source_document_id = n.source_document_id \
                     where n.organization_id = o.organization_id and coalesce(d.source, '') <> 'press_release')",
    )
    .fetch_all(&mut *conn)
    .await?;
    for id in &orphans {
        for table in ["organization_name", "focus_area_assignment"] {
            sqlx::query(&format!("delete from {table} where organization_id = $1"))
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
    }
    delete_ids(conn, "organization", orphans, changes).await
}

/// Keep a snapshot's bytes as a source document (one row per address and content: a changed
/// page adds a row, the older one stays) and return its id.
pub async fn store_document(
    conn: &mut AnyConnection,
    source: &str,
    url: &str,
    file_name: Option<&str>,
    file: &crate::sources::fetch::Fetched,
    fetched_at: &str,
    default_content_type: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "insert into source_document (source, url, file_name, fetched_at, sha256, http_status, etag, \
         last_modified, content_type, byte_len, body) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         on conflict (url, sha256) do nothing",
    )
    .bind(source)
    .bind(url)
    .bind(file_name)
    .bind(fetched_at)
    .bind(&file.sha256)
    .bind(file.http_status.map(i64::from))
    .bind(file.etag.clone())
    .bind(file.last_modified.clone())
    .bind(
        file.content_type
            .clone()
            .unwrap_or_else(|| default_content_type.to_string()),
    )
    .bind(file.body.len() as i64)
    .bind(file.body.clone())
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar(
        "select source_document_id from source_document where url = $1 and sha256 = $2",
    )
    .bind(url)
    .bind(&file.sha256)
    .fetch_one(&mut *conn)
    .await
}

/// Make sure every member state of the table and each of its spellings is stored; returns
/// short name → member_state_id.
pub async fn seed_member_states(
    conn: &mut AnyConnection,
    changes: &mut Changes,
) -> Result<HashMap<String, i64>, sqlx::Error> {
    let mut ids: HashMap<String, i64> =
        sqlx::query("select name, member_state_id from member_state")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, sqlx::Error>>()?;
    let known_keys: HashSet<String> = sqlx::query_scalar("select name_key from member_state_name")
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();
    for state in member_states().iter() {
        let id = match ids.get(state.name) {
            Some(id) => *id,
            None => {
                let id = insert_id(
                    conn,
                    sqlx::query("insert into member_state (name, iso3) values ($1, $2) returning member_state_id")
                        .bind(state.name)
                        .bind(state.iso3),
                )
                .await?;
                changes.entry("member_state").or_default().inserted += 1;
                ids.insert(state.name.to_string(), id);
                id
            }
        };
        for spelling in std::iter::once(state.name).chain(state.variants.iter().copied()) {
            let key = crate::member_states::state_key(spelling);
            if !known_keys.contains(&key) {
                sqlx::query("insert into member_state_name (member_state_id, name, name_key) values ($1, $2, $3) on conflict (name_key) do nothing")
                    .bind(id)
                    .bind(spelling)
                    .bind(&key)
                    .execute(&mut *conn)
                    .await?;
                changes.entry("member_state_name").or_default().inserted += 1;
            }
        }
    }
    Ok(ids)
}

/// Write the plan. `documents[i]` is the source_document_id of `FILES[i]`.
pub async fn store_plan(
    tx: &mut Transaction<'_, Any>,
    plan: &Plan,
    documents: &[i64],
) -> Result<Changes, sqlx::Error> {
    let conn: &mut AnyConnection = tx;
    let mut changes = Changes::new();
    let state_ids = seed_member_states(conn, &mut changes).await?;

    // Sessions: keyed by (year, part); never deleted (other sources refer to them).
    let mut session_ids: HashMap<SessionKey, i64> = HashMap::new();
    let existing: HashMap<(i64, String), (i64, Option<String>)> =
        sqlx::query("select year, part, session_id, adopted_on from session")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| {
                Ok((
                    (r.try_get(0)?, r.try_get(1)?),
                    (r.try_get(2)?, r.try_get(3)?),
                ))
            })
            .collect::<Result<_, sqlx::Error>>()?;
    for session in &plan.sessions {
        let key = (
            i64::from(session.key.year),
            session.key.part.as_str().to_string(),
        );
        let adopted_on = Some(session.adopted_on.to_string());
        let id = write_row(
            conn,
            &mut changes,
            "session",
            existing.get(&key),
            &adopted_on,
            |id| {
                sqlx::query("update session set adopted_on = $1 where session_id = $2")
                    .bind(adopted_on.clone())
                    .bind(id)
            },
            || {
                sqlx::query("insert into session (year, part, adopted_on) values ($1, $2, $3) returning session_id")
                    .bind(key.0)
                    .bind(key.1.clone())
                    .bind(adopted_on.clone())
            },
        )
        .await?;
        session_ids.insert(session.key, id);
    }

    // Organizations: each planned organization keeps the id its names already point at.
    struct NameRow {
        id: i64,
        organization_id: i64,
        name_key: String,
        link_rule: String,
        link_score: Option<f64>,
        linked_to_name: Option<String>,
        source_document_id: Option<i64>,
    }
    let mut names: HashMap<String, NameRow> = sqlx::query(
        "select name, organization_name_id, organization_id, name_key, link_rule, link_score, \
                linked_to_name, source_document_id from organization_name",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| {
        Ok((
            r.try_get(0)?,
            NameRow {
                id: r.try_get(1)?,
                organization_id: r.try_get(2)?,
                name_key: r.try_get(3)?,
                link_rule: r.try_get(4)?,
                link_score: r.try_get(5)?,
                linked_to_name: r.try_get(6)?,
                source_document_id: r.try_get(7)?,
            },
        ))
    })
    .collect::<Result<_, sqlx::Error>>()?;
    let org_display: HashMap<i64, String> =
        sqlx::query("select organization_id, name from organization")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, sqlx::Error>>()?;

    let mut members: Vec<Vec<usize>> = vec![Vec::new(); plan.linking.organizations];
    for (i, linked) in plan.linking.names.iter().enumerate() {
        members[linked.organization].push(i);
    }
    let mut org_ids: Vec<i64> = Vec::with_capacity(members.len());
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
            conn,
            &mut changes,
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
        org_ids.push(id);
    }

    // Names.
    let mut planned_names: HashSet<&str> = HashSet::new();
    for (i, linked) in plan.linking.names.iter().enumerate() {
        planned_names.insert(linked.name.as_str());
        let organization_id = org_ids[linked.organization];
        let document = documents[plan.name_first_file[i]];
        let rule = linked.rule.as_str();
        match names.get(&linked.name) {
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
                .execute(&mut *conn)
                .await?;
                changes.entry("organization_name").or_default().updated += 1;
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
                .execute(&mut *conn)
                .await?;
                changes.entry("organization_name").or_default().inserted += 1;
            }
        }
    }

    // Applications.
    let mut applications: HashMap<(i64, String, i64), i64> =
        sqlx::query("select organization_id, kind, seq, application_id from application")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| Ok(((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?), r.try_get(3)?)))
            .collect::<Result<_, sqlx::Error>>()?;

    // Considerations of this source, and the rows behind them.
    type ConsiderationValues = (String, Option<i64>, i64);
    let existing_considerations: HashMap<(i64, i64), (i64, ConsiderationValues)> = sqlx::query(
        "select application_id, session_id, consideration_id, decision, is_new, source_document_id \
         from consideration where source = 'steinert'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Ok(((r.try_get(0)?, r.try_get(1)?), (r.try_get(2)?, (r.try_get(3)?, r.try_get(4)?, r.try_get(5)?)))))
    .collect::<Result<_, sqlx::Error>>()?;
    type EvidenceValues = (i64, i64, String);
    let existing_evidence: HashMap<String, (i64, EvidenceValues)> = sqlx::query(
        "select locator, consideration_evidence_id, consideration_id, source_document_id, name_as_printed \
         from consideration_evidence where locator like 'steinert:%'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get(0)?, (r.try_get(1)?, (r.try_get(2)?, r.try_get(3)?, r.try_get(4)?)))))
    .collect::<Result<_, sqlx::Error>>()?;

    let mut kept_considerations: HashSet<i64> = HashSet::new();
    let mut kept_evidence: HashSet<i64> = HashSet::new();
    let mut status_consideration: HashMap<(usize, SessionKey), i64> = HashMap::new();
    for planned in &plan.considerations {
        let organization_id = org_ids[planned.organization];
        let app_key = (
            organization_id,
            planned.kind.as_str().to_string(),
            i64::from(planned.seq),
        );
        let application_id = match applications.get(&app_key) {
            Some(id) => *id,
            None => {
                let id = insert_id(
                    conn,
                    sqlx::query("insert into application (organization_id, kind, seq) values ($1, $2, $3) returning application_id")
                        .bind(app_key.0)
                        .bind(app_key.1.clone())
                        .bind(app_key.2),
                )
                .await?;
                changes.entry("application").or_default().inserted += 1;
                applications.insert(app_key, id);
                id
            }
        };
        let session_id = session_ids[&planned.session];
        let values: ConsiderationValues = (
            planned.decision.to_string(),
            planned.is_new.map(i64::from),
            documents[planned.file],
        );
        let consideration_id = write_row(
            conn,
            &mut changes,
            "consideration",
            existing_considerations.get(&(application_id, session_id)),
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
        .await?;
        kept_considerations.insert(consideration_id);
        if planned.kind == super::plan::ApplicationKind::Status {
            status_consideration.insert((planned.organization, planned.session), consideration_id);
        }
        for evidence in &planned.evidence {
            let locator = evidence.locator();
            let values: EvidenceValues = (
                consideration_id,
                documents[evidence.file],
                evidence.name_as_printed.clone(),
            );
            let evidence_id = write_row(
                conn,
                &mut changes,
                "consideration_evidence",
                existing_evidence.get(&locator),
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
            .await?;
            kept_evidence.insert(evidence_id);
        }
    }

    // Name changes and mergers.
    type EventValues = (
        i64,
        String,
        Option<i64>,
        String,
        String,
        Option<String>,
        i64,
    );
    let existing_events: HashMap<String, (i64, EventValues)> = sqlx::query(
        "select locator, organization_event_id, organization_id, kind, session_id, old_name, new_name, \
         other_name, source_document_id from organization_event where locator like 'steinert:%'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| {
        Ok((
            r.try_get(0)?,
            (
                r.try_get(1)?,
                (r.try_get(2)?, r.try_get(3)?, r.try_get(4)?, r.try_get(5)?, r.try_get(6)?, r.try_get(7)?, r.try_get(8)?),
            ),
        ))
    })
    .collect::<Result<_, sqlx::Error>>()?;
    let mut kept_events: HashSet<i64> = HashSet::new();
    for event in &plan.events {
        let values: EventValues = (
            org_ids[event.organization],
            event.kind.to_string(),
            Some(session_ids[&event.session]),
            event.old_name.clone(),
            event.new_name.clone(),
            event.other_name.clone(),
            documents[event.file],
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
            conn,
            &mut changes,
            "organization_event",
            existing_events.get(&event.locator),
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
        kept_events.insert(event_id);
    }

    // Roll-call votes.
    let vote_document = documents[crate::sources::steinert::FILES
        .iter()
        .position(|f| f.kind == crate::sources::steinert::FileKind::RollCallVotes)
        .expect("a roll-call file")];
    type RecordedVoteValues = (String, Option<i64>, i64);
    let existing_recorded: HashMap<(i64, String), (i64, RecordedVoteValues)> = sqlx::query(
        "select session_id, topic, recorded_vote_id, outcome, consideration_id, source_document_id \
         from recorded_vote where source = 'steinert'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| {
        Ok((
            (r.try_get(0)?, r.try_get(1)?),
            (
                r.try_get(2)?,
                (r.try_get::<Option<String>, _>(3)?.unwrap_or_default(), r.try_get(4)?, r.try_get(5)?),
            ),
        ))
    })
    .collect::<Result<_, sqlx::Error>>()?;
    type VoteValues = (String, Option<String>);
    let existing_votes: HashMap<(i64, i64), (i64, VoteValues)> = sqlx::query(
        "select v.recorded_vote_id, v.member_state_id, v.vote_id, v.vote, v.locator from vote v \
         join recorded_vote r on r.recorded_vote_id = v.recorded_vote_id where r.source = 'steinert'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Ok(((r.try_get(0)?, r.try_get(1)?), (r.try_get(2)?, (r.try_get(3)?, r.try_get(4)?)))))
    .collect::<Result<_, sqlx::Error>>()?;
    let mut kept_recorded: HashSet<i64> = HashSet::new();
    let mut kept_votes: HashSet<i64> = HashSet::new();
    for planned in &plan.votes {
        let session_id = session_ids[&planned.session];
        let values: RecordedVoteValues = (
            planned.outcome.clone(),
            planned
                .organization
                .and_then(|org| status_consideration.get(&(org, planned.session)).copied()),
            vote_document,
        );
        let recorded_id = write_row(
            conn,
            &mut changes,
            "recorded_vote",
            existing_recorded.get(&(session_id, planned.topic.clone())),
            &values,
            |id| {
                sqlx::query("update recorded_vote set outcome = $1, consideration_id = $2, source_document_id = $3 where recorded_vote_id = $4")
                    .bind(values.0.clone())
                    .bind(values.1)
                    .bind(values.2)
                    .bind(id)
            },
            || {
                sqlx::query(
                    "insert into recorded_vote (session_id, topic, outcome, consideration_id, source, source_document_id) \
                     values ($1, $2, $3, $4, 'steinert', $5) returning recorded_vote_id",
                )
                .bind(session_id)
                .bind(planned.topic.clone())
                .bind(values.0.clone())
                .bind(values.1)
                .bind(values.2)
            },
        )
        .await?;
        kept_recorded.insert(recorded_id);
        for (state, cast, locator) in &planned.votes {
            let state_id = state_ids[*state];
            let values: VoteValues = (cast.as_str().to_string(), Some(locator.clone()));
            let vote_id = write_row(
                conn,
                &mut changes,
                "vote",
                existing_votes.get(&(recorded_id, state_id)),
                &values,
                |id| {
                    sqlx::query("update vote set vote = $1, locator = $2 where vote_id = $3")
                        .bind(values.0.clone())
                        .bind(values.1.clone())
                        .bind(id)
                },
                || {
                    sqlx::query("insert into vote (recorded_vote_id, member_state_id, vote, locator) values ($1, $2, $3, $4) returning vote_id")
                        .bind(recorded_id)
                        .bind(state_id)
                        .bind(values.0.clone())
                        .bind(values.1.clone())
                },
            )
            .await?;
            kept_votes.insert(vote_id);
        }
    }

    // Flags.
    type FlagValues = (i64, String);
    let existing_flags: HashMap<(i64, String), (i64, FlagValues)> = sqlx::query(
        "select session_id, kind, reconciliation_flag_id, item_count, detail from reconciliation_flag where source = 'steinert'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Ok(((r.try_get(0)?, r.try_get(1)?), (r.try_get(2)?, (r.try_get(3)?, r.try_get(4)?)))))
    .collect::<Result<_, sqlx::Error>>()?;
    let mut kept_flags: HashSet<i64> = HashSet::new();
    for flag in &plan.flags {
        let session_id = session_ids[&flag.session];
        let values: FlagValues = (flag.count as i64, flag.detail.clone());
        let id = write_row(
            conn,
            &mut changes,
            "reconciliation_flag",
            existing_flags.get(&(session_id, flag.kind.to_string())),
            &values,
            |id| {
                sqlx::query("update reconciliation_flag set item_count = $1, detail = $2 where reconciliation_flag_id = $3")
                    .bind(values.0)
                    .bind(values.1.clone())
                    .bind(id)
            },
            || {
                sqlx::query(
                    "insert into reconciliation_flag (session_id, source, kind, item_count, detail) \
                     values ($1, 'steinert', $2, $3, $4) returning reconciliation_flag_id",
                )
                .bind(session_id)
                .bind(flag.kind)
                .bind(values.0)
                .bind(values.1.clone())
            },
        )
        .await?;
        kept_flags.insert(id);
    }

    // Sweep what this source produced before and no longer plans, children first.
    delete_stale(
        conn,
        "vote",
        existing_votes.values(),
        &kept_votes,
        &mut changes,
    )
    .await?;
    delete_stale(
        conn,
        "recorded_vote",
        existing_recorded.values(),
        &kept_recorded,
        &mut changes,
    )
    .await?;
    delete_stale(
        conn,
        "reconciliation_flag",
        existing_flags.values(),
        &kept_flags,
        &mut changes,
    )
    .await?;
    delete_stale(
        conn,
        "organization_event",
        existing_events.values(),
        &kept_events,
        &mut changes,
    )
    .await?;
    delete_stale(
        conn,
        "consideration_evidence",
        existing_evidence.values(),
        &kept_evidence,
        &mut changes,
    )
    .await?;
    let stale: Vec<i64> = existing_considerations
        .values()
        .map(|v| v.0)
        .filter(|id| !kept_considerations.contains(id))
        .collect();
    // A recorded vote of another source may point at a consideration about to go.
    for id in &stale {
        sqlx::query("update recorded_vote set consideration_id = null where consideration_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    delete_ids(conn, "consideration", stale, &mut changes).await?;
    sweep_empty_applications(conn, &mut changes).await?;
    // Names first seen in any version of this source's files (not only the current one).
    let own_documents: HashSet<i64> = sqlx::query_scalar(
        "select source_document_id from source_document where source = 'steinert'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    let stale: Vec<i64> = names
        .drain()
        .filter(|(name, row)| {
            !planned_names.contains(name.as_str())
                && row
                    .source_document_id
                    .is_some_and(|d| own_documents.contains(&d))
        })
        .map(|(_, row)| row.id)
        .collect();
    delete_ids(conn, "organization_name", stale, &mut changes).await?;
    sweep_orphan_organizations(conn, &mut changes).await?;
    Ok(changes)
}
