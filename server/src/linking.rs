//! Linking spellings into organizations: a pure function over names and evidence.
//!
//! Two spellings belong to one organization when (in this order):
//! 1. `normalised`: their [`name_key`]s or [`compact_key`]s are equal (score 1);
//! 2. `curator`: a curator merged them (`ecosoc-watch orgs merge`);
//! 3. `name_change`: the reports' name-change list says one became the other;
//! 4. `merger`: the reports' merger list names the new organization as successor of the first
//!    old one (the one in status); the second old one keeps its own history;
//! 5. `fuzzy`: a strict typo rule (see [`fuzzy_score`]): same number of words, same digits, a
//!    key of at least [`FUZZY_MIN_KEY_LEN`] characters, at most [`FUZZY_MAX_WORDS`] words
//!    differing, each of at least five letters and by one edit (two for words of ten letters
//!    or more; a transposition is one edit), neither of them a country's name, and a
//!    whole-key similarity of at least [`FUZZY_MIN_SCORE`].
//!
//! A curator's split of two names blocks any link that would join them. Every name records
//! the rule and score that linked it and the name it was linked to, so that doubtful links
//! can be listed and reviewed.

use std::collections::{HashMap, HashSet};

use crate::{
    member_states::member_states,
    names::{compact_key, digits, name_key},
};

pub const FUZZY_MIN_KEY_LEN: usize = 20;
pub const FUZZY_MAX_WORDS: usize = 2;
pub const FUZZY_MIN_SCORE: f64 = 0.9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRule {
    New,
    Normalised,
    Curator,
    NameChange,
    Merger,
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

/// Link every name (in order of first appearance) into organizations.
pub fn link(names: &[String], evidence: &[Evidence], decisions: &[CuratorDecision]) -> Linking {
    let n = names.len();
    let keys: Vec<String> = names.iter().map(|name| name_key(name)).collect();
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .rev()
        .map(|(i, name)| (name.as_str(), i))
        .collect();
    let mut uf = UnionFind {
        parent: (0..n).collect(),
    };
    let mut rule: Vec<Option<(LinkRule, Option<f64>, usize)>> = vec![None; n];
    let mut blocked = Vec::new();

    let splits: Vec<(String, String)> = decisions
        .iter()
        .filter(|d| d.action == CuratorAction::Split)
        .map(|d| (d.key_a.clone(), d.key_b.clone()))
        .collect();
    let mut members_by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        members_by_key.entry(key.as_str()).or_default().push(i);
    }

    // Join a and b unless a split forbids it; the later of the two records the rule.
    let mut join = |uf: &mut UnionFind,
                    rule: &mut Vec<Option<(LinkRule, Option<f64>, usize)>>,
                    a: usize,
                    b: usize,
                    how: LinkRule,
                    score: Option<f64>|
     -> bool {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            return false;
        }
        for (ka, kb) in &splits {
            let roots = |k: &str, uf: &mut UnionFind| -> Vec<usize> {
                members_by_key
                    .get(k)
                    .map(|m| m.iter().map(|&i| uf.find(i)).collect())
                    .unwrap_or_default()
            };
            let (xa, xb) = (roots(ka, uf), roots(kb, uf));
            let crosses =
                (xa.contains(&ra) && xb.contains(&rb)) || (xa.contains(&rb) && xb.contains(&ra));
            if crosses {
                blocked.push((names[a.max(b)].clone(), names[a.min(b)].clone(), how));
                return false;
            }
        }
        let (early, late) = (a.min(b), a.max(b));
        uf.parent[ra.max(rb)] = ra.min(rb);
        if rule[late].is_none() {
            rule[late] = Some((how, score, early));
        } else if rule[early].is_none() {
            rule[early] = Some((how, score, late));
        }
        true
    };

    // 1. Equal keys, then equal compact keys.
    let mut first_by_key: HashMap<&str, usize> = HashMap::new();
    let mut first_by_compact: HashMap<String, usize> = HashMap::new();
    for i in 0..n {
        // The earlier name this one shares its key, or else its compact key, with.
        let earlier = match first_by_key.get(keys[i].as_str()) {
            Some(&first) => Some(first),
            None => {
                first_by_key.insert(keys[i].as_str(), i);
                let compact = compact_key(&names[i]);
                let first = first_by_compact.get(&compact).copied();
                if first.is_none() && !compact.is_empty() {
                    first_by_compact.insert(compact, i);
                }
                first
            }
        };
        if let Some(first) = earlier {
            join(
                &mut uf,
                &mut rule,
                first,
                i,
                LinkRule::Normalised,
                Some(1.0),
            );
        }
    }

    // 2. Curator merges, by key.
    for decision in decisions
        .iter()
        .filter(|d| d.action == CuratorAction::Merge)
    {
        if let (Some(&a), Some(&b)) = (
            first_by_key.get(decision.key_a.as_str()),
            first_by_key.get(decision.key_b.as_str()),
        ) {
            join(&mut uf, &mut rule, a, b, LinkRule::Curator, None);
        }
    }

    // 3–4. Name changes and mergers from the reports.
    for e in evidence {
        if let (Some(&from), Some(&to)) = (index.get(e.from.as_str()), index.get(e.to.as_str())) {
            // Link the names' key groups, not only the exact spellings.
            let from = first_by_key[keys[from].as_str()];
            let to = first_by_key[keys[to].as_str()];
            join(&mut uf, &mut rule, from, to, e.rule, None);
        }
    }

    // 5. Fuzzy: compare each key group's first name with earlier ones in the same block.
    let mut blocks: HashMap<(usize, String, bool), Vec<usize>> = HashMap::new();
    let mut reps: Vec<usize> = first_by_key.values().copied().collect();
    reps.sort_unstable();
    for &i in &reps {
        let w = words(&keys[i]);
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
                if !seen.insert(j) || uf.find(i) == uf.find(j) {
                    continue;
                }
                if let Some(score) = fuzzy_score(&keys[i], &keys[j]) {
                    if best.is_none_or(|(s, _)| score > s) {
                        best = Some((score, j));
                    }
                }
            }
        }
        if let Some((score, j)) = best {
            join(&mut uf, &mut rule, j, i, LinkRule::Fuzzy, Some(score));
        }
        for block in block_keys {
            blocks.entry(block).or_default().push(i);
        }
    }

    // Number organizations by first appearance.
    let mut number: HashMap<usize, usize> = HashMap::new();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let root = uf.find(i);
        let next = number.len();
        let organization = *number.entry(root).or_insert(next);
        let (how, score, to) = match rule[i] {
            Some((how, score, to)) => (how, score, Some(names[to].clone())),
            None => (LinkRule::New, None, None),
        };
        out.push(LinkedName {
            name: names[i].clone(),
            key: keys[i].clone(),
            organization,
            rule: how,
            score,
            linked_to: to,
        });
    }
    Linking {
        names: out,
        organizations: number.len(),
        blocked,
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
        let linking = link(&input, &evidence, &[]);
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
            let linking = link(&names(&[a, b]), &[], &[]);
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
        let linking = link(&input, &[], &[split]);
        assert_eq!(linking.organizations, 3);
        assert_eq!(linking.blocked.len(), 1);

        let merge = CuratorDecision {
            key_a: name_key(&input[0]),
            key_b: name_key(&input[2]),
            action: CuratorAction::Merge,
        };
        let linking = link(&input, &[], &[merge]);
        assert_eq!(org_of(&linking, &input[2]), org_of(&linking, &input[0]));
        assert_eq!(linking.names[2].rule, LinkRule::Curator);
    }

    #[test]
    fn linking_is_deterministic() {
        let input = names(&["B org of things", "A org of things", "b org of things."]);
        assert_eq!(link(&input, &[], &[]), link(&input, &[], &[]));
    }
}
