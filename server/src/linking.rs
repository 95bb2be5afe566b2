//! Linking spellings into organizations: a pure function over names and evidence.
//!
//! Two spellings belong to one organization when (in this order):
//! 1. `normalised`: their [`name_key`]s or [`compact_key`]s are equal (score 1);
//! 2. `curator`: a curator merged them (`ecosoc-watch orgs merge`);
//! 3. `name_change`: the reports' name-change list says one became the other;
//! 4. `merger`: the reports' merger list names the new organization as successor of the first
//!    old one (the one in status); the second old one keeps its own history;
//! 5. `variant`: their [`core_key`]s are equal (the same name but for an article, "of", a
//!    legal form such as ", Inc." or ", charity", or a last bracketed acronym or place), the
//!    two were never listed at the same session — unless, there, one was only in the
//!    new-applications granted list and the other only in the granted list (one organization
//!    listed twice) — and they were not each granted status at a different session;
//! 6. `fuzzy`: a strict typo rule (see [`fuzzy_score`]): same number of words, same digits, a
//!    key of at least [`FUZZY_MIN_KEY_LEN`] characters, at most [`FUZZY_MAX_WORDS`] words
//!    differing, each of at least five letters and by one edit (two for words of ten letters
//!    or more; a transposition is one edit), neither of them a country's name, and a
//!    whole-key similarity of at least [`FUZZY_MIN_SCORE`].
//!
//! A curator's split of two names blocks any link that would join them. Every name records
//! the rule and score that linked it and the name it was linked to, so that doubtful links
//! can be listed and reviewed.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::{
    member_states::member_states,
    names::{compact_key, core_key, digits, name_key},
};

pub const FUZZY_MIN_KEY_LEN: usize = 20;
pub const FUZZY_MAX_WORDS: usize = 2;
pub const FUZZY_MIN_SCORE: f64 = 0.9;
/// A core key of fewer letters and digits than this ("ngo", "peace union") joins nothing:
/// short names are shared by unrelated organizations.
pub const VARIANT_MIN_CORE_LEN: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRule {
    New,
    Normalised,
    Curator,
    NameChange,
    Merger,
    Variant,
    Fuzzy,
}

impl LinkRule {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkRule::New => "new",
            LinkRule::Normalised => "normalised",
            LinkRule::Curator => "curator",
            LinkRule::NameChange => "name_change",
            LinkRule::Merger => "merger",
            LinkRule::Variant => "variant",
            LinkRule::Fuzzy => "fuzzy",
        }
    }
}

/// Evidence that two printed names are one organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The later name (the new name of a name change or merger).
    pub from: String,
    pub to: String,
    pub rule: LinkRule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuratorAction {
    Merge,
    Split,
}

/// A curator's decision on two name keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuratorDecision {
    pub key_a: String,
    pub key_b: String,
    pub action: CuratorAction,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LinkedName {
    pub name: String,
    pub key: String,
    /// Organizations are numbered in order of their first name's first appearance.
    pub organization: usize,
    pub rule: LinkRule,
    pub score: Option<f64>,
    pub linked_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Linking {
    /// One entry per input name, in input order.
    pub names: Vec<LinkedName>,
    pub organizations: usize,
    /// Links a curator's split prevented: (from, to, rule).
    pub blocked: Vec<(String, String, LinkRule)>,
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
}

/// Words that name a place: two names differing in one of them are different organizations
/// ("... of Austria" and "... of Australia").
fn place_words() -> &'static HashSet<String> {
    static WORDS: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
        member_states()
            .iter()
            .flat_map(|s| std::iter::once(s.name).chain(s.variants.iter().copied()))
            .flat_map(|n| {
                n.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() >= 4)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    });
    &WORDS
}

fn words(key: &str) -> Vec<&str> {
    key.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The similarity of two keys under the strict typo rule, or `None` when the rule does not
/// allow a link at all.
pub fn fuzzy_score(a: &str, b: &str) -> Option<f64> {
    if a == b || a.chars().count().min(b.chars().count()) < FUZZY_MIN_KEY_LEN {
        return None;
    }
    if digits(a) != digits(b) {
        return None;
    }
    let (wa, wb) = (words(a), words(b));
    if wa.len() != wb.len() {
        return None;
    }
    let places = place_words();
    let mut differing = 0;
    for (x, y) in wa.iter().zip(&wb) {
        if x == y {
            continue;
        }
        differing += 1;
        let shorter = x.chars().count().min(y.chars().count());
        let distance = strsim::damerau_levenshtein(x, y);
        if differing > FUZZY_MAX_WORDS
            || shorter < 5
            || distance > if shorter >= 10 { 2 } else { 1 }
            || places.contains(*x)
            || places.contains(*y)
        {
            return None;
        }
    }
    if differing == 0 {
        // Same words, different punctuation: that is the compact-key rule's job.
        return None;
    }
    let score = strsim::normalized_damerau_levenshtein(a, b);
    (score >= FUZZY_MIN_SCORE).then_some(score)
}

/// The decision lists a name was printed in at one session, as bits.
pub mod lists {
    /// The granted list.
    pub const GRANTED: u8 = 1;
    /// The new applications granted list.
    pub const NEW_GRANTED: u8 = 2;
    /// Any other decision list (deferred, closed, rejected, withdrawn).
    pub const OTHER: u8 = 4;
}

/// Where one name was printed: per session (any number that tells sessions apart), the
/// [`lists`] it was in there.
pub type Seen = BTreeMap<u32, u8>;

/// Link every name (in order of first appearance) into organizations. `seen` holds, per
/// name in the same order, where it was printed (empty when unknown: then the variant rule
/// joins nothing, as it cannot check the histories).
pub fn link(
    names: &[String],
    evidence: &[Evidence],
    decisions: &[CuratorDecision],
    seen: &[Seen],
) -> Linking {
    let mut linker = Linker::new(names, decisions);
    linker.equal_keys();
    linker.curator_merges(decisions);
    linker.recorded_changes(evidence);
    if seen.len() == names.len() {
        linker.variants(seen);
    }
    linker.fuzzy();
    linker.finish()
}

/// Whether two organizations (their names' sightings) cannot be one: listed at one session
/// as two — unless one was there only among the new applications granted and the other only
/// among the granted (the reports listing one organization twice) — or each granted status
/// at a different session.
fn printed_together(a: &Seen, b: &Seen) -> bool {
    use lists::{GRANTED, NEW_GRANTED};
    let listed_twice =
        |x: u8, y: u8| (x, y) == (NEW_GRANTED, GRANTED) || (x, y) == (GRANTED, NEW_GRANTED);
    let same_session = a
        .iter()
        .any(|(session, &x)| b.get(session).is_some_and(|&y| !listed_twice(x, y)));
    let grants = |seen: &Seen| -> Vec<u32> {
        seen.iter()
            .filter(|(_, &l)| l & (GRANTED | NEW_GRANTED) != 0)
            .map(|(&s, _)| s)
            .collect()
    };
    let (ga, gb) = (grants(a), grants(b));
    let granted_twice = ga.iter().any(|s| gb.iter().any(|t| s != t));
    same_session || granted_twice
}

/// The sightings of a group of names, merged: per session, every list any of them was in.
fn merged<'s>(seen: impl Iterator<Item = &'s Seen>) -> Seen {
    let mut out = Seen::new();
    for one in seen {
        for (&session, &lists) in one {
            *out.entry(session).or_default() |= lists;
        }
    }
    out
}

/// How a name was linked: the rule, its score, and the name it was linked to.
type NameRule = (LinkRule, Option<f64>, usize);

/// The state of [`link`]: the names joined so far, the rule that joined each, and the joins
/// a curator's split forbade.
struct Linker<'a> {
    names: &'a [String],
    keys: Vec<String>,
    uf: UnionFind,
    rule: Vec<Option<NameRule>>,
    blocked: Vec<(String, String, LinkRule)>,
    /// Pairs of keys a curator split.
    splits: Vec<(String, String)>,
    /// The names of each key.
    members_by_key: HashMap<String, Vec<usize>>,
    /// The first name of each key.
    first_by_key: HashMap<String, usize>,
}

impl<'a> Linker<'a> {
    fn new(names: &'a [String], decisions: &[CuratorDecision]) -> Self {
        let keys: Vec<String> = names.iter().map(|name| name_key(name)).collect();
        let splits = decisions
            .iter()
            .filter(|d| d.action == CuratorAction::Split)
            .map(|d| (d.key_a.clone(), d.key_b.clone()))
            .collect();
        let mut members_by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, key) in keys.iter().enumerate() {
            members_by_key.entry(key.clone()).or_default().push(i);
        }
        Linker {
            names,
            uf: UnionFind {
                parent: (0..names.len()).collect(),
            },
            rule: vec![None; names.len()],
            keys,
            blocked: Vec::new(),
            splits,
            members_by_key,
            first_by_key: HashMap::new(),
        }
    }

    /// Join a and b unless a split forbids it; the later of the two records the rule.
    fn join(&mut self, a: usize, b: usize, how: LinkRule, score: Option<f64>) -> bool {
        let (ra, rb) = (self.uf.find(a), self.uf.find(b));
        if ra == rb {
            return false;
        }
        for (ka, kb) in &self.splits {
            let mut roots = |k: &str| -> Vec<usize> {
                self.members_by_key
                    .get(k)
                    .map(|m| m.iter().map(|&i| self.uf.find(i)).collect())
                    .unwrap_or_default()
            };
            let (xa, xb) = (roots(ka), roots(kb));
            let crosses =
                (xa.contains(&ra) && xb.contains(&rb)) || (xa.contains(&rb) && xb.contains(&ra));
            if crosses {
                self.blocked.push((
                    self.names[a.max(b)].clone(),
                    self.names[a.min(b)].clone(),
                    how,
                ));
                return false;
            }
        }
        let (early, late) = (a.min(b), a.max(b));
        self.uf.parent[ra.max(rb)] = ra.min(rb);
        if self.rule[late].is_none() {
            self.rule[late] = Some((how, score, early));
        } else if self.rule[early].is_none() {
            self.rule[early] = Some((how, score, late));
        }
        true
    }

    /// Step 1: equal keys, then equal compact keys.
    fn equal_keys(&mut self) {
        let mut first_by_compact: HashMap<String, usize> = HashMap::new();
        for i in 0..self.names.len() {
            // The earlier name this one shares its key, or else its compact key, with.
            let earlier = match self.first_by_key.get(self.keys[i].as_str()) {
                Some(&first) => Some(first),
                None => {
                    self.first_by_key.insert(self.keys[i].clone(), i);
                    let compact = compact_key(&self.names[i]);
                    let first = first_by_compact.get(&compact).copied();
                    if first.is_none() && !compact.is_empty() {
                        first_by_compact.insert(compact, i);
                    }
                    first
                }
            };
            if let Some(first) = earlier {
                self.join(first, i, LinkRule::Normalised, Some(1.0));
            }
        }
    }

    /// Step 2: curator merges, by key.
    fn curator_merges(&mut self, decisions: &[CuratorDecision]) {
        for decision in decisions
            .iter()
            .filter(|d| d.action == CuratorAction::Merge)
        {
            if let (Some(&a), Some(&b)) = (
                self.first_by_key.get(decision.key_a.as_str()),
                self.first_by_key.get(decision.key_b.as_str()),
            ) {
                self.join(a, b, LinkRule::Curator, None);
            }
        }
    }

    /// Steps 3 and 4: name changes and mergers from the reports.
    fn recorded_changes(&mut self, evidence: &[Evidence]) {
        let index: HashMap<&str, usize> = self
            .names
            .iter()
            .enumerate()
            .rev()
            .map(|(i, name)| (name.as_str(), i))
            .collect();
        for e in evidence {
            if let (Some(&from), Some(&to)) = (index.get(e.from.as_str()), index.get(e.to.as_str()))
            {
                // Link the names' key groups, not only the exact spellings.
                let from = self.first_by_key[self.keys[from].as_str()];
                let to = self.first_by_key[self.keys[to].as_str()];
                self.join(from, to, e.rule, None);
            }
        }
    }

    /// Step 5, variant: key groups whose core keys are equal, in order of first appearance,
    /// each joined to the first earlier group it was never printed beside.
    fn variants(&mut self, seen: &[Seen]) {
        let mut reps: Vec<usize> = self.first_by_key.values().copied().collect();
        reps.sort_unstable();
        let mut by_core: HashMap<String, Vec<usize>> = HashMap::new();
        for &i in &reps {
            let core = core_key(&self.names[i]);
            if core.chars().filter(|c| c.is_alphanumeric()).count() >= VARIANT_MIN_CORE_LEN {
                by_core.entry(core).or_default().push(i);
            }
        }
        let mut groups: Vec<Vec<usize>> = by_core.into_values().filter(|g| g.len() > 1).collect();
        groups.sort_unstable();
        for group in groups {
            for (n, &later) in group.iter().enumerate().skip(1) {
                for &earlier in &group[..n] {
                    if self.uf.find(earlier) == self.uf.find(later) {
                        break;
                    }
                    let (a, b) = (self.sightings(earlier, seen), self.sightings(later, seen));
                    if !printed_together(&a, &b)
                        && self.join(earlier, later, LinkRule::Variant, None)
                    {
                        break;
                    }
                }
            }
        }
    }

    /// Where the organization `i` belongs to (so far) was printed.
    fn sightings(&mut self, i: usize, seen: &[Seen]) -> Seen {
        let root = self.uf.find(i);
        let members: Vec<usize> = (0..self.names.len())
            .filter(|&j| self.uf.find(j) == root)
            .collect();
        merged(members.iter().map(|&j| &seen[j]))
    }

    /// Step 6, fuzzy: compare each key group's first name with earlier ones in the same
    /// block (same number of words, and the same first or the same last word).
    fn fuzzy(&mut self) {
        let mut blocks: HashMap<(usize, String, bool), Vec<usize>> = HashMap::new();
        let mut reps: Vec<usize> = self.first_by_key.values().copied().collect();
        reps.sort_unstable();
        for &i in &reps {
            let w = words(&self.keys[i]);
            if w.is_empty() {
                continue;
            }
            let block_keys = [
                (w.len(), w[0].to_string(), true),
                (w.len(), w[w.len() - 1].to_string(), false),
            ];
            let mut best: Option<(f64, usize)> = None;
            let mut seen = HashSet::new();
            for block in &block_keys {
                for &j in blocks.get(block).map(Vec::as_slice).unwrap_or(&[]) {
                    if !seen.insert(j) || self.uf.find(i) == self.uf.find(j) {
                        continue;
                    }
                    if let Some(score) = fuzzy_score(&self.keys[i], &self.keys[j]) {
                        if best.is_none_or(|(s, _)| score > s) {
                            best = Some((score, j));
                        }
                    }
                }
            }
            if let Some((score, j)) = best {
                self.join(j, i, LinkRule::Fuzzy, Some(score));
            }
            for block in block_keys {
                blocks.entry(block).or_default().push(i);
            }
        }
    }

    /// Number organizations by first appearance.
    fn finish(mut self) -> Linking {
        let mut number: HashMap<usize, usize> = HashMap::new();
        let mut out = Vec::with_capacity(self.names.len());
        for i in 0..self.names.len() {
            let root = self.uf.find(i);
            let next = number.len();
            let organization = *number.entry(root).or_insert(next);
            let (how, score, to) = match self.rule[i] {
                Some((how, score, to)) => (how, score, Some(self.names[to].clone())),
                None => (LinkRule::New, None, None),
            };
            out.push(LinkedName {
                name: self.names[i].clone(),
                key: self.keys[i].clone(),
                organization,
                rule: how,
                score,
                linked_to: to,
            });
        }
        Linking {
            names: out,
            organizations: number.len(),
            blocked: self.blocked,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn org_of(linking: &Linking, name: &str) -> usize {
        linking
            .names
            .iter()
            .find(|n| n.name == name)
            .map(|n| n.organization)
            .expect("name present")
    }

    #[test]
    fn spellings_of_one_ngo_are_linked_with_their_rule() {
        let input = names(&[
            "Hilfswerk der Evangelischen Kirchen Schweiz",
            "Hilfswerk der Evangelischen Kirch en Schweiz (an organization not in status with the Council)",
            "Internationale Frauenliga fuer Frieden und Freiheit",
            "Internationale Frauenliga fuer Frieden und Freiheiy",
            "Entrepreneurs Council of India (special, 2021)",
            "Sustainable Development Council",
        ]);
        let evidence = vec![Evidence {
            from: "Sustainable Development Council".into(),
            to: "Entrepreneurs Council of India (special, 2021)".into(),
            rule: LinkRule::NameChange,
        }];
        let linking = link(&input, &evidence, &[], &[]);
        assert_eq!(linking.organizations, 3);
        assert_eq!(linking.names[1].rule, LinkRule::Normalised);
        assert_eq!(linking.names[3].rule, LinkRule::Fuzzy);
        assert!(linking.names[3].score.expect("score") >= FUZZY_MIN_SCORE);
        assert_eq!(linking.names[5].rule, LinkRule::NameChange);
        assert_eq!(
            linking.names[5].linked_to.as_deref(),
            Some("Entrepreneurs Council of India (special, 2021)")
        );
        assert_eq!(linking.names[0].rule, LinkRule::New);
    }

    #[test]
    fn different_ngos_are_never_fuzzily_merged() {
        for (a, b) in [
            (
                "Transparency International",
                "Transparency International - R",
            ),
            (
                "Association of Women Lawyers of Austria",
                "Association of Women Lawyers of Australia",
            ),
            (
                "Youth Development Network Branch 1",
                "Youth Development Network Branch 2",
            ),
            (
                "Women's Rights Centre of Nigeria",
                "Women's Rights Centre of Niger",
            ),
            ("International Women's Union", "International Youth's Union"),
            ("Short Name", "Short Nane"),
            ("Humanity International", "Humanists International"),
        ] {
            let linking = link(&names(&[a, b]), &[], &[], &[]);
            assert_eq!(linking.organizations, 2, "{a} ~ {b}");
        }
    }

    #[test]
    fn curator_split_blocks_and_merge_joins() {
        let input = names(&[
            "Internationale Frauenliga fuer Frieden und Freiheit",
            "Internationale Frauenliga fuer Frieden und Freiheiy",
            "Completely Different Organisation",
        ]);
        let split = CuratorDecision {
            key_a: name_key(&input[0]),
            key_b: name_key(&input[1]),
            action: CuratorAction::Split,
        };
        let linking = link(&input, &[], &[split], &[]);
        assert_eq!(linking.organizations, 3);
        assert_eq!(linking.blocked.len(), 1);

        let merge = CuratorDecision {
            key_a: name_key(&input[0]),
            key_b: name_key(&input[2]),
            action: CuratorAction::Merge,
        };
        let linking = link(&input, &[], &[merge], &[]);
        assert_eq!(org_of(&linking, &input[2]), org_of(&linking, &input[0]));
        assert_eq!(linking.names[2].rule, LinkRule::Curator);
    }

    /// Sightings from (session, lists) pairs.
    fn seen(list: &[(u32, u8)]) -> Seen {
        list.iter().copied().collect()
    }

    #[test]
    fn variants_join_unless_listed_at_the_same_session() {
        let input = names(&[
            "Center for Victims of Torture, The",
            "Center for Victims of Torture",
            "Nonviolent Peaceforce, Inc.",
            "Nonviolent Peaceforce",
            "Hope for Children Foundation, charity",
            "Hope for Children Foundation",
        ]);
        use lists::{GRANTED, NEW_GRANTED, OTHER};
        let sightings = [
            seen(&[(1, OTHER), (2, OTHER)]),
            seen(&[(4, GRANTED)]),
            seen(&[(5, OTHER)]),
            // Listed beside the Inc. at session 5: two organizations, never joined.
            seen(&[(5, OTHER), (6, OTHER)]),
            // Session 9 lists it among the new applications granted only, and the other
            // spelling in the granted list: one organization listed twice.
            seen(&[(9, NEW_GRANTED)]),
            seen(&[(9, GRANTED)]),
        ];
        let linking = link(&input, &[], &[], &sightings);
        assert_eq!(org_of(&linking, &input[1]), org_of(&linking, &input[0]));
        assert_eq!(linking.names[1].rule, LinkRule::Variant);
        assert_eq!(
            linking.names[1].linked_to.as_deref(),
            Some(input[0].as_str())
        );
        assert_ne!(org_of(&linking, &input[3]), org_of(&linking, &input[2]));
        assert_eq!(org_of(&linking, &input[5]), org_of(&linking, &input[4]));
        assert_eq!(linking.organizations, 4);
        // Without sightings the rule cannot check the histories and joins nothing.
        assert_eq!(link(&input, &[], &[], &[]).organizations, 6);
        // Short core keys join nothing ("Peace Union" and "The Peace Union, Inc.").
        let short = names(&["Peace Union", "The Peace Union, Inc."]);
        let apart = [seen(&[(1, OTHER)]), seen(&[(3, OTHER)])];
        assert_eq!(link(&short, &[], &[], &apart).organizations, 2);
        // Two entries of the new-granted list at one session are two organizations; so are two
        // spellings each granted status at its own session.
        let pair = names(&[
            "Hope for Children Foundation, charity",
            "Hope for Children Foundation",
        ]);
        for sightings in [
            [seen(&[(9, NEW_GRANTED)]), seen(&[(9, NEW_GRANTED)])],
            [seen(&[(9, GRANTED)]), seen(&[(11, NEW_GRANTED)])],
            [seen(&[(9, NEW_GRANTED)]), seen(&[(9, GRANTED | OTHER)])],
        ] {
            assert_eq!(
                link(&pair, &[], &[], &sightings).organizations,
                2,
                "{sightings:?}"
            );
        }
        let continued = [seen(&[(7, OTHER)]), seen(&[(9, OTHER), (10, GRANTED)])];
        assert_eq!(link(&pair, &[], &[], &continued).organizations, 1);
    }

    #[test]
    fn linking_is_deterministic() {
        let input = names(&["B org of things", "A org of things", "b org of things."]);
        assert_eq!(link(&input, &[], &[], &[]), link(&input, &[], &[], &[]));
    }
}
