//! Histories that stop and start again: an application left pending (deferred) that is never
//! considered again, and a "previously deferred" application of another organization that
//! first appears within [`WITHIN_SESSIONS`] sessions under a near name. That is the mark of one
//! organization split in two by linking — its long wait cut short, its continuation out of
//! "ever deferred" cohorts — or of a real successor; a curator tells them apart. Pure, over a
//! plan.

use std::collections::HashMap;

use serde::Serialize;

use super::plan::{ApplicationKind, Plan, SessionKey};
use crate::names::core_key;

/// How many sessions after the pending one the other may first appear.
pub const WITHIN_SESSIONS: usize = 3;
/// The least similarity of two core keys (normalised Damerau–Levenshtein) to call them near.
pub const NEAR: f64 = 0.8;

/// A pending application that stopped, and a previously deferred one that started nearby.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reappearance {
    pub stopped: String,
    pub stopped_at: SessionKey,
    pub started: String,
    pub started_at: SessionKey,
    /// The two organizations share a core key (the same name but for an article, "of", a
    /// legal form or a bracket): the variant rule's evidence, had it been allowed to join.
    pub same_core: bool,
    /// The highest similarity of any two of their names' core keys.
    pub similarity: f64,
}

/// Every such pair in the plan, in session order.
pub fn reappearances(plan: &Plan) -> Vec<Reappearance> {
    let order: HashMap<SessionKey, usize> = plan
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key, i))
        .collect();
    let last_session = plan.sessions.len().saturating_sub(1);
    let mut cores: Vec<Vec<String>> = vec![Vec::new(); plan.organization_names.len()];
    for name in &plan.linking.names {
        let core = core_key(&name.name);
        if !cores[name.organization].contains(&core) {
            cores[name.organization].push(core);
        }
    }
    // Per organization, its status-application considerations: (session index, decision, is_new).
    let mut history: Vec<Vec<(usize, &str, Option<bool>)>> =
        vec![Vec::new(); plan.organization_names.len()];
    for c in plan
        .considerations
        .iter()
        .filter(|c| c.kind == ApplicationKind::Status)
    {
        history[c.organization].push((order[&c.session], c.decision, c.is_new));
    }
    for h in &mut history {
        h.sort_by_key(|(at, _, _)| *at);
    }
    let stopped = history.iter().enumerate().filter_map(|(org, h)| {
        let &(at, decision, _) = h.last()?;
        (decision == "deferred" && at < last_session).then_some((org, at))
    });
    let started: Vec<(usize, usize)> = history
        .iter()
        .enumerate()
        .filter_map(|(org, h)| {
            let &(at, _, is_new) = h.first()?;
            (is_new == Some(false)).then_some((org, at))
        })
        .collect();
    let mut out = Vec::new();
    for (a, stopped_at) in stopped {
        for &(b, started_at) in &started {
            if b == a || started_at <= stopped_at || started_at > stopped_at + WITHIN_SESSIONS {
                continue;
            }
            let (same_core, similarity) = nearness(&cores[a], &cores[b]);
            if same_core || similarity >= NEAR {
                out.push(Reappearance {
                    stopped: plan.organization_names[a].clone(),
                    stopped_at: plan.sessions[stopped_at].key,
                    started: plan.organization_names[b].clone(),
                    started_at: plan.sessions[started_at].key,
                    same_core,
                    similarity,
                });
            }
        }
    }
    out.sort_by(|x, y| (x.started_at, &x.started).cmp(&(y.started_at, &y.started)));
    out
}

/// Whether two organizations share a core key, and the best similarity of their core keys.
fn nearness(a: &[String], b: &[String]) -> (bool, f64) {
    let mut best = (false, 0.0_f64);
    for x in a {
        for y in b {
            best.0 |= x == y && !x.is_empty();
            best.1 = best.1.max(strsim::normalized_damerau_levenshtein(x, y));
        }
    }
    best
}
