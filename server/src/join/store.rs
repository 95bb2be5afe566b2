//! Writing a join [`Plan`] as the difference against what is stored, inside the caller's
//! transaction: the organizations and applications it creates (in plan order, so ids follow
//! it), the considerations of source `press_release`, their questions and recorded votes,
//! each record's links, and a sweep of what an earlier join made and this one did not.

use std::collections::{BTreeMap, HashMap, HashSet};

use sqlx::AnyConnection;

use super::plan::{NewRow, Plan, PlannedConsideration, PressRow};
use crate::{
    db::now_utc,
    db::write::{
        delete_ids, insert_id, stored, sweep_empty_applications, sweep_orphan_organizations,
        unkept, write_row, Changes, RecordedVoteRow, RecordedVoteWriter,
    },
    sources::press::Vote,
};

/// Write `plan`, made from `records`; `states` maps member state names to ids. Adds to
/// `changes` what it writes.
pub(super) async fn store_plan(
    conn: &mut AnyConnection,
    plan: &Plan<'_>,
    records: &[PressRow],
    states: &HashMap<String, i64>,
    changes: Changes,
) -> Result<Changes, sqlx::Error> {
    let mut writer = Writer {
        conn,
        changes,
        created: Vec::with_capacity(plan.created.len()),
        stale: Vec::new(),
    };
    writer.create(plan, records).await?;
    let written = writer.considerations(plan).await?;
    writer.questions(&written).await?;
    writer.recorded_votes(&written, states).await?;
    writer.point_records(plan, records, &written).await?;
    writer.sweep().await?;
    Ok(writer.changes)
}

/// A stored question: consideration, member state, seq, id, then its text and document.
type QuestionRecord = (i64, i64, i64, i64, Option<String>, i64);

/// A written consideration: its id, its session and what the plan said of it, in the order
/// they are written (by application id, then session).
type Written<'p, 'r> = Vec<(i64, i64, &'p PlannedConsideration<'r>)>;

/// Each state's vote, side by side (in favour, against, abstaining), for the states `states`
/// knows; the releases give no locator.
fn state_votes(vote: &Vote, states: &HashMap<String, i64>) -> Vec<(i64, String, Option<String>)> {
    let sides = [
        ("in_favour", &vote.in_favour),
        ("against", &vote.against),
        ("abstaining", &vote.abstaining),
    ];
    sides
        .into_iter()
        .flat_map(|(side, names)| {
            names
                .iter()
                .filter_map(|name| states.get(name))
                .map(move |&state_id| (state_id, side.to_string(), None))
        })
        .collect()
}

/// (session, topic) → (outcome, consideration, document, vote) of the written
/// considerations' votes; where two records of a session share a topic, the last written wins.
fn votes_by_topic<'p>(
    written: &'p Written<'_, '_>,
) -> BTreeMap<(i64, &'p str), (&'p str, i64, i64, &'p Vote)> {
    let mut votes = BTreeMap::new();
    for (id, session_id, planned) in written {
        for v in &planned.votes {
            votes.insert(
                (*session_id, v.topic.as_str()),
                (v.outcome.as_str(), *id, v.document, v.vote),
            );
        }
    }
    votes
}

/// The state of one write of a plan.
struct Writer<'c> {
    conn: &'c mut AnyConnection,
    changes: Changes,
    /// Ids of the rows the plan creates, in its order.
    created: Vec<i64>,
    /// Rows of an earlier join this one did not keep, by table, in the order written.
    stale: Vec<(&'static str, Vec<i64>)>,
}

impl Writer<'_> {
    /// Insert the organizations and applications the plan creates, in its order.
    async fn create(&mut self, plan: &Plan<'_>, records: &[PressRow]) -> Result<(), sqlx::Error> {
        let now = now_utc();
        for row in &plan.created {
            let id = match row {
                NewRow::Organization { record } => {
                    self.organization(&records[*record], &now).await?
                }
                NewRow::Application {
                    organization,
                    kind,
                    seq,
                } => {
                    let id = insert_id(
                        self.conn,
                        sqlx::query("insert into application (organization_id, kind, seq) values ($1, $2, $3) returning application_id")
                            .bind(organization.id(&self.created))
                            .bind(*kind)
                            .bind(*seq),
                    )
                    .await?;
                    self.changes.entry("application").or_default().inserted += 1;
                    id
                }
            };
            self.created.push(id);
        }
        Ok(())
    }

    /// Insert an organization named as `record` prints it, with that name.
    async fn organization(&mut self, record: &PressRow, now: &str) -> Result<i64, sqlx::Error> {
        let org = insert_id(
            self.conn,
            sqlx::query("insert into organization (name, created_at) values ($1, $2) returning organization_id")
                .bind(record.ngo.clone())
                .bind(now.to_string()),
        )
        .await?;
        sqlx::query(
            "insert into organization_name (organization_id, name, name_key, link_rule, source_document_id) \
             values ($1, $2, $3, 'new', $4) on conflict (name) do nothing",
        )
        .bind(org)
        .bind(&record.ngo)
        .bind(&record.name_key)
        .bind(record.document)
        .execute(&mut *self.conn)
        .await?;
        self.changes.entry("organization").or_default().inserted += 1;
        Ok(org)
    }

    /// Write the considerations, ordered by application id and session.
    async fn considerations<'p, 'r>(
        &mut self,
        plan: &'p Plan<'r>,
    ) -> Result<Written<'p, 'r>, sqlx::Error> {
        type Values = (String, i64);
        let existing = stored(
            self.conn,
            sqlx::query_as(
                "select application_id, session_id, consideration_id, decision, source_document_id \
                 from consideration where source = 'press_release'",
            ),
            |(application, session, id, decision, document): (i64, i64, i64, String, i64)| {
                ((application, session), (id, (decision, document)))
            },
        )
        .await?;
        let ordered: BTreeMap<(i64, i64), &'p PlannedConsideration<'r>> = plan
            .considerations
            .iter()
            .map(|(&(app, session_id), c)| ((app.id(&self.created), session_id), c))
            .collect();
        let mut written = Vec::with_capacity(ordered.len());
        let mut kept = HashSet::new();
        for ((application_id, session_id), planned) in ordered {
            let v: &Values = &(planned.decision.clone(), planned.document);
            let id = write_row(
                self.conn,
                &mut self.changes,
                "consideration",
                existing.get(&(application_id, session_id)),
                v,
                |id| {
                    sqlx::query("update consideration set decision = $1, source_document_id = $2 where consideration_id = $3")
                        .bind(v.0.clone())
                        .bind(v.1)
                        .bind(id)
                },
                || {
                    sqlx::query(
                        "insert into consideration (application_id, session_id, source, decision, is_new, source_document_id) \
                         values ($1, $2, 'press_release', $3, null, $4) returning consideration_id",
                    )
                    .bind(application_id)
                    .bind(session_id)
                    .bind(v.0.clone())
                    .bind(v.1)
                },
            )
            .await?;
            kept.insert(id);
            written.push((id, session_id, planned));
        }
        self.stale("consideration", existing.values(), &kept);
        Ok(written)
    }

    /// Write the questions, ordered by consideration id, member state and number.
    async fn questions(&mut self, written: &Written<'_, '_>) -> Result<(), sqlx::Error> {
        type Values = (Option<String>, i64);
        let questions: BTreeMap<(i64, i64, i64), Values> = written
            .iter()
            .flat_map(|(id, _, planned)| {
                planned.questions.iter().map(|q| {
                    (
                        (*id, q.member_state_id, q.seq),
                        (q.text.clone(), q.document),
                    )
                })
            })
            .collect();
        let existing = stored(
            self.conn,
            sqlx::query_as(
                "select q.consideration_id, q.member_state_id, q.seq, q.question_id, q.text, \
                   q.source_document_id from question q \
                 join consideration c on c.consideration_id = q.consideration_id \
                 where c.source = 'press_release'",
            ),
            |(consideration, state, seq, id, text, document): QuestionRecord| {
                ((consideration, state, seq), (id, (text, document)))
            },
        )
        .await?;
        let mut kept = HashSet::new();
        for (key, values) in &questions {
            let id = write_row(
                self.conn,
                &mut self.changes,
                "question",
                existing.get(key),
                values,
                |id| {
                    sqlx::query("update question set text = $1, source_document_id = $2 where question_id = $3")
                        .bind(values.0.clone())
                        .bind(values.1)
                        .bind(id)
                },
                || {
                    sqlx::query(
                        "insert into question (consideration_id, member_state_id, seq, text, source_document_id) \
                         values ($1, $2, $3, $4, $5) returning question_id",
                    )
                    .bind(key.0)
                    .bind(key.1)
                    .bind(key.2)
                    .bind(values.0.clone())
                    .bind(values.1)
                },
            )
            .await?;
            kept.insert(id);
        }
        self.stale("question", existing.values(), &kept);
        Ok(())
    }

    /// Write the recorded votes, ordered by session and topic, and each state's vote.
    async fn recorded_votes(
        &mut self,
        written: &Written<'_, '_>,
        states: &HashMap<String, i64>,
    ) -> Result<(), sqlx::Error> {
        let mut writer = RecordedVoteWriter::read(self.conn, "press_release").await?;
        for ((session_id, topic), (outcome, consideration_id, document, vote)) in
            votes_by_topic(written)
        {
            let row = RecordedVoteRow {
                session_id,
                topic: topic.to_string(),
                outcome: Some(outcome.to_string()),
                consideration_id: Some(consideration_id),
                source_document_id: document,
                votes: state_votes(vote, states),
            };
            writer.write(self.conn, &mut self.changes, &row).await?;
        }
        let (recorded, votes) = writer.unkept();
        self.stale.push(("recorded_vote", recorded));
        self.stale.push(("vote", votes));
        Ok(())
    }

    /// Point each record at its organization and consideration, where that changed.
    async fn point_records(
        &mut self,
        plan: &Plan<'_>,
        records: &[PressRow],
        written: &Written<'_, '_>,
    ) -> Result<(), sqlx::Error> {
        let mut record_consideration: Vec<Option<i64>> = vec![None; records.len()];
        for (id, _, planned) in written {
            for &i in &planned.records {
                record_consideration[i] = Some(*id);
            }
        }
        for (i, record) in records.iter().enumerate() {
            let organization_id = plan.record_org[i].map(|o| o.id(&self.created));
            if record.organization_id != organization_id
                || record.consideration_id != record_consideration[i]
            {
                sqlx::query("update press_record set organization_id = $1, consideration_id = $2 where press_record_id = $3")
                    .bind(organization_id)
                    .bind(record_consideration[i])
                    .bind(record.id)
                    .execute(&mut *self.conn)
                    .await?;
                self.changes.entry("press_record").or_default().updated += 1;
            }
        }
        Ok(())
    }

    /// Note the rows of `existing` (id first) this run did not keep, for [`Self::sweep`].
    fn stale<'a, V: 'a>(
        &mut self,
        table: &'static str,
        existing: impl IntoIterator<Item = &'a (i64, V)>,
        kept: &HashSet<i64>,
    ) {
        self.stale.push((table, unkept(existing, kept)));
    }

    /// Delete what an earlier join made and this one did not, children first; then the
    /// applications and organizations left empty.
    async fn sweep(&mut self) -> Result<(), sqlx::Error> {
        for (table, ids) in std::mem::take(&mut self.stale).into_iter().rev() {
            delete_ids(self.conn, table, ids, &mut self.changes).await?;
        }
        sweep_empty_applications(self.conn, &mut self.changes).await?;
        // Organizations only press records had made (or that a re-link of the reports left
        // without names), that nothing refers to any more.
        sweep_orphan_organizations(self.conn, &mut self.changes).await
    }
}
