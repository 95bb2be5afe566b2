//! Focus areas by rule: a pure, deterministic classifier over an organization's names (and
//! description text where held). The rules are data, in `server/data/focus_rules.toml`; each
//! assignment carries its reason (rule, matched words, the text they came from) and the
//! rule-set version, and a false-friend exception that dropped an area says so too.

use std::sync::LazyLock;

use app::model::FocusArea;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// The areas the rules assign, in the order the app shows them; "other" is given when none
/// applies.
pub const AREAS: [&str; 4] = [
    FocusArea::Women.as_str(),
    FocusArea::Lgbti.as_str(),
    FocusArea::Minority.as_str(),
    FocusArea::HumanRights.as_str(),
];
pub const OTHER: &str = FocusArea::Other.as_str();

const RULES_TOML: &str = include_str!("../data/focus_rules.toml");

#[derive(Debug, Deserialize)]
struct RuleFile {
    version: String,
    rule: Vec<RuleSpec>,
    #[serde(default)]
    exception: Vec<ExceptionSpec>,
    #[serde(default)]
    known: Vec<KnownSpec>,
}

/// A well-known organization whose name does not say what it does: its areas, why, and the
/// public source that shows it.
#[derive(Debug, Deserialize)]
struct KnownSpec {
    id: String,
    names: Vec<String>,
    #[serde(default)]
    areas: Vec<String>,
    #[serde(default)]
    not_areas: Vec<String>,
    reason: String,
    source: String,
}

#[derive(Debug, Deserialize)]
struct RuleSpec {
    id: String,
    area: String,
    lang: String,
    phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ExceptionSpec {
    id: String,
    area: String,
    #[serde(default)]
    if_any: Vec<String>,
    /// Also triggers when any of these areas matched in the same text.
    #[serde(default)]
    if_areas: Vec<String>,
    #[serde(default)]
    unless_any: Vec<String>,
    note: String,
}

/// A phrase as words; a word ending in `*` matches any word it begins.
#[derive(Debug, Clone)]
struct Phrase {
    text: String,
    words: Vec<(String, bool)>,
}

impl Phrase {
    fn new(text: &str) -> Self {
        let normalized = normalize(text);
        let words = normalized
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| match w.strip_suffix('*') {
                Some(prefix) => (prefix.to_string(), true),
                None => (w.to_string(), false),
            })
            .collect();
        Phrase {
            text: text.to_string(),
            words,
        }
    }

    fn occurs_in(&self, words: &[&str]) -> bool {
        let n = self.words.len();
        n > 0
            && words.len() >= n
            && words.windows(n).any(|window| {
                window
                    .iter()
                    .zip(&self.words)
                    .all(|(word, (want, prefix))| {
                        if *prefix {
                            word.starts_with(want.as_str())
                        } else {
                            word == want
                        }
                    })
            })
    }
}

struct Rule {
    id: String,
    area: String,
    lang: String,
    phrases: Vec<Phrase>,
}

struct Exception {
    id: String,
    area: String,
    if_any: Vec<Phrase>,
    if_areas: Vec<String>,
    unless_any: Vec<Phrase>,
    note: String,
}

struct Known {
    id: String,
    /// The names as written, and as `normalize` folds them (what a name must equal).
    names: Vec<(String, String)>,
    areas: Vec<String>,
    not_areas: Vec<String>,
    reason: String,
    source: String,
}

pub struct RuleSet {
    pub version: String,
    rules: Vec<Rule>,
    exceptions: Vec<Exception>,
    known: Vec<Known>,
}

/// Why an organization is in an area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub area: String,
    pub rule: String,
    pub lang: String,
    /// The phrases that matched.
    pub matched: Vec<String>,
    /// The text they matched in (a name, or description text).
    pub text: String,
}

/// An area a false-friend exception took away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppressed {
    pub area: String,
    pub exception: String,
    pub matched: Vec<String>,
    pub text: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Classification {
    pub areas: Vec<String>,
    pub reasons: Vec<Reason>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub suppressed: Vec<Suppressed>,
}

/// Lower case, accents and punctuation folded to spaces; an English possessive "'s" keeps
/// its s ("women's" → "womens"), other apostrophes separate ("l'homme" → "l homme").
pub fn normalize(text: &str) -> String {
    let chars: Vec<char> = text
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect();
    let mut out = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let apostrophe = matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}');
        if apostrophe {
            let possessive = chars.get(i + 1) == Some(&'s')
                && chars.get(i + 2).is_none_or(|n| !n.is_alphanumeric());
            if !possessive {
                out.push(' ');
            }
        } else if c.is_alphanumeric() || c == '*' {
            out.push(c);
        } else {
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl RuleSet {
    /// Parse a rules file. The version is the file's own `version` and a hash of its text,
    /// so any edit gives a new version.
    pub fn parse(toml_text: &str) -> Result<Self, String> {
        let file: RuleFile = toml::from_str(toml_text).map_err(|e| format!("focus rules: {e}"))?;
        let known = |area: &str| AREAS.contains(&area);
        let mut rules = Vec::new();
        for spec in file.rule {
            if !known(&spec.area) {
                return Err(format!("rule {}: unknown area {:?}", spec.id, spec.area));
            }
            rules.push(Rule {
                phrases: spec.phrases.iter().map(|p| Phrase::new(p)).collect(),
                id: spec.id,
                area: spec.area,
                lang: spec.lang,
            });
        }
        let mut exceptions = Vec::new();
        for spec in file.exception {
            if !known(&spec.area) {
                return Err(format!(
                    "exception {}: unknown area {:?}",
                    spec.id, spec.area
                ));
            }
            if let Some(bad) = spec.if_areas.iter().find(|a| !known(a)) {
                return Err(format!("exception {}: unknown area {bad:?}", spec.id));
            }
            exceptions.push(Exception {
                if_any: spec.if_any.iter().map(|p| Phrase::new(p)).collect(),
                if_areas: spec.if_areas,
                unless_any: spec.unless_any.iter().map(|p| Phrase::new(p)).collect(),
                id: spec.id,
                area: spec.area,
                note: spec.note,
            });
        }
        let known = file
            .known
            .into_iter()
            .map(Known::checked)
            .collect::<Result<Vec<_>, _>>()?;
        let hash = hex::encode(Sha256::digest(toml_text.as_bytes()));
        Ok(RuleSet {
            version: format!("{}-{}", file.version, &hash[..12]),
            rules,
            exceptions,
            known,
        })
    }

    /// The known organizations, as the methodology page lists them.
    pub fn known_lines(&self) -> Vec<app::model::KnownLine> {
        self.known
            .iter()
            .map(|k| app::model::KnownLine {
                id: k.id.clone(),
                names: k.names.iter().map(|(written, _)| written.clone()).collect(),
                areas: k.areas.clone(),
                not_areas: k.not_areas.clone(),
                reason: k.reason.clone(),
                source: k.source.clone(),
            })
            .collect()
    }

    /// The rules as the methodology page lists them: phrases as written in the rules file.
    pub fn rule_lines(&self) -> Vec<app::model::RuleLine> {
        self.rules
            .iter()
            .map(|rule| app::model::RuleLine {
                id: rule.id.clone(),
                area: rule.area.clone(),
                lang: rule.lang.clone(),
                phrases: rule.phrases.iter().map(|p| p.text.clone()).collect(),
            })
            .collect()
    }

    /// The false-friend exceptions; an `if_areas` trigger is listed among `if_any` as
    /// "area women", as a classification's reasons word it.
    pub fn exception_lines(&self) -> Vec<app::model::ExceptionLine> {
        self.exceptions
            .iter()
            .map(|exception| app::model::ExceptionLine {
                id: exception.id.clone(),
                area: exception.area.clone(),
                if_any: exception
                    .if_any
                    .iter()
                    .map(|p| p.text.clone())
                    .chain(exception.if_areas.iter().map(|a| format!("area {a}")))
                    .collect(),
                unless_any: exception
                    .unless_any
                    .iter()
                    .map(|p| p.text.clone())
                    .collect(),
                note: exception.note.clone(),
            })
            .collect()
    }

    /// Classify one organization from all its texts (names, description).
    pub fn classify<S: AsRef<str>>(&self, texts: &[S]) -> Classification {
        let mut reasons: Vec<Reason> = Vec::new();
        let mut suppressed: Vec<Suppressed> = Vec::new();
        // A '*' in a name is text ("Trans*"), not a wildcard.
        let folded: Vec<(&str, String)> = texts
            .iter()
            .map(|t| (t.as_ref(), normalize(&t.as_ref().replace('*', " "))))
            .collect();
        for (text, normalized) in &folded {
            let text = *text;
            let words: Vec<&str> = normalized.split(' ').collect();
            let mut here: Vec<Reason> = Vec::new();
            for rule in &self.rules {
                let matched: Vec<String> = rule
                    .phrases
                    .iter()
                    .filter(|p| p.occurs_in(&words))
                    .map(|p| p.text.clone())
                    .collect();
                if !matched.is_empty() {
                    here.push(Reason {
                        area: rule.area.clone(),
                        rule: rule.id.clone(),
                        lang: rule.lang.clone(),
                        matched,
                        text: text.to_string(),
                    });
                }
            }
            for exception in &self.exceptions {
                if !here.iter().any(|r| r.area == exception.area) {
                    continue;
                }
                let mut triggers: Vec<String> = exception
                    .if_any
                    .iter()
                    .filter(|p| p.occurs_in(&words))
                    .map(|p| p.text.clone())
                    .collect();
                triggers.extend(
                    exception
                        .if_areas
                        .iter()
                        .filter(|a| here.iter().any(|r| &r.area == *a))
                        .map(|a| format!("area {a}")),
                );
                if triggers.is_empty() || exception.unless_any.iter().any(|p| p.occurs_in(&words)) {
                    continue;
                }
                here.retain(|r| r.area != exception.area);
                suppressed.push(Suppressed {
                    area: exception.area.clone(),
                    exception: exception.id.clone(),
                    matched: triggers,
                    text: text.to_string(),
                    note: exception.note.clone(),
                });
            }
            reasons.extend(here);
        }
        for known in &self.known {
            known.apply(&folded, &mut reasons, &mut suppressed);
        }
        let mut areas: Vec<String> = AREAS
            .iter()
            .filter(|a| reasons.iter().any(|r| r.area == **a))
            .map(|a| a.to_string())
            .collect();
        if areas.is_empty() {
            areas.push(OTHER.to_string());
        }
        Classification {
            areas,
            reasons,
            suppressed,
        }
    }
}

impl Known {
    fn checked(spec: KnownSpec) -> Result<Self, String> {
        let id = &spec.id;
        if let Some(bad) = spec
            .areas
            .iter()
            .chain(&spec.not_areas)
            .find(|a| !AREAS.contains(&a.as_str()))
        {
            return Err(format!("known {id}: unknown area {bad:?}"));
        }
        if spec.areas.is_empty() && spec.not_areas.is_empty() {
            return Err(format!("known {id}: neither areas nor not_areas"));
        }
        if let Some(both) = spec.areas.iter().find(|a| spec.not_areas.contains(a)) {
            return Err(format!("known {id}: {both:?} in both areas and not_areas"));
        }
        if spec.names.is_empty()
            || spec.names.iter().any(|n| normalize(n).is_empty())
            || spec.reason.trim().is_empty()
        {
            return Err(format!(
                "known {id}: names (none empty) and a reason are required"
            ));
        }
        if !spec.source.starts_with("https://") && !spec.source.starts_with("http://") {
            return Err(format!("known {id}: source must be a public address"));
        }
        Ok(Known {
            names: spec
                .names
                .iter()
                .map(|n| (n.clone(), normalize(&n.replace('*', " "))))
                .collect(),
            id: spec.id,
            areas: spec.areas,
            not_areas: spec.not_areas,
            reason: spec.reason,
            source: spec.source,
        })
    }

    /// When one of the organization's texts (each with its folded form, as `classify` reads
    /// it) is one of this entry's names, add its areas and take away its `not_areas`,
    /// recording why.
    fn apply(
        &self,
        texts: &[(&str, String)],
        reasons: &mut Vec<Reason>,
        suppressed: &mut Vec<Suppressed>,
    ) {
        let hit = texts.iter().find_map(|(text, folded)| {
            self.names
                .iter()
                .find(|(_, key)| key == folded)
                .map(|(written, _)| (written.clone(), text.to_string()))
        });
        let Some((name, text)) = hit else { return };
        for area in &self.not_areas {
            if reasons.iter().any(|r| &r.area == area) {
                reasons.retain(|r| &r.area != area);
                suppressed.push(Suppressed {
                    area: area.clone(),
                    exception: self.id.clone(),
                    matched: vec![name.clone()],
                    text: text.clone(),
                    note: format!("{} ({})", self.reason, self.source),
                });
            }
        }
        for area in &self.areas {
            reasons.push(Reason {
                area: area.clone(),
                rule: self.id.clone(),
                lang: "known".to_string(),
                matched: vec![name.clone()],
                text: text.clone(),
            });
        }
    }
}

static RULES: LazyLock<RuleSet> = LazyLock::new(|| {
    RuleSet::parse(RULES_TOML)
        .expect("server/data/focus_rules.toml is valid (a unit test checks it)")
});

/// The rule set compiled into the binary.
pub fn rules() -> &'static RuleSet {
    &RULES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn areas(name: &str) -> Vec<String> {
        rules().classify(&[name]).areas
    }

    const KNOWN: &str = r#"
version = "t"
[[rule]]
id = "lgbti.en"
area = "lgbti"
lang = "en"
phrases = ["rainbow"]
[[known]]
id = "known.example"
names = ["Example Riot Foundation, Inc."]
areas = ["lgbti", "human_rights"]
reason = "test data: an invented organization"
source = "https://example.org/about"
[[known]]
id = "known.rainbow-trust"
names = ["Rainbow Water Trust"]
not_areas = ["lgbti"]
reason = "test data: water, not LGBTI"
source = "https://example.org/water"
"#;

    #[test]
    fn a_known_name_adds_its_areas_and_takes_away_its_not_areas() {
        let set = RuleSet::parse(KNOWN).expect("parses");
        // The whole name must match, as the rules fold text: case and punctuation aside.
        let c = set.classify(&["EXAMPLE RIOT FOUNDATION INC"]);
        assert_eq!(c.areas, ["lgbti", "human_rights"]);
        assert!(c.reasons.iter().all(|r| r.rule == "known.example"));
        assert_eq!(set.classify(&["Example Riot"]).areas, [OTHER]);
        let c = set.classify(&["Rainbow Water Trust"]);
        assert_eq!(c.areas, [OTHER]);
        assert_eq!(c.suppressed[0].exception, "known.rainbow-trust");
        assert!(c.suppressed[0].note.contains("https://example.org/water"));
        assert_eq!(set.classify(&["Rainbow Youth"]).areas, ["lgbti"]);
        assert_eq!(
            set.known_lines()[0].names,
            ["Example Riot Foundation, Inc."]
        );
    }

    #[test]
    fn a_known_entry_without_source_or_with_an_unknown_area_is_refused() {
        let no_source = KNOWN.replace("https://example.org/about", "a book");
        let refused = |text: &str| RuleSet::parse(text).err().expect("refused");
        assert!(refused(&no_source).contains("public address"));
        let bad_area = KNOWN.replace(r#"areas = ["lgbti", "human_rights"]"#, r#"areas = ["gay"]"#);
        assert!(refused(&bad_area).contains("unknown area"));
        let both = KNOWN.replace(
            r#"not_areas = ["lgbti"]"#,
            r#"areas = ["lgbti"]
not_areas = ["lgbti"]"#,
        );
        assert!(refused(&both).contains("both"));
    }

    #[test]
    fn rules_file_parses_and_is_versioned() {
        let set = RuleSet::parse(RULES_TOML).expect("valid");
        assert!(set.version.starts_with("3-"), "{}", set.version);
        let changed =
            RuleSet::parse(&RULES_TOML.replace("\"fgm\"", "\"fgm\", \"xyz\"")).expect("valid");
        assert_ne!(set.version, changed.version, "an edit gives a new version");
        assert!(RuleSet::parse("version = \"1\"\n[[rule]]\nid = \"x\"\narea = \"cats\"\nlang = \"en\"\nphrases = [\"a\"]").is_err());
    }

    #[test]
    fn rules_and_exceptions_are_listed_as_written() {
        let set = rules();
        let lines = set.rule_lines();
        let women = lines.iter().find(|r| r.id == "women.en").expect("women.en");
        assert!(women.phrases.iter().any(|p| p == "violence against women"));
        assert!(lines
            .iter()
            .any(|r| r.phrases.iter().any(|p| p.ends_with('*'))));
        let exceptions = set.exception_lines();
        assert!(!exceptions.is_empty());
        assert!(exceptions
            .iter()
            .any(|e| e.if_any.iter().any(|t| t.starts_with("area "))));
    }

    #[test]
    fn normalisation_folds_accents_case_and_apostrophes() {
        assert_eq!(normalize("Women’s Rights"), "womens rights");
        assert_eq!(normalize("Droits de l'Homme"), "droits de l homme");
        assert_eq!(normalize("Mädchen-Förderung"), "madchen forderung");
        assert_eq!(normalize("Kadınlar"), "kadinlar");
    }

    #[test]
    fn areas_in_several_languages() {
        assert_eq!(
            areas("Coalition of African Lesbians (CAL)"),
            ["women", "lgbti"]
        );
        assert_eq!(
            areas("Red Latinoamericana y del Caribe de Personas Trans"),
            ["lgbti"]
        );
        assert_eq!(
            areas("Association des femmes peules autochtones du Tchad"),
            ["women", "minority"]
        );
        assert_eq!(
            areas("Foro Internacional de Mujeres Indígenas"),
            ["women", "minority"]
        );
        assert_eq!(areas("Articulação de Mulheres Brasileiras"), ["women"]);
        assert_eq!(
            areas("Deutscher Frauenring"),
            ["women"],
            "German compounds by prefix"
        );
        assert_eq!(
            areas("Terre des Femmes — Menschenrechte für die Frau"),
            ["women", "human_rights"]
        );
        // A group's rights are the group's area, not human rights in general.
        assert_eq!(areas("Minority Rights Group International"), ["minority"]);
        assert_eq!(
            areas("Kurdish Human Rights Project"),
            ["minority", "human_rights"]
        );
        assert_eq!(areas("Global Action for Trans* Equality"), ["lgbti"]);
        assert_eq!(areas("Ligue des droits de l'homme"), ["human_rights"]);
        assert_eq!(areas("World Toilet Organization"), ["other"]);
    }

    #[test]
    fn false_friends_do_not_count() {
        for name in [
            "Transparency International",
            "European Federation for Transport and Environment",
            "Transitional Justice Working Group",
            "Transnational Radical Party",
            "Gayatri Pariwar",
        ] {
            assert!(!areas(name).contains(&"lgbti".to_string()), "{name}");
        }
        assert!(!areas("Presbyterian Church Women's Fellowship").contains(&"women".to_string()));
        assert!(
            !areas("Filles de la Charité de Saint Vincent de Paul").contains(&"women".to_string())
        );
        assert!(areas("Church Women for Gender Equality").contains(&"women".to_string()));
        assert!(!areas("Nigerian Indigenous NGO Network").contains(&"minority".to_string()));
        assert!(areas("Indigenous Peoples Alliance").contains(&"minority".to_string()));
        assert!(!areas("National Minority Business Council").contains(&"minority".to_string()));
        assert!(!areas("Università degli Studi di Roma").contains(&"minority".to_string()));
        assert!(!areas("People for Animal Rights").contains(&"human_rights".to_string()));
        assert!(!areas("Tax Justice Network").contains(&"human_rights".to_string()));
        let c = rules().classify(&["Presbyterian Church Women's Fellowship"]);
        assert_eq!(c.suppressed[0].exception, "women.religious-fellowship");
    }

    #[test]
    fn reasons_name_rule_words_and_text() {
        let c = rules().classify(&["Old Name", "International Lesbian and Gay Association"]);
        assert_eq!(c.areas, ["lgbti"]);
        let reason = &c.reasons[0];
        assert_eq!(reason.rule, "lgbti.en");
        assert_eq!(reason.matched, ["lesbian", "gay"]);
        assert_eq!(reason.text, "International Lesbian and Gay Association");
        // Deterministic.
        assert_eq!(
            c,
            rules().classify(&["Old Name", "International Lesbian and Gay Association"])
        );
    }
}

/// Precision and recall of the rules against a hand-labelled set (see
/// `server/data/focus_dev_set/README.md`).
pub mod evaluate {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::{RuleSet, AREAS, OTHER};

    /// One labelled name.
    #[derive(Debug, Clone)]
    pub struct Labelled {
        pub part: String,
        pub name: String,
        pub areas: Vec<String>,
    }

    /// Read `labels.tsv` (part, name, areas separated by commas, note).
    pub fn parse_labels(tsv: &str) -> Result<Vec<Labelled>, String> {
        let mut out = Vec::new();
        for (i, line) in tsv.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 3 {
                return Err(format!("labels line {}: expected part, name, areas", i + 1));
            }
            let areas: Vec<String> = fields[2].split(',').map(|a| a.trim().to_string()).collect();
            for area in &areas {
                if !AREAS.contains(&area.as_str()) && area != OTHER {
                    return Err(format!("labels line {}: unknown area {area:?}", i + 1));
                }
            }
            out.push(Labelled {
                part: fields[0].to_string(),
                name: fields[1].to_string(),
                areas,
            });
        }
        Ok(out)
    }

    #[derive(Debug, Clone, Default, Serialize)]
    pub struct Score {
        pub true_positives: usize,
        pub false_positives: usize,
        pub false_negatives: usize,
    }

    impl Score {
        pub fn precision(&self) -> Option<f64> {
            let predicted = self.true_positives + self.false_positives;
            (predicted > 0).then(|| self.true_positives as f64 / predicted as f64)
        }
        pub fn recall(&self) -> Option<f64> {
            let actual = self.true_positives + self.false_negatives;
            (actual > 0).then(|| self.true_positives as f64 / actual as f64)
        }
    }

    #[derive(Debug, Clone, Serialize)]
    pub struct Error {
        pub part: String,
        pub name: String,
        pub expected: Vec<String>,
        pub predicted: Vec<String>,
    }

    #[derive(Debug, Clone, Serialize)]
    pub struct Report {
        /// Per area, on the random part only (unbiased) and on the whole set.
        pub random: BTreeMap<String, Score>,
        pub whole: BTreeMap<String, Score>,
        pub errors: Vec<Error>,
    }

    impl Report {
        /// The per-area table and the names that differ from their labels, as text (what
        /// `classify --evaluate` prints and the evaluation tests show with `--nocapture`).
        pub fn table(&self, labelled: usize) -> String {
            let mut out = self.scores();
            out.push_str(&self.misses(labelled));
            out
        }

        /// The per-area table alone: what a held-out set may show (its misses are not read,
        /// so that nobody tunes the rules on them).
        pub fn scores(&self) -> String {
            use std::fmt::Write;
            let fmt = |x: Option<f64>| x.map_or("n/a".to_string(), |v| format!("{v:.3}"));
            let mut out = String::from(
                "area          | random P | random R | whole P | whole R | whole TP/FP/FN\n",
            );
            for area in AREAS {
                let zero = Score::default();
                let r = self.random.get(area).unwrap_or(&zero);
                let w = self.whole.get(area).unwrap_or(&zero);
                let _ = writeln!(
                    out,
                    "{area:<13} | {:>8} | {:>8} | {:>7} | {:>7} | {}/{}/{}",
                    fmt(r.precision()),
                    fmt(r.recall()),
                    fmt(w.precision()),
                    fmt(w.recall()),
                    w.true_positives,
                    w.false_positives,
                    w.false_negatives
                );
            }
            out
        }

        fn misses(&self, labelled: usize) -> String {
            use std::fmt::Write;
            let mut out = format!(
                "{} of {labelled} names differ from their labels:\n",
                self.errors.len()
            );
            for e in &self.errors {
                let _ = writeln!(
                    out,
                    "  [{}] {} — labelled {:?}, rules {:?}",
                    e.part, e.name, e.expected, e.predicted
                );
            }
            out
        }
    }

    pub fn evaluate(rules: &RuleSet, labelled: &[Labelled]) -> Report {
        let mut random: BTreeMap<String, Score> = BTreeMap::new();
        let mut whole: BTreeMap<String, Score> = BTreeMap::new();
        let mut errors = Vec::new();
        for item in labelled {
            let predicted = rules.classify(&[item.name.as_str()]).areas;
            for area in AREAS.iter().chain([&OTHER]) {
                let (want, got) = (
                    item.areas.iter().any(|a| a == area),
                    predicted.iter().any(|a| a == area),
                );
                let tally = |score: &mut Score| match (want, got) {
                    (true, true) => score.true_positives += 1,
                    (false, true) => score.false_positives += 1,
                    (true, false) => score.false_negatives += 1,
                    (false, false) => {}
                };
                tally(whole.entry(area.to_string()).or_default());
                if item.part == "random" {
                    tally(random.entry(area.to_string()).or_default());
                }
            }
            let mut expected = item.areas.clone();
            expected.sort();
            let mut got = predicted.clone();
            got.sort();
            if expected != got {
                errors.push(Error {
                    part: item.part.clone(),
                    name: item.name.clone(),
                    expected: item.areas.clone(),
                    predicted,
                });
            }
        }
        Report {
            random,
            whole,
            errors,
        }
    }
}
