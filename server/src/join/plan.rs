//! From what is stored to what the join should hold: each record's organization and
//! application (with the organizations and applications it lacks), and the considerations
//! of source `press_release` with their questions and recorded votes. Pure: no I/O;
//! [`super::store`] writes the plan.

use std::collections::{BTreeMap, HashMap};

use app::model::is_final_decision;

use crate::{names::compact_key, sources::press::Vote};

/// A session's place in time: (year, 0 regular | 1 resumed).
pub(super) type SessionOrder = (i64, i64);

/// A row the join refers to: stored (its id), or one the plan creates (its place in
/// [`Plan::created`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Ref {
    Stored(i64),
    New(usize),
}

impl Ref {
    /// The row's id, given the ids of the rows the plan created, in its order.
    pub(super) fn id(self, created: &[i64]) -> i64 {
        match self {
            Ref::Stored(id) => id,
            Ref::New(k) => created[k],
        }
    }
}

/// An application and the sessions that considered it.
#[derive(Debug)]
pub(super) struct App {
    pub(super) id: Ref,
    pub(super) seq: i64,
    /// Sessions with a consideration, by source.
    pub(super) steinert: BTreeMap<SessionOrder, String>,
    pub(super) press: BTreeMap<SessionOrder, String>,
}

impl App {
    /// An application with no consideration yet.
    pub(super) fn new(id: Ref, seq: i64) -> App {
        App {
            id,
            seq,
            steinert: BTreeMap::new(),
            press: BTreeMap::new(),
        }
    }

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
            .any(|(s, d)| *s < at && is_final_decision(d))
    }
}

/// Applications by (organization, kind), each organization's in id order.
pub(super) type Applications = HashMap<(Ref, String), Vec<App>>;

/// A stored press record, with its release's session and snapshot.
pub(super) struct PressRow {
    pub(super) id: i64,
    pub(super) name_key: String,
    pub(super) ngo: String,
    pub(super) decision: String,
    pub(super) request: String,
    pub(super) asked_by: Vec<String>,
    pub(super) question: Option<String>,
    pub(super) vote: Option<Vote>,
    pub(super) organization_id: Option<i64>,
    pub(super) consideration_id: Option<i64>,
    pub(super) session: Option<(i64, SessionOrder)>,
    pub(super) document: i64,
}

/// Name key → (organization, the name came from the reports), preferring names the reports
/// dataset gave; and the compact key → the same, where only one organization has it.
#[derive(Debug, Default)]
pub(super) struct NameIndex {
    pub(super) by_key: HashMap<String, (Ref, bool)>,
    pub(super) by_compact: HashMap<String, Option<(Ref, bool)>>,
}

impl NameIndex {
    /// The organization a name key resolves to: by the key itself, else by its compact key.
    fn find(&self, name_key: &str) -> Option<(Ref, bool)> {
        self.by_key.get(name_key).copied().or_else(|| {
            self.by_compact
                .get(&compact_key(name_key))
                .copied()
                .flatten()
        })
    }
}

/// A row the join creates; they are written in plan order, so ids follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum NewRow {
    /// An organization known only from press releases, named as record `record` prints it.
    Organization { record: usize },
    /// An application of `organization`.
    Application {
        organization: Ref,
        kind: &'static str,
        seq: i64,
    },
}

/// A question a member state asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PlannedQuestion {
    pub(super) member_state_id: i64,
    pub(super) seq: i64,
    pub(super) text: Option<String>,
    pub(super) document: i64,
}

/// A recorded vote on a record's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PlannedVote<'r> {
    pub(super) topic: String,
    pub(super) outcome: String,
    pub(super) document: i64,
    pub(super) vote: &'r Vote,
}

/// A consideration of source `press_release` and what hangs off it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PlannedConsideration<'r> {
    /// The last record's decision (an NGO deferred on Monday and recommended on Thursday
    /// was recommended at that session) and its snapshot.
    pub(super) decision: String,
    pub(super) document: i64,
    /// Its records (indices into the records), in date order.
    pub(super) records: Vec<usize>,
    /// Numbered in order of appearance across the session's records.
    pub(super) questions: Vec<PlannedQuestion>,
    /// In record order.
    pub(super) votes: Vec<PlannedVote<'r>>,
}

/// What the join should hold.
#[derive(Debug, Default)]
pub(super) struct Plan<'r> {
    pub(super) created: Vec<NewRow>,
    /// Each record's organization; `None` for a record without a session.
    pub(super) record_org: Vec<Option<Ref>>,
    /// (application, session) → its consideration.
    pub(super) considerations: BTreeMap<(Ref, i64), PlannedConsideration<'r>>,
    /// Records considered (with a known session).
    pub(super) records: u64,
    /// Of these, records whose name resolved to an organization of the reports dataset.
    pub(super) linked_to_history: u64,
    pub(super) organizations_created: u64,
}

/// Plan the join of `records` (in date order) with the organizations `names` resolves to
/// and their `apps`; `states` maps member state names to ids.
pub(super) fn plan<'r>(
    records: &'r [PressRow],
    names: NameIndex,
    apps: Applications,
    states: &HashMap<String, i64>,
) -> Plan<'r> {
    let mut planner = Planner {
        names,
        apps,
        plan: Plan {
            record_org: vec![None; records.len()],
            ..Plan::default()
        },
    };
    // (application, session) → the records of that consideration, in date order.
    let mut members: BTreeMap<(Ref, i64), Vec<usize>> = BTreeMap::new();
    for (i, record) in records.iter().enumerate() {
        let Some((session_id, at)) = record.session else {
            continue;
        };
        planner.plan.records += 1;
        let organization = planner.organization(i, record);
        planner.plan.record_org[i] = Some(organization);
        let app = planner.application(organization, kind(record), at);
        app.press.insert(at, record.decision.clone());
        members.entry((app.id, session_id)).or_default().push(i);
    }
    let mut plan = planner.plan;
    plan.considerations = members
        .into_iter()
        .map(|(key, members)| (key, consideration(records, members, states)))
        .collect();
    plan
}

/// The kind of application a record is about.
fn kind(record: &PressRow) -> &'static str {
    if record.request == "reclassification" {
        "reclassification"
    } else {
        "status"
    }
}

/// The state of planning, record after record.
struct Planner<'r> {
    names: NameIndex,
    apps: Applications,
    plan: Plan<'r>,
}

impl Planner<'_> {
    /// The organization record `i` names; a new one when the name resolves to none (later
    /// records with the same name key then resolve to it).
    fn organization(&mut self, i: usize, record: &PressRow) -> Ref {
        match self.names.find(&record.name_key) {
            Some((organization, from_reports)) => {
                self.plan.linked_to_history += u64::from(from_reports);
                organization
            }
            None => {
                let organization = Ref::New(self.plan.created.len());
                self.plan.created.push(NewRow::Organization { record: i });
                self.plan.organizations_created += 1;
                self.names
                    .by_key
                    .insert(record.name_key.clone(), (organization, false));
                organization
            }
        }
    }

    /// The application of `organization` a record of `kind` at `at` belongs to; a new one
    /// (next in sequence) when [`choose`] finds none.
    fn application(&mut self, organization: Ref, kind: &'static str, at: SessionOrder) -> &mut App {
        let list = self
            .apps
            .entry((organization, kind.to_string()))
            .or_default();
        let index = match choose(list, at) {
            Some(index) => index,
            None => {
                let seq = list.iter().map(|a| a.seq).max().unwrap_or(0) + 1;
                let id = Ref::New(self.plan.created.len());
                self.plan.created.push(NewRow::Application {
                    organization,
                    kind,
                    seq,
                });
                list.push(App::new(id, seq));
                list.len() - 1
            }
        };
        &mut list[index]
    }
}

/// The consideration of `members` (record indices, in date order): the last record's
/// decision, the questions numbered in order of appearance across the session's records,
/// the recorded votes.
fn consideration<'r>(
    records: &'r [PressRow],
    members: Vec<usize>,
    states: &HashMap<String, i64>,
) -> PlannedConsideration<'r> {
    let last = &records[*members.last().expect("at least one record")];
    let mut questions = Vec::new();
    let mut votes = Vec::new();
    let mut seq: i64 = 0;
    for &i in &members {
        let record = &records[i];
        for state in &record.asked_by {
            let Some(&member_state_id) = states.get(state) else {
                continue;
            };
            seq += 1;
            questions.push(PlannedQuestion {
                member_state_id,
                seq,
                text: record.question.clone(),
                document: record.document,
            });
        }
        if let Some(vote) = &record.vote {
            votes.push(PlannedVote {
                topic: format!("{}: {}", record.decision, record.ngo),
                outcome: record.decision.clone(),
                document: record.document,
                vote,
            });
        }
    }
    PlannedConsideration {
        decision: last.decision.clone(),
        document: last.document,
        records: members,
        questions,
        votes,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn app(id: i64, steinert: &[(SessionOrder, &str)]) -> App {
        App {
            id: Ref::Stored(id),
            seq: id,
            steinert: steinert.iter().map(|(s, d)| (*s, d.to_string())).collect(),
            press: BTreeMap::new(),
        }
    }

    fn record(name_key: &str, decision: &str, session: (i64, SessionOrder)) -> PressRow {
        PressRow {
            id: 0,
            name_key: name_key.to_string(),
            ngo: name_key.to_string(),
            decision: decision.to_string(),
            request: "status".to_string(),
            asked_by: vec!["Cuba".to_string(), "Atlantis".to_string()],
            question: Some("Why?".to_string()),
            vote: None,
            organization_id: None,
            consideration_id: None,
            session: Some(session),
            document: session.0 * 10,
        }
    }

    #[test]
    fn an_unknown_name_makes_one_organization_and_one_application() {
        let mut names = NameIndex::default();
        names
            .by_key
            .insert("known".to_string(), (Ref::Stored(7), true));
        let mut apps = Applications::new();
        apps.insert(
            (Ref::Stored(7), "status".to_string()),
            vec![app(3, &[((2015, 0), "deferred")])],
        );
        let records = [
            record("new", "deferred", (1, (2016, 0))),
            record("known", "deferred", (1, (2016, 0))),
            record("new", "recommended", (2, (2016, 1))),
            record("new", "deferred", (2, (2016, 1))),
        ];
        let mut without_session = record("none", "deferred", (0, (0, 0)));
        without_session.session = None;
        let records: Vec<PressRow> = records.into_iter().chain([without_session]).collect();
        let states = HashMap::from([("Cuba".to_string(), 40)]);
        let plan = plan(&records, names, apps, &states);
        assert_eq!(
            plan.created,
            vec![
                NewRow::Organization { record: 0 },
                NewRow::Application {
                    organization: Ref::New(0),
                    kind: "status",
                    seq: 1
                },
            ]
        );
        assert_eq!(
            plan.record_org,
            vec![
                Some(Ref::New(0)),
                Some(Ref::Stored(7)),
                Some(Ref::New(0)),
                Some(Ref::New(0)),
                None
            ]
        );
        assert_eq!(
            (
                plan.records,
                plan.linked_to_history,
                plan.organizations_created
            ),
            (4, 1, 1)
        );
        let keys: Vec<(Ref, i64)> = plan.considerations.keys().copied().collect();
        assert_eq!(
            keys,
            vec![(Ref::Stored(3), 1), (Ref::New(1), 1), (Ref::New(1), 2)]
        );
        // The session's last record decides; questions are numbered across its records.
        let later = &plan.considerations[&(Ref::New(1), 2)];
        assert_eq!((later.decision.as_str(), later.document), ("deferred", 20));
        assert_eq!(later.records, vec![2, 3]);
        let numbers: Vec<(i64, i64)> = later
            .questions
            .iter()
            .map(|q| (q.member_state_id, q.seq))
            .collect();
        assert_eq!(numbers, vec![(40, 1), (40, 2)]);
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
