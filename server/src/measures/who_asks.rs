//! Who asks: per member state, its questions and votes from the press layer, and how its
//! questions fall by focus area against the considerations of the sessions it sat in. A pure
//! function over loaded records; [`crate::db`] loads them and adds the provenance.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use app::model::{
    area_label, Estimate, QuestionCoverage, StateArea, StateMeasure, VoteTally, WhoAsksQuery,
    FOCUS_AREAS, SMALL_N,
};

use super::{share_ratio, ConsiderationRecord};

/// A session as (year, part): part 0 regular, 1 resumed.
pub type Session = (i32, u8);

/// One question as the release records it, with the outcome of its consideration.
#[derive(Debug, Clone, PartialEq)]
pub struct AskedQuestion {
    pub state_id: i64,
    pub application_id: i64,
    pub organization_id: i64,
    pub session: Session,
    /// The decision at that session: the reports', or the release's where the reports do not
    /// have the application at that session.
    pub decision: String,
}

/// One state's vote in a recorded vote on an application.
#[derive(Debug, Clone, PartialEq)]
pub struct CastVote {
    pub state_id: i64,
    pub organization_id: i64,
    pub session: Session,
    pub vote: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StateName {
    pub id: i64,
    pub name: String,
    pub iso3: Option<String>,
}

/// Everything the measure reads besides the status considerations and the areas.
#[derive(Debug, Default)]
pub struct PressInputs {
    pub states: Vec<StateName>,
    pub questions: Vec<AskedQuestion>,
    pub votes: Vec<CastVote>,
    /// Every session any source knows.
    pub sessions: BTreeSet<Session>,
    /// Releases read per session.
    pub releases: BTreeMap<Session, i64>,
    /// Of those, per session, releases whose records differ from their headlines' counts.
    pub incomplete: BTreeMap<Session, i64>,
}

/// The considerations of one session: each status application once, with its areas.
#[derive(Default)]
struct SessionBase {
    applications: HashSet<i64>,
    per_area: HashMap<&'static str, i64>,
}

/// The areas of an organization in [`FOCUS_AREAS`] order ("other" when it has none).
fn areas_of(areas: &HashMap<i64, Vec<String>>, organization_id: i64) -> Vec<&'static str> {
    let found = areas.get(&organization_id);
    let list: Vec<&'static str> = FOCUS_AREAS
        .iter()
        .copied()
        .filter(|a| found.is_some_and(|v| v.iter().any(|x| x == a)))
        .collect();
    if list.is_empty() {
        vec!["other"]
    } else {
        list
    }
}

/// What one state did in its sessions, before it becomes a [`StateMeasure`].
#[derive(Default)]
struct Tally {
    questions: i64,
    applications: HashSet<i64>,
    /// (application, session) → ended in deferral.
    considerations: HashMap<(i64, Session), bool>,
    votes: VoteTally,
}

impl Tally {
    fn deferral_linked(&self) -> i64 {
        self.considerations.values().filter(|d| **d).count() as i64
    }
}

/// What one state did in the range: in all (narrowed by the query's area) and per area.
#[derive(Default)]
struct StateTally {
    all: Tally,
    by_area: BTreeMap<&'static str, Tally>,
}

impl StateTally {
    /// Every consideration it questioned, whatever the query's area (each application has at
    /// least one area, so the per-area tallies hold them all).
    fn questioned(&self) -> HashSet<(i64, Session)> {
        self.by_area
            .values()
            .flat_map(|t| t.considerations.keys().copied())
            .collect()
    }
}

/// The considerations of each session in the range: the reports' status considerations, and
/// per session the organizations of applications questioned there that the reports do not
/// list (one per application).
fn session_bases(
    in_range: impl Fn(&Session) -> bool,
    considerations: &[ConsiderationRecord],
    questions: &[AskedQuestion],
    areas: &HashMap<i64, Vec<String>>,
) -> (HashMap<Session, SessionBase>, HashMap<Session, Vec<i64>>) {
    let mut base: HashMap<Session, SessionBase> = HashMap::new();
    for c in considerations
        .iter()
        .filter(|c| in_range(&(c.year, c.part)))
    {
        let session = base.entry((c.year, c.part)).or_default();
        if session.applications.insert(c.application_id) {
            for area in areas_of(areas, c.organization_id) {
                *session.per_area.entry(area).or_default() += 1;
            }
        }
    }
    let mut release_only: HashMap<Session, Vec<i64>> = HashMap::new();
    let mut seen: HashSet<(i64, Session)> = HashSet::new();
    for q in questions.iter().filter(|q| in_range(&q.session)) {
        let reported = base
            .get(&q.session)
            .is_some_and(|b| b.applications.contains(&q.application_id));
        if !reported && seen.insert((q.application_id, q.session)) {
            release_only
                .entry(q.session)
                .or_default()
                .push(q.organization_id);
        }
    }
    (base, release_only)
}

/// Each state's questions and votes in the range.
fn tallies(
    query: &WhoAsksQuery,
    in_range: impl Fn(&Session) -> bool,
    press: &PressInputs,
    areas: &HashMap<i64, Vec<String>>,
) -> HashMap<i64, StateTally> {
    let wanted = |organization_id: i64| match &query.area {
        Some(area) => areas_of(areas, organization_id).contains(&area.as_str()),
        None => true,
    };
    let mut tallies: HashMap<i64, StateTally> = HashMap::new();
    for q in press.questions.iter().filter(|q| in_range(&q.session)) {
        let state = tallies.entry(q.state_id).or_default();
        let deferred = q.decision == "deferred";
        let add = |t: &mut Tally| {
            t.questions += 1;
            t.applications.insert(q.application_id);
            t.considerations
                .insert((q.application_id, q.session), deferred);
        };
        if wanted(q.organization_id) {
            add(&mut state.all);
        }
        for area in areas_of(areas, q.organization_id) {
            add(state.by_area.entry(area).or_default());
        }
    }
    for v in press.votes.iter().filter(|v| in_range(&v.session)) {
        let state = tallies.entry(v.state_id).or_default();
        if wanted(v.organization_id) {
            state.all.votes.add(&v.vote);
        }
        for area in areas_of(areas, v.organization_id) {
            state.by_area.entry(area).or_default().votes.add(&v.vote);
        }
    }
    tallies
}

/// Releases read for `sessions`.
fn releases_in<'a>(press: &PressInputs, sessions: impl IntoIterator<Item = &'a Session>) -> i64 {
    sessions
        .into_iter()
        .map(|s| press.releases.get(s).copied().unwrap_or(0))
        .sum()
}

/// A state's row per focus area: what it questioned there against the area's share of the
/// considerations in its sessions.
fn area_rows(
    tally: &StateTally,
    questioned_all: i64,
    (area_base, all_base): (HashMap<&'static str, i64>, i64),
) -> Vec<StateArea> {
    FOCUS_AREAS
        .iter()
        .map(|area| {
            let t = tally.by_area.get(area);
            let k = t.map_or(0, |t| t.considerations.len() as i64);
            let b = area_base.get(area).copied().unwrap_or(0);
            StateArea {
                area: area.to_string(),
                label: area_label(area).to_string(),
                questions: t.map_or(0, |t| t.questions),
                considerations_questioned: k,
                deferral_linked: t.map_or(0, Tally::deferral_linked),
                questioned_all,
                area_considerations: b,
                all_considerations: all_base,
                over_representation: share_ratio(k, questioned_all, b, all_base).map(
                    |(estimate, low, high)| Estimate {
                        estimate,
                        low,
                        high,
                    },
                ),
                small_n: k < SMALL_N,
                votes: t.map(|t| t.votes).unwrap_or_default(),
            }
        })
        .collect()
}

/// The figures of `query` for every state that sat on the Committee or asked or voted in its
/// range, most considerations questioned first. `is_member(year, state)` is `None` for a
/// year no membership is known for.
pub fn who_asks(
    query: &WhoAsksQuery,
    press: &PressInputs,
    considerations: &[ConsiderationRecord],
    areas: &HashMap<i64, Vec<String>>,
    is_member: impl Fn(i32, &str) -> Option<bool>,
) -> (Vec<StateMeasure>, QuestionCoverage) {
    let in_range = |s: &Session| (query.from..=query.to).contains(&s.0);
    let sessions: Vec<Session> = press.sessions.iter().copied().filter(in_range).collect();
    let with_questions: BTreeSet<Session> = press
        .questions
        .iter()
        .map(|q| q.session)
        .filter(in_range)
        .collect();
    let (base, release_only) = session_bases(in_range, considerations, &press.questions, areas);
    let tallies = tallies(query, in_range, press, areas);
    let empty = StateTally::default();
    let mut rows = Vec::new();
    for state in &press.states {
        let tally = tallies.get(&state.id).unwrap_or(&empty);
        let all = &tally.all;
        let member = |s: &Session| is_member(s.0, &state.name) == Some(true);
        let member_sessions = sessions.iter().filter(|s| member(s)).count() as i64;
        if member_sessions == 0 && all.questions == 0 && all.votes.total() == 0 {
            continue;
        }
        let questioned = tally.questioned();
        let asked_in: BTreeSet<Session> = questioned.iter().map(|k| k.1).collect();
        // Its sessions: those it sat in with questions recorded, and those it asked in anyway.
        let own: BTreeSet<Session> = with_questions
            .iter()
            .copied()
            .filter(|s| member(s) || asked_in.contains(s))
            .collect();
        let bases = base_counts(&own, &base, &release_only, areas);
        rows.push(StateMeasure {
            state: state.name.clone(),
            iso3: state.iso3.clone(),
            member_sessions,
            covered_sessions: own.iter().filter(|s| member(s)).count() as i64,
            releases_read: releases_in(press, &own),
            sessions_as_observer: own.iter().filter(|s| !member(s)).count() as i64,
            questions: all.questions,
            applications_questioned: all.applications.len() as i64,
            considerations_questioned: all.considerations.len() as i64,
            deferral_linked: all.deferral_linked(),
            votes: all.votes,
            areas: area_rows(tally, questioned.len() as i64, bases),
        });
    }
    rows.sort_by(|a, b| {
        (b.considerations_questioned, b.questions, b.votes.total())
            .cmp(&(a.considerations_questioned, a.questions, a.votes.total()))
            .then_with(|| a.state.cmp(&b.state))
    });
    let years_without_membership = (query.from..=query.to)
        .filter(|y| sessions.iter().any(|s| s.0 == *y))
        .filter(|y| is_member(*y, "").is_none())
        .collect();
    let coverage = QuestionCoverage {
        sessions: sessions.len() as i64,
        sessions_with_questions: with_questions.len() as i64,
        releases_read: releases_in(press, &with_questions),
        releases_incomplete: with_questions
            .iter()
            .map(|s| press.incomplete.get(s).copied().unwrap_or(0))
            .sum(),
        years_without_membership,
    };
    (rows, coverage)
}

/// The status considerations of a state's sessions, per area and in all: those of the reports,
/// and every application questioned there (by any state) that the reports do not have, so that
/// what a state questioned is always part of what it is compared with, and every state is
/// compared with the same considerations in a session.
fn base_counts(
    own: &BTreeSet<Session>,
    base: &HashMap<Session, SessionBase>,
    extra: &HashMap<Session, Vec<i64>>,
    areas: &HashMap<i64, Vec<String>>,
) -> (HashMap<&'static str, i64>, i64) {
    let mut per_area: HashMap<&'static str, i64> = HashMap::new();
    let mut all = 0;
    for session in own {
        if let Some(b) = base.get(session) {
            all += b.applications.len() as i64;
            for (area, n) in &b.per_area {
                *per_area.entry(area).or_default() += n;
            }
        }
        for organization in extra.get(session).into_iter().flatten() {
            all += 1;
            for area in areas_of(areas, *organization) {
                *per_area.entry(area).or_default() += 1;
            }
        }
    }
    (per_area, all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::consideration;

    fn question(state_id: i64, app: i64, session: Session, decision: &str) -> AskedQuestion {
        AskedQuestion {
            state_id,
            application_id: app,
            organization_id: app * 10,
            session,
            decision: decision.into(),
        }
    }

    fn state(id: i64, name: &str) -> StateName {
        StateName {
            id,
            name: name.into(),
            iso3: None,
        }
    }

    /// Two sessions of 2020 with questions; Aland sat in 2020 only, Borduria in 2020 and
    /// 2021, Carpania never but asked once (as an observer).
    fn fixture() -> (
        PressInputs,
        Vec<ConsiderationRecord>,
        HashMap<i64, Vec<String>>,
    ) {
        let r = (2020, 0);
        let s = (2020, 1);
        // Ten applications in each 2020 session; organization 10·a. Areas: 1–3 women,
        // 3 also lgbti, 4 minority, the rest none.
        let mut considerations = Vec::new();
        for session in [r, s] {
            for app in 1..=10 {
                let decision = if app <= 6 { "deferred" } else { "recommended" };
                considerations.push(consideration(app * 10, app, session, decision, None));
            }
        }
        considerations.push(consideration(990, 99, (2021, 0), "deferred", None));
        let areas: HashMap<i64, Vec<String>> = [
            (10, vec!["women".to_string()]),
            (20, vec!["women".to_string()]),
            (30, vec!["women".to_string(), "lgbti".to_string()]),
            (40, vec!["minority".to_string()]),
        ]
        .into_iter()
        .collect();
        let questions = vec![
            // Aland: app 1 twice at r (one consideration), app 3 at r and s, app 8 at s.
            question(1, 1, r, "deferred"),
            question(1, 1, r, "deferred"),
            question(1, 3, r, "deferred"),
            question(1, 3, s, "deferred"),
            question(1, 8, s, "recommended"),
            // Borduria: app 4 at r; app 11 (not in the reports) at s.
            question(2, 4, r, "deferred"),
            question(2, 11, s, "deferred"),
            // Carpania: app 1 at s.
            question(3, 1, s, "deferred"),
        ];
        let votes = vec![
            CastVote {
                state_id: 1,
                organization_id: 30,
                session: s,
                vote: "against".into(),
            },
            CastVote {
                state_id: 2,
                organization_id: 30,
                session: s,
                vote: "in_favour".into(),
            },
        ];
        let press = PressInputs {
            states: vec![
                state(1, "Aland"),
                state(2, "Borduria"),
                state(3, "Carpania"),
                state(4, "Dacia"),
            ],
            questions,
            votes,
            sessions: [r, s, (2021, 0), (2022, 0)].into_iter().collect(),
            releases: [(r, 3), (s, 2), ((2021, 0), 1)].into_iter().collect(),
            incomplete: [(s, 1), ((2021, 0), 1)].into_iter().collect(),
        };
        (press, considerations, areas)
    }

    fn membership(year: i32, state: &str) -> Option<bool> {
        match year {
            2020 => Some(["Aland", "Borduria"].contains(&state)),
            2021 => Some(state == "Borduria"),
            _ => None,
        }
    }

    fn run(query: &WhoAsksQuery) -> (Vec<StateMeasure>, QuestionCoverage) {
        let (press, considerations, areas) = fixture();
        who_asks(query, &press, &considerations, &areas, membership)
    }

    fn all_years() -> WhoAsksQuery {
        WhoAsksQuery {
            from: 2020,
            to: 2022,
            area: None,
        }
    }

    #[test]
    fn counts_questions_considerations_and_deferrals_by_hand() {
        let (rows, coverage) = run(&all_years());
        let names: Vec<&str> = rows.iter().map(|r| r.state.as_str()).collect();
        // Dacia never sat, asked or voted: not listed. Most considerations questioned first.
        assert_eq!(names, ["Aland", "Borduria", "Carpania"]);
        let aland = &rows[0];
        // 5 questions; applications 1, 3, 8; considerations (1,r) (3,r) (3,s) (8,s), of which
        // three deferred.
        assert_eq!(
            (
                aland.questions,
                aland.applications_questioned,
                aland.considerations_questioned,
                aland.deferral_linked
            ),
            (5, 3, 4, 3)
        );
        // Member in 2020 (two sessions, both with questions): 3 + 2 releases.
        assert_eq!(
            (
                aland.member_sessions,
                aland.covered_sessions,
                aland.releases_read,
                aland.sessions_as_observer
            ),
            (2, 2, 5, 0)
        );
        assert_eq!((aland.votes.against, aland.votes.total()), (1, 1));
        // Borduria sat in 2020 and 2021 (three sessions); 2021 has no question recorded.
        let borduria = &rows[1];
        assert_eq!(
            (borduria.member_sessions, borduria.covered_sessions),
            (3, 2)
        );
        let carpania = &rows[2];
        assert_eq!(
            (
                carpania.member_sessions,
                carpania.covered_sessions,
                carpania.sessions_as_observer,
                carpania.releases_read,
                carpania.questions
            ),
            (0, 0, 1, 2, 1)
        );
        assert_eq!(
            coverage,
            QuestionCoverage {
                sessions: 4,
                sessions_with_questions: 2,
                releases_read: 5,
                // One of session s's releases; 2021's has no question, so it does not count.
                releases_incomplete: 1,
                years_without_membership: vec![2022],
            }
        );
    }

    #[test]
    fn over_representation_matches_the_hand_computed_ratio() {
        let (rows, _) = run(&all_years());
        let aland = &rows[0];
        // Aland questioned 4 considerations; women's: (1,r) (3,r) (3,s) = 3. Its sessions
        // hold 20 considerations of the reports, 6 of them women's (apps 1–3 twice), and one
        // only a release has (app 11 at s, questioned by Borduria): 21.
        let women = aland.area("women").expect("women");
        assert_eq!(
            (
                women.questions,
                women.considerations_questioned,
                women.deferral_linked,
                women.area_considerations,
                women.all_considerations
            ),
            (4, 3, 3, 6, 21)
        );
        // (3/4) / (6/21) = 2.625, with the MOVER-R interval of the Wilson limits (computed in
        // Python: 0.9108 … 5.6093).
        let ratio = women.over_representation.expect("a ratio");
        assert!((ratio.estimate - 2.625).abs() < 1e-12, "{ratio:?}");
        assert!((ratio.low - 0.9108).abs() < 1e-4, "{ratio:?}");
        assert!((ratio.high - 5.6093).abs() < 1e-4, "{ratio:?}");
        assert!(women.small_n);
        // LGBTI: (3,r) (3,s) = 2 of 4 against 2 of 21: 5.25.
        let lgbti = aland.area("lgbti").expect("lgbti");
        assert!((lgbti.over_representation.expect("ratio").estimate - 5.25).abs() < 1e-12);
        assert_eq!(lgbti.votes.against, 1);
        // Minority: none of 4 questioned against 2 of 21: 0, with an upper limit (7.4295).
        let minority = aland
            .area("minority")
            .expect("m")
            .over_representation
            .expect("0");
        assert_eq!((minority.estimate, minority.low), (0.0, 0.0));
        assert!(minority.low.is_sign_positive(), "0, not -0");
        assert!((minority.high - 7.4295).abs() < 1e-4, "{minority:?}");
        // Borduria questioned app 11, which the reports lack: its base gains that one
        // consideration (21), counted as "other".
        let borduria = &rows[1];
        let other = borduria.area("other").expect("other");
        assert_eq!(
            (other.considerations_questioned, other.all_considerations),
            (1, 21)
        );
        assert_eq!(other.area_considerations, 12 + 1);
    }

    #[test]
    fn an_area_filter_narrows_the_totals_but_not_the_comparison() {
        let query = WhoAsksQuery {
            area: Some("lgbti".into()),
            ..all_years()
        };
        let (rows, _) = run(&query);
        let aland = rows.iter().find(|r| r.state == "Aland").expect("Aland");
        assert_eq!(
            (
                aland.questions,
                aland.considerations_questioned,
                aland.votes.total()
            ),
            (2, 2, 1)
        );
        let unfiltered = run(&all_years()).0;
        assert_eq!(aland.areas, unfiltered[0].areas);
        // Borduria asked no LGBTI applicant but voted on one.
        let borduria = rows.iter().find(|r| r.state == "Borduria").expect("B");
        assert_eq!((borduria.questions, borduria.votes.in_favour), (0, 1));
    }

    #[test]
    fn a_range_without_questions_lists_members_with_zero_coverage() {
        let query = WhoAsksQuery {
            from: 2021,
            to: 2021,
            area: None,
        };
        let (rows, coverage) = run(&query);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].state.as_str(),
                rows[0].member_sessions,
                rows[0].covered_sessions,
                rows[0].questions
            ),
            ("Borduria", 1, 0, 0)
        );
        assert_eq!(coverage.sessions_with_questions, 0);
        // Nothing questioned: no share, so no ratio.
        assert!(rows[0]
            .areas
            .iter()
            .all(|a| a.over_representation.is_none()));
    }
}
