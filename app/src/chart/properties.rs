//! Property tests of every chart: whatever the rows, numbers (NaN and infinities included)
//! and label text (markup, quotes, entities, `]]>`, very long), the SVG is well-formed XML
//! with no script, no event handler and no `javascript:` address, and every text the caller
//! gives reads back from the XML as the same text: escaped, never interpreted.
//! `PROPTEST_CASES` sets the number of cases (default 64).

use proptest::prelude::*;

use super::{
    outcomes::{self, outcomes_svg},
    rates_svg_for,
    sessions::sessions_svg,
    timeline::{lane_label, timeline_svg},
    waiting::waiting_svg,
    Layout,
};
use crate::model::tests::config;
use crate::model::{
    fixtures::consideration, ApplicationDetail, Estimate, Median, RateRow, SessionRow,
    TimeToDecision, WaitGroup, WaitQuery, WaitStep, FIRST_YEAR, LAST_YEAR,
};

/// Text a caller might pass, hostile or just awkward, control characters included (XML 1.0
/// cannot carry them even escaped: the charts drop them).
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "<script>alert(1)</script>",
            "\" onload=\"alert(1)",
            "' onmouseover='x",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "javascript:alert(1)",
            "&",
            "&amp;",
            "&#60;&lt;",
            "]]>",
            "<![CDATA[x]]>",
            "<!-- c -->",
            "<?xml version=\"1.0\"?>",
            "<!DOCTYPE x>",
            "Women's rights",
            "Côte d’Ivoire — « 日本 »",
            "e\u{301}\u{202e}rtl",
            "",
            " ",
            "tab\tand\nnewline\r\nand\rreturn",
            "bell\u{7}form\u{c}feed\u{1}\u{0}",
        ])
        .prop_map(String::from),
        2 => "[ -~]{0,60}",
        2 => "\\PC{0,60}",
        1 => "[\u{0}-\u{1f}a-z]{0,20}",
        1 => "[<>&\"' a-z]{500,2000}",
    ]
}

/// Any number, the awkward ones often.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => 0.0..=1.0,
        1 => prop::sample::select(vec![
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -0.0,
            -1.0,
            1.5,
            1e300,
            f64::MIN_POSITIVE,
        ]),
        1 => any::<f64>(),
    ]
}

fn area() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "women", "lgbti", "minority", "human_rights", "other", "all",
        ])
        .prop_map(String::from),
        1 => label(),
    ]
}

/// XML reads a carriage return (alone or before a newline) as a newline.
fn as_xml_reads(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| *c as u32 >= 0x20 || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    kept.replace("\r\n", "\n").replace('\r', "\n")
}

/// The SVG parses as XML; nothing in it runs; each of `named` is in the text of its
/// accessible name or description and each of `drawn` in the text of a `<text>`, as given.
fn check_svg(svg: &str, named: &[&str], drawn: &[&str]) -> Result<(), TestCaseError> {
    let document = roxmltree::Document::parse(svg)
        .map_err(|e| TestCaseError::fail(format!("not well-formed XML: {e}\n{svg}")))?;
    prop_assert_eq!(document.root_element().tag_name().name(), "svg");
    prop_assert!(!svg.to_ascii_lowercase().contains("<script"), "{}", svg);
    for element in document.descendants().filter(|n| n.is_element()) {
        let name = element.tag_name().name().to_ascii_lowercase();
        prop_assert!(
            !matches!(
                name.as_str(),
                "script" | "foreignobject" | "a" | "use" | "image" | "iframe"
            ),
            "<{}> in {}",
            name,
            svg
        );
        for attribute in element.attributes() {
            let attribute_name = attribute.name().to_ascii_lowercase();
            prop_assert!(
                !attribute_name.starts_with("on"),
                "{}= in {}",
                attribute_name,
                svg
            );
            prop_assert!(
                !attribute_name.contains("href"),
                "{}= in {}",
                attribute_name,
                svg
            );
            let value: String = attribute
                .value()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            prop_assert!(
                !value.contains("javascript:"),
                "{}={:?}",
                attribute_name,
                value
            );
        }
    }
    let text_of = |tags: &[&str]| -> String {
        document
            .descendants()
            .filter(|n| n.is_element() && tags.contains(&n.tag_name().name()))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("\u{0}")
    };
    let (names, texts) = (text_of(&["title", "desc"]), text_of(&["text"]));
    for (expected, within, place) in named
        .iter()
        .map(|t| (t, &names, "title or description"))
        .chain(drawn.iter().map(|t| (t, &texts, "<text>")))
    {
        let expected = as_xml_reads(expected);
        prop_assert!(
            within.contains(&expected),
            "{:?} is not in a {} of {}",
            expected,
            place,
            svg
        );
    }
    Ok(())
}

fn layout() -> impl Strategy<Value = Layout> {
    prop::sample::select(vec![Layout::Wide, Layout::Narrow])
}

fn rate_row() -> impl Strategy<Value = RateRow> {
    (
        area(),
        any::<i64>(),
        prop::option::of(number()),
        prop::option::of(number()),
        prop::option::of(number()),
        any::<bool>(),
    )
        .prop_map(
            |(area, denominator, rate, ci_low, ci_high, small_n)| RateRow {
                label: area.clone(),
                area,
                numerator: denominator / 2,
                denominator,
                rate,
                ci_low,
                ci_high,
                small_n,
                rate_ratio: None,
                rate_ratio_low: None,
                rate_ratio_high: None,
                #[cfg(feature = "ssr")]
                labels: Default::default(),
            },
        )
}

fn session_row() -> impl Strategy<Value = SessionRow> {
    let count = || -5i64..3000;
    (
        1946i64..2100,
        prop_oneof![
            Just("regular".to_string()),
            Just("resumed".to_string()),
            label()
        ],
        (count(), count(), count(), count()),
        (count(), count(), count()),
    )
        .prop_map(
            |(
                year,
                part,
                (recommended, deferred, deferred_new, deferred_previously),
                (closed, rejected, withdrawn),
            )| {
                SessionRow {
                    year,
                    part,
                    date: None,
                    considered: recommended + deferred,
                    recommended,
                    deferred,
                    deferred_new,
                    deferred_previously,
                    closed,
                    rejected,
                    withdrawn,
                    sources: vec![],
                    flags: vec![],
                }
            },
        )
}

fn application() -> impl Strategy<Value = ApplicationDetail> {
    let decision = prop_oneof![
        4 => prop::sample::select(vec![
            "recommended", "recommended_special", "deferred", "closed", "rejected", "withdrawn",
            "reclassified",
        ])
        .prop_map(String::from),
        1 => label(),
    ];
    let consideration = (
        1990i64..2035,
        prop::sample::select(vec!["regular", "resumed", "special"]),
        decision,
        prop::sample::select(vec!["steinert", "press_release", "esango"]),
    )
        .prop_map(|(year, part, decision, source)| consideration(year, part, &decision, source));
    (
        prop_oneof![
            3 => prop::sample::select(vec!["status", "reclassification", "status_withdrawal"])
                .prop_map(String::from),
            1 => label(),
        ],
        any::<i64>(),
        prop::collection::vec(consideration, 0..8),
    )
        .prop_map(|(kind, seq, considerations)| ApplicationDetail {
            id: 1,
            kind,
            seq,
            first_session: None,
            deferrals: 0,
            outcome: None,
            outcome_session: None,
            pending: true,
            considerations,
        })
}

fn estimate() -> impl Strategy<Value = Estimate> {
    (number(), number(), number()).prop_map(|(estimate, low, high)| Estimate {
        estimate,
        low,
        high,
    })
}

fn wait_step() -> impl Strategy<Value = WaitStep> {
    (
        prop_oneof![4 => 1u32..40, 1 => any::<u32>()],
        estimate(),
        (number(), number(), number(), number()),
    )
        .prop_map(
            |(sessions, waiting, (recommended, closed, rejected, withdrawn))| WaitStep {
                sessions,
                at_risk: 10,
                recommended: 1,
                closed: 0,
                rejected: 0,
                withdrawn: 0,
                censored: 0,
                waiting,
                recommended_share: recommended,
                closed_share: closed,
                rejected_share: rejected,
                withdrawn_share: withdrawn,
            },
        )
}

fn wait_group() -> impl Strategy<Value = WaitGroup> {
    (
        area(),
        label(),
        any::<i64>(),
        any::<bool>(),
        prop::collection::vec(wait_step(), 0..12),
    )
        .prop_map(|(area, label, applications, small_n, steps)| WaitGroup {
            area,
            label,
            applications,
            recommended: 0,
            closed: 0,
            rejected: 0,
            withdrawn: 0,
            pending: 0,
            small_n,
            median_to_decision: Median {
                estimate: None,
                low: None,
                high: None,
            },
            median_to_recommendation: None,
            waiting_after: vec![],
            log_rank: None,
            steps,
        })
}

proptest! {
    // Drawing and parsing a chart takes several milliseconds in a debug build.
    #![proptest_config(config(64))]

    #[test]
    fn rates_charts_are_well_formed_and_inert(
        rows in prop::collection::vec(rate_row(), 0..8),
        title in label(),
        description in label(),
        layout in layout(),
    ) {
        let svg = rates_svg_for(&rows, &title, &description, layout);
        let labels: Vec<String> = rows.iter().map(|r| crate::i18n::i18n().area(&r.area)).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        check_svg(&svg, &[&title, &description], &labels)?;
    }

    #[test]
    fn sessions_charts_are_well_formed_and_inert(
        rows in prop::collection::vec(session_row(), 0..12),
        title in label(),
        description in label(),
        layout in layout(),
    ) {
        let svg = sessions_svg(&rows, layout, &title, &description);
        prop_assert_eq!(svg.is_none(), rows.is_empty());
        if let Some(svg) = svg {
            check_svg(&svg, &[&title, &description], &[])?;
        }
    }

    #[test]
    fn timelines_are_well_formed_and_inert(
        applications in prop::collection::vec(application(), 0..6),
        title in label(),
        description in label(),
        layout in layout(),
    ) {
        let svg = timeline_svg(&applications, layout, &title, &description);
        let any_mark = applications.iter().any(|a| !a.considerations.is_empty());
        prop_assert_eq!(svg.is_some(), any_mark);
        if let Some(svg) = svg {
            let lanes: Vec<String> = applications.iter().map(lane_label).collect();
            let lanes: Vec<&str> = lanes.iter().map(String::as_str).collect();
            check_svg(&svg, &[&title, &description], &lanes)?;
        }
    }

    #[test]
    fn waiting_charts_are_well_formed_and_inert(
        groups in prop::collection::vec(wait_group(), 0..7),
        years in (FIRST_YEAR..=LAST_YEAR, FIRST_YEAR..=LAST_YEAR),
        summary in label(),
        layout in layout(),
    ) {
        let answer = TimeToDecision {
            query: WaitQuery { from: years.0.min(years.1), to: years.0.max(years.1) },
            groups,
            left_truncated: 0,
            decided_then_considered: 0,
            last_session: None,
            definition: String::new(),
            summary,
            data_version: None,
            citation: String::new(),
            rule_set_version: None,
            cite: Default::default(),
        };
        let svg = waiting_svg(&answer, layout);
        // Drawn and labelled: every area with steps, or "all" when it is the only one.
        let areas: Vec<&WaitGroup> = answer
            .groups
            .iter()
            .filter(|g| g.area != "all" && !g.steps.is_empty())
            .collect();
        let drawn = if areas.is_empty() {
            let all = answer.groups.iter().filter(|g| g.area == "all" && !g.steps.is_empty());
            all.take(1).collect()
        } else {
            areas
        };
        let labels: Vec<&str> = drawn.iter().map(|g| g.label.as_str()).collect();
        check_svg(&svg, &[&answer.summary], &labels)?;
    }

    #[test]
    fn outcome_charts_are_well_formed_and_inert(
        group in wait_group(),
        id in "[a-z][a-z0-9_-]{0,20}",
    ) {
        let svg = outcomes_svg(&group, &id);
        let description = outcomes::describe(&group);
        check_svg(&svg, &[&group.label, &description], &[&group.label])?;
    }
}
