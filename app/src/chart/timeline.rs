//! An organization's timeline: every consideration per session, coloured by outcome, one lane
//! per application; the reports' decision as a square, a press release's as a dot below it.
//! Drawn wide (sessions along the x axis) and narrow (years down the page, for phones): the
//! narrow one is laid out anew, not the wide one shrunk.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::{accessible_svg, font, ink, Area, DrawResult, Layout};
use crate::{
    i18n::i18n,
    model::{ApplicationDetail, SessionPart},
};

/// About how wide a legend label is drawn at 13 px: CJK ideographs are square, Latin,
/// Cyrillic and Arabic letters about 8 px.
fn text_width(label: &str) -> i32 {
    label
        .chars()
        .map(|c| if c >= '\u{2e80}' { 13 } else { 8 })
        .sum()
}

/// Okabe–Ito colours by decision.
pub fn decision_colour(decision: &str) -> RGBColor {
    match decision {
        d if d.starts_with("recommended") || d == "reclassified" => RGBColor(0x00, 0x9E, 0x73),
        "deferred" => RGBColor(0xE6, 0x9F, 0x00),
        "closed" => RGBColor(0x99, 0x99, 0x99),
        "rejected" => RGBColor(0xD5, 0x5E, 0x00),
        "withdrawn" => RGBColor(0x56, 0xB4, 0xE9),
        _ => RGBColor(0x44, 0x44, 0x44),
    }
}

/// The legend: a decision's colour and the message that names it.
const LEGEND: [(&str, &str); 5] = [
    ("recommended", "decision-short-recommended"),
    ("deferred", "decision-deferred"),
    ("closed", "decision-short-closed"),
    ("rejected", "decision-rejected"),
    ("withdrawn", "decision-withdrawn"),
];

/// A lane's label: "Status 1", "Reclassification 1".
pub fn lane_label(application: &ApplicationDetail) -> String {
    i18n().application(&application.kind, application.seq)
}

struct Mark {
    lane: usize,
    year: i64,
    /// 0 regular, 1 resumed.
    part: i64,
    press: bool,
    colour: RGBColor,
}

fn marks(applications: &[ApplicationDetail]) -> Vec<Mark> {
    applications
        .iter()
        .enumerate()
        .flat_map(|(lane, app)| {
            app.considerations.iter().map(move |c| Mark {
                lane,
                year: c.session.year,
                part: SessionPart::parse(&c.session.part).map_or(0, |p| i64::from(p.order())),
                press: c.source == "press_release",
                colour: decision_colour(&c.decision),
            })
        })
        .collect()
}

/// The timeline as SVG, or `None` when there is nothing to draw.
pub fn timeline_svg(
    applications: &[ApplicationDetail],
    layout: Layout,
    title: &str,
    description: &str,
) -> Option<String> {
    let marks = marks(applications);
    let first = marks.iter().map(|m| m.year).min()?;
    let last = marks.iter().map(|m| m.year).max()?;
    let lanes: Vec<String> = applications.iter().map(lane_label).collect();
    let mut svg = String::new();
    let size = match layout {
        Layout::Wide => (760, 40 + 34 * lanes.len() as u32 + 56),
        Layout::Narrow => (340, 48 + 22 * (last - first + 1) as u32 + 40),
    };
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a string cannot fail; errors would only come from I/O backends.
        let _ = match layout {
            Layout::Wide => draw_wide(&root, &marks, &lanes, first, last, size),
            Layout::Narrow => draw_narrow(&root, &marks, &lanes, first, last, size),
        };
        let _ = root.present();
    }
    Some(accessible_svg(
        svg,
        &format!("timeline-{}", layout.as_str()),
        "timeline-chart",
        title,
        description,
    ))
}

fn draw_mark(root: &Area<'_>, mark: &Mark, x: i32, y: i32, cell: i32) -> DrawResult {
    if mark.press {
        root.draw(&Circle::new((x, y), cell / 4, mark.colour.filled()))?;
        root.draw(&Circle::new((x, y), cell / 4, ink().stroke_width(1)))
    } else {
        let h = cell / 2;
        root.draw(&Rectangle::new(
            [(x - h, y - h), (x + h, y + h)],
            mark.colour.filled(),
        ))
    }
}

fn draw_legend(root: &Area<'_>, x0: i32, y: i32, narrow: bool) -> DrawResult {
    let mut x = x0;
    let mut y = y;
    for (decision, key) in LEGEND {
        let label = i18n().t(key);
        if narrow && x > 230 {
            x = x0;
            y += 18;
        }
        root.draw(&Rectangle::new(
            [(x, y - 6), (x + 12, y + 6)],
            decision_colour(decision).filled(),
        ))?;
        let width = text_width(&label);
        root.draw(&Text::new(
            label,
            (x + 16, y),
            font(13)
                .color(&ink())
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        x += 24 + width;
    }
    root.draw(&Circle::new((x + 6, y), 5, ink().stroke_width(1)))?;
    root.draw(&Text::new(
        i18n().t("timeline-legend-press"),
        (x + 16, y),
        font(13)
            .color(&ink())
            .pos(Pos::new(HPos::Left, VPos::Center)),
    ))
}

fn draw_wide(
    root: &Area<'_>,
    marks: &[Mark],
    lanes: &[String],
    first: i64,
    last: i64,
    size: (u32, u32),
) -> DrawResult {
    root.fill(&WHITE)?;
    let (label_w, top, lane_h) = (130, 30, 34);
    let slots = (last - first + 1) * 2;
    let width = size.0 as i32 - label_w - 10;
    let slot = (f64::from(width) / slots as f64).min(40.0);
    let x_of = |year: i64, part: i64| {
        label_w + (((year - first) * 2 + part) as f64 * slot + slot / 2.0).round() as i32
    };
    let cell = (slot as i32 - 2).clamp(6, 18);
    let bottom = top + lane_h * lanes.len() as i32;
    let step = if last - first > 14 {
        5
    } else if last - first > 6 {
        2
    } else {
        1
    };
    for year in first..=last {
        if (year - first) % step == 0 || year == last {
            let x = x_of(year, 0) - (slot / 2.0) as i32;
            root.draw(&PathElement::new(
                vec![(x, top - 6), (x, bottom)],
                RGBColor(0xd0, 0xd7, 0xde).stroke_width(1),
            ))?;
            root.draw(&Text::new(
                i18n().number(year),
                (x, top - 12),
                font(13)
                    .color(&ink())
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    for (i, lane) in lanes.iter().enumerate() {
        let y = top + lane_h * i as i32 + lane_h / 2;
        root.draw(&Text::new(
            lane.clone(),
            (label_w - 10, y),
            font(14)
                .color(&ink())
                .pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    for mark in marks {
        let y = top
            + lane_h * mark.lane as i32
            + lane_h / 2
            + if mark.press { cell / 2 + 4 } else { -2 };
        draw_mark(root, mark, x_of(mark.year, mark.part), y, cell)?;
    }
    draw_legend(root, label_w, bottom + 30, false)
}

fn draw_narrow(
    root: &Area<'_>,
    marks: &[Mark],
    lanes: &[String],
    first: i64,
    last: i64,
    size: (u32, u32),
) -> DrawResult {
    root.fill(&WHITE)?;
    let (label_w, top, row_h) = (48, 40, 22);
    // Two columns per lane: regular, resumed.
    let lane_w = ((size.0 as i32 - label_w - 8) / lanes.len().max(1) as i32).min(120);
    let col = lane_w / 2;
    let x_of =
        |lane: usize, part: i64| label_w + lane as i32 * lane_w + col * part as i32 + col / 2;
    for (i, lane) in lanes.iter().enumerate() {
        let x = label_w + i as i32 * lane_w + lane_w / 2;
        root.draw(&Text::new(
            lane.clone(),
            (x, 12),
            font(13)
                .color(&ink())
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        root.draw(&Text::new(
            i18n().t("timeline-axis-parts"),
            (x, 28),
            font(11)
                .color(&ink())
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    for year in first..=last {
        let y = top + row_h * (year - first) as i32 + row_h / 2;
        root.draw(&Text::new(
            i18n().number(year),
            (label_w - 6, y),
            font(13)
                .color(&ink())
                .pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    let cell = (row_h - 6).min(col - 4).max(6);
    for mark in marks {
        let y = top + row_h * (mark.year - first) as i32 + row_h / 2;
        let x = x_of(mark.lane, mark.part) + if mark.press { cell / 2 + 2 } else { 0 };
        draw_mark(root, mark, x, y, cell)?;
    }
    let bottom = top + row_h * (last - first + 1) as i32;
    draw_legend(root, 8, bottom + 14, true)
}

/// The decisions of a lane in words, for the text alternative.
pub fn describe(applications: &[ApplicationDetail]) -> String {
    let i18n = i18n();
    applications
        .iter()
        .map(|app| {
            let steps: Vec<String> = app
                .considerations
                .iter()
                .map(|c| {
                    i18n.f(
                        "timeline-step",
                        &[
                            (
                                "session",
                                i18n.session(c.session.year, &c.session.part).into(),
                            ),
                            ("decision", i18n.decision(&c.decision).to_lowercase().into()),
                        ],
                    )
                })
                .collect();
            i18n.f(
                "timeline-lane",
                &[
                    ("lane", lane_label(app).into()),
                    ("steps", steps.join(&i18n.t("sep-clause")).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::consideration;

    fn application() -> ApplicationDetail {
        ApplicationDetail {
            id: 1,
            kind: "status".into(),
            seq: 1,
            first_session: None,
            deferrals: 2,
            outcome: None,
            outcome_session: None,
            pending: true,
            considerations: vec![
                consideration(2019, "regular", "deferred", "steinert"),
                consideration(2019, "resumed", "deferred", "steinert"),
                consideration(2019, "resumed", "rejected", "press_release"),
            ],
        }
    }

    #[test]
    fn both_layouts_draw_every_mark_with_its_colour_and_a_name() {
        let apps = vec![application()];
        for layout in [Layout::Wide, Layout::Narrow] {
            let svg = timeline_svg(&apps, layout, "Timeline", "Two deferrals").expect("drawn");
            assert!(svg.contains(r#"role="img""#), "{svg}");
            assert!(svg.contains(&format!(
                "<title id=\"timeline-{}-title\">Timeline</title>",
                layout.as_str()
            )));
            assert!(svg.contains("Status 1"));
            assert_eq!(
                svg.matches("#E69F00").count() + svg.matches("#e69f00").count(),
                3,
                "two deferrals and the legend: {svg}"
            );
            assert!(svg.contains("2019"));
        }
        assert!(timeline_svg(&[], Layout::Wide, "", "").is_none());
        assert_eq!(
            describe(&apps),
            "Status 1: 2019 regular: deferred; 2019 resumed: deferred; 2019 resumed: rejected."
        );
    }
}
