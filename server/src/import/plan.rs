//! From parsed Steinert files to the rows the database should hold: sessions, organizations
//! (via [`crate::linking`]), applications with their considerations and evidence, roll-call
//! votes, name changes and mergers, and per-session flags where the files disagree.
//! Pure: no I/O.

use std::collections::{BTreeMap, HashMap};

use app::model::{is_final_decision, SessionPart};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::{
    linking::{link, lists, CuratorDecision, Evidence, LinkRule, Linking, Seen},
    member_states::member_states,
    names::name_key,
    sources::steinert::{FileKind, ParsedFile, Record, VoteCast, FILES},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SessionKey {
    pub year: i32,
    pub part: SessionPart,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedSession {
    pub key: SessionKey,
    /// The report's adoption date (the date most rows carry).
    pub adopted_on: NaiveDate,
    /// Every date rows of this session carry.
    pub dates: Vec<NaiveDate>,
}

/// Map report dates to sessions. Within a year, dates less than 45 days apart are one
/// session; with two clusters the earlier is the regular and the later the resumed session
/// (this is what places 2021-06-08 and 2022-06-07 as regular sessions, per sources.md); a
/// lone cluster is regular when it falls in January–April, resumed otherwise.
pub fn sessions_from_dates(
    counts: &BTreeMap<NaiveDate, usize>,
) -> Result<Vec<PlannedSession>, String> {
    let mut by_year: BTreeMap<i32, Vec<NaiveDate>> = BTreeMap::new();
    for date in counts.keys() {
        by_year.entry(date.year()).or_default().push(*date);
    }
    let mut sessions = Vec::new();
    for (year, dates) in by_year {
        let mut clusters: Vec<Vec<NaiveDate>> = Vec::new();
        for date in dates {
            match clusters.last_mut() {
                Some(cluster)
                    if (date - *cluster.last().expect("clusters are never empty")).num_days()
                        < 45 =>
                {
                    cluster.push(date)
                }
                _ => clusters.push(vec![date]),
            }
        }
        let parts: Vec<SessionPart> = match clusters.len() {
            1 if clusters[0][0].month() <= 4 => vec![SessionPart::Regular],
            1 => vec![SessionPart::Resumed],
            2 => vec![SessionPart::Regular, SessionPart::Resumed],
            n => {
                return Err(format!(
                    "{year} has report dates in {n} groups ({clusters:?}); a year has at most a regular and a resumed session"
                ))
            }
        };
        for (cluster, part) in clusters.into_iter().zip(parts) {
            let adopted_on = *cluster
                .iter()
                .max_by_key(|d| (counts[*d], **d))
                .expect("clusters are never empty");
            sessions.push(PlannedSession {
                key: SessionKey { year, part },
                adopted_on,
                dates: cluster,
            });
        }
    }
    Ok(sessions)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationKind {
    Status,
    Reclassification,
    StatusWithdrawal,
}

impl ApplicationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationKind::Status => "status",
            ApplicationKind::Reclassification => "reclassification",
            ApplicationKind::StatusWithdrawal => "status_withdrawal",
        }
    }
}

/// A source row behind a consideration.
#[derive(Debug, Clone, PartialEq)]
pub struct RowRef {
    /// Index into [`FILES`].
    pub file: usize,
    pub sheet: String,
    pub row: u32,
    pub name_as_printed: String,
}

impl RowRef {
    /// Globally unique locator: `steinert:FILE!SHEET!ROW`.
    pub fn locator(&self) -> String {
        format!(
            "steinert:{}!{}!{}",
            FILES[self.file].name, self.sheet, self.row
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedConsideration {
    pub organization: usize,
    pub kind: ApplicationKind,
    pub seq: u32,
    pub session: SessionKey,
    pub decision: &'static str,
    pub is_new: Option<bool>,
    /// The file the decision was taken from (its source document).
    pub file: usize,
    pub evidence: Vec<RowRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedVote {
    pub session: SessionKey,
    pub topic: String,
    pub outcome: String,
    /// The organization the vote was about, when the topic names one.
    pub organization: Option<usize>,
    /// (member state's short name, vote, locator)
    pub votes: Vec<(&'static str, VoteCast, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedEvent {
    pub organization: usize,
    pub kind: &'static str,
    pub session: SessionKey,
    pub old_name: String,
    pub new_name: String,
    pub other_name: Option<String>,
    pub file: usize,
    pub locator: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub session: SessionKey,
    pub kind: &'static str,
    pub count: usize,
    pub detail: String,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub sessions: Vec<PlannedSession>,
    pub linking: Linking,
    /// Display name per organization: its most recent spelling.
    pub organization_names: Vec<String>,
    /// The file each name was first seen in (index into [`FILES`]).
    pub name_first_file: Vec<usize>,
    pub considerations: Vec<PlannedConsideration>,
    pub votes: Vec<PlannedVote>,
    pub events: Vec<PlannedEvent>,
    pub flags: Vec<Flag>,
    /// Rows per (session, file), as read: for reconciliation.
    pub rows_per_session_file: BTreeMap<(SessionKey, usize), usize>,
}

/// `server/data/stated_totals.tsv`: (report date, decision, stated total, source).
pub fn stated_totals() -> Vec<(NaiveDate, String, usize, String)> {
    include_str!("../../data/stated_totals.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let mut f = line.split('\t');
            let date = NaiveDate::parse_from_str(f.next()?, "%Y-%m-%d").ok()?;
            let category = f.next()?.to_string();
            let stated = f.next()?.parse().ok()?;
            Some((date, category, stated, f.next()?.to_string()))
        })
        .collect()
}

/// A name as printed, with white space (U+00A0 too) collapsed and trimmed.
pub fn tidy(name: &str) -> String {
    name.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn decision_of(kind: FileKind) -> Option<(&'static str, u8)> {
    // (decision, precedence: higher wins when one session lists an application twice)
    match kind {
        FileKind::Granted | FileKind::NewGranted => Some(("recommended", 5)),
        FileKind::Declined => Some(("rejected", 4)),
        FileKind::ApplicationWithdrawn => Some(("withdrawn", 3)),
        FileKind::Closed => Some(("closed", 2)),
        FileKind::DeferredPreviously | FileKind::NewDeferred => Some(("deferred", 1)),
        FileKind::ReclassificationDeferred => Some(("deferred", 1)),
        FileKind::StatusWithdrawnOwnRequest => Some(("withdrawn", 1)),
        _ => None,
    }
}

/// Items of each reconciliation flag, by (session, kind), in the order they were found.
type FlagItems = BTreeMap<(SessionKey, &'static str), Vec<String>>;

/// A name as seen in a row: (report date, file, row, tidy name).
type Sighting = (NaiveDate, usize, u32, String);

/// The listed rows of one (organization, application kind, session): (file, its kind, row).
type Group = Vec<(usize, FileKind, RowRef)>;

/// The groups of listed rows, by (organization, application kind, session).
type Groups = BTreeMap<(usize, ApplicationKind, SessionKey), Group>;

/// Build the plan. `files` are in the order of [`FILES`].
pub fn plan(files: &[ParsedFile], decisions: &[CuratorDecision]) -> Result<Plan, String> {
    assert_eq!(files.len(), FILES.len(), "one parsed file per spec");
    // Sessions come from the decision lists; name changes, mergers and votes dated on another
    // day are placed in the nearest session of the same year, and flagged.
    let sessions = sessions_from_dates(&decision_dates(files))?;
    let mut flags = FlagItems::new();
    let session_of = place_dates(files, &sessions, &mut flags)?;

    let (sightings, evidence) = name_sightings(files);
    let (names, name_first_file, name_index) = first_seen(&sightings);
    let seen = considered_in(&sightings, &session_of, &name_index, names.len());
    let linking = link(&names, &evidence, decisions, &seen);
    flag_variants_listed_twice(&linking, &seen, &name_index, &mut flags);
    let org_of = |name: &str| -> usize { linking.names[name_index[&tidy(name)]].organization };
    let organization_names = display_names(&sightings, linking.organizations, &org_of);

    let (rows_per_session_file, groups) = group_listed_rows(files, &session_of, &org_of);
    let considerations = plan_considerations(groups, &organization_names, &mut flags);
    let votes = plan_votes(files, &session_of, &linking, &mut flags)?;
    let events = plan_events(files, &session_of, &org_of);

    flag_skipped_rows(files, &session_of, &mut flags);
    flag_stated_totals(&considerations, &session_of, &mut flags);
    flag_report_dates(&sessions, &mut flags);
    Ok(Plan {
        sessions,
        linking,
        organization_names,
        name_first_file,
        considerations,
        votes,
        events,
        flags: collect_flags(flags),
        rows_per_session_file,
    })
}

/// How many rows of the decision lists carry each report date (dates of skipped rows count
/// zero: they still make a session).
fn decision_dates(files: &[ParsedFile]) -> BTreeMap<NaiveDate, usize> {
    let mut date_counts: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for (f, file) in files.iter().enumerate() {
        if decision_of(FILES[f].kind).is_none() {
            continue;
        }
        for row in &file.rows {
            *date_counts.entry(row.record.date()).or_default() += 1;
        }
        for date in file.skipped.iter().filter_map(|s| s.date) {
            date_counts.entry(date).or_default();
        }
    }
    date_counts
}

/// The session of every date a row carries: a date outside the sessions goes to the session
/// of its year adopted nearest to it, and is flagged. A year without a session is an error.
fn place_dates(
    files: &[ParsedFile],
    sessions: &[PlannedSession],
    flags: &mut FlagItems,
) -> Result<HashMap<NaiveDate, SessionKey>, String> {
    let mut session_of: HashMap<NaiveDate, SessionKey> = sessions
        .iter()
        .flat_map(|s| s.dates.iter().map(move |d| (*d, s.key)))
        .collect();
    for (f, file) in files.iter().enumerate() {
        for row in &file.rows {
            let date = row.record.date();
            if session_of.contains_key(&date) {
                continue;
            }
            let nearest = sessions
                .iter()
                .filter(|s| s.key.year == date.year())
                .min_by_key(|s| (s.adopted_on - date).num_days().abs())
                .ok_or_else(|| {
                    format!(
                        "{} row {}: dated {date}, a year with no session in the decision lists",
                        FILES[f].name, row.row
                    )
                })?;
            session_of.insert(date, nearest.key);
            flags
                .entry((nearest.key, "date_outside_sessions"))
                .or_default()
                .push(format!(
                    "{} has rows dated {date}, placed in the session adopted {}",
                    FILES[f].name, nearest.adopted_on
                ));
        }
    }
    Ok(session_of)
}

/// Every name the rows print, sorted by date, file and row, and the links that name changes
/// and mergers state between names.
fn name_sightings(files: &[ParsedFile]) -> (Vec<Sighting>, Vec<Evidence>) {
    let mut sightings: Vec<Sighting> = Vec::new();
    let mut evidence = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for row in &file.rows {
            let date = row.record.date();
            let mut see = |name: &str| sightings.push((date, f, row.row, tidy(name)));
            match &row.record {
                Record::Listed { name, .. } => see(name),
                Record::NameChange { old, new, .. } => {
                    see(old);
                    see(new);
                    evidence.push(Evidence {
                        from: tidy(new),
                        to: tidy(old),
                        rule: LinkRule::NameChange,
                    });
                }
                Record::Merger {
                    old1, old2, new, ..
                } => {
                    see(old1);
                    see(old2);
                    see(new);
                    evidence.push(Evidence {
                        from: tidy(new),
                        to: tidy(old1),
                        rule: LinkRule::Merger,
                    });
                }
                Record::Vote { .. } => {}
            }
        }
    }
    sightings.sort_by_key(|s| (s.0, s.1, s.2));
    (sightings, evidence)
}

/// The distinct names in order of first appearance, the file each was first seen in, and
/// each name's index.
fn first_seen(sightings: &[Sighting]) -> (Vec<String>, Vec<usize>, HashMap<String, usize>) {
    let mut names: Vec<String> = Vec::new();
    let mut name_first_file = Vec::new();
    let mut name_index: HashMap<String, usize> = HashMap::new();
    for (_, file, _, name) in sightings {
        if !name_index.contains_key(name) {
            name_index.insert(name.clone(), names.len());
            names.push(name.clone());
            name_first_file.push(*file);
        }
    }
    (names, name_first_file, name_index)
}

/// Per name, the sessions where a decision list printed it, and which lists (what the
/// linker's variant rule checks).
fn considered_in(
    sightings: &[Sighting],
    session_of: &HashMap<NaiveDate, SessionKey>,
    name_index: &HashMap<String, usize>,
    names: usize,
) -> Vec<Seen> {
    let mut seen = vec![Seen::new(); names];
    for (date, file, _, name) in sightings {
        let kind = FILES[*file].kind;
        let Some(session) = session_of.get(date) else {
            continue;
        };
        if decision_of(kind).is_none() {
            continue;
        }
        let list = match kind {
            FileKind::Granted => lists::GRANTED,
            FileKind::NewGranted => lists::NEW_GRANTED,
            _ => lists::OTHER,
        };
        *seen[name_index[name]]
            .entry(session_number(*session))
            .or_default() |= list;
    }
    seen
}

/// A session as the linker's sightings number it, and back.
fn session_number(session: SessionKey) -> u32 {
    session.year as u32 * 2 + u32::from(session.part.order())
}

fn session_of_number(number: u32) -> SessionKey {
    SessionKey {
        year: (number / 2) as i32,
        part: SessionPart::from_order((number % 2) as u8),
    }
}

/// Spellings the variant rule joined although both were listed at one session (one of them
/// only among the new applications granted): one organization listed twice, shown per session.
fn flag_variants_listed_twice(
    linking: &Linking,
    seen: &[Seen],
    name_index: &HashMap<String, usize>,
    flags: &mut FlagItems,
) {
    for (i, name) in linking.names.iter().enumerate() {
        let Some(other) = name
            .linked_to
            .as_deref()
            .filter(|_| name.rule == LinkRule::Variant)
        else {
            continue;
        };
        for &number in seen[i]
            .keys()
            .filter(|n| seen[name_index[other]].contains_key(n))
        {
            flags
                .entry((session_of_number(number), "variant_listed_twice"))
                .or_default()
                .push(format!(
                    "{} and {other}: one organization, listed under both spellings (one only among \
                     the new applications granted), joined by the variant rule",
                    name.name
                ));
        }
    }
}

/// Display names: the most recently seen spelling of each organization.
fn display_names(
    sightings: &[Sighting],
    organizations: usize,
    org_of: &impl Fn(&str) -> usize,
) -> Vec<String> {
    let mut organization_names = vec![String::new(); organizations];
    let mut display_date = vec![NaiveDate::MIN; organizations];
    for (date, _, _, name) in sightings {
        let org = org_of(name);
        if *date >= display_date[org] {
            display_date[org] = *date;
            organization_names[org] = name.clone();
        }
    }
    organization_names
}

/// Count the rows per (session, file), and group the listed rows by (organization,
/// application kind, session).
fn group_listed_rows(
    files: &[ParsedFile],
    session_of: &HashMap<NaiveDate, SessionKey>,
    org_of: &impl Fn(&str) -> usize,
) -> (BTreeMap<(SessionKey, usize), usize>, Groups) {
    let mut rows_per_session_file: BTreeMap<(SessionKey, usize), usize> = BTreeMap::new();
    let mut groups = Groups::new();
    for (f, file) in files.iter().enumerate() {
        let kind = FILES[f].kind;
        for row in &file.rows {
            let session = session_of[&row.record.date()];
            *rows_per_session_file.entry((session, f)).or_default() += 1;
            let Record::Listed { name, .. } = &row.record else {
                continue;
            };
            let app_kind = match kind {
                FileKind::ReclassificationDeferred => ApplicationKind::Reclassification,
                FileKind::StatusWithdrawnOwnRequest => ApplicationKind::StatusWithdrawal,
                _ => ApplicationKind::Status,
            };
            groups
                .entry((org_of(name), app_kind, session))
                .or_default()
                .push((
                    f,
                    kind,
                    RowRef {
                        file: f,
                        sheet: file.sheet.clone(),
                        row: row.row,
                        name_as_printed: name.clone(),
                    },
                ));
        }
    }
    (rows_per_session_file, groups)
}

/// One consideration per group, in group order. An organization's application of a kind
/// goes on until a final decision; a withdrawal of status, or a status application a list
/// calls new, starts another.
fn plan_considerations(
    groups: Groups,
    organization_names: &[String],
    flags: &mut FlagItems,
) -> Vec<PlannedConsideration> {
    let mut considerations = Vec::new();
    // Per (organization, kind): the current application's seq and its last decision.
    let mut current: HashMap<(usize, ApplicationKind), (u32, &'static str)> = HashMap::new();
    for ((org, app_kind, session), rows) in groups {
        let (decision, file) = group_decision(&rows);
        flag_group(&organization_names[org], session, decision, &rows, flags);
        let explicit_new = rows
            .iter()
            .any(|(_, k, _)| matches!(k, FileKind::NewGranted | FileKind::NewDeferred));
        let explicit_previous = rows
            .iter()
            .any(|(_, k, _)| *k == FileKind::DeferredPreviously);
        let previous = current.get(&(org, app_kind)).copied();
        let starts_new = match previous {
            None => true,
            Some((_, last)) => {
                is_final_decision(last)
                    || app_kind == ApplicationKind::StatusWithdrawal
                    || (explicit_new && app_kind == ApplicationKind::Status)
            }
        };
        let seq = match (previous, starts_new) {
            (None, _) => 1,
            (Some((seq, _)), true) => seq + 1,
            (Some((seq, _)), false) => seq,
        };
        let is_new = if explicit_new {
            Some(true)
        } else if explicit_previous || !starts_new {
            Some(false)
        } else {
            None
        };
        current.insert((org, app_kind), (seq, decision));
        considerations.push(PlannedConsideration {
            organization: org,
            kind: app_kind,
            seq,
            session,
            decision,
            is_new,
            file,
            evidence: rows.into_iter().map(|(_, _, r)| r).collect(),
        });
    }
    considerations
}

/// The decision a group's lists take (the one of highest precedence) and the first file
/// that lists it.
fn group_decision(rows: &Group) -> (&'static str, usize) {
    let (decision, _) = rows
        .iter()
        .filter_map(|(_, kind, _)| decision_of(*kind))
        .max_by_key(|(_, precedence)| *precedence)
        .expect("listed rows always carry a decision");
    let file = rows
        .iter()
        .find(|(_, kind, _)| decision_of(*kind).map(|d| d.0) == Some(decision))
        .map(|(f, _, _)| *f)
        .expect("the decision came from one of the rows");
    (decision, file)
}

/// Flag a group whose lists disagree, that one list names twice, or that only the list of
/// new applications granted names.
fn flag_group(
    organization: &str,
    session: SessionKey,
    decision: &'static str,
    rows: &Group,
    flags: &mut FlagItems,
) {
    let mut decisions_seen: Vec<&str> = rows
        .iter()
        .filter_map(|(_, kind, _)| decision_of(*kind).map(|d| d.0))
        .collect();
    decisions_seen.sort_unstable();
    decisions_seen.dedup();
    if decisions_seen.len() > 1 {
        flags
            .entry((session, "conflicting_decisions"))
            .or_default()
            .push(format!(
                "{organization} is listed as {} in the same session; kept: {decision}",
                decisions_seen.join(" and ")
            ));
    }
    let mut per_file: HashMap<usize, usize> = HashMap::new();
    for (f, _, _) in rows {
        *per_file.entry(*f).or_default() += 1;
    }
    if per_file.values().any(|&n| n > 1) {
        flags
            .entry((session, "listed_twice"))
            .or_default()
            .push(format!("{organization} appears more than once in one list"));
    }
    let listed_in = |kind: FileKind| rows.iter().any(|(_, k, _)| *k == kind);
    if decision == "recommended" && listed_in(FileKind::NewGranted) && !listed_in(FileKind::Granted)
    {
        flags
            .entry((session, "only_in_new_granted_list"))
            .or_default()
            .push(organization.to_string());
    }
}

/// Roll-call votes, grouped by (session, topic) in order of first appearance; a member state
/// the table does not know is an error, a state's second vote on one topic is flagged.
fn plan_votes(
    files: &[ParsedFile],
    session_of: &HashMap<NaiveDate, SessionKey>,
    linking: &Linking,
    flags: &mut FlagItems,
) -> Result<Vec<PlannedVote>, String> {
    let key_index: HashMap<String, usize> = linking
        .names
        .iter()
        .map(|n| (n.key.clone(), n.organization))
        .collect();
    let mut votes: Vec<PlannedVote> = Vec::new();
    let mut vote_index: HashMap<(SessionKey, String), usize> = HashMap::new();
    let vote_file = FILES
        .iter()
        .position(|s| s.kind == FileKind::RollCallVotes)
        .expect("a roll-call file");
    for row in &files[vote_file].rows {
        let Record::Vote {
            topic,
            country,
            vote,
            outcome,
            date,
        } = &row.record
        else {
            continue;
        };
        let session = session_of[date];
        let topic = tidy(topic);
        let state = member_states().resolve(country).ok_or_else(|| {
            format!(
                "{}, row {}: unknown member state {country:?}: add it to server/data/member_states.tsv",
                FILES[vote_file].name, row.row
            )
        })?;
        let i = *vote_index
            .entry((session, topic.clone()))
            .or_insert_with(|| {
                votes.push(PlannedVote {
                    session,
                    topic: topic.clone(),
                    outcome: tidy(outcome),
                    organization: topic_organization(&key_index, &topic),
                    votes: Vec::new(),
                });
                votes.len() - 1
            });
        let planned = &mut votes[i];
        if planned.votes.iter().any(|(s, _, _)| *s == state.name) {
            flags
                .entry((session, "duplicate_vote_row"))
                .or_default()
                .push(format!("{} on {topic}", state.name));
            continue;
        }
        let locator = format!(
            "steinert:{}!{}!{}",
            FILES[vote_file].name, files[vote_file].sheet, row.row
        );
        planned.votes.push((state.name, *vote, locator));
    }
    Ok(votes)
}

/// The organization a vote's topic names: the whole topic, or the part before a colon.
fn topic_organization(key_index: &HashMap<String, usize>, topic: &str) -> Option<usize> {
    key_index.get(&name_key(topic)).copied().or_else(|| {
        topic
            .split_once(':')
            .and_then(|(head, _)| key_index.get(&name_key(head)).copied())
    })
}

/// Name changes and mergers, each under the organization of its new name.
fn plan_events(
    files: &[ParsedFile],
    session_of: &HashMap<NaiveDate, SessionKey>,
    org_of: &impl Fn(&str) -> usize,
) -> Vec<PlannedEvent> {
    let mut events = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for row in &file.rows {
            let locator = format!("steinert:{}!{}!{}", FILES[f].name, file.sheet, row.row);
            let session = session_of[&row.record.date()];
            match &row.record {
                Record::NameChange { old, new, .. } => events.push(PlannedEvent {
                    organization: org_of(new),
                    kind: "name_change",
                    session,
                    old_name: tidy(old),
                    new_name: tidy(new),
                    other_name: None,
                    file: f,
                    locator,
                }),
                Record::Merger {
                    old1, old2, new, ..
                } => events.push(PlannedEvent {
                    organization: org_of(new),
                    kind: "merger",
                    session,
                    old_name: tidy(old1),
                    new_name: tidy(new),
                    other_name: Some(tidy(old2)),
                    file: f,
                    locator,
                }),
                _ => {}
            }
        }
    }
    events
}

/// Flag every skipped row that carries a date, in its session.
fn flag_skipped_rows(
    files: &[ParsedFile],
    session_of: &HashMap<NaiveDate, SessionKey>,
    flags: &mut FlagItems,
) {
    for (f, file) in files.iter().enumerate() {
        for skipped in &file.skipped {
            if let Some(date) = skipped.date {
                flags
                    .entry((session_of[&date], "skipped_rows"))
                    .or_default()
                    .push(format!(
                        "{} row {}: {}",
                        FILES[f].name, skipped.row, skipped.reason
                    ));
            }
        }
    }
}

/// Flag the totals the UN stated where they are known to differ from the lists.
fn flag_stated_totals(
    considerations: &[PlannedConsideration],
    session_of: &HashMap<NaiveDate, SessionKey>,
    flags: &mut FlagItems,
) {
    for (date, category, stated, source) in stated_totals() {
        let Some(&session) = session_of.get(&date) else {
            continue;
        };
        let ours = considerations
            .iter()
            .filter(|c| {
                c.session == session && c.kind == ApplicationKind::Status && c.decision == category
            })
            .count();
        if ours != stated {
            flags
                .entry((session, "differs_from_stated_total"))
                .or_default()
                .push(format!(
                    "{category}: {ours} in the lists, {stated} stated ({source})"
                ));
        }
    }
}

/// Flag each session whose rows carry more than one report date, listing the dates.
fn flag_report_dates(sessions: &[PlannedSession], flags: &mut FlagItems) {
    for session in sessions {
        if session.dates.len() > 1 {
            flags
                .entry((session.key, "several_report_dates"))
                .or_default()
                .extend(session.dates.iter().map(|d| d.to_string()));
        }
    }
}

/// One flag per (session, kind), its items joined.
fn collect_flags(flags: FlagItems) -> Vec<Flag> {
    flags
        .into_iter()
        .map(|((session, kind), items)| Flag {
            session,
            kind,
            count: items.len(),
            detail: items.join("; "),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn report_dates_map_to_sessions_including_the_shifted_years() {
        let counts: BTreeMap<NaiveDate, usize> = [
            ("2006-02-14", 3),
            ("2006-02-24", 136),
            ("2006-06-19", 96),
            ("2021-06-08", 987),
            ("2021-09-20", 842),
            ("2022-06-07", 746),
            ("2022-09-16", 707),
            ("2001-06-15", 70),
            ("2024-02-09", 620),
        ]
        .into_iter()
        .map(|(s, n)| (d(s), n))
        .collect();
        let sessions = sessions_from_dates(&counts).expect("sessions");
        let find = |year, part| {
            sessions
                .iter()
                .find(|s| s.key == SessionKey { year, part })
                .map(|s| s.adopted_on)
        };
        assert_eq!(find(2006, SessionPart::Regular), Some(d("2006-02-24")));
        assert_eq!(find(2006, SessionPart::Resumed), Some(d("2006-06-19")));
        assert_eq!(find(2021, SessionPart::Regular), Some(d("2021-06-08")));
        assert_eq!(find(2021, SessionPart::Resumed), Some(d("2021-09-20")));
        assert_eq!(find(2022, SessionPart::Regular), Some(d("2022-06-07")));
        assert_eq!(find(2022, SessionPart::Resumed), Some(d("2022-09-16")));
        assert_eq!(find(2001, SessionPart::Resumed), Some(d("2001-06-15")));
        assert_eq!(find(2024, SessionPart::Regular), Some(d("2024-02-09")));
        assert_eq!(sessions.len(), 8);
    }

    #[test]
    fn stated_totals_parse() {
        let totals = stated_totals();
        assert_eq!(totals.len(), 3, "every line of the data file parses");
        assert!(totals
            .iter()
            .any(|(date, c, n, _)| *date == d("2022-09-16") && c == "deferred" && *n == 319));
    }

    #[test]
    fn three_report_groups_in_a_year_are_an_error() {
        let counts: BTreeMap<NaiveDate, usize> =
            [("2010-01-10", 1), ("2010-05-10", 1), ("2010-10-10", 1)]
                .into_iter()
                .map(|(s, n)| (d(s), n))
                .collect();
        assert!(sessions_from_dates(&counts).is_err());
    }
}
