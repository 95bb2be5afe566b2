//! The press-release parser on saved pages (fixtures written in the structure of
//! press.un.org, marked as test data): one snapshot per page of what `parse` prints, plus the
//! properties the snapshots alone would not make obvious, property tests (no input makes it
//! panic; what it reads is sound), and a page nested deeper than any stack would allow.

use std::path::PathBuf;

use ecosoc_watch::sources::press::{
    page::{Page, MAX_NESTING},
    parse, Decision, Release, Request,
};
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
    assert!(names.len() >= 12, "{names:?}");
    for name in names {
        let release = parsed(&name);
        // The store keys a record by its release and locator.
        let mut locators: Vec<&str> = release.records.iter().map(|r| r.locator.as_str()).collect();
        locators.sort_unstable();
        let count = locators.len();
        locators.dedup();
        assert_eq!(locators.len(), count, "{name}: a locator used twice");
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
fn names_cut_from_prose_are_problems_never_records() {
    let release = parsed("en-2017-resumed-prose-fragments.html");
    let records: Vec<_> = release
        .records
        .iter()
        .map(|r| (r.ngo.as_str(), r.country.as_deref(), r.decision))
        .collect();
    assert_eq!(
        records,
        [
            (
                "Sigma Three Heritage Trust",
                None,
                Decision::RecommendedSpecial
            ),
            (
                "Arab Zeta Centre for the Study of Human Rights",
                Some("Israel"),
                Decision::Rejected
            ),
            (
                "Kappa Three Relief Society",
                Some("Canada"),
                Decision::Closed
            ),
            ("Omicron Three Society", Some("Chile"), Decision::Withdrawn),
            ("Rho Three Association", Some("Peru"), Decision::Withdrawn),
            ("Sigma Four Institute", Some("Chile"), Decision::Deferred),
            (
                "Phi Three Water Council",
                Some("Kenya"),
                Decision::QuadrennialNoted
            ),
            (
                "Chi Three Health Alliance",
                Some("India"),
                Decision::Reclassified
            ),
        ],
        "an \"of\" inside a name does not cut it; an NGO's own withdrawal is read, a \
         delegate's question about one is not a decision; each sentence's decision is read"
    );
    let requests: Vec<_> = release.records[6..].iter().map(|r| r.request).collect();
    assert_eq!(
        requests,
        [Request::QuadrennialReport, Request::Reclassification]
    );
    let problem = |locator: &str| {
        release
            .problems
            .iter()
            .find(|p| p.locator == locator)
            .unwrap_or_else(|| panic!("no problem at {locator}: {:#?}", release.problems))
    };
    assert!(problem("p2.2").message.contains("unbalanced"));
    assert!(problem("p2.2").text.contains("Tau Three Youth Network"));
    // The shortfall the fragment leaves is said, so the release reads as incomplete.
    assert!(problem("headline")
        .message
        .contains("states 2 recommended, 1"));
}

#[test]
fn run_on_entries_of_2016_are_each_a_record() {
    let release = parsed("en-2016-regular-run-on.html");
    let deferred: Vec<_> = release
        .records
        .iter()
        .filter(|r| r.decision == Decision::Deferred)
        .map(|r| (r.ngo.as_str(), r.country.as_deref(), r.asked_by.clone()))
        .collect();
    let states = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        deferred,
        [
            (
                "Alpha Five Diaspora Council",
                Some("Utopia"),
                states(&["China", "Cuba"])
            ),
            (
                "Beta Five Dignity League",
                Some("Freedonia"),
                states(&["Türkiye"])
            ),
            (
                "Gamma Five Open Society",
                Some("Ruritania"),
                states(&["Pakistan"])
            ),
            (
                "Delta Five Youth Forum",
                Some("Utopia"),
                states(&["Sudan", "Iran"])
            ),
            (
                "Epsilon Five Heritage Institute",
                Some("Freedonia"),
                states(&["Russian Federation"])
            ),
        ],
        "five entries in one paragraph; a question naming a country in brackets starts none"
    );
    assert!(
        release.problems.is_empty(),
        "the intro's five are read: {:#?}",
        release.problems
    );
}

#[test]
fn each_vote_of_a_series_goes_to_its_own_entry() {
    let release = parsed("en-2019-resumed-vote-series.html");
    let voted: Vec<_> = release
        .records
        .iter()
        .filter_map(|r| {
            let v = r.vote.as_ref()?;
            Some((
                r.ngo.as_str(),
                r.decision,
                v.stated.in_favour,
                v.stated.against,
                v.against.len(),
            ))
        })
        .collect();
    assert_eq!(
        voted,
        [
            (
                "Kappa Six Rights Centre",
                Decision::Closed,
                Some(10),
                Some(6),
                6
            ),
            (
                "Lambda Six Press Freedom Network",
                Decision::Closed,
                Some(9),
                Some(7),
                7
            ),
            (
                "Mu Six Minority Voice",
                Decision::Closed,
                Some(11),
                Some(6),
                6
            ),
        ]
    );
    // The lead's "closed three applications by recorded vote" counts no vote: not a problem.
    assert!(release.problems.is_empty(), "{:#?}", release.problems);
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
    // The default config: 256 cases, or `PROPTEST_CASES` for a long run (`with_cases` would
    // ignore it).

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

/// Pieces of release bodies: intros, list items with countries and questions, prose
/// decisions and recorded votes (the two ways a name is read from a sentence), long
/// capitalised runs that look like names, and separators, markup and entities.
fn release_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "The Committee recommended special consultative status for the following 2 organizations:",
            "The Committee postponed consideration of the following 3 organizations:",
            "Example Rights Network (Utopia) — as the representative of China asked for its income",
            "Second One (Ruritania);",
            "and Third Trust (Atlantis).",
            "The Committee decided to close its consideration of the application of ",
            "The Committee recommended special consultative status to ",
            "By a recorded vote of 6 in favour (China, Cuba) to 5 against (Israel), with 3 abstentions (Chile), the Committee rejected the application of ",
            "the non-governmental organization ",
            " (Utopia).",
            " (Ruritania). The representative of Cuba asked why.",
            "</p><p>", "<br>", "<h2>Reclassification</h2>", "<p><strong>Special Consultative Status</strong></p>",
            ";", " — ", ":", ".", "(", ")", " of ", " ", "\u{00A0}", "&amp;", "&#160;", "<", "é",
        ]).prop_map(String::from),
        1 => "[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,40}",
        1 => "[^<>&]{0,80}",
    ]
}

fn release_html(pieces: &[String]) -> String {
    format!(
        r#"<html lang="en"><body><main><div>NGO/962</div><div class="field--name-body"><p>{}</p></div></main></body></html>"#,
        pieces.concat()
    )
}

/// What every release must satisfy, whatever the page: names as written (with a letter,
/// trimmed, white space collapsed), no longer than their block and, for a list item, than
/// [`MAX_NAME_CHARS`]; at most one record per place, and each place a block the body has
/// (and an item it has, when it has several): never more records than the body can hold.
fn check_records(html: &str, release: &Release) -> Result<(), TestCaseError> {
    let body = Page::read(html).body.unwrap_or_default();
    let mut places = std::collections::HashSet::new();
    for record in &release.records {
        let ngo = record.ngo.as_str();
        prop_assert!(ngo.chars().any(char::is_alphabetic), "{ngo:?}");
        prop_assert_eq!(ngo.trim(), ngo);
        // A name read from a recorded-vote paragraph is cut from the text with the vote
        // lists taken out, so it may keep the two spaces either side of a list (reported).
        if record.vote.is_none() {
            prop_assert!(!ngo.contains("  "), "{:?}", ngo);
        }
        prop_assert!(
            ngo.chars().all(|c| c == ' ' || !c.is_whitespace()),
            "{:?}",
            ngo
        );
        // A list item (one of several in its block, or one with a question) is a name of at
        // most 250 characters, or a problem. A name read from prose has no such cap (reported);
        // any name is at most its block.
        if record.locator.contains('.') || record.question.is_some() {
            prop_assert!(
                ngo.chars().count() <= MAX_NAME_CHARS,
                "{} chars: {:?}",
                ngo.chars().count(),
                ngo
            );
        }
        prop_assert!(
            places.insert(record.locator.clone()),
            "two records at {}",
            record.locator
        );
        let (block, item) = match record
            .locator
            .strip_prefix('p')
            .and_then(|l| l.split_once('.'))
        {
            Some((block, item)) => (block, Some(item)),
            None => (record.locator.trim_start_matches('p'), None),
        };
        let block: usize = block
            .parse()
            .map_err(|_| TestCaseError::fail(format!("locator {}", record.locator)))?;
        prop_assert!(
            (1..=body.len()).contains(&block),
            "{} of {} blocks",
            record.locator,
            body.len()
        );
        let text = &body[block - 1].text;
        prop_assert!(ngo.chars().count() <= text.chars().count());
        if let Some(item) = item {
            let item: usize = item
                .parse()
                .map_err(|_| TestCaseError::fail(format!("locator {}", record.locator)))?;
            prop_assert!(
                (1..=text.matches(';').count() + 1).contains(&item),
                "{}: {:?}",
                record.locator,
                text
            );
        }
    }
    Ok(())
}

/// The longest name a list item gives: a longer item is reported as "too long to be one
/// name".
const MAX_NAME_CHARS: usize = 250;

/// `default` cases, or `PROPTEST_CASES` for a long run.
fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: crate::testing::proptest_cases(default),
        ..ProptestConfig::default()
    }
}

proptest! {
    // A parse of a few kilobytes takes tens of milliseconds in a debug build.
    #![proptest_config(config(64))]

    #[test]
    fn records_from_release_shaped_html_are_sound(
        pieces in proptest::collection::vec(release_piece(), 0..24),
    ) {
        let html = release_html(&pieces);
        let release = parse(&html, None);
        check_records(&html, &release)?;
    }

    #[test]
    fn records_from_arbitrary_text_are_sound(text in ".{0,2000}") {
        let release = parse(&text, None);
        check_records(&text, &release)?;
    }
}

/// How deep [`deep_nesting_neither_overflows_the_stack_nor_changes_the_records`] nests: just
/// inside the depth the parser reads (deeper pages are refused with a problem).
const DEPTH: usize = MAX_NESTING - 100;
/// The stack of the thread that parses the deep page: far less than the 2 MiB a test
/// thread has and the 8 MiB a main thread has, so that only a walk whose memory does not
/// grow on the stack with the depth passes (a recursive walk overflowed it).
const SMALL_STACK: usize = 64 * 1024;
/// Set in the child process that runs the deep parse.
const NESTING_CHILD: &str = "ECOSOC_WATCH_TEST_NESTING_CHILD";

/// A short release whose body sits inside `depth` nested elements: a `<div>` every
/// thousandth level and `<span>`s between (html5ever's scope checks make each `<div>` cost
/// the depth, which makes a `<div>` at every level quadratic: seconds in a debug build).
fn nested_release(depth: usize) -> String {
    let tag = |i: usize| {
        if i.is_multiple_of(1000) {
            "div"
        } else {
            "span"
        }
    };
    let open: String = (0..depth).map(|i| format!("<{}>", tag(i))).collect();
    let close: String = (0..depth).rev().map(|i| format!("</{}>", tag(i))).collect();
    format!(
        r#"<html lang="en"><body><main><div>20th Meeting (AM)</div><div>NGO/962</div>
        <div class="field--name-body">{open}
        <p>The Committee recommended special consultative status for the following 2 organizations:</p>
        <p>Example Rights Network (Utopia);</p><p>Second One (Ruritania).</p>
        <p>The Committee postponed consideration of the following 1 organization:</p>
        <p>Third Trust (Atlantis) — as the representative of China asked for its income.</p>
        {close}</div></main></body></html>"#
    )
}

/// A stack overflow aborts the whole test process, so the deep parse runs in a child
/// process (this test binary, this test only): the other tests still report, and this one
/// fails with the child's message instead of taking the run down with it.
#[test]
fn deep_nesting_neither_overflows_the_stack_nor_changes_the_records() {
    if std::env::var_os(NESTING_CHILD).is_some() {
        parse_nested_release_on_a_small_stack();
        return;
    }
    // The test's path inside the test binary (`press_parse::…`), without the binary's name.
    let name = format!(
        "{}::deep_nesting_neither_overflows_the_stack_nor_changes_the_records",
        module_path!().trim_start_matches("it::")
    );
    let output = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", &name, "--nocapture", "--test-threads=1"])
        .env(NESTING_CHILD, "1")
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "a page nested {DEPTH} deep, parsed on a {SMALL_STACK}-byte stack: {}\n{stderr}",
        output.status
    );
    assert!(
        stdout.contains("1 passed"),
        "the child ran no test:\n{stdout}"
    );
}

fn parse_nested_release_on_a_small_stack() {
    let shallow = parse(&nested_release(0), None);
    let names: Vec<&str> = shallow.records.iter().map(|r| r.ngo.as_str()).collect();
    assert_eq!(
        names,
        ["Example Rights Network", "Second One", "Third Trust"],
        "{:?}",
        shallow.problems
    );
    let deep = std::thread::Builder::new()
        .name("deep-parse".into())
        .stack_size(SMALL_STACK)
        .spawn(|| parse(&nested_release(DEPTH), None))
        .expect("a thread")
        .join()
        .expect("the deep parse does not panic");
    assert_eq!(deep.records, shallow.records);
    assert_eq!(deep.symbols, ["NGO/962"]);
}

/// Deeper than the parser reads: one problem that says so, and no record. A linear scan
/// decides it, so a page 100,000 deep costs no more than its bytes.
#[test]
fn a_page_nested_too_deep_is_a_problem_not_a_record() {
    let release = parse(&nested_release(100_000), None);
    assert!(release.records.is_empty(), "{:?}", release.records);
    assert_eq!(release.problems.len(), 1, "{:?}", release.problems);
    assert!(
        release.problems[0].message.contains("nests more than"),
        "{:?}",
        release.problems
    );
}
