//! Time to decision (measure 3 of `../shared/docs/measures.md`) as pure functions over the
//! loaded considerations: per focus area, the Kaplan–Meier curve of the share still waiting
//! for a decision (pending applications right-censored), the Aalen–Johansen cumulative
//! incidence of each outcome (closure, rejection and withdrawal are competing outcomes, never
//! censoring), medians, and a log-rank test of each area against "other" on recommendation.
//!
//! Time is counted in the Committee's sessions (regular and resumed), whether or not an
//! application came up at each: session 1 is its first consideration.

use std::collections::{BTreeMap, HashMap};

use app::model::{
    area_label, Estimate, LogRank, Median, Outcome, WaitGroup, WaitQuery, WaitStanding, WaitStep,
    WaitingAt, FIRST_YEAR, LAST_YEAR, SMALL_N, WAITING_AFTER,
};

use super::{ConsiderationRecord, GROUPS, Z95};

/// Where "other" stands in [`GROUPS`]: the four focus areas come before it.
const OTHER: usize = 4;
/// Where "all" stands in [`GROUPS`].
const ALL: usize = 5;

/// Comparisons of an estimate with one half allow this much rounding: a product of fractions
/// that is exactly one half (2/3 · 3/4) can land a rounding error either side of 0.5.
const HALF_TOLERANCE: f64 = 1e-9;

/// What [`time_to_decision`] computes; the caller adds the query and provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitResult {
    /// In [`GROUPS`] order.
    pub groups: Vec<WaitGroup>,
    /// Applications first considered in the cohort years whose first consideration already
    /// says "previously deferred": left out of the curves.
    pub left_truncated: i64,
    /// Applications in the curves with a decision at a consideration that was not their last.
    pub decided_then_considered: i64,
}

/// The decisions that end a wait, in the order of [`LifeRow::decided`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Recommended = 0,
    Closed = 1,
    Rejected = 2,
    Withdrawn = 3,
}

impl Decision {
    /// The decision a consideration records, if it ends the wait: any recommendation
    /// (general, special, roster), closure, rejection or withdrawal — the search's rule,
    /// [`Outcome::of_decision`]. "deferred" and anything unknown leave it pending.
    fn of(decision: &str) -> Option<Decision> {
        match Outcome::of_decision(decision)? {
            Outcome::InStatus => Some(Decision::Recommended),
            Outcome::Closed => Some(Decision::Closed),
            Outcome::Rejected => Some(Decision::Rejected),
            Outcome::Withdrawn => Some(Decision::Withdrawn),
            Outcome::Pending => None,
        }
    }
}

/// One status application, reduced to what the curves need.
#[derive(Debug, Clone, PartialEq)]
struct Application {
    organization_id: i64,
    application_id: i64,
    /// The session (year, part) of its first consideration.
    first: (i32, u8),
    /// Sessions of the Committee from its first to its last consideration, both counted: a
    /// decision at the first consideration is 1.
    sessions: u32,
    /// Its last consideration's decision; `None` is pending, right-censored at `sessions`.
    outcome: Option<Decision>,
    /// Its first consideration already says "previously deferred": its wait began before
    /// the records, so it would be undercounted.
    left_truncated: bool,
    /// A decision at a consideration other than its last: the last one counts.
    decided_then_considered: bool,
}

/// The Committee's sessions in order: every (year, part) at which any application was
/// considered. A wait counts these, not only the sessions the application came up at.
fn session_calendar(considerations: &[ConsiderationRecord]) -> Vec<(i32, u8)> {
    let mut sessions: Vec<(i32, u8)> = considerations.iter().map(|c| (c.year, c.part)).collect();
    sessions.sort_unstable();
    sessions.dedup();
    sessions
}

/// Every application of `considerations`, by application id. Considerations of one
/// application at the same session keep their input order (the later one is its last).
fn applications(considerations: &[ConsiderationRecord]) -> Vec<Application> {
    let calendar = session_calendar(considerations);
    let mut histories: BTreeMap<i64, Vec<&ConsiderationRecord>> = BTreeMap::new();
    for c in considerations {
        histories.entry(c.application_id).or_default().push(c);
    }
    histories
        .into_values()
        .filter_map(|mut history| {
            history.sort_by_key(|c| (c.year, c.part));
            application(&history, &calendar)
        })
        .collect()
}

/// One application from its considerations in session order (`None` if there are none).
fn application(history: &[&ConsiderationRecord], calendar: &[(i32, u8)]) -> Option<Application> {
    let (first, last) = (*history.first()?, *history.last()?);
    // Every session of a history is in the calendar, which is built from all of them.
    let index = |c: &ConsiderationRecord| calendar.partition_point(|s| *s < (c.year, c.part));
    let earlier = &history[..history.len() - 1];
    Some(Application {
        organization_id: first.organization_id,
        application_id: first.application_id,
        first: (first.year, first.part),
        sessions: (index(last) - index(first) + 1) as u32,
        outcome: Decision::of(&last.decision),
        left_truncated: first.is_new == Some(false),
        decided_then_considered: earlier.iter().any(|c| Decision::of(&c.decision).is_some()),
    })
}

/// The groups (indices into [`GROUPS`]) an organization's applications belong to: each of
/// the four areas it has, "other" when it has none of them (or is missing from `areas`),
/// and "all". "other" is thereby disjoint from each area, as the log-rank test needs.
fn group_indices(organization_id: i64, areas: &HashMap<i64, Vec<String>>) -> Vec<usize> {
    let own = areas.get(&organization_id);
    let has = |area: &str| own.is_some_and(|list| list.iter().any(|a| a == area));
    let mut groups: Vec<usize> = (0..OTHER).filter(|&g| has(GROUPS[g])).collect();
    if groups.is_empty() {
        groups.push(OTHER);
    }
    groups.push(ALL);
    groups
}

/// The applications of each group, in [`GROUPS`] order.
fn members_by_group<'a>(
    applications: &[&'a Application],
    areas: &HashMap<i64, Vec<String>>,
) -> Vec<Vec<&'a Application>> {
    let mut members = vec![Vec::new(); GROUPS.len()];
    for application in applications {
        for group in group_indices(application.organization_id, areas) {
            members[group].push(*application);
        }
    }
    members
}

/// What happened at one session to a group's applications still waiting.
#[derive(Debug, Clone, Default, PartialEq)]
struct LifeRow {
    /// Applications whose wait reached this session (`sessions` ≥ k).
    at_risk: i64,
    /// Decided at this session, indexed by [`Decision`].
    decided: [i64; 4],
    /// Still pending, last considered at this session. They count as at risk here: at a
    /// tie, decisions come before censoring.
    censored: i64,
}

impl LifeRow {
    fn decisions(&self) -> i64 {
        self.decided.iter().sum()
    }
}

/// The life table of a group: one row per session k from 1 to its longest wait, so sessions
/// without a decision are rows too. A group without applications has no rows.
fn life_table(members: &[&Application]) -> Vec<LifeRow> {
    let longest = members.iter().map(|a| a.sessions).max().unwrap_or(0);
    let mut rows = vec![LifeRow::default(); longest as usize];
    for application in members {
        let row = &mut rows[application.sessions as usize - 1];
        match application.outcome {
            Some(decision) => row.decided[decision as usize] += 1,
            None => row.censored += 1,
        }
    }
    // At risk at k: everyone whose wait ended at k or later.
    let mut at_risk = 0;
    for row in rows.iter_mut().rev() {
        at_risk += row.decisions() + row.censored;
        row.at_risk = at_risk;
    }
    rows
}

/// Greenwood's term d / (n (n − d)) of one session; infinite when everyone at risk was
/// decided (the curve reaches zero and its log has no variance estimate).
fn greenwood_term(row: &LifeRow) -> f64 {
    let (n, d) = (row.at_risk as f64, row.decisions() as f64);
    if d <= 0.0 {
        0.0
    } else if d >= n {
        f64::INFINITY
    } else {
        d / (n * (n - d))
    }
}

/// The estimates after each row of a life table: the all-cause Kaplan–Meier probability of
/// still waiting, S(k) = Π (1 − d_j/n_j), with its log-log interval, and the Aalen–Johansen
/// cumulative incidence of each decision, F(k) = Σ S(i−1) d_i/n_i. Because both use the
/// same S(i−1) d_i/n_i, S(k) plus the four incidences is one at every k.
fn curve(table: &[LifeRow]) -> Vec<WaitStep> {
    let (mut waiting, mut greenwood, mut shares) = (1.0_f64, 0.0_f64, [0.0_f64; 4]);
    let mut steps = Vec::with_capacity(table.len());
    for (index, row) in table.iter().enumerate() {
        // Never zero: the group's longest wait reaches every row.
        let n = row.at_risk.max(1) as f64;
        for (share, decided) in shares.iter_mut().zip(row.decided) {
            *share += waiting * decided as f64 / n;
        }
        greenwood += greenwood_term(row);
        waiting *= 1.0 - row.decisions() as f64 / n;
        let (low, high) = log_log_interval(waiting, greenwood);
        steps.push(WaitStep {
            sessions: index as u32 + 1,
            at_risk: row.at_risk,
            recommended: row.decided[Decision::Recommended as usize],
            closed: row.decided[Decision::Closed as usize],
            rejected: row.decided[Decision::Rejected as usize],
            withdrawn: row.decided[Decision::Withdrawn as usize],
            censored: row.censored,
            waiting: Estimate {
                estimate: waiting,
                low,
                high,
            },
            recommended_share: shares[Decision::Recommended as usize],
            closed_share: shares[Decision::Closed as usize],
            rejected_share: shares[Decision::Rejected as usize],
            withdrawn_share: shares[Decision::Withdrawn as usize],
        });
    }
    steps
}

/// 95% pointwise interval (lower, upper) of a Kaplan–Meier estimate `s` whose Greenwood sum
/// Σ d/(n(n−d)) is `greenwood`, on the log(−log) scale (Kalbfleisch and Prentice; R's
/// `survfit(conf.type = "log-log")`): θ = ln(−ln S) has standard error se = √V / |ln S|, and
/// as S = exp(−exp θ) falls when θ rises, the lower bound is S^exp(+z·se) and the upper
/// S^exp(−z·se). The bounds stay inside [0, 1] without clipping.
///
/// Where the transform is undefined (survfit leaves these NA) the interval is the point:
/// - S = 1 (no decision yet, V = 0): [1, 1];
/// - S = 0, which is exactly when some session decided everyone at risk (n = d, so the
///   Greenwood sum is infinite): [0, 0].
fn log_log_interval(s: f64, greenwood: f64) -> (f64, f64) {
    if s <= 0.0 || !greenwood.is_finite() {
        return (0.0, 0.0);
    }
    if s >= 1.0 || greenwood <= 0.0 {
        return (s, s);
    }
    let se = greenwood.sqrt() / s.ln().abs();
    (s.powf((Z95 * se).exp()), s.powf((-Z95 * se).exp()))
}

/// The first session whose step satisfies `reached`; `None` is "not reached".
fn first_session(steps: &[WaitStep], reached: impl Fn(&WaitStep) -> bool) -> Option<u32> {
    steps
        .iter()
        .find(|step| reached(step))
        .map(|step| step.sessions)
}

/// The median wait for a decision: the first session where the curve is at most one half.
/// Its interval (Brookmeyer and Crowley): where the pointwise band crosses one half, the
/// lower band first (it falls earlier) giving the lower limit. A band is undefined where the
/// curve has fallen to 0 (the last applications at risk were all decided; survfit leaves it
/// NA there): a limit found only there is "not reached".
fn median_to_decision(steps: &[WaitStep]) -> Median {
    let crossed = |value: f64| value <= 0.5 + HALF_TOLERANCE;
    let defined = |s: &WaitStep| s.waiting.estimate > 0.0;
    Median {
        estimate: first_session(steps, |s| crossed(s.waiting.estimate)),
        low: first_session(steps, |s| defined(s) && crossed(s.waiting.low)),
        high: first_session(steps, |s| defined(s) && crossed(s.waiting.high)),
    }
}

/// The share still waiting after each of [`WAITING_AFTER`] sessions, where some application
/// of the group waited that long.
fn waiting_after(steps: &[WaitStep]) -> Vec<WaitingAt> {
    WAITING_AFTER
        .iter()
        .map(|&sessions| {
            let step = (sessions as usize)
                .checked_sub(1)
                .and_then(|index| steps.get(index))
                .filter(|step| step.at_risk > 0);
            WaitingAt {
                sessions,
                waiting: step.map(|step| step.waiting),
                at_risk: step.map_or(0, |step| step.at_risk),
            }
        })
        .collect()
}

/// Log-rank test of `area` against `other` on the cause-specific hazard of recommendation:
/// at each session with a recommendation in either group, the area's expected share of the
/// d recommendations is its share of those at risk (hypergeometric mean n1/n · d, variance
/// d (n1/n)(1 − n1/n)(n − d)/(n − 1)). Other decisions and pending applications leave the
/// risk set without being events, which the life tables' `at_risk` already does. `None`
/// when the variance is zero (no recommendation, or one group empty).
fn log_rank(area: &[LifeRow], other: &[LifeRow]) -> Option<LogRank> {
    let recommended = Decision::Recommended as usize;
    let at = |table: &[LifeRow], index: usize| {
        table.get(index).map_or((0.0, 0.0), |row| {
            (row.at_risk as f64, row.decided[recommended] as f64)
        })
    };
    let (mut expected, mut variance) = (0.0_f64, 0.0_f64);
    for index in 0..area.len().max(other.len()) {
        let ((n1, d1), (n2, d2)) = (at(area, index), at(other, index));
        let (n, d) = (n1 + n2, d1 + d2);
        if d == 0.0 {
            continue;
        }
        expected += d * n1 / n;
        if n > 1.0 {
            variance += d * (n1 / n) * (1.0 - n1 / n) * (n - d) / (n - 1.0);
        }
    }
    if variance <= 0.0 {
        return None;
    }
    let observed: i64 = area.iter().map(|row| row.decided[recommended]).sum();
    let chi_square = (observed as f64 - expected).powi(2) / variance;
    Some(LogRank {
        observed,
        expected,
        chi_square,
        p_value: erfc((chi_square / 2.0).sqrt()),
    })
}

/// The complementary error function, for P(χ²₁ > x) = erfc(√(x/2)); relative error about
/// 1e-14 or better. Below 2 it is 1 − erf with erf from its series of positive terms, which
/// has no cancellation (erfc(2) ≈ 0.005 keeps the subtraction accurate); from 2 on, the
/// continued fraction, which converges fast there.
fn erfc(x: f64) -> f64 {
    if x < 0.0 {
        2.0 - erfc(-x)
    } else if x < 2.0 {
        1.0 - erf_series(x)
    } else if x < 27.0 {
        erfc_continued_fraction(x)
    } else {
        0.0 // below the smallest positive double
    }
}

/// erf x = (2/√π) e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz and Stegun 7.1.6).
fn erf_series(x: f64) -> f64 {
    let (mut term, mut sum) = (x, x);
    for n in 1..200 {
        term *= 2.0 * x * x / (2 * n + 1) as f64;
        sum += term;
        if term < sum * 1e-17 {
            break;
        }
    }
    2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp() * sum
}

/// erfc x = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) (Abramowitz and Stegun
/// 7.1.14), evaluated by the modified Lentz method.
fn erfc_continued_fraction(x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (mut f, mut c, mut d) = (x, x, 0.0_f64);
    for k in 1..500 {
        let a = k as f64 / 2.0;
        d = x + a * d;
        d = 1.0 / if d == 0.0 { TINY } else { d };
        c = x + a / c;
        if c == 0.0 {
            c = TINY;
        }
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    (-x * x).exp() / (std::f64::consts::PI.sqrt() * f)
}

/// One group's curve and summaries from its life table; `other` is the life table of
/// "other" for a focus area's log-rank test, `None` for "other" and "all".
fn wait_group(area: &str, table: &[LifeRow], other: Option<&[LifeRow]>) -> WaitGroup {
    let total = |count: &dyn Fn(&LifeRow) -> i64| table.iter().map(count).sum::<i64>();
    let decided = |decision: Decision| total(&|row| row.decided[decision as usize]);
    let steps = curve(table);
    WaitGroup {
        area: area.to_string(),
        label: area_label(area).to_string(),
        applications: table.first().map_or(0, |row| row.at_risk),
        recommended: decided(Decision::Recommended),
        closed: decided(Decision::Closed),
        rejected: decided(Decision::Rejected),
        withdrawn: decided(Decision::Withdrawn),
        pending: total(&|row| row.censored),
        small_n: total(&LifeRow::decisions) < SMALL_N,
        median_to_decision: median_to_decision(&steps),
        median_to_recommendation: first_session(&steps, |s| {
            s.recommended_share >= 0.5 - HALF_TOLERANCE
        }),
        waiting_after: waiting_after(&steps),
        log_rank: other.and_then(|other| log_rank(table, other)),
        steps,
    }
}

/// The applications reduced from the considerations, and each group's curve over every
/// cohort (what the NGO pages compare with): computed once per data version, since reducing
/// the considerations costs far more than any one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    applications: Vec<Application>,
    /// In [`GROUPS`] order: the curves pooling `FIRST_YEAR..=LAST_YEAR`, left-truncated
    /// applications left out.
    pooled: Vec<Vec<WaitStep>>,
}

/// Reduce `considerations` to applications and draw the pooled curves. Inputs as for
/// [`super::rates`].
pub fn prepare(
    considerations: &[ConsiderationRecord],
    areas: &HashMap<i64, Vec<String>>,
) -> Prepared {
    let applications = applications(considerations);
    let pooled: Vec<&Application> = applications
        .iter()
        .filter(|a| !a.left_truncated && (FIRST_YEAR..=LAST_YEAR).contains(&a.first.0))
        .collect();
    let pooled = members_by_group(&pooled, areas)
        .iter()
        .map(|members| curve(&life_table(members)))
        .collect();
    Prepared {
        applications,
        pooled,
    }
}

impl Prepared {
    /// Time to decision for the cohort of `query`: applications first considered in
    /// `from..=to`, each followed to its last consideration (not cut at `to`), those already
    /// "previously deferred" when first seen left out and counted.
    pub fn time_to_decision(
        &self,
        query: &WaitQuery,
        areas: &HashMap<i64, Vec<String>>,
    ) -> WaitResult {
        let (truncated, followed): (Vec<&Application>, Vec<&Application>) = self
            .applications
            .iter()
            .filter(|a| (query.from..=query.to).contains(&a.first.0))
            .partition(|a| a.left_truncated);
        let tables: Vec<Vec<LifeRow>> = members_by_group(&followed, areas)
            .iter()
            .map(|members| life_table(members))
            .collect();
        let groups = GROUPS
            .iter()
            .zip(&tables)
            .enumerate()
            .map(|(index, (area, table))| {
                let other = (index < OTHER).then_some(tables[OTHER].as_slice());
                wait_group(area, table, other)
            })
            .collect();
        WaitResult {
            groups,
            left_truncated: truncated.len() as i64,
            decided_then_considered: followed
                .iter()
                .filter(|a| a.decided_then_considered)
                .count() as i64,
        }
    }

    /// Where each status application of `organization_id` stands against the pooled curve
    /// of each of its areas (or "other"), ordered by first session, then application id.
    pub fn standings(
        &self,
        areas: &HashMap<i64, Vec<String>>,
        organization_id: i64,
    ) -> Vec<WaitStanding> {
        let mut own: Vec<&Application> = self
            .applications
            .iter()
            .filter(|a| a.organization_id == organization_id)
            .collect();
        own.sort_by_key(|a| (a.first, a.application_id));
        let groups: Vec<usize> = group_indices(organization_id, areas)
            .into_iter()
            .filter(|&group| group != ALL)
            .collect();
        own.iter()
            .flat_map(|application| {
                groups
                    .iter()
                    .map(move |&g| standing(application, GROUPS[g], &self.pooled[g]))
            })
            .collect()
    }
}

/// [`Prepared::time_to_decision`] straight from the considerations.
#[cfg(test)]
fn time_to_decision(
    query: &WaitQuery,
    considerations: &[ConsiderationRecord],
    areas: &HashMap<i64, Vec<String>>,
) -> WaitResult {
    prepare(considerations, areas).time_to_decision(query, areas)
}

/// [`Prepared::standings`] straight from the considerations.
#[cfg(test)]
fn standings(
    considerations: &[ConsiderationRecord],
    areas: &HashMap<i64, Vec<String>>,
    organization_id: i64,
) -> Vec<WaitStanding> {
    prepare(considerations, areas).standings(areas, organization_id)
}

/// One application against one area's curve. A wait longer than any in the curve (a
/// left-truncated one, say) is read at the curve's last session; an empty curve has
/// decided nobody.
fn standing(application: &Application, area: &str, steps: &[WaitStep]) -> WaitStanding {
    let reached = steps.len().min(application.sessions as usize);
    let waiting = steps[..reached].last().map_or(
        Estimate {
            estimate: 1.0,
            low: 1.0,
            high: 1.0,
        },
        |step| step.waiting,
    );
    let decisions: i64 = steps
        .iter()
        .map(|s| s.recommended + s.closed + s.rejected + s.withdrawn)
        .sum();
    WaitStanding {
        application_id: application.application_id,
        area: area.to_string(),
        sessions: application.sessions,
        pending: application.outcome.is_none(),
        left_truncated: application.left_truncated,
        decided_within: Estimate {
            estimate: 1.0 - waiting.estimate,
            low: 1.0 - waiting.high,
            high: 1.0 - waiting.low,
        },
        small_n: decisions < SMALL_N,
        applications: steps.first().map_or(0, |step| step.at_risk),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::measures::consideration;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    /// Calendar position `index` as a session: two a year from 2015, regular then resumed.
    fn session(index: usize) -> (i32, u8) {
        (2015 + (index / 2) as i32, (index % 2) as u8)
    }

    /// An application first considered (as new) at session `start` and at every session
    /// after it until its `sessions`-th, which records `last`; "deferred" before that.
    fn history(
        org: i64,
        app: i64,
        start: usize,
        sessions: usize,
        last: &str,
    ) -> Vec<ConsiderationRecord> {
        (0..sessions)
            .map(|i| {
                let decision = if i + 1 == sessions { last } else { "deferred" };
                consideration(org, app, session(start + i), decision, Some(i == 0))
            })
            .collect()
    }

    fn group<'a>(result: &'a WaitResult, area: &str) -> &'a WaitGroup {
        result
            .groups
            .iter()
            .find(|g| g.area == area)
            .expect("group")
    }

    fn every_year() -> WaitQuery {
        WaitQuery {
            from: FIRST_YEAR,
            to: LAST_YEAR,
        }
    }

    #[test]
    fn the_groups_are_the_four_areas_then_other_then_all() {
        assert_eq!(GROUPS[OTHER], "other");
        assert_eq!(GROUPS[ALL], "all");
        assert_eq!(ALL, GROUPS.len() - 1);
    }

    /// The hand-worked example: ten applications of one organization without a focus area,
    /// all first considered at the same session; (sessions, outcome), "pending" = still
    /// deferred at its last consideration:
    ///   a 1 recommended
    ///   b 2 recommended   c 2 closed   d 2 pending   (two kinds of decision and a
    ///                                                   censoring tied at k = 2)
    ///   e 3 recommended   f 3 withdrawn
    ///   g 4 recommended   h 4 pending                (decision and censoring tied)
    ///   i 5 rejected
    ///   j 6 recommended
    fn hand_worked() -> WaitResult {
        let rows = [
            (1, "recommended"),
            (2, "recommended special"),
            (2, "closed"),
            (2, "deferred"),
            (3, "recommended"),
            (3, "withdrawn"),
            (4, "recommended"),
            (4, "deferred"),
            (5, "rejected"),
            (6, "recommended"),
        ];
        let records: Vec<_> = rows
            .iter()
            .enumerate()
            .flat_map(|(i, (sessions, last))| history(1, i as i64, 0, *sessions, last))
            .collect();
        time_to_decision(&every_year(), &records, &HashMap::new())
    }

    #[test]
    fn hand_worked_life_table_and_curve() {
        let result = hand_worked();
        let all = group(&result, "all");
        assert_eq!(*all, renamed(group(&result, "other"), "all"));
        // Life table (censored rows at risk at their own k):
        //   k   n   d (rec, closed, withdrawn, rejected)   c   S(k)
        //   1  10   1 (1,0,0,0)                            0   9/10            = 0.9
        //   2   9   2 (1,1,0,0)                            1   0.9 · 7/9       = 0.7
        //   3   6   2 (1,0,1,0)                            0   0.7 · 4/6       = 7/15 = 0.466667
        //   4   4   1 (1,0,0,0)                            1   7/15 · 3/4      = 7/20 = 0.35
        //   5   2   1 (0,0,0,1)                            0   7/20 · 1/2      = 7/40 = 0.175
        //   6   1   1 (1,0,0,0)                            0   7/40 · 0        = 0
        let n: Vec<i64> = all.steps.iter().map(|s| s.at_risk).collect();
        assert_eq!(n, [10, 9, 6, 4, 2, 1]);
        let d: Vec<i64> = all
            .steps
            .iter()
            .map(|s| s.recommended + s.closed + s.rejected + s.withdrawn)
            .collect();
        assert_eq!(d, [1, 2, 2, 1, 1, 1]);
        let c: Vec<i64> = all.steps.iter().map(|s| s.censored).collect();
        assert_eq!(c, [0, 1, 0, 1, 0, 0]);
        let kinds = |s: &WaitStep| (s.recommended, s.closed, s.withdrawn, s.rejected);
        assert_eq!(kinds(&all.steps[1]), (1, 1, 0, 0), "two kinds at k = 2");
        assert_eq!(kinds(&all.steps[2]), (1, 0, 1, 0));
        assert_eq!(kinds(&all.steps[4]), (0, 0, 0, 1));
        let s = [0.9, 0.7, 7.0 / 15.0, 7.0 / 20.0, 7.0 / 40.0, 0.0];
        for (step, expected) in all.steps.iter().zip(s) {
            assert!(close(step.waiting.estimate, expected, 1e-12), "{step:?}");
        }
        let totals = (all.applications, all.recommended, all.closed, all.rejected);
        assert_eq!(totals, (10, 5, 1, 1));
        assert_eq!((all.withdrawn, all.pending), (1, 2));
        assert!(all.small_n, "8 decisions");
        let women = group(&result, "women");
        assert!(women.steps.is_empty());
        assert_eq!((women.applications, women.log_rank.clone()), (0, None));
        assert_eq!(women.median_to_decision.estimate, None);
    }

    #[test]
    fn hand_worked_log_log_interval() {
        let result = hand_worked();
        let all = group(&result, "all");
        // Greenwood sum at k = 3: 1/(10·9) + 2/(9·7) + 2/(6·4) = 14/1260 + 40/1260 + 105/1260
        // = 53/420 = 0.126190. ln S = ln(7/15) = −0.762140; se = √0.126190 / 0.762140
        // = 0.355233 / 0.762140 = 0.466099; z·se = 1.959964 · 0.466099 = 0.913538.
        // Lower = S^exp(0.913538) = S^2.493128 = exp(−0.762140 · 2.493128) = exp(−1.900112)
        // = 0.149552; upper = S^exp(−0.913538) = S^0.401103 = exp(−0.305696) = 0.736610.
        let k3 = all.steps[2].waiting;
        assert!(close(k3.low, 0.149_552, 1e-6), "{k3:?}");
        assert!(close(k3.high, 0.736_610, 1e-6), "{k3:?}");
        let (low, high) = log_log_interval(7.0 / 15.0, 53.0 / 420.0);
        assert!(close(low, k3.low, 1e-12) && close(high, k3.high, 1e-12));
        // Other bounds, the same way: k = 1 (V = 1/90, se = 1.000463): lower = 0.9^7.105511
        // = 0.473009; k = 4 (V = 44/210): [0.084799, 0.639760]; k = 5 (V = 149/210): upper
        // = 0.175^0.387825 = 0.508664; k = 6: S = 0 and V infinite (n = d): [0, 0].
        assert!(close(all.steps[0].waiting.low, 0.473_009, 1e-6));
        assert!(close(all.steps[4].waiting.high, 0.508_664, 1e-6));
        let k6 = all.steps[5].waiting;
        assert_eq!((k6.low, k6.high), (0.0, 0.0));
        let after_4 = &all.waiting_after[0];
        assert_eq!((after_4.sessions, after_4.at_risk), (4, 4));
        let after_4 = after_4.waiting.expect("followed to 4");
        assert!(close(after_4.estimate, 0.35, 1e-12));
        assert!(close(after_4.low, 0.084_799, 1e-6));
        assert!(close(after_4.high, 0.639_760, 1e-6));
        let after_8 = WaitingAt {
            sessions: 8,
            waiting: None,
            at_risk: 0,
        };
        assert_eq!(all.waiting_after[1], after_8, "nobody followed to 8");
    }

    #[test]
    fn hand_worked_cumulative_incidence_and_medians() {
        let result = hand_worked();
        let all = group(&result, "all");
        // Aalen–Johansen: F(k) = Σ S(i−1) d_i / n_i.
        //   recommended: 1/10 + 0.9/9 + 0.7/6 + (7/15)/4 + 0 + (7/40)/1
        //              = 0.1 + 0.1 + 7/60 + 7/60 + 7/40 = 73/120 = 0.608333
        //   closed: 0.9 · 1/9 = 0.1;  withdrawn: 0.7 · 1/6 = 7/60;  rejected: 7/20 · 1/2 = 7/40
        //   73/120 + 12/120 + 14/120 + 21/120 + S(6) = 1.
        let last = all.steps.last().expect("steps");
        assert!(close(last.recommended_share, 73.0 / 120.0, 1e-12));
        assert!(close(last.closed_share, 0.1, 1e-12));
        assert!(close(last.withdrawn_share, 7.0 / 60.0, 1e-12));
        assert!(close(last.rejected_share, 7.0 / 40.0, 1e-12));
        assert!(close(all.steps[4].recommended_share, 13.0 / 30.0, 1e-12));
        // Median: S(2) = 0.7 > 0.5 ≥ S(3) = 0.4667 → 3. Lower limit: the lower band is
        // 0.4730 ≤ 0.5 already at k = 1 → 1. Upper limit: the upper band is 0.8919, 0.7366,
        // 0.6398, 0.5087 at k = 2..5; at k = 6 the curve is 0 and its band undefined → not
        // reached.
        let median = Median {
            estimate: Some(3),
            low: Some(1),
            high: None,
        };
        assert_eq!(all.median_to_decision, median);
        // Recommendation: F_rec(5) = 13/30 = 0.4333 < 0.5 ≤ F_rec(6) = 0.6083 → 6.
        assert_eq!(all.median_to_recommendation, Some(6));
    }

    /// `group` under another area's name.
    fn renamed(group: &WaitGroup, area: &str) -> WaitGroup {
        WaitGroup {
            area: area.to_string(),
            label: area_label(area).to_string(),
            ..group.clone()
        }
    }

    #[test]
    fn an_all_censored_group_stays_at_one() {
        let mut records = history(1, 1, 0, 1, "deferred");
        records.extend(history(1, 2, 0, 3, "deferred"));
        records.extend(history(2, 3, 0, 2, "deferred"));
        let areas: HashMap<i64, Vec<String>> = [(1, vec!["women".to_string()])].into();
        let result = time_to_decision(&every_year(), &records, &areas);
        let women = group(&result, "women");
        assert_eq!(women.steps.len(), 3);
        for step in &women.steps {
            assert_eq!(
                step.waiting,
                Estimate {
                    estimate: 1.0,
                    low: 1.0,
                    high: 1.0
                }
            );
            assert_eq!(step.recommended_share, 0.0);
        }
        let none = Median {
            estimate: None,
            low: None,
            high: None,
        };
        assert_eq!(women.median_to_decision, none);
        assert_eq!(women.median_to_recommendation, None);
        assert_eq!((women.pending, women.applications), (2, 2));
        assert_eq!(women.log_rank, None, "no recommendation in either group");
        assert!(women.small_n);
        assert_eq!(group(&result, "other").log_rank, None);
        assert_eq!(group(&result, "all").log_rank, None);
    }

    #[test]
    fn the_session_calendar_counts_sessions_the_application_missed() {
        let records = vec![
            consideration(1, 1, (2019, 0), "deferred", Some(true)),
            consideration(1, 1, (2020, 0), "recommended", Some(false)),
            consideration(2, 2, (2019, 1), "deferred", Some(true)),
        ];
        assert_eq!(
            session_calendar(&records),
            [(2019, 0), (2019, 1), (2020, 0)]
        );
        let applications = applications(&records);
        assert_eq!(applications[0].sessions, 3);
        assert_eq!(applications[0].outcome, Some(Decision::Recommended));
        assert_eq!(
            (applications[1].sessions, applications[1].outcome),
            (1, None)
        );
        let all = time_to_decision(&every_year(), &records, &HashMap::new());
        let all = group(&all, "all");
        assert_eq!(all.steps.len(), 3);
        assert_eq!(all.steps[2].recommended, 1);
    }

    #[test]
    fn cohort_by_first_year_without_left_truncated_applications() {
        let query = WaitQuery {
            from: 2016,
            to: 2017,
        };
        let records = vec![
            // First considered before the cohort.
            consideration(1, 1, (2015, 0), "deferred", Some(true)),
            consideration(1, 1, (2016, 0), "deferred", Some(false)),
            // Left-truncated (and decided then considered, which is not counted for it).
            consideration(1, 2, (2016, 0), "recommended", Some(false)),
            consideration(1, 2, (2016, 1), "deferred", Some(false)),
            // Recommended, then considered again: pending by its last consideration, after
            // 3 sessions (2016 regular, 2016 resumed, 2017 regular).
            consideration(1, 3, (2016, 0), "recommended", Some(true)),
            consideration(1, 3, (2017, 0), "deferred", Some(false)),
            // Followed past `to`: 2017 resumed to 2019 regular is 4 sessions with 2018
            // resumed, which only application 5 (after the cohort) has.
            consideration(1, 4, (2017, 1), "deferred", None),
            consideration(1, 4, (2018, 0), "deferred", Some(false)),
            consideration(1, 4, (2019, 0), "closed", Some(false)),
            consideration(1, 5, (2018, 1), "recommended", Some(true)),
            // Left-truncated but before the cohort: not counted.
            consideration(1, 6, (2014, 0), "deferred", Some(false)),
        ];
        let result = time_to_decision(&query, &records, &HashMap::new());
        assert_eq!(result.left_truncated, 1);
        assert_eq!(result.decided_then_considered, 1);
        let all = group(&result, "all");
        assert_eq!(all.applications, 2);
        assert_eq!(all.steps.len(), 4);
        assert_eq!((all.steps[2].censored, all.steps[3].closed), (1, 1));
        assert_eq!((all.pending, all.recommended), (1, 0));
    }

    #[test]
    fn log_rank_against_hand_computed_value() {
        // women (organization 1): recommended at 1, recommended at 2, pending at 2.
        // other (organization 2): closed at 1, recommended at 2, pending at 3.
        // k = 1: n1 = 3, n2 = 3, n = 6, d = 1 (women): E += 1·3/6 = 0.5;
        //        V += 1 · (1/2)(1/2) · 5/5 = 0.25.
        // k = 2: n1 = 2, n2 = 2 (the closure left at 1), n = 4, d = 2 (one each):
        //        E += 2·2/4 = 1; V += 2 · (1/2)(1/2) · 2/3 = 1/3.
        // k = 3: no recommendation. O = 2, E = 1.5, V = 7/12,
        // χ² = 0.5² / (7/12) = 3/7 = 0.428571, p = erfc(√(3/14)) = 0.512691 (χ²₁ tables:
        // P(χ²₁ > 0.4286) ≈ 0.513).
        let mut records = history(1, 1, 0, 1, "recommended");
        records.extend(history(1, 2, 0, 2, "recommended"));
        records.extend(history(1, 3, 0, 2, "deferred"));
        records.extend(history(2, 4, 0, 1, "closed"));
        records.extend(history(2, 5, 0, 2, "recommended"));
        records.extend(history(2, 6, 0, 3, "deferred"));
        let areas: HashMap<i64, Vec<String>> = [(1, vec!["women".to_string()])].into();
        let result = time_to_decision(&every_year(), &records, &areas);
        let test = group(&result, "women").log_rank.clone().expect("test");
        assert_eq!(test.observed, 2);
        assert!(close(test.expected, 1.5, 1e-12));
        assert!(close(test.chi_square, 3.0 / 7.0, 1e-12));
        assert!(
            close(test.p_value, 0.512_690_760_261_923_4, 1e-9),
            "{test:?}"
        );
        assert_eq!(group(&result, "lgbti").log_rank, None, "no applications");
        assert_eq!(group(&result, "other").log_rank, None);
        assert_eq!(group(&result, "all").log_rank, None);
    }

    #[test]
    fn erfc_matches_known_values() {
        let relative = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs();
        assert_eq!(erfc(0.0), 1.0);
        for (x, expected) in [
            (0.1, 0.887_537_083_981_715_2),
            (0.5, 0.479_500_122_186_953_5),
            (1.5, 0.033_894_853_524_689_274),
            (1.99, 0.004_888_586_800_383_003),
            (2.01, 0.004_475_150_644_751_763),
            (2.5, 0.000_406_952_017_444_958_9),
            (4.0, 1.541_725_790_028_002e-8),
            (10.0, 2.088_487_583_762_545e-45),
            (1.0, 0.157_299_207_050_285_13),
            (2.0, 0.004_677_734_981_047_266),
            (3.0, 2.209_049_699_858_544e-5),
            (5.0, 1.537_459_794_428_035e-12),
        ] {
            assert!(relative(erfc(x), expected), "erfc({x}) = {}", erfc(x));
        }
        assert!(relative(erfc(-1.0), 2.0 - 0.157_299_207_050_285_13));
        // Both methods agree where they meet.
        assert!(relative(
            1.0 - erf_series(2.0),
            erfc_continued_fraction(2.0)
        ));
        // χ²₁ = 3.841459 is the 5% critical value.
        assert!(relative(
            erfc((3.841_458_820_694_124_f64 / 2.0).sqrt()),
            0.05
        ));
        assert_eq!(erfc(40.0), 0.0);
    }

    #[test]
    fn standings_read_the_area_curve_at_the_application_wait() {
        // Organization 1 (women, lgbti): application 10 pending after 3 sessions; application
        // 7 left-truncated, first seen at session 1 and pending after 5 sessions.
        // Organization 2 (women): recommended at 1 and at 2, closed at 4.
        // Women's curve (10, 20, 21, 22; 7 left out): k = 1: n = 4, d = 1, S = 3/4; k = 2:
        // n = 3, d = 1, S = 1/2; k = 3: n = 2, d = 0, c = 1, S = 1/2; k = 4: n = 1, d = 1,
        // S = 0. Application 10 is read at 3: decided within = 1 − 1/2 = 0.5; application 7
        // at min(5, 4) = 4: 1 − 0 = 1. LGBTI's curve is application 10 alone: S(3) = 1.
        let mut records = history(1, 10, 0, 3, "deferred");
        let mut truncated = history(1, 7, 1, 5, "deferred");
        truncated[0].is_new = Some(false);
        records.extend(truncated);
        records.extend(history(2, 20, 0, 1, "recommended"));
        records.extend(history(2, 21, 0, 2, "recommended"));
        records.extend(history(2, 22, 0, 4, "closed"));
        let areas: HashMap<i64, Vec<String>> = [
            (1, vec!["lgbti".to_string(), "women".to_string()]),
            (2, vec!["women".to_string()]),
        ]
        .into();
        let standings = standings(&records, &areas, 1);
        let summary: Vec<(i64, &str, u32, bool, bool, i64)> = standings
            .iter()
            .map(|s| {
                let area = s.area.as_str();
                (
                    s.application_id,
                    area,
                    s.sessions,
                    s.pending,
                    s.left_truncated,
                    s.applications,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (10, "women", 3, true, false, 4),
                (10, "lgbti", 3, true, false, 1),
                (7, "women", 5, true, true, 4),
                (7, "lgbti", 5, true, true, 1),
            ]
        );
        let within: Vec<f64> = standings
            .iter()
            .map(|s| s.decided_within.estimate)
            .collect();
        assert!(close(within[0], 0.5, 1e-12), "{within:?}");
        assert!(close(within[1], 0.0, 1e-12), "{within:?}");
        assert!(close(within[2], 1.0, 1e-12), "{within:?}");
        assert!(close(within[3], 0.0, 1e-12), "{within:?}");
        assert!(super::standings(&records, &areas, 99).is_empty());
        let other = super::standings(&records, &HashMap::new(), 2);
        assert!(other.iter().all(|s| s.area == "other"));
        assert_eq!(other.len(), 3);
    }

    const DECISIONS: [&str; 6] = [
        "recommended",
        "closed",
        "rejected",
        "withdrawn",
        "deferred",
        "postponed",
    ];

    proptest! {
        #[test]
        fn waiting_and_incidences_add_up_to_one(
            rows in prop::collection::vec((0usize..4, 1usize..9, 0usize..6, 0usize..6), 1..40)
        ) {
            let area_sets: [&[&str]; 5] =
                [&[], &["women"], &["lgbti"], &["women", "minority"], &["human_rights"]];
            let mut records = Vec::new();
            let mut areas: HashMap<i64, Vec<String>> = HashMap::new();
            for (i, (start, sessions, decision, area)) in rows.iter().enumerate() {
                let org = i as i64;
                records.extend(history(org, i as i64, *start, *sessions, DECISIONS[*decision]));
                // Area 5 leaves the organization out of the map.
                if let Some(set) = area_sets.get(*area) {
                    areas.insert(org, set.iter().map(|a| a.to_string()).collect());
                }
            }
            let result = time_to_decision(&every_year(), &records, &areas);
            prop_assert_eq!(group(&result, "all").applications, rows.len() as i64);
            for g in &result.groups {
                let mut previous = 1.0;
                for step in &g.steps {
                    let total = step.waiting.estimate + step.recommended_share
                        + step.closed_share + step.rejected_share + step.withdrawn_share;
                    prop_assert!(close(total, 1.0, 1e-12), "{} {:?}", g.area, step);
                    prop_assert!(step.waiting.estimate <= previous + 1e-15);
                    prop_assert!(step.waiting.low <= step.waiting.estimate + 1e-15);
                    prop_assert!(step.waiting.estimate <= step.waiting.high + 1e-15);
                    prop_assert!(step.waiting.low >= 0.0 && step.waiting.high <= 1.0);
                    previous = step.waiting.estimate;
                }
                let counts = g.recommended + g.closed + g.rejected + g.withdrawn + g.pending;
                prop_assert_eq!(counts, g.applications);
            }
        }
    }
}
