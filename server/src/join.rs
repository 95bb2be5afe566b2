//! The join of press records with the history from the reports: each record is linked to the
//! organization its name resolves to (the same name keys the reports import uses) and to one
//! of its applications, and becomes a consideration of source `press_release` with the
//! asking states' questions and any recorded vote. A consideration of the reports for the
//! same application and session is never touched: where the two disagree, both stay, and
//! [`disagreements`](crate::db::press) lists them.
//!
//! The join is derived data: it is recomputed from all stored records after every scrape,
//! re-parse and reports import, writing only the difference (row ids stay stable).

use std::collections::{BTreeMap, HashMap, HashSet};

use sqlx::{AnyConnection, Row};

use crate::{
    db::now_utc,
    import::store::{
        delete_stale, insert_id, seed_member_states, sweep_empty_applications,
        sweep_orphan_organizations, write_row, Changes,
    },
    names::compact_key,
    sources::press::Vote,
};

/// What the join did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct JoinSummary {
    /// Records considered (status and reclassification requests with a known session).
    pub records: u64,
    /// Of these, records whose name resolved to an organization of the reports dataset.
    pub linked_to_history: u64,
    /// Organizations known only from press releases, created by this run.
    pub organizations_created: u64,
    pub changes: Changes,
}

/// A session's place in time: (year, 0 regular | 1 resumed).
type SessionOrder = (i64, i64);

fn order(year: i64, part: &str) -> SessionOrder {
    (year, i64::from(part == "resumed"))
}

const FINAL: &[&str] = &[
    "recommended",
    "recommended_special",
    "recommended_general",
    "recommended_roster",
    "closed",
    "rejected",
    "withdrawn",
    "reclassified",
];

#[derive(Debug, Default)]
struct App {
    id: i64,
    seq: i64,
    /// Sessions with a consideration, by source.
    steinert: BTreeMap<SessionOrder, String>,
    press: BTreeMap<SessionOrder, String>,
}

impl App {
    fn first(&self) -> Option<SessionOrder> {
        let a = self.steinert.keys().next();
        let b = self.press.keys().next();
        a.into_iter().chain(b).min().copied()
    }

    /// Decided (granted, closed, ...) at a session before `at`.
    fn ended_before(&self, at: SessionOrder) -> bool {
        self.steinert
            .iter()
            .chain(self.press.iter())
            .any(|(s, d)| *s < at && FINAL.contains(&d.as_str()))
    }
}

struct PressRow {
    id: i64,
    name_key: String,
    ngo: String,
    decision: String,
    request: String,
    asked_by: Vec<String>,
    question: Option<String>,
    vote: Option<Vote>,
    organization_id: Option<i64>,
    consideration_id: Option<i64>,
    session: Option<(i64, SessionOrder)>,
    document: i64,
}

async fn load_records(conn: &mut AnyConnection) -> Result<Vec<PressRow>, sqlx::Error> {
    let rows = sqlx::query(
        "select r.press_record_id, r.name_key, r.ngo, r.decision, r.request, r.asked_by, r.question, r.vote, \
                r.organization_id, r.consideration_id, p.session_id, s.year, s.part, p.source_document_id \
         from press_record r join press_release p on p.press_release_id = r.press_release_id \
         left join session s on s.session_id = p.session_id \
         where r.request <> 'quadrennial_report' and p.is_placeholder = 0 \
         order by s.year, s.part, p.dated_on, p.press_release_id, r.press_record_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let asked_by: String = r.try_get(5)?;
            let vote: Option<String> = r.try_get(7)?;
            let session_id: Option<i64> = r.try_get(10)?;
            let year: Option<i64> = r.try_get(11)?;
            let part: Option<String> = r.try_get(12)?;
            Ok(PressRow {
                id: r.try_get(0)?,
                name_key: r.try_get(1)?,
                ngo: r.try_get(2)?,
                decision: r.try_get(3)?,
                request: r.try_get(4)?,
                asked_by: serde_json::from_str(&asked_by).unwrap_or_default(),
                question: r.try_get(6)?,
                vote: vote.and_then(|v| serde_json::from_str(&v).ok()),
                organization_id: r.try_get(8)?,
                consideration_id: r.try_get(9)?,
                session: match (session_id, year, part) {
                    (Some(id), Some(y), Some(p)) => Some((id, order(y, &p))),
                    _ => None,
                },
                document: r.try_get(13)?,
            })
        })
        .collect()
}

/// Name key → (organization, the name came from the reports), preferring names the reports
/// dataset gave; and the compact key → the same, where only one organization has it.
type NameIndex = (
    HashMap<String, (i64, bool)>,
    HashMap<String, Option<(i64, bool)>>,
);

/// See [`NameIndex`].
async fn name_index(conn: &mut AnyConnection) -> Result<NameIndex, sqlx::Error> {
    let rows = sqlx::query(
        "select n.name_key, n.organization_id, coalesce(d.source, '') from organization_name n \
         left join source_document d on d.source_document_id = n.source_document_id \
         order by n.organization_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut by_key: HashMap<String, (i64, bool)> = HashMap::new();
    let mut by_compact: HashMap<String, Option<(i64, bool)>> = HashMap::new();
    for r in rows {
        let key: String = r.try_get(0)?;
        let org: i64 = r.try_get(1)?;
        let from_reports = r.try_get::<String, _>(2)? == "steinert";
        by_compact
            .entry(compact_key(&key))
            .and_modify(|o| match o {
                Some((known, reported)) if *known == org => *reported |= from_reports,
                _ => *o = None,
            })
            .or_insert(Some((org, from_reports)));
        match by_key.get(&key) {
            Some((_, true)) => {}
            Some((_, false)) if !from_reports => {}
            _ => {
                by_key.insert(key, (org, from_reports));
            }
        }
    }
    Ok((by_key, by_compact))
}

async fn load_applications(
    conn: &mut AnyConnection,
) -> Result<HashMap<(i64, String), Vec<App>>, sqlx::Error> {
    let rows = sqlx::query(
        "select a.application_id, a.organization_id, a.kind, a.seq, s.year, s.part, c.decision, c.source \
         from application a left join consideration c on c.application_id = a.application_id \
         left join session s on s.session_id = c.session_id order by a.application_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut apps: HashMap<(i64, String), Vec<App>> = HashMap::new();
    for r in rows {
        let id: i64 = r.try_get(0)?;
        let list = apps.entry((r.try_get(1)?, r.try_get(2)?)).or_default();
        if list.last().is_none_or(|a| a.id != id) {
            list.push(App {
                id,
                seq: r.try_get(3)?,
                ..App::default()
            });
        }
        let app = list.last_mut().expect("just pushed");
        let year: Option<i64> = r.try_get(4)?;
        let part: Option<String> = r.try_get(5)?;
        let decision: Option<String> = r.try_get(6)?;
        let source: Option<String> = r.try_get(7)?;
        if let (Some(y), Some(p), Some(d), Some(s)) = (year, part, decision, source) {
            let at = order(y, &p);
            if s == "steinert" {
                app.steinert.insert(at, d);
            } else {
                app.press.insert(at, d);
            }
        }
    }
    Ok(apps)
}

/// The application a record at `at` belongs to: the one the reports consider at that
/// session, or the one an earlier join gave, or the latest one started before and not yet
/// decided; `None` when the organization has none (a new application).
fn choose(apps: &[App], at: SessionOrder) -> Option<usize> {
    if let Some(i) = apps.iter().position(|a| a.steinert.contains_key(&at)) {
        return Some(i);
    }
    if let Some(i) = apps.iter().position(|a| a.press.contains_key(&at)) {
        return Some(i);
    }
    apps.iter()
        .enumerate()
        .filter(|(_, a)| a.first().is_some_and(|f| f <= at) && !a.ended_before(at))
        .max_by_key(|(_, a)| a.first())
        .map(|(i, _)| i)
}

/// Recompute the join for every stored record; writes only what changed.
pub async fn link_press_records(conn: &mut AnyConnection) -> Result<JoinSummary, sqlx::Error> {
    let mut summary = JoinSummary::default();
    let mut changes = Changes::new();
    let states = seed_member_states(conn, &mut changes).await?;
    let (mut by_key, by_compact) = name_index(conn).await?;
    // Press considerations of an earlier join keep a record on the application it was given
    // (so that applications known only from press releases keep their ids).
    let mut apps = load_applications(conn).await?;
    let records = load_records(conn).await?;
    let now = now_utc();

    // (application, session) → the records of that consideration, in date order.
    let mut considerations: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
    let mut record_org: Vec<Option<i64>> = vec![None; records.len()];
    for (i, record) in records.iter().enumerate() {
        let Some((session_id, at)) = record.session else {
            continue;
        };
        summary.records += 1;
        let found = by_key.get(&record.name_key).copied().or_else(|| {
            by_compact
                .get(&compact_key(&record.name_key))
                .copied()
                .flatten()
        });
        let organization_id = match found {
            Some((org, from_reports)) => {
                summary.linked_to_history += u64::from(from_reports);
                org
            }
            None => {
                let org = insert_id(
                    conn,
                    sqlx::query("insert into organization (name, created_at) values ($1, $2) returning organization_id")
                        .bind(record.ngo.clone())
                        .bind(now.clone()),
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
                .execute(&mut *conn)
                .await?;
                changes.entry("organization").or_default().inserted += 1;
                summary.organizations_created += 1;
                by_key.insert(record.name_key.clone(), (org, false));
                org
            }
        };
        record_org[i] = Some(organization_id);
        let kind = if record.request == "reclassification" {
            "reclassification"
        } else {
            "status"
        };
        let list = apps.entry((organization_id, kind.to_string())).or_default();
        let index = match choose(list, at) {
            Some(index) => index,
            None => {
                let seq = list.iter().map(|a| a.seq).max().unwrap_or(0) + 1;
                let id = insert_id(
                    conn,
                    sqlx::query("insert into application (organization_id, kind, seq) values ($1, $2, $3) returning application_id")
                        .bind(organization_id)
                        .bind(kind)
                        .bind(seq),
                )
                .await?;
                changes.entry("application").or_default().inserted += 1;
                list.push(App {
                    id,
                    seq,
                    ..App::default()
                });
                list.len() - 1
            }
        };
        let app = &mut list[index];
        app.press.insert(at, record.decision.clone());
        considerations
            .entry((app.id, session_id))
            .or_default()
            .push(i);
    }

    // Considerations: the session's last record gives the decision (an NGO deferred on
    // Monday and recommended on Thursday was recommended at that session).
    type ConsiderationValues = (String, i64);
    let existing: HashMap<(i64, i64), (i64, ConsiderationValues)> = sqlx::query(
        "select application_id, session_id, consideration_id, decision, source_document_id \
         from consideration where source = 'press_release'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| {
        Ok((
            (r.try_get(0)?, r.try_get(1)?),
            (r.try_get(2)?, (r.try_get(3)?, r.try_get(4)?)),
        ))
    })
    .collect::<Result<_, sqlx::Error>>()?;
    let mut kept = HashSet::new();
    let mut record_consideration: Vec<Option<i64>> = vec![None; records.len()];
    // (consideration, member state, seq) → (text, document)
    let mut questions: BTreeMap<(i64, i64, i64), (Option<String>, i64)> = BTreeMap::new();
    // (session, topic) → (outcome, consideration, document, vote)
    let mut votes: BTreeMap<(i64, String), (String, i64, i64, &Vote)> = BTreeMap::new();
    for (&(application_id, session_id), members) in &considerations {
        let last = &records[*members.last().expect("at least one record")];
        let values: ConsiderationValues = (last.decision.clone(), last.document);
        let v = &values;
        let id = write_row(
            conn,
            &mut changes,
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
        // Questions are numbered in order of appearance across the session's records.
        let mut seq: i64 = 0;
        for &i in members {
            record_consideration[i] = Some(id);
            let record = &records[i];
            for state in &record.asked_by {
                let Some(&state_id) = states.get(state) else {
                    continue;
                };
                seq += 1;
                questions.insert(
                    (id, state_id, seq),
                    (record.question.clone(), record.document),
                );
            }
            if let Some(vote) = &record.vote {
                votes.insert(
                    (session_id, format!("{}: {}", record.decision, record.ngo)),
                    (record.decision.clone(), id, record.document, vote),
                );
            }
        }
    }

    // Questions.
    type QuestionValues = (Option<String>, i64);
    let existing_questions: HashMap<(i64, i64, i64), (i64, QuestionValues)> = sqlx::query(
        "select q.consideration_id, q.member_state_id, q.seq, q.question_id, q.text, q.source_document_id \
         from question q join consideration c on c.consideration_id = q.consideration_id \
         where c.source = 'press_release'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| {
        Ok((
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?),
            (r.try_get(3)?, (r.try_get(4)?, r.try_get(5)?)),
        ))
    })
    .collect::<Result<_, sqlx::Error>>()?;
    let mut kept_questions = HashSet::new();
    for (key, values) in &questions {
        let id = write_row(
            conn,
            &mut changes,
            "question",
            existing_questions.get(key),
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
        kept_questions.insert(id);
    }

    // Recorded votes and each state's vote.
    type RecordedValues = (Option<String>, Option<i64>, i64);
    let existing_recorded: HashMap<(i64, String), (i64, RecordedValues)> = sqlx::query(
        "select session_id, topic, recorded_vote_id, outcome, consideration_id, source_document_id \
         from recorded_vote where source = 'press_release'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Ok(((r.try_get(0)?, r.try_get(1)?), (r.try_get(2)?, (r.try_get(3)?, r.try_get(4)?, r.try_get(5)?)))))
    .collect::<Result<_, sqlx::Error>>()?;
    let existing_votes: HashMap<(i64, i64), (i64, String)> = sqlx::query(
        "select v.recorded_vote_id, v.member_state_id, v.vote_id, v.vote from vote v \
         join recorded_vote r on r.recorded_vote_id = v.recorded_vote_id where r.source = 'press_release'",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Ok(((r.try_get(0)?, r.try_get(1)?), (r.try_get(2)?, r.try_get(3)?))))
    .collect::<Result<_, sqlx::Error>>()?;
    let mut kept_recorded = HashSet::new();
    let mut kept_votes = HashSet::new();
    for ((session_id, topic), (outcome, consideration_id, document, vote)) in &votes {
        let values: RecordedValues = (Some(outcome.clone()), Some(*consideration_id), *document);
        let v = &values;
        let recorded_id = write_row(
            conn,
            &mut changes,
            "recorded_vote",
            existing_recorded.get(&(*session_id, topic.clone())),
            v,
            |id| {
                sqlx::query("update recorded_vote set outcome = $1, consideration_id = $2, source_document_id = $3 where recorded_vote_id = $4")
                    .bind(v.0.clone())
                    .bind(v.1)
                    .bind(v.2)
                    .bind(id)
            },
            || {
                sqlx::query(
                    "insert into recorded_vote (session_id, topic, outcome, consideration_id, source, source_document_id) \
                     values ($1, $2, $3, $4, 'press_release', $5) returning recorded_vote_id",
                )
                .bind(*session_id)
                .bind(topic.clone())
                .bind(v.0.clone())
                .bind(v.1)
                .bind(v.2)
            },
        )
        .await?;
        kept_recorded.insert(recorded_id);
        let sides = [
            ("in_favour", &vote.in_favour),
            ("against", &vote.against),
            ("abstaining", &vote.abstaining),
        ];
        for (side, names) in sides {
            for name in names {
                let Some(&state_id) = states.get(name) else {
                    continue;
                };
                let desired = side.to_string();
                let id = write_row(
                    conn,
                    &mut changes,
                    "vote",
                    existing_votes.get(&(recorded_id, state_id)),
                    &desired,
                    |id| {
                        sqlx::query("update vote set vote = $1 where vote_id = $2")
                            .bind(side)
                            .bind(id)
                    },
                    || {
                        sqlx::query(
                            "insert into vote (recorded_vote_id, member_state_id, vote) values ($1, $2, $3) returning vote_id",
                        )
                        .bind(recorded_id)
                        .bind(state_id)
                        .bind(side)
                    },
                )
                .await?;
                kept_votes.insert(id);
            }
        }
    }

    // Each record points at its organization and consideration.
    for (i, record) in records.iter().enumerate() {
        if record.organization_id != record_org[i]
            || record.consideration_id != record_consideration[i]
        {
            sqlx::query("update press_record set organization_id = $1, consideration_id = $2 where press_record_id = $3")
                .bind(record_org[i])
                .bind(record_consideration[i])
                .bind(record.id)
                .execute(&mut *conn)
                .await?;
            changes.entry("press_record").or_default().updated += 1;
        }
    }

    // Sweep what an earlier join made and this one did not, children first.
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
        "question",
        existing_questions.values(),
        &kept_questions,
        &mut changes,
    )
    .await?;
    delete_stale(
        conn,
        "consideration",
        existing.values(),
        &kept,
        &mut changes,
    )
    .await?;
    sweep_empty_applications(conn, &mut changes).await?;
    // Organizations only press records had made (or that a re-link of the reports left
    // without names), that nothing refers to any more.
    sweep_orphan_organizations(conn, &mut changes).await?;
    summary.changes = changes;
    Ok(summary)
}

/// The join, then focus areas for any organization it made, in the caller's transaction.
pub async fn link_and_classify(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
) -> Result<JoinSummary, sqlx::Error> {
    let mut joined = link_press_records(tx).await?;
    let classified = crate::db::focus::classify_all(tx).await?;
    if classified.total() > 0 {
        joined.changes.insert("focus_area_assignment", classified);
    }
    Ok(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(id: i64, steinert: &[(SessionOrder, &str)]) -> App {
        App {
            id,
            seq: id,
            steinert: steinert.iter().map(|(s, d)| (*s, d.to_string())).collect(),
            press: BTreeMap::new(),
        }
    }

    #[test]
    fn a_record_joins_the_application_open_at_its_session() {
        let apps = vec![
            app(1, &[((2015, 0), "deferred"), ((2016, 0), "recommended")]),
            app(2, &[((2020, 1), "deferred"), ((2021, 0), "deferred")]),
        ];
        // The same session as the reports.
        assert_eq!(choose(&apps, (2016, 0)), Some(0));
        // Between two considerations of the second application.
        assert_eq!(choose(&apps, (2020, 1)), Some(1));
        // After the last consideration of an undecided application (censored): still it.
        assert_eq!(choose(&apps, (2025, 0)), Some(1));
        // Before any application, or after the only one was decided: a new application.
        assert_eq!(choose(&apps[..1], (2014, 1)), None);
        assert_eq!(choose(&apps[..1], (2017, 0)), None);
    }
}
