//! What happened to a group's applications by each session since their first consideration:
//! the Aalen–Johansen cumulative incidence of recommendation, closure, rejection and
//! withdrawal stacked from the bottom, and the share still waiting on top — together 100%.
//! Small multiples, one per group, each 340 px wide, so one drawing serves every screen.

use plotters::{prelude::*, style::text_anchor::HPos};

use super::{
    accessible_svg, ink, percent,
    timeline::decision_colour,
    waiting::{label_width, text, tick_step},
    Area, DrawResult,
};
use crate::{
    i18n::i18n,
    model::{WaitGroup, WaitStep, SMALL_N, WAITING_AFTER},
};

const WIDTH: u32 = 340;
const HEIGHT: u32 = 244;
const LEFT: i32 = 44;
const RIGHT: i32 = 328;
const TOP: i32 = 34;
const BOTTOM: i32 = 156;

/// The outcomes in stacking order, with their legend words' keys; "still waiting" goes on top.
const OUTCOMES: [(&str, &str); 4] = [
    ("recommended", "decision-short-recommended"),
    ("closed", "decision-short-closed"),
    ("rejected", "decision-rejected"),
    ("withdrawn", "decision-withdrawn"),
];
const WAITING: RGBColor = RGBColor(0xee, 0xf1, 0xf4);

/// The cumulative shares of a step, in [`OUTCOMES`] order.
fn shares(step: &WaitStep) -> [f64; 4] {
    [
        step.recommended_share,
        step.closed_share,
        step.rejected_share,
        step.withdrawn_share,
    ]
}

/// The chart of one group; `id` keeps the accessible names of several on one page apart.
pub fn outcomes_svg(group: &WaitGroup, id: &str) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        // Drawing into a string cannot fail; errors would only come from I/O backends.
        let _ = draw(&root, group);
        let _ = root.present();
    }
    let i18n = i18n();
    let unstable = if group.small_n {
        i18n.f("wait-unstable", &[("n", SMALL_N.into())])
    } else {
        String::new()
    };
    let title = i18n.f(
        "outcome-title",
        &[
            ("area", group.label.as_str().into()),
            ("n", group.applications.into()),
            ("unstable", unstable.into()),
        ],
    );
    accessible_svg(svg, id, "outcomes-chart", &title, &describe(group))
}

/// "By session 4: 62% recommended, 10% closed, 0% rejected, 1% withdrawn, 27% still waiting."
/// for each of [`WAITING_AFTER`] the group was followed to, in the page's language.
pub fn describe(group: &WaitGroup) -> String {
    let i18n = i18n();
    let sentences: Vec<String> = WAITING_AFTER
        .iter()
        .filter_map(|&k| group.steps.iter().find(|s| s.sessions == k))
        .map(|step| {
            let [recommended, closed, rejected, withdrawn] = shares(step).map(percent);
            i18n.f(
                "outcome-step",
                &[
                    ("sessions", step.sessions.into()),
                    ("recommended", recommended.into()),
                    ("closed", closed.into()),
                    ("rejected", rejected.into()),
                    ("withdrawn", withdrawn.into()),
                    ("waiting", percent(step.waiting.estimate).into()),
                ],
            )
        })
        .collect();
    if sentences.is_empty() {
        i18n.f(
            "outcome-none",
            &[
                ("area", group.label.as_str().into()),
                ("sessions", WAITING_AFTER[0].into()),
            ],
        )
    } else {
        i18n.f(
            "outcome-description",
            &[
                ("area", group.label.as_str().into()),
                ("n", group.applications.into()),
                (
                    "steps",
                    sentences.join(i18n.t("word-space").as_str()).into(),
                ),
            ],
        )
    }
}

fn x_of(k: f64, max_k: u32) -> i32 {
    LEFT + ((k / f64::from(max_k.max(1))).clamp(0.0, 1.0) * f64::from(RIGHT - LEFT)).round() as i32
}

fn y_of(v: f64) -> i32 {
    BOTTOM - (v.clamp(0.0, 1.0) * f64::from(BOTTOM - TOP)).round() as i32
}

/// A step line through (k, value) from 0 sessions: flat to k, then up to the new value.
fn step_line(values: &[(u32, f64)], max_k: u32) -> Vec<(i32, i32)> {
    let mut line = vec![(x_of(0.0, max_k), y_of(0.0))];
    let mut previous = 0.0;
    for &(k, v) in values {
        let x = x_of(f64::from(k), max_k);
        line.push((x, y_of(previous)));
        line.push((x, y_of(v)));
        previous = v;
    }
    line
}

fn draw(root: &Area<'_>, group: &WaitGroup) -> DrawResult {
    root.fill(&WHITE)?;
    root.draw(&text(group.label.clone(), (8, 14), 13, ink(), HPos::Left))?;
    let max_k = group.steps.last().map_or(8, |s| s.sessions).max(1);
    if group.steps.is_empty() {
        return root.draw(&text(
            i18n().t("wait-chart-empty"),
            ((LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2),
            13,
            ink(),
            HPos::Center,
        ));
    }
    // The waiting share fills the plot; each outcome's band is stacked from the bottom.
    root.draw(&Rectangle::new(
        [(LEFT, TOP), (RIGHT, BOTTOM)],
        WAITING.filled(),
    ))?;
    let mut below: Vec<(u32, f64)> = group.steps.iter().map(|s| (s.sessions, 0.0)).collect();
    for (index, (decision, _)) in OUTCOMES.iter().enumerate() {
        let above: Vec<(u32, f64)> = group
            .steps
            .iter()
            .zip(&below)
            .map(|(s, (k, under))| (*k, under + shares(s)[index]))
            .collect();
        let mut outline = step_line(&above, max_k);
        outline.push((x_of(f64::from(max_k), max_k), y_of(0.0)));
        let lower = step_line(&below, max_k);
        outline.extend(lower.into_iter().rev());
        root.draw(&Polygon::new(outline, decision_colour(decision).filled()))?;
        below = above;
    }
    draw_axes(root, max_k)?;
    draw_legend(root)
}

fn draw_axes(root: &Area<'_>, max_k: u32) -> DrawResult {
    let i18n = i18n();
    for quarter in [0.0, 0.5, 1.0] {
        root.draw(&text(
            percent(quarter),
            (LEFT - 6, y_of(quarter)),
            11,
            ink(),
            HPos::Right,
        ))?;
    }
    for k in (0..=max_k).step_by(tick_step(max_k, 4) as usize) {
        let x = x_of(f64::from(k), max_k);
        root.draw(&PathElement::new(
            vec![(x, BOTTOM), (x, BOTTOM + 4)],
            ink().stroke_width(1),
        ))?;
        root.draw(&text(
            i18n.int(k.into()),
            (x, BOTTOM + 14),
            11,
            ink(),
            HPos::Center,
        ))?;
    }
    root.draw(&text(
        i18n.t("wait-axis-sessions"),
        ((LEFT + RIGHT) / 2, BOTTOM + 30),
        11,
        ink(),
        HPos::Center,
    ))
}

/// Swatches with their words under the plot, in as many rows as the width needs.
fn draw_legend(root: &Area<'_>) -> DrawResult {
    let i18n = i18n();
    let entries = OUTCOMES
        .iter()
        .map(|(decision, key)| (decision_colour(decision), i18n.t(key)))
        .chain([(WAITING, i18n.t("outcome-legend-waiting"))]);
    let mut x = 8;
    let mut y = BOTTOM + 52;
    for (colour, word) in entries {
        // About 7 px a letter at 11 px: wrap before an entry that would not fit.
        let width = label_width(&word);
        if x + 14 + width > WIDTH as i32 {
            x = 8;
            y += 18;
        }
        root.draw(&Rectangle::new(
            [(x, y - 5), (x + 10, y + 5)],
            colour.filled(),
        ))?;
        root.draw(&Rectangle::new(
            [(x, y - 5), (x + 10, y + 5)],
            ink().stroke_width(1),
        ))?;
        root.draw(&text(word, (x + 14, y), 11, ink(), HPos::Left))?;
        x += 14 + width + 8;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Estimate, Median};

    fn step(k: u32, rec: f64, closed: f64, waiting: f64) -> WaitStep {
        WaitStep {
            sessions: k,
            at_risk: 10,
            recommended: 1,
            closed: 0,
            rejected: 0,
            withdrawn: 0,
            censored: 0,
            waiting: Estimate {
                estimate: waiting,
                low: waiting,
                high: waiting,
            },
            recommended_share: rec,
            closed_share: closed,
            rejected_share: 0.0,
            withdrawn_share: 0.0,
        }
    }

    fn group(steps: Vec<WaitStep>) -> WaitGroup {
        WaitGroup {
            area: "women".into(),
            label: "Women's rights".into(),
            applications: 10,
            recommended: 6,
            closed: 1,
            rejected: 0,
            withdrawn: 0,
            pending: 3,
            small_n: true,
            median_to_decision: Median {
                estimate: Some(2),
                low: Some(1),
                high: None,
            },
            median_to_recommendation: Some(2),
            waiting_after: vec![],
            log_rank: None,
            steps,
        }
    }

    #[test]
    fn the_outcomes_are_stacked_and_described_with_the_waiting_share() {
        let g = group(
            (1..=8)
                .map(|k| {
                    step(
                        k,
                        0.05 * f64::from(k),
                        0.01 * f64::from(k),
                        1.0 - 0.06 * f64::from(k),
                    )
                })
                .collect(),
        );
        let svg = outcomes_svg(&g, "outcomes-women");
        assert!(
            svg.starts_with("<svg") && svg.contains(r#"role="img""#),
            "{svg}"
        );
        assert!(svg.contains("outcomes-women-title"));
        for word in ["Recommended", "Closed", "Rejected", "Withdrawn", "Waiting"] {
            assert!(svg.contains(word), "legend {word}");
        }
        assert!(
            svg.to_lowercase().contains("#009e73"),
            "recommended in green"
        );
        assert_eq!(
            describe(&g),
            "Women's rights (n = 10). By session 4: 20% recommended, 4% closed, 0% rejected, \
             0% withdrawn, 76% still waiting. By session 8: 40% recommended, 8% closed, \
             0% rejected, 0% withdrawn, 52% still waiting."
        );
        assert_eq!(svg, outcomes_svg(&g, "outcomes-women"), "deterministic");
    }

    #[test]
    fn an_empty_group_says_so() {
        let svg = outcomes_svg(&group(vec![]), "outcomes-empty");
        assert!(svg.contains("No applications in this range."));
        assert_eq!(
            describe(&group(vec![step(1, 1.0, 0.0, 0.0)])),
            "Women's rights: no application followed 4 sessions."
        );
    }
}
