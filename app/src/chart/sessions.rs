//! The sessions over time: per session, the status applications considered, stacked by
//! decision. Wide: one column per session; narrow (phones): one row per session.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::{accessible_svg, font, group_thousands, ink, Area, DrawResult, Layout};
use crate::{
    i18n::{i18n, year_arg},
    model::{SessionPart, SessionRow},
};

/// The stacked parts, bottom to top, with the message that names each (legend and table
/// header) and its colour.
pub const PARTS: [(&str, &str, RGBColor); 7] = [
    (
        "recommended",
        "sessions-part-recommended",
        RGBColor(0x00, 0x9E, 0x73),
    ),
    (
        "deferred_new",
        "sessions-part-deferred-new",
        RGBColor(0xE6, 0x9F, 0x00),
    ),
    (
        "deferred_previously",
        "sessions-part-deferred-again",
        RGBColor(0x8C, 0x5A, 0x00),
    ),
    (
        "deferred_unmarked",
        "sessions-part-deferred-unmarked",
        RGBColor(0xA0, 0x7D, 0x50),
    ),
    ("closed", "sessions-part-closed", RGBColor(0x99, 0x99, 0x99)),
    (
        "rejected",
        "sessions-part-rejected",
        RGBColor(0xD5, 0x5E, 0x00),
    ),
    (
        "withdrawn",
        "sessions-part-withdrawn",
        RGBColor(0x56, 0xB4, 0xE9),
    ),
];

/// A session's count for one part of [`PARTS`].
pub fn part_count(row: &SessionRow, part: &str) -> i64 {
    match part {
        "recommended" => row.recommended,
        "deferred_new" => row.deferred_new,
        "deferred_previously" => row.deferred_previously,
        // Deferrals the reports mark neither new nor previously deferred.
        "deferred_unmarked" => row.deferred - row.deferred_new - row.deferred_previously,
        "closed" => row.closed,
        "rejected" => row.rejected,
        "withdrawn" => row.withdrawn,
        _ => 0,
    }
}

fn label(text: String, at: (i32, i32), size: i32, h: HPos) -> Text<'static, (i32, i32), String> {
    Text::new(
        text,
        at,
        font(size).color(&ink()).pos(Pos::new(h, VPos::Center)),
    )
}

/// The chart, or `None` without sessions.
pub fn sessions_svg(
    rows: &[SessionRow],
    layout: Layout,
    title: &str,
    description: &str,
) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let max = rows
        .iter()
        .map(|r| PARTS.iter().map(|(p, ..)| part_count(r, p)).sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let size = match layout {
        Layout::Wide => (760, 360),
        Layout::Narrow => (340, 70 + 16 * rows.len() as u32 + 70),
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a string cannot fail; errors would only come from I/O backends.
        let _ = match layout {
            Layout::Wide => draw_wide(&root, rows, max, size),
            Layout::Narrow => draw_narrow(&root, rows, max, size),
        };
        let _ = root.present();
    }
    Some(accessible_svg(
        svg,
        &format!("sessions-{}", layout.as_str()),
        "sessions-chart",
        title,
        description,
    ))
}

/// A round step for an axis up to `max`.
fn tick_step(max: i64) -> i64 {
    [50, 100, 200, 250, 500, 1000]
        .into_iter()
        .find(|s| max / s <= 5)
        .unwrap_or(2000)
}

fn draw_legend(root: &Area<'_>, x0: i32, y0: i32, per_line: usize) -> DrawResult {
    let i18n = i18n();
    for (i, (_, key, colour)) in PARTS.iter().enumerate() {
        let x = x0 + (i % per_line) as i32 * 120;
        let y = y0 + (i / per_line) as i32 * 18;
        root.draw(&Rectangle::new(
            [(x, y - 6), (x + 12, y + 6)],
            colour.filled(),
        ))?;
        root.draw(&label(i18n.t(key), (x + 16, y), 12, HPos::Left))?;
    }
    Ok(())
}

fn draw_wide(root: &Area<'_>, rows: &[SessionRow], max: i64, size: (u32, u32)) -> DrawResult {
    root.fill(&WHITE)?;
    let (left, top, bottom) = (56, 12, size.1 as i32 - 80);
    let width = size.0 as i32 - left - 8;
    let slot = f64::from(width) / rows.len() as f64;
    let y_of = |v: i64| bottom - ((v as f64 / max as f64) * f64::from(bottom - top)).round() as i32;
    let step = tick_step(max);
    for tick in (0..=max).step_by(step as usize) {
        let y = y_of(tick);
        root.draw(&PathElement::new(
            vec![(left, y), (left + width, y)],
            RGBColor(0xd0, 0xd7, 0xde).stroke_width(1),
        ))?;
        root.draw(&label(
            group_thousands(tick),
            (left - 6, y),
            12,
            HPos::Right,
        ))?;
    }
    for (i, row) in rows.iter().enumerate() {
        let x0 = left + (i as f64 * slot).round() as i32 + 1;
        let x1 = left + ((i + 1) as f64 * slot).round() as i32 - 1;
        let mut base = 0;
        for (part, _, colour) in PARTS {
            let n = part_count(row, part);
            if n > 0 {
                root.draw(&Rectangle::new(
                    [(x0, y_of(base + n)), (x1, y_of(base))],
                    colour.filled(),
                ))?;
            }
            base += n;
        }
        if row.part == SessionPart::Regular.as_str() && (row.year % 5 == 0 || i == 0) {
            root.draw(&label(
                i18n().number(row.year),
                (x0, bottom + 14),
                12,
                HPos::Left,
            ))?;
        }
    }
    draw_legend(root, left, bottom + 40, 6)
}

fn draw_narrow(root: &Area<'_>, rows: &[SessionRow], max: i64, size: (u32, u32)) -> DrawResult {
    root.fill(&WHITE)?;
    let (left, top, row_h) = (92, 40, 16);
    let width = size.0 as i32 - left - 12;
    let x_of = |v: i64| left + ((v as f64 / max as f64) * f64::from(width)).round() as i32;
    let bottom = top + row_h * rows.len() as i32;
    let step = tick_step(max) * 2;
    for tick in (0..=max).step_by(step as usize) {
        let x = x_of(tick);
        root.draw(&PathElement::new(
            vec![(x, top - 4), (x, bottom)],
            RGBColor(0xd0, 0xd7, 0xde).stroke_width(1),
        ))?;
        root.draw(&label(
            group_thousands(tick),
            (x, top - 14),
            12,
            HPos::Center,
        ))?;
    }
    for (i, row) in rows.iter().enumerate() {
        let y0 = top + row_h * i as i32 + 1;
        let y1 = y0 + row_h - 2;
        // "2019 reg.", "2019 res.": the year and the part, abbreviated.
        let row_label = i18n().f(
            "sessions-chart-row",
            &[
                ("year", year_arg(row.year)),
                ("part", row.part.as_str().into()),
            ],
        );
        root.draw(&label(
            row_label,
            (left - 6, (y0 + y1) / 2),
            12,
            HPos::Right,
        ))?;
        let mut base = 0;
        for (part, _, colour) in PARTS {
            let n = part_count(row, part);
            if n > 0 {
                root.draw(&Rectangle::new(
                    [(x_of(base), y0), (x_of(base + n), y1)],
                    colour.filled(),
                ))?;
            }
            base += n;
        }
    }
    draw_legend(root, 8, bottom + 18, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        year: i64,
        part: &str,
        recommended: i64,
        deferred: i64,
        deferred_new: i64,
    ) -> SessionRow {
        SessionRow {
            year,
            part: part.into(),
            date: None,
            considered: recommended + deferred,
            recommended,
            deferred,
            deferred_new,
            deferred_previously: deferred - deferred_new,
            closed: 0,
            rejected: 0,
            withdrawn: 0,
            sources: vec![],
            flags: vec![],
        }
    }

    #[test]
    fn both_layouts_stack_every_part_and_label_the_years() {
        let rows = vec![
            row(2010, "regular", 100, 200, 50),
            row(2010, "resumed", 80, 150, 40),
        ];
        for layout in [Layout::Wide, Layout::Narrow] {
            let svg =
                sessions_svg(&rows, layout, "Sessions", "Decisions per session").expect("drawn");
            assert!(svg.contains("role=\"img\""));
            assert!(svg.contains("2010"));
            assert!(svg.contains("Deferred again"));
            // Two sessions × three non-empty parts + the legend's seven swatches.
            assert_eq!(svg.matches("<rect").count(), 1 + 6 + 7, "{layout:?}: {svg}");
        }
        assert!(sessions_svg(&[], Layout::Wide, "", "").is_none());
        assert_eq!(part_count(&rows[0], "deferred_previously"), 150);
        let mut unmarked = rows[0].clone();
        unmarked.deferred_previously -= 10;
        assert_eq!(part_count(&unmarked, "deferred_unmarked"), 10);
    }
}
