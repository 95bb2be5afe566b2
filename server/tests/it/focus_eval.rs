//! The focus-area rules against the hand-labelled development set
//! (`server/data/focus_dev_set`). Prints precision and recall per area (run with
//! `--nocapture` to read them) and fails below the thresholds.
//!
//! Thresholds, and why: the headline compares deferral rates between areas, so a wrong
//! assignment moves an organization between the compared groups. Precision matters most (a
//! false "LGBTI" label dilutes exactly the group the question is about): at least 0.9 on the
//! whole set for every area. Recall is bounded by names that do not say what an organization
//! does and by languages the rules do not cover (the labels record those cases): at least 0.8
//! on the whole set. On the random part the positives are few (7 to 22 per area, none for
//! LGBTI), so one miss moves recall by 5 to 15 points: there recall must be at least 0.5.
//! This is a development set — the rules were revised after reading its errors — so these
//! figures are optimistic.
//!
//! The held-out set (`server/data/focus_test_set`, drawn and labelled before the rules of
//! issue 17 and never tuned on) measures the rules honestly: its test prints the table only,
//! never the names it misses, and fails when an area falls below the floor written there —
//! what the rules reached on it when it was first measured, less a margin. The project's aim
//! is precision ≥ 0.95 and recall ≥ 0.90 for women, LGBTI and minority; where a floor is
//! lower, the rules do not reach the aim yet.

use ecosoc_watch::classify::{
    evaluate::{evaluate, parse_labels},
    rules, AREAS,
};

const LABELS: &str = include_str!("../../data/focus_dev_set/labels.tsv");
const HELD_OUT: &str = include_str!("../../data/focus_test_set/labels.tsv");

/// Floors on the held-out set's whole-set (precision, recall), per area. Measured on
/// 2026-12-08 with rules version 3: women 0.975/0.908, lgbti 1.000/0.938 (16 positives),
/// minority 1.000/0.672, human_rights 0.889/0.714 (version 2: the same but minority
/// 1.000/0.639, human_rights 0.870/0.714; version 1: 0.944/0.782, 1.000/0.500, 1.000/0.508,
/// 0.830/0.696).
const HELD_OUT_FLOORS: [(&str, f64, f64); 4] = [
    ("women", 0.95, 0.88),
    ("lgbti", 0.95, 0.85),
    ("minority", 0.95, 0.6),
    ("human_rights", 0.8, 0.65),
];

#[test]
fn rules_hold_their_floors_on_the_held_out_set() {
    let labelled = parse_labels(HELD_OUT).expect("labels parse");
    assert!(labelled.len() >= 300, "at least 300 held-out names");
    let report = evaluate(rules(), &labelled);
    print!("{}", report.scores());
    for (area, min_p, min_r) in HELD_OUT_FLOORS {
        let w = &report.whole[area];
        let (p, r) = (w.precision().unwrap_or(0.0), w.recall().unwrap_or(0.0));
        assert!(p >= min_p, "{area}: held-out precision {p:.3} < {min_p}");
        assert!(r >= min_r, "{area}: held-out recall {r:.3} < {min_r}");
    }
}

#[test]
fn rules_meet_the_precision_and_recall_thresholds() {
    let labelled = parse_labels(LABELS).expect("labels parse");
    assert!(labelled.len() >= 300, "at least 300 labelled names");
    let random = labelled.iter().filter(|l| l.part == "random").count();
    assert!(random >= 150, "{random} random names");
    let report = evaluate(rules(), &labelled);

    print!("{}", report.table(labelled.len()));

    for area in AREAS {
        let w = &report.whole[area];
        let (p, r) = (w.precision().unwrap_or(0.0), w.recall().unwrap_or(0.0));
        assert!(p >= 0.9, "{area}: whole-set precision {p:.3} < 0.9");
        assert!(r >= 0.8, "{area}: whole-set recall {r:.3} < 0.8");
        if let Some(r) = report.random[area].recall() {
            assert!(r >= 0.5, "{area}: random-part recall {r:.3} < 0.5");
        }
    }
}

#[test]
fn a_broken_rule_set_fails_the_evaluation() {
    // The thresholds can fail: a rule set without the women rules misses the women area.
    let labelled = parse_labels(LABELS).expect("labels parse");
    let crippled = ecosoc_watch::classify::RuleSet::parse(
        "version = \"x\"\n[[rule]]\nid = \"lgbti.en\"\narea = \"lgbti\"\nlang = \"en\"\nphrases = [\"lesbian\"]\n",
    )
    .expect("parses");
    let report = evaluate(&crippled, &labelled);
    assert_eq!(report.whole["women"].recall(), Some(0.0));
    assert!(report.whole["lgbti"].recall().expect("some lgbti") < 0.8);
}
