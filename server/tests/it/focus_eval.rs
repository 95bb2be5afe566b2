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
//! figures are optimistic; a held-out set is the next step.

use ecosoc_watch::classify::{
    evaluate::{evaluate, parse_labels},
    rules, AREAS,
};

const LABELS: &str = include_str!("../../data/focus_dev_set/labels.tsv");

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
