//! The press-release parser on saved pages (fixtures written in the structure of
//! press.un.org, marked as test data): one snapshot per page of what `parse` prints, plus the
//! properties the snapshots alone would not make obvious, and a property test that no input
//! makes it panic.

use std::path::PathBuf;

use ecosoc_watch::sources::press::{parse, Decision, Release, Request};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/press")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parsed(name: &str) -> Release {
    parse(&fixture(name), None)
}

#[test]
fn snapshots_of_every_fixture() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/press");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".html") && !n.starts_with("listing"))
        .collect();
    names.sort();
    assert!(names.len() >= 9, "{names:?}");
    for name in names {
        let release = parsed(&name);
        insta::assert_json_snapshot!(name.trim_end_matches(".html"), release);
    }
}

#[test]
fn the_2016_onward_format_is_read_completely() {
    let release = parsed("en-2023-resumed-ngo962.html");
    assert_eq!(release.symbols, ["NGO/962"]);
    assert_eq!(
        release.meeting.as_deref(),
        Some("20th & 21st Meetings (AM & PM)")
    );
    let session = release.session.expect("a session");
    assert_eq!((session.year, session.part), (2023, "resumed"));
    // Every entry of every list, and nothing else.
    let count = |d: Decision| release.records.iter().filter(|r| r.decision == d).count();
    assert_eq!(count(Decision::RecommendedSpecial), 3);
    assert_eq!(count(Decision::Deferred), 7);
    assert_eq!(count(Decision::Closed), 1);
    assert_eq!(count(Decision::Reclassified), 1);
    assert_eq!(count(Decision::Rejected), 1);
    assert_eq!(release.headline_counts.get("deferred"), Some(&6));
    // Names keep their own parentheses, quotes and dashes; entities decoded, spaces collapsed.
    let names: Vec<&str> = release.records.iter().map(|r| r.ngo.as_str()).collect();
    assert!(
        names.contains(&"Friends of the Lake (Friends) – Trust"),
        "{names:?}"
    );
    assert!(names.contains(&"Delta “Hope” Centre"), "{names:?}");
    assert!(names.contains(&"Alpha Rights Watch"), "{names:?}");
    // Several asking states, in order; a state mentioned in the question is not an asker.
    let gamma = release
        .records
        .iter()
        .find(|r| r.ngo == "Gamma Minority Voices")
        .unwrap();
    assert_eq!(gamma.asked_by, ["Türkiye", "Cuba"]);
    let beta = release
        .records
        .iter()
        .find(|r| r.ngo.starts_with("Beta"))
        .unwrap();
    assert_eq!(beta.asked_by, ["China"]);
    let iota = release
        .records
        .iter()
        .find(|r| r.ngo.starts_with("Iota"))
        .unwrap();
    assert_eq!(
        (iota.decision, iota.request),
        (Decision::Deferred, Request::Reclassification)
    );
    assert_eq!(iota.asked_by, ["Cuba"]);
    // The vote is on the record it decided.
    let kappa = release
        .records
        .iter()
        .find(|r| r.ngo.starts_with("Kappa"))
        .unwrap();
    let vote = kappa.vote.as_ref().expect("a vote");
    assert_eq!(
        (
            vote.in_favour.len(),
            vote.against.len(),
            vote.abstaining.len()
        ),
        (6, 5, 3)
    );
    assert_eq!(vote.stated.in_favour, Some(6));
}

#[test]
fn older_pages_are_read_best_effort_and_say_what_they_could_not() {
    let release = parsed("en-2010-resumed-ecosoc6431.html");
    assert_eq!(release.symbols, ["ECOSOC/6431", "NGO/700"]);
    let inline: Vec<_> = release
        .records
        .iter()
        .filter(|r| r.decision == Decision::RecommendedSpecial)
        .map(|r| (r.ngo.as_str(), r.country.as_deref()))
        .collect();
    assert_eq!(
        inline,
        [
            ("Chi Cultural Union", None),
            ("Psi Friendship Society (PFS)", None),
            ("Omega Farmers Federation", None)
        ]
    );
    let prose = release
        .records
        .iter()
        .find(|r| r.ngo == "Alpha Two Society")
        .unwrap();
    assert_eq!(prose.country.as_deref(), Some("Canada"));
    let voted = release
        .records
        .iter()
        .find(|r| r.vote.is_some())
        .expect("a voted record");
    assert_eq!(voted.decision, Decision::Closed);
    assert_eq!(
        voted.vote.as_ref().unwrap().abstaining,
        ["Türkiye", "Kyrgyzstan", "Senegal"]
    );

    let release = parsed("en-2016-regular-ecosoc6744.html");
    assert_eq!(release.headline_counts.get("recommended"), Some(&4));
    let tau = release
        .records
        .iter()
        .find(|r| r.ngo.starts_with("Tau"))
        .unwrap();
    assert_eq!(
        tau.asked_by,
        ["China", "Cuba"],
        "the second state in the next paragraph"
    );
    let upsilon = release
        .records
        .iter()
        .find(|r| r.ngo.starts_with("Upsilon"))
        .unwrap();
    assert_eq!(upsilon.asked_by, ["Türkiye"]);
}

#[test]
fn french_releases() {
    let release = parsed("fr-2023-resumed-ong970.html");
    assert_eq!(release.lang, "fr");
    assert_eq!(release.symbols, ["ONG/970"]);
    let session = release.session.expect("a session");
    assert_eq!((session.year, session.part), (2023, "resumed"));
    let deferred: Vec<_> = release
        .records
        .iter()
        .filter(|r| r.decision == Decision::Deferred)
        .map(|r| r.asked_by.clone())
        .collect();
    assert_eq!(
        deferred,
        [
            vec!["China"],
            vec!["Pakistan", "Cuba"],
            vec!["China", "Türkiye"]
        ]
    );
}

#[test]
fn placeholders_and_the_ng0_typo() {
    assert!(parsed("en-2024-not-covered-ngo975.html").is_placeholder);
    assert!(parsed("en-2024-placeholder-ngo980.html").is_placeholder);
    let full = parsed("en-2024-full-ngo980.html");
    assert!(!full.is_placeholder);
    assert_eq!(full.records.len(), 4);
    let typo = parsed("en-2022-resumed-ng0937.html");
    assert_eq!(typo.symbol.as_deref(), Some("NG0/937"));
    assert_eq!(typo.symbols, ["NGO/937"]);
    let rejected = typo
        .records
        .iter()
        .find(|r| r.decision == Decision::Rejected)
        .unwrap();
    assert_eq!(rejected.ngo, "Rho Two Equality Trust");
    assert_eq!(rejected.vote.as_ref().unwrap().against.len(), 7);
}

#[test]
fn a_changed_structure_gives_problems_and_no_invented_records() {
    let release = parsed("en-changed-structure.html");
    assert!(release.records.is_empty());
    assert!(
        release.problems.iter().any(|p| p.locator == "body"),
        "{:?}",
        release.problems
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_text(text in ".{0,2000}") {
        let _ = parse(&text, None);
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse(&String::from_utf8_lossy(&bytes), Some("https://press.un.org/fr/x"));
    }

    /// Release-shaped HTML built from the pieces the parser keys on, in any order and cut
    /// anywhere: every record it reports names something, and never more records than items.
    #[test]
    fn never_panics_on_release_shaped_html(
        pieces in proptest::collection::vec(prop_oneof![
            Just("The Committee postponed consideration of the following 3 organizations:"),
            Just("The Committee recommended special consultative status for the following:"),
            Just("Example (Utopia) — as the representative of China asked"),
            Just("(((("), Just("))))"), Just(";"), Just(" — "), Just(":"), Just("."),
            Just("By a recorded vote of 6 in favour (China, Cuba) to 5 against (Israel)"),
            Just("<h2>Reclassification</h2>"), Just("</p><p>"), Just("NGO/9"), Just("2023 Session"),
            Just("é"), Just("\u{00A0}"), Just("&amp;"), Just("<"),
        ], 0..60),
        cut in 0usize..4000,
    ) {
        let body: String = pieces.concat();
        let html = format!(r#"<div class="field--name-body"><p>{body}</p></div>"#);
        let cut = html.char_indices().map(|(i, _)| i).take_while(|i| *i <= cut).last().unwrap_or(0);
        let release = parse(&html[..cut], None);
        for record in &release.records {
            prop_assert!(record.ngo.chars().any(char::is_alphabetic));
        }
    }
}
