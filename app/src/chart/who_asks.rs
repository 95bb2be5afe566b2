//! Who asks: per member state, the considerations it questioned with the part that ended in
//! deferral (bars), and how its questions fall by focus area against the areas' shares of the
//! considerations in its sessions (ratios with 95% intervals on a log scale), and their words.
//! Drawn wide and narrow (phones: labels above the rows), by the same code on the server and
//! in the browser.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::{
    accessible_svg, area_colour, font, ink, waiting::label_width, Area, DrawResult, Layout,
};
use crate::{
    i18n::{i18n, year_arg, Arg},
    model::{Estimate, StateMeasure, WhoAsks, FOCUS_AREAS, SMALL_N},
};

const GRID: RGBColor = RGBColor(0xd0, 0xd7, 0xde);
const QUESTIONED: RGBColor = RGBColor(0x9e, 0xc5, 0xe8);
const DEFERRED: RGBColor = RGBColor(0x0b, 0x4f, 0x8a);
/// The ratio axis runs over these powers of two (1/8 … 8); an interval beyond ends in an
/// arrowhead at the edge.
const LOG2_RANGE: f64 = 3.0;

/// The areas the ratio chart shows: the query's, or the four named ones.
pub fn ratio_areas(answer: &WhoAsks) -> Vec<&'static str> {
    match &answer.query.area {
        Some(area) => FOCUS_AREAS.iter().copied().filter(|a| a == area).collect(),
        None => FOCUS_AREAS
            .iter()
            .copied()
            .filter(|a| *a != "other")
            .collect(),
    }
}

/// The states with something to draw: at least one consideration questioned.
fn drawn(answer: &WhoAsks) -> Vec<&StateMeasure> {
    answer
        .states
        .iter()
        .filter(|s| s.considerations_questioned > 0)
        .collect()
}

struct Geometry {
    width: i32,
    /// Left edge of the plot; state names end 10 px before it (wide) or sit above the row.
    x0: i32,
    x1: i32,
    top: i32,
    row: i32,
    label_above: bool,
}

impl Geometry {
    fn of(layout: Layout) -> Self {
        match layout {
            Layout::Wide => Geometry {
                width: 760,
                x0: 190,
                x1: 760 - 150,
                top: 40,
                row: 26,
                label_above: false,
            },
            Layout::Narrow => Geometry {
                width: 340,
                x0: 12,
                x1: 340 - 96,
                top: 40,
                row: 40,
                label_above: true,
            },
        }
    }

    /// The row's band (top, bottom) below its label.
    fn band(&self, i: usize) -> (i32, i32) {
        let y = self.top + self.row * i as i32;
        let y = if self.label_above { y + 16 } else { y };
        (y + 5, self.top + self.row * (i as i32 + 1) - 5)
    }
}

/// The query's years, as a message's arguments.
fn years(answer: &WhoAsks) -> [(&'static str, Arg); 2] {
    [
        ("from", year_arg(answer.query.from)),
        ("to", year_arg(answer.query.to)),
    ]
}

/// A ratio or a bound with one decimal, as the page's language writes it ("2.5", "2,5").
fn ratio_number(x: f64) -> String {
    if x.is_finite() {
        i18n().decimal(x, 1)
    } else {
        format!("{x:.1}")
    }
}

/// Draw a chart of `rows` states and make it accessible: `draw` gets the drawing area and the
/// geometry; the footnotes go under the wide drawing (the narrow one leaves them to the
/// caption and the table, they would not fit 340 px). `title` already names the years.
fn frame(
    answer: &WhoAsks,
    layout: Layout,
    (id, title, summary): (&str, &str, &str),
    notes: &[String],
    draw: impl FnOnce(&Area, &Geometry) -> DrawResult,
) -> String {
    let rows = drawn(answer).len();
    let g = Geometry::of(layout);
    let notes = if layout == Layout::Wide { notes } else { &[] };
    let height = (g.top + g.row * rows.max(1) as i32 + 30 + 18 * notes.len() as i32).max(140);
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (g.width as u32, height as u32)).into_drawing_area();
        // Drawing into a string cannot fail; errors would only come from I/O backends.
        let _ = root.fill(&WHITE);
        let _ = draw(&root, &g);
        for (i, note) in notes.iter().rev().enumerate() {
            let _ = text(
                &root,
                note.clone(),
                (12, height - 10 - 18 * i as i32),
                11,
                HPos::Left,
            );
        }
        let _ = root.present();
    }
    accessible_svg(
        svg,
        &format!("{id}-{}", layout.as_str()),
        "who-asks-chart",
        title,
        summary,
    )
}

fn state_label(root: &Area, g: &Geometry, i: usize, name: &str) -> DrawResult {
    let y = g.top + g.row * i as i32;
    let (pos, at) = if g.label_above {
        (Pos::new(HPos::Left, VPos::Center), (g.x0, y + 9))
    } else {
        (
            Pos::new(HPos::Right, VPos::Center),
            (g.x0 - 10, y + g.row / 2),
        )
    };
    root.draw(&Text::new(
        i18n().country(name),
        at,
        font(13).color(&ink()).pos(pos),
    ))
}

fn text(root: &Area, s: String, at: (i32, i32), size: i32, h: HPos) -> DrawResult {
    root.draw(&Text::new(
        s,
        at,
        font(size).color(&ink()).pos(Pos::new(h, VPos::Center)),
    ))
}

/// A vertical line of the value axis at `x`, from the plot's top to `bottom`, with its label
/// under it.
fn axis_line(
    root: &Area,
    g: &Geometry,
    bottom: i32,
    x: i32,
    label: String,
    colour: RGBColor,
) -> DrawResult {
    root.draw(&PathElement::new(
        vec![(x, g.top - 4), (x, bottom)],
        colour.stroke_width(1),
    ))?;
    text(root, label, (x, bottom + 12), 11, HPos::Center)
}

/// Bars: considerations questioned per state (light), the part that ended in deferral (dark).
pub fn questions_svg(answer: &WhoAsks, layout: Layout) -> String {
    let states = drawn(answer);
    let max = states
        .iter()
        .map(|s| s.considerations_questioned)
        .max()
        .unwrap_or(1)
        .max(1);
    let i18n = i18n();
    let notes = [i18n.t("who-questions-note")];
    let title = i18n.f("who-questions-title", &years(answer));
    let labels = ("who-asks", title.as_str(), answer.summary.as_str());
    frame(answer, layout, labels, &notes, |root, g| {
        text(
            root,
            i18n.t("who-questions-axis"),
            (g.x0, 16),
            13,
            HPos::Left,
        )?;
        let scale = f64::from(g.x1 - g.x0) / max as f64;
        let x_of = |v: i64| g.x0 + (v as f64 * scale).round() as i32;
        let bottom = g.top + g.row * states.len() as i32;
        for tick in ticks(max) {
            axis_line(root, g, bottom, x_of(tick), i18n.int(tick), GRID)?;
        }
        for (i, s) in states.iter().enumerate() {
            state_label(root, g, i, &s.state)?;
            let (top, bot) = g.band(i);
            let end = x_of(s.considerations_questioned).max(g.x0 + 1);
            root.draw(&Rectangle::new(
                [(g.x0, top), (end, bot)],
                QUESTIONED.filled(),
            ))?;
            if s.deferral_linked > 0 {
                let dark = x_of(s.deferral_linked).max(g.x0 + 1);
                root.draw(&Rectangle::new(
                    [(g.x0, top), (dark, bot)],
                    DEFERRED.filled(),
                ))?;
            }
            // Narrow: the numbers only (the table and the caption say what they are).
            let label = if g.label_above {
                format!(
                    "{} · {}",
                    i18n.int(s.considerations_questioned),
                    i18n.int(s.deferral_linked)
                )
            } else {
                i18n.f(
                    "who-bar-label",
                    &[
                        ("questioned", s.considerations_questioned.into()),
                        ("deferred", s.deferral_linked.into()),
                    ],
                )
            };
            text(root, label, (end + 6, (top + bot) / 2), 12, HPos::Left)?;
        }
        Ok(())
    })
}

/// Round tick values from 0 to `max`, at most five intervals.
fn ticks(max: i64) -> Vec<i64> {
    let raw = max as f64 / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor()).max(1.0);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(magnitude * 10.0) as i64;
    (0..=max).step_by(step.max(1) as usize).collect()
}

/// Ratios: per state, each area's over-representation (1 = in proportion) with its interval,
/// on a log scale from 1/8 to 8; an unstable estimate is a hollow dot.
pub fn ratios_svg(answer: &WhoAsks, layout: Layout) -> String {
    let states = drawn(answer);
    let areas = ratio_areas(answer);
    let i18n = i18n();
    let notes = [
        i18n.t("who-ratios-note-proportion"),
        i18n.f("who-ratios-note-hollow", &[("n", SMALL_N.into())]),
    ];
    let summary = ratios_summary(answer);
    let title = i18n.f("who-ratios-title", &years(answer));
    let labels = ("who-asks-ratios", title.as_str(), summary.as_str());
    frame(answer, layout, labels, &notes, |root, g| {
        ratio_legend(root, g, &areas)?;
        let bottom = g.top + g.row * states.len() as i32;
        ratio_axis(root, g, bottom)?;
        for (i, s) in states.iter().enumerate() {
            state_label(root, g, i, &s.state)?;
            let (top, bot) = g.band(i);
            let step = (bot - top) / (areas.len() as i32 + 1);
            for (j, area) in areas.iter().enumerate() {
                let y = top + step * (j as i32 + 1);
                let colour = area_colour(area);
                let Some(ratio) = s
                    .area(area)
                    .and_then(|a| a.over_representation.map(|r| (a, r)))
                else {
                    continue;
                };
                let (a, r) = ratio;
                ratio_mark(root, g, y, colour, r, a.small_n)?;
            }
        }
        Ok(())
    })
}

/// Where `v` sits on the ratio axis: log scale, clamped to 1/8 … 8.
fn ratio_x(g: &Geometry, v: f64) -> i32 {
    let scale = f64::from(g.x1 - g.x0) / (2.0 * LOG2_RANGE);
    g.x0 + ((v.log2().clamp(-LOG2_RANGE, LOG2_RANGE) + LOG2_RANGE) * scale).round() as i32
}

/// The ratio chart's legend: a dot in each area's colour and its name, above the plot.
fn ratio_legend(root: &Area, g: &Geometry, areas: &[&str]) -> DrawResult {
    let mut x = g.x0;
    for area in areas {
        root.draw(&Circle::new((x + 5, 16), 5, area_colour(area).filled()))?;
        let label = i18n().area(area);
        let width = label_width(&label);
        text(root, label, (x + 12, 16), 12, HPos::Left)?;
        x += 14 + width;
    }
    Ok(())
}

/// The ratio axis's lines from 1/8× to 8×, down to `bottom`: 1× in ink, the others as grid.
fn ratio_axis(root: &Area, g: &Geometry, bottom: i32) -> DrawResult {
    for power in -3..=3 {
        let number = |n: i64| i18n().int(n);
        let label = if power >= 0 {
            format!("{}×", number(1 << power))
        } else {
            format!("{}/{}×", number(1), number(1 << -power))
        };
        // 1× (in proportion) in ink, the others as grid.
        let colour = if power == 0 { ink() } else { GRID };
        axis_line(root, g, bottom, ratio_x(g, 2f64.powi(power)), label, colour)?;
    }
    Ok(())
}

/// One area's ratio on a state's row at `y`: its interval (an arrowhead where it runs past
/// the axis) and its dot, hollow when `small_n`.
fn ratio_mark(
    root: &Area,
    g: &Geometry,
    y: i32,
    colour: RGBColor,
    r: Estimate,
    small_n: bool,
) -> DrawResult {
    let x_of = |v: f64| ratio_x(g, v);
    root.draw(&PathElement::new(
        vec![(x_of(r.low), y), (x_of(r.high), y)],
        colour.stroke_width(2),
    ))?;
    // An interval beyond the axis ends in an arrowhead at the edge.
    let edge = 2f64.powf(LOG2_RANGE);
    for (beyond, x, dir) in [
        (r.high > edge, x_of(r.high), 1),
        (r.low < 1.0 / edge, x_of(r.low), -1),
    ] {
        if beyond {
            root.draw(&Polygon::new(
                vec![(x + 6 * dir, y), (x, y - 4), (x, y + 4)],
                colour.filled(),
            ))?;
        }
    }
    // None questioned: the interval from 0 without a dot at the axis's edge.
    if r.estimate > 0.0 {
        let style = if small_n {
            colour.stroke_width(2)
        } else {
            colour.filled()
        };
        root.draw(&Circle::new((x_of(r.estimate), y), 4, style))?;
    }
    Ok(())
}

/// "2.5× (95% CI 1.5–4.0×; 30 of 80 questioned, against 100 of 400)": the ratio, its
/// interval, and both shares' counts, in the page's language.
pub fn format_ratio(area: &crate::model::StateArea) -> String {
    let i18n = i18n();
    match &area.over_representation {
        Some(r) => i18n.f(
            if area.small_n {
                "who-ratio-unstable"
            } else {
                "who-ratio"
            },
            &[
                ("ratio", ratio_number(r.estimate).into()),
                ("low", ratio_number(r.low).into()),
                ("high", ratio_number(r.high).into()),
                ("questioned", area.considerations_questioned.into()),
                ("questioned_all", area.questioned_all.into()),
                ("in_area", area.area_considerations.into()),
                ("total", area.all_considerations.into()),
            ],
        ),
        None => i18n.f(
            "who-ratio-none",
            &[("n", area.considerations_questioned.into())],
        ),
    }
}

/// One sentence from the numbers: who questioned most, and how often it ended in deferral.
/// In the page's language; English outside a page (the API's answer).
pub fn summary(answer: &WhoAsks) -> String {
    let i18n = i18n();
    let coverage = &answer.coverage;
    let mut args: Vec<(&str, Arg)> = years(answer).into();
    args.push(("recorded", coverage.sessions_with_questions.into()));
    args.push(("sessions", coverage.sessions.into()));
    // With an area, the sentences say whose applicants: one message each, for word order.
    let scoped = |base: &str| match &answer.query.area {
        Some(_) => format!("{base}-area"),
        None => base.to_string(),
    };
    if let Some(area) = &answer.query.area {
        args.push(("area", i18n.area_phrase(area).into()));
    }
    let askers: Vec<&StateMeasure> = drawn(answer);
    let Some(top) = askers.first() else {
        return i18n.f(&scoped("who-summary-none"), &args);
    };
    let incomplete = match coverage.releases_incomplete {
        0 => String::new(),
        n => i18n.f("who-summary-incomplete", &[("n", n.into())]),
    };
    args.push(("states", askers.len().into()));
    args.push(("releases", coverage.releases_read.into()));
    args.push(("incomplete", incomplete.into()));
    args.push(("state", i18n.country(&top.state).into()));
    args.push(("questioned", top.considerations_questioned.into()));
    args.push(("deferred", top.deferral_linked.into()));
    i18n.f(&scoped("who-summary"), &args)
}

/// The ratio chart in words: the stable ratios furthest above 1.
pub fn ratios_summary(answer: &WhoAsks) -> String {
    let i18n = i18n();
    let mut stable: Vec<(&str, &str, f64, f64)> = drawn(answer)
        .iter()
        .flat_map(|s| {
            ratio_areas(answer).into_iter().filter_map(move |area| {
                let a = s.area(area)?;
                let r = a.over_representation?;
                (!a.small_n && r.low > 1.0).then_some((s.state.as_str(), area, r.estimate, r.low))
            })
        })
        .collect();
    stable.sort_by(|a, b| b.2.total_cmp(&a.2));
    if stable.is_empty() {
        return i18n.t("who-ratios-summary-none");
    }
    let named: Vec<String> = stable
        .iter()
        .take(3)
        .map(|&(state, area, estimate, low)| {
            i18n.f(
                "who-ratios-summary-item",
                &[
                    ("state", i18n.country(state).into()),
                    ("area", i18n.area_phrase(area).into()),
                    ("ratio", ratio_number(estimate).into()),
                    ("low", ratio_number(low).into()),
                ],
            )
        })
        .collect();
    let more = if stable.len() > 3 {
        i18n.f(
            "who-ratios-summary-more",
            &[("n", (stable.len() - 3).into())],
        )
    } else {
        String::new()
    };
    i18n.f(
        "who-ratios-summary",
        &[
            ("list", named.join(i18n.t("sep-clause").as_str()).into()),
            ("more", more.into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        area_label, Estimate, QuestionCoverage, StateArea, VoteTally, WhoAsksQuery,
    };

    fn area(area: &str, k: i64, ratio: Option<(f64, f64, f64)>) -> StateArea {
        StateArea {
            area: area.into(),
            label: area_label(area).into(),
            questions: k,
            considerations_questioned: k,
            deferral_linked: k / 2,
            questioned_all: 80,
            area_considerations: 100,
            all_considerations: 400,
            over_representation: ratio.map(|(estimate, low, high)| Estimate {
                estimate,
                low,
                high,
            }),
            small_n: k < SMALL_N,
            votes: VoteTally::default(),
        }
    }

    pub(crate) fn answer() -> WhoAsks {
        let state = |name: &str, k: i64, d: i64, women: Option<(f64, f64, f64)>| StateMeasure {
            state: name.into(),
            iso3: None,
            member_sessions: 4,
            covered_sessions: 4,
            releases_read: 12,
            sessions_as_observer: 0,
            questions: k + 3,
            applications_questioned: k,
            considerations_questioned: k,
            deferral_linked: d,
            votes: VoteTally::default(),
            areas: vec![
                area("women", 30, women),
                area("lgbti", 5, Some((3.0, 0.9, 10.0))),
                area("minority", 0, None),
                area("human_rights", 20, Some((1.0, 0.7, 1.4))),
                area("other", 10, Some((0.5, 0.3, 0.8))),
            ],
        };
        WhoAsks {
            query: WhoAsksQuery::default(),
            states: vec![
                state("Testland <&>", 80, 60, Some((2.5, 1.5, 4.0))),
                state("Otherland", 40, 10, Some((0.9, 0.6, 1.3))),
                state("Quietland", 0, 0, None),
            ],
            coverage: QuestionCoverage {
                sessions: 18,
                sessions_with_questions: 16,
                releases_read: 140,
                releases_incomplete: 3,
                years_without_membership: vec![],
            },
            definition: String::new(),
            summary: String::new(),
            membership_source: String::new(),
            data_version: None,
            citation: String::new(),
            rule_set_version: None,
            cite: Default::default(),
        }
    }

    #[test]
    fn the_summary_names_the_top_state_with_its_numbers() {
        let answer = answer();
        assert_eq!(
            summary(&answer),
            "In 2016–2024, 2 member states asked questions of applicants as the press releases \
             record them (16 of 18 sessions, 140 releases, 3 of them read incompletely). Testland <&> questioned the most \
             considerations: 80, of which 60 ended in deferral at that session — an \
             attribution, not a cause."
        );
        // Only a stable ratio with its interval above 1 is named; the LGBTI one is unstable.
        assert_eq!(
            ratios_summary(&answer),
            "Questions going to an area clearly more than in proportion (stable, 95% interval \
             above 1): Testland <&> to women's rights (2.5×, lower bound 1.5×)."
        );
        let empty = WhoAsks {
            states: vec![],
            ..answer
        };
        assert!(
            summary(&empty).starts_with("No questions to applicants are recorded for 2016–2024")
        );
    }

    #[test]
    fn the_charts_draw_a_row_per_asking_state_and_escape_names() {
        let answer = answer();
        for layout in [Layout::Wide, Layout::Narrow] {
            let bars = questions_svg(&answer, layout);
            assert!(bars.contains("Testland &lt;&amp;&gt;"), "{bars}");
            assert!(bars.contains("Otherland"));
            assert!(
                !bars.contains("Quietland"),
                "a state without questions has no row"
            );
            let wide = layout == Layout::Wide;
            assert!(bars.contains("80 · 60"), "{bars}");
            assert_eq!(bars.contains("80 · 60 deferred"), wide, "{bars}");
            let ratios = ratios_svg(&answer, layout);
            // Four areas' dots for two states, less the minority ones that have no ratio and
            // a legend dot per area.
            assert_eq!(ratios.matches("<circle").count(), 4 + 2 * 3, "{ratios}");
            assert!(ratios.contains("aria-labelledby"));
            // The LGBTI interval (0.9–10×) runs past 8×: an arrowhead per state says so.
            assert_eq!(ratios.matches("<polygon").count(), 2, "{ratios}");
            // Only the wide drawing has footnotes; the narrow one leaves them to the caption.
            assert_eq!(ratios.contains("1× = in proportion"), wide);
        }
        assert_eq!(ticks(80), vec![0, 20, 40, 60, 80]);
        assert_eq!(ticks(3), vec![0, 1, 2, 3]);
    }

    #[test]
    fn ratios_are_worded_with_interval_and_n() {
        assert_eq!(
            format_ratio(&area("women", 30, Some((2.5, 1.5, 4.0)))),
            "2.5× (95% CI 1.5–4.0×; 30 of 80 questioned, against 100 of 400)"
        );
        assert_eq!(
            format_ratio(&area("lgbti", 5, Some((3.0, 0.9, 10.0)))),
            "3.0× (95% CI 0.9–10.0×; 5 of 80 questioned, against 100 of 400), unstable"
        );
        assert_eq!(format_ratio(&area("minority", 0, None)), "— (0 questioned)");
    }
}
