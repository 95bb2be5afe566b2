//! The headline chart and its words, drawn by the same code on the server (first paint,
//! no-JS, downloads) and in the WASM front end (re-drawn when a filter changes): plotters'
//! SVG backend, rendered to a string. Charts never run SQL: they draw the rows they are given.

use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use crate::{
    i18n::{i18n, year_arg, Arg},
    model::{Measure, RateRow, Rates, SMALL_N},
};

pub mod outcomes;
#[cfg(test)]
mod properties;
pub mod sessions;
pub mod timeline;
pub mod waiting;
pub mod who_asks;

/// The drawing area every chart draws on, and what drawing returns.
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
pub(crate) type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// The text colour of every chart.
pub(crate) fn ink() -> RGBColor {
    RGBColor(0x1b, 0x1f, 0x24)
}

/// The charts' fonts, a stack that covers Latin, Cyrillic, Arabic and Chinese: Noto (the
/// fonts the setup script installs for the PNG rasteriser), then the generic family a browser
/// fills from its own.
pub const FONT_STACK: &str =
    "Noto Sans, Noto Sans Arabic, Noto Sans CJK SC, WenQuanYi Micro Hei, DejaVu Sans, sans-serif";

/// The charts' font at `size` px.
pub(crate) fn font(size: i32) -> FontDesc<'static> {
    (FONT_STACK, size).into_font()
}

/// Which drawing of a chart: the desktop one, or one laid out anew for a phone's width (not
/// the wide one scaled down: its labels would be a few pixels high). Pages send both and the
/// stylesheet shows one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Wide,
    Narrow,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Wide => "wide",
            Layout::Narrow => "narrow",
        }
    }
}

/// Give a plotters SVG its accessible name and description (`{id}-title`, `{id}-desc`) and
/// a class.
pub fn accessible_svg(
    mut svg: String,
    id: &str,
    class: &str,
    title: &str,
    description: &str,
) -> String {
    // Control characters are not allowed in XML 1.0, wherever a label brought them in.
    svg.retain(|c| !is_xml_control(c));
    let mut svg = isolate_right_to_left(svg);
    let id = escape_xml(id);
    let class = escape_xml(class);
    let accessible = format!(
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape_xml(title),
        escape_xml(description)
    );
    match svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|end| start + end))
    {
        Some(end) => {
            svg.insert_str(end + 1, &accessible);
            svg.insert_str(
                end,
                &format!(r#" role="img" aria-labelledby="{id}-title {id}-desc" class="{class}""#),
            );
            svg
        }
        None => svg,
    }
}

/// Charts run left to right in every language, so that axes and numbers read the same; a
/// label with right-to-left words in it ("حقوق مجتمع LGBTI") is isolated (FSI … PDI), so that
/// its words keep their order inside it wherever it is placed: right to left when its first
/// letter is (an Arabic label), left to right when it is Latin (a Latin name with an Arabic
/// word in it).
fn isolate_right_to_left(svg: String) -> String {
    // Hebrew, Arabic, Syriac, Thaana, N'Ko… and the Hebrew and Arabic presentation forms
    // (not the variation selectors and CJK forms between them).
    let right_to_left =
        |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFC);
    if !svg.chars().any(right_to_left) {
        return svg;
    }
    let mut out = String::with_capacity(svg.len() + 64);
    let mut rest = svg.as_str();
    while let Some(open) = rest.find("<text") {
        // The end of the start tag: the first '>' outside its quoted attribute values.
        let mut quote = None;
        let Some(start) = rest[open..]
            .char_indices()
            .find(|&(_, c)| match (quote, c) {
                (None, '"' | '\'') => {
                    quote = Some(c);
                    false
                }
                (Some(q), c) if c == q => {
                    quote = None;
                    false
                }
                (None, '>') => true,
                _ => false,
            })
            .map(|(i, _)| open + i + 1)
        else {
            break;
        };
        if rest[..start].ends_with("/>") {
            out.push_str(&rest[..start]);
            rest = &rest[start..];
            continue;
        }
        let Some(end) = rest[start..].find("</text>").map(|i| start + i) else {
            break;
        };
        out.push_str(&rest[..start]);
        let content = &rest[start..end];
        if content.chars().any(right_to_left) && !content.contains('<') {
            out.push('\u{2068}');
            out.push_str(content);
            out.push('\u{2069}');
        } else {
            out.push_str(content);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// An area's colour by machine name ([`FocusArea::colour`](crate::model::FocusArea::colour));
/// dark grey for "all".
pub fn area_colour(area: &str) -> RGBColor {
    crate::model::FocusArea::parse(area).map_or(RGBColor(0x44, 0x44, 0x44), |known| {
        let (r, g, b) = known.colour();
        RGBColor(r, g, b)
    })
}

/// "62%", "62 %": a share in whole percent, as the page's language writes it (English
/// outside a page).
pub fn percent(x: f64) -> String {
    i18n().percent(x)
}

/// "62% (95% CI 41–79%, n = 21)": a rate always with its interval and its n.
pub fn format_rate(row: &RateRow) -> String {
    match (row.rate, row.ci_low, row.ci_high) {
        (Some(rate), Some(low), Some(high)) => {
            share_with_interval(rate, low, high, Some(row.denominator))
        }
        _ => i18n().f("rate-no-data", &[("n", row.denominator.into())]),
    }
}

/// "62% (95% CI 41–79%)", or with its n: "62% (95% CI 41–79%, n = 21)".
pub fn share_with_interval(share: f64, low: f64, high: f64, n: Option<i64>) -> String {
    let i18n = i18n();
    let mut args = vec![
        ("rate", Arg::Text(percent(share))),
        ("low", Arg::Text(i18n.decimal(low * 100.0, 0))),
        ("high", Arg::Text(percent(high))),
    ];
    match n {
        Some(n) => {
            args.push(("n", n.into()));
            i18n.f("rate-with-interval", &args)
        }
        None => i18n.f("share-with-interval", &args),
    }
}

/// 12345 → "12,345" (in English; "12 345" in French): grouped as the page's language does.
pub fn group_thousands(n: i64) -> String {
    i18n().int(n)
}

/// "1 session", "1,204 sessions": a count with its noun in the right number.
pub fn count_of(n: i64, one: &str, many: &str) -> String {
    format!("{} {}", group_thousands(n), if n == 1 { one } else { many })
}

/// "2010–2024", "2019", or "—" when unknown.
pub fn year_span(first: Option<i64>, last: Option<i64>) -> String {
    let year = |y: i64| i18n().number(y);
    match (first, last) {
        (Some(a), Some(b)) if a == b => year(a),
        (Some(a), Some(b)) => format!("{}–{}", year(a), year(b)),
        _ => "—".to_string(),
    }
}

/// What the rates count, in words.
pub fn definition(rates: &Rates) -> String {
    let i18n = i18n();
    let q = &rates.query;
    let filter = i18n.t(&format!("consideration-{}", q.consideration.as_str()));
    let mut text = i18n.f(
        &format!("definition-{}", q.measure.as_str()),
        &[
            ("filter", filter.into()),
            ("from", year_arg(q.from)),
            ("to", year_arg(q.to)),
            ("n", q.n.into()),
        ],
    );
    if let Some(place) = &rates.countries.restricted_to {
        text.push(' ');
        text.push_str(&i18n.f("definition-restricted", &[("place", place.into())]));
    }
    text
}

/// One sentence from the numbers: the focus area with the highest stable rate against
/// applications in none of the areas, with intervals, n and the rate ratio.
pub fn summary(rates: &Rates) -> String {
    let i18n = i18n();
    let q = &rates.query;
    let what = i18n.f(
        &format!("summary-what-{}", q.measure.as_str()),
        &[("n", q.n.into())],
    );
    let mut period_args = vec![("from", year_arg(q.from)), ("to", year_arg(q.to))];
    let in_place = match &rates.countries.restricted_to {
        Some(place) => {
            period_args.push(("place", place.into()));
            "-in"
        }
        None => "",
    };
    let period = match q.measure {
        Measure::SessionDeferral => {
            i18n.f(&format!("summary-period-sessions{in_place}"), &period_args)
        }
        _ => i18n.f(&format!("summary-period-first{in_place}"), &period_args),
    };
    let other = rates.rows.iter().find(|r| r.area == "other");
    let top = rates
        .rows
        .iter()
        .filter(|r| !matches!(r.area.as_str(), "other" | "all") && !r.small_n && r.rate.is_some())
        .max_by(|a, b| {
            a.rate
                .partial_cmp(&b.rate)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    match (top, other) {
        (Some(top), Some(other)) if other.rate.is_some() => {
            let ratio = match (top.rate_ratio, top.rate_ratio_low, top.rate_ratio_high) {
                (Some(rr), Some(low), Some(high)) => i18n.f(
                    "summary-ratio",
                    &[
                        ("ratio", i18n.decimal(rr, 2).into()),
                        ("low", i18n.decimal(low, 2).into()),
                        ("high", i18n.decimal(high, 2).into()),
                    ],
                ),
                _ => String::new(),
            };
            i18n.f(
                "summary-compare",
                &[
                    ("period", period.into()),
                    ("top", format_rate(top).into()),
                    ("what", what.into()),
                    ("area", i18n.area_phrase(&top.area).into()),
                    ("other", format_rate(other).into()),
                    ("ratio", ratio.into()),
                ],
            )
        }
        _ => match rates.rows.iter().find(|r| r.area == "all") {
            Some(all) if all.rate.is_some() => i18n.f(
                "summary-all-only",
                &[
                    ("period", period.into()),
                    ("all", format_rate(all).into()),
                    ("what", what.into()),
                ],
            ),
            _ => i18n.f("summary-none", &[("period", period.into())]),
        },
    }
}

/// Where the countries come from and how many units have one, in a sentence.
pub fn country_note(rates: &Rates) -> String {
    let i18n = i18n();
    let c = &rates.countries;
    let unit = match rates.query.measure {
        Measure::SessionDeferral => i18n.t("unit-considerations"),
        _ => i18n.t("unit-applications"),
    };
    let share = if c.units > 0 {
        percent(c.with_country as f64 / c.units as f64)
    } else {
        "—".to_string()
    };
    i18n.f(
        "country-note",
        &[
            ("known", c.with_country.into()),
            ("units", c.units.into()),
            ("unit", unit.into()),
            ("share", share.into()),
            ("unsettled", c.unsettled.into()),
        ],
    )
}

/// Characters XML 1.0 does not allow, even escaped: the C0 controls but tab, newline and
/// carriage return.
fn is_xml_control(c: char) -> bool {
    (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')
}

/// Text for an XML text node or attribute value: markup escaped, forbidden controls dropped.
pub fn escape_xml(text: &str) -> String {
    let text: String = text.chars().filter(|c| !is_xml_control(*c)).collect();
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Where the rates chart puts things, per [`Layout`].
struct Geometry {
    width: u32,
    /// Height of one row (its label included when the label sits above the bar).
    row: i32,
    top: i32,
    /// Left of the bars; the labels end 10 px before it (wide) or sit above the bar (narrow).
    x0: i32,
    /// Room right of the bars for "62% · n = 21".
    right: i32,
    label_above: bool,
    /// Lines of the footnote.
    footnote: Vec<String>,
}

impl Geometry {
    fn of(layout: Layout) -> Self {
        match layout {
            Layout::Wide => Geometry {
                width: 760,
                row: 46,
                top: 16,
                x0: 190,
                right: 170,
                label_above: false,
                footnote: vec![i18n().f("chart-footnote", &[("n", SMALL_N.into())])],
            },
            Layout::Narrow => Geometry {
                width: 340,
                row: 62,
                top: 16,
                x0: 8,
                right: 16,
                label_above: true,
                footnote: vec![
                    i18n().t("chart-footnote-whiskers"),
                    i18n().f("chart-footnote-hatched", &[("n", SMALL_N.into())]),
                ],
            },
        }
    }
}

/// The chart: one horizontal bar per row with its 95% interval as a whisker, the rate and n
/// printed beside it, and bars under [`SMALL_N`] events hatched and labelled "unstable".
/// `title` and `description` become the SVG's accessible name and description.
pub fn rates_svg(rows: &[RateRow], title: &str, description: &str) -> String {
    rates_svg_for(rows, title, description, Layout::Wide)
}

/// [`rates_svg`] for a layout; the narrow one puts each label above its bar.
pub fn rates_svg_for(rows: &[RateRow], title: &str, description: &str, layout: Layout) -> String {
    let g = Geometry::of(layout);
    let footnote_h = 18 * g.footnote.len() as i32;
    let height = (g.top + g.row * rows.len() as i32 + 26 + footnote_h).max(120) as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (g.width, height)).into_drawing_area();
        // Drawing into a string cannot fail; errors would only come from I/O backends.
        let _ = draw(&root, rows, height as i32, &g);
        let _ = root.present();
    }
    let id = match layout {
        Layout::Wide => "chart".to_string(),
        Layout::Narrow => "chart-narrow".to_string(),
    };
    accessible_svg(svg, &id, "rates-chart", title, description)
}

fn draw(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    rows: &[RateRow],
    height: i32,
    g: &Geometry,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    let x0 = g.x0;
    let x1 = g.width as i32 - g.right;
    let scale = f64::from(x1 - x0);
    let x_of = |v: f64| x0 + (v.clamp(0.0, 1.0) * scale).round() as i32;
    let ink = RGBColor(0x1b, 0x1f, 0x24);
    let grid = RGBColor(0xd0, 0xd7, 0xde);
    let bottom = g.top + g.row * rows.len() as i32;

    // Grid and axis: 0–100% every 25 points.
    for step in 0..=4 {
        let v = f64::from(step) * 0.25;
        let x = x_of(v);
        root.draw(&PathElement::new(
            vec![(x, g.top - 4), (x, bottom)],
            grid.stroke_width(1),
        ))?;
        root.draw(&Text::new(
            percent(v),
            (x, bottom + 16),
            font(12)
                .color(&ink)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    for (i, line) in g.footnote.iter().rev().enumerate() {
        root.draw(&Text::new(
            line.clone(),
            (x0, height - 8 - 18 * i as i32),
            font(11).color(&ink).pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
    }

    for (i, row) in rows.iter().enumerate() {
        let y = g.top + g.row * i as i32;
        let colour = area_colour(&row.area);
        if g.label_above {
            root.draw(&Text::new(
                i18n().area(&row.area),
                (x0, y + 10),
                font(14).color(&ink).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        } else {
            root.draw(&Text::new(
                i18n().area(&row.area),
                (x0 - 10, y + g.row / 2),
                font(14)
                    .color(&ink)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        // The bar's band: below the label when it sits above.
        let y = if g.label_above { y + 18 } else { y };
        let band = if g.label_above { g.row - 18 } else { g.row };
        let mid = y + band / 2;
        let Some(rate) = row.rate else {
            root.draw(&Text::new(
                i18n().t("chart-no-data"),
                (x0 + 6, mid),
                font(13).color(&ink).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            continue;
        };
        let (top, bot) = (y + 9.min(band / 5), y + band - 9.min(band / 5));
        let bar_end = x_of(rate).max(x0 + 1);
        if row.small_n {
            // Hatched and pale: visibly less certain than a solid bar.
            root.draw(&Rectangle::new(
                [(x0, top), (bar_end, bot)],
                colour.mix(0.2).filled(),
            ))?;
            for x in (x0..bar_end).step_by(6) {
                let to = ((x + 6).min(bar_end), top);
                root.draw(&PathElement::new(
                    vec![(x, bot), to],
                    colour.stroke_width(1),
                ))?;
            }
            root.draw(&Rectangle::new(
                [(x0, top), (bar_end, bot)],
                colour.stroke_width(1),
            ))?;
        } else {
            root.draw(&Rectangle::new(
                [(x0, top), (bar_end, bot)],
                colour.filled(),
            ))?;
        }
        if let (Some(low), Some(high)) = (row.ci_low, row.ci_high) {
            let (xl, xh) = (x_of(low), x_of(high));
            let whisker = ink.stroke_width(2);
            root.draw(&PathElement::new(vec![(xl, mid), (xh, mid)], whisker))?;
            root.draw(&PathElement::new(
                vec![(xl, mid - 7), (xl, mid + 7)],
                whisker,
            ))?;
            root.draw(&PathElement::new(
                vec![(xh, mid - 7), (xh, mid + 7)],
                whisker,
            ))?;
        }
        let note = i18n().f(
            if row.small_n {
                "chart-bar-note-unstable"
            } else {
                "chart-bar-note"
            },
            &[
                ("rate", percent(rate).into()),
                ("n", row.denominator.into()),
            ],
        );
        if g.label_above {
            // On the label's line, right-aligned: the bars keep the whole width.
            root.draw(&Text::new(
                note,
                (x1, y - 8),
                font(13)
                    .color(&ink)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        } else {
            let label_x = x_of(row.ci_high.unwrap_or(rate)).max(bar_end) + 8;
            root.draw(&Text::new(
                note,
                (label_x, mid),
                font(13).color(&ink).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn right_to_left_labels_are_isolated_and_others_left_alone() {
        let svg = r#"<svg><text x="1">حقوق مجتمع LGBTI</text><text x="2">62%</text><text x="3"><tspan>مزيج</tspan></text></svg>"#;
        let out = super::accessible_svg(svg.to_string(), "c", "chart", "t", "d");
        assert!(
            out.contains("<text x=\"1\">\u{2068}حقوق مجتمع LGBTI\u{2069}</text>"),
            "{out}"
        );
        assert!(out.contains("<text x=\"2\">62%</text>"), "{out}");
        // Markup inside a text element is left as it is.
        assert!(out.contains("<tspan>مزيج</tspan>"), "{out}");
        // A '>' inside an attribute value, and an empty text element, are read as such.
        let odd = r#"<svg><text data-x="a>b"/><text font-family="x>y">حق</text></svg>"#;
        let out = super::accessible_svg(odd.to_string(), "c", "chart", "t", "d");
        assert!(
            out.contains(r#"<text data-x="a>b"/><text font-family="x>y">"#),
            "{out}"
        );
        assert!(out.contains("\u{2068}حق\u{2069}</text>"), "{out}");
        let latin = r#"<svg><text x="1">Women's rights</text></svg>"#;
        let out = super::accessible_svg(latin.to_string(), "c", "chart", "t", "d");
        assert!(out.contains("<text x=\"1\">Women's rights</text>"), "{out}");
    }

    use super::*;
    use crate::model::{area_label, RatesQuery};

    fn row(area: &str, k: i64, n: i64, rate: f64, low: f64, high: f64) -> RateRow {
        RateRow {
            area: area.into(),
            label: area_label(area).into(),
            numerator: k,
            denominator: n,
            rate: Some(rate),
            ci_low: Some(low),
            ci_high: Some(high),
            small_n: k < SMALL_N,
            rate_ratio: Some(1.5),
            rate_ratio_low: Some(0.92),
            rate_ratio_high: Some(2.46),
            #[cfg(feature = "ssr")]
            labels: Default::default(),
        }
    }

    #[test]
    fn rates_are_worded_with_interval_and_n() {
        // measures.md's own example.
        let r = row("women", 13, 21, 13.0 / 21.0, 0.4088, 0.7925);
        assert_eq!(format_rate(&r), "62% (95% CI 41–79%, n = 21)");
        assert_eq!(group_thousands(1234567), "1,234,567");
    }

    #[test]
    fn the_svg_has_bars_whiskers_labels_and_an_accessible_name() {
        let rows = vec![
            row("women", 40, 100, 0.4, 0.31, 0.5),
            row("lgbti", 5, 12, 5.0 / 12.0, 0.19, 0.68),
            row("other", 300, 1000, 0.3, 0.27, 0.33),
        ];
        let svg = rates_svg(&rows, "Deferral <rates>", "Women's rights 40%");
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title id=\"chart-title\">Deferral &lt;rates&gt;</title>"));
        assert!(svg.contains("Women's rights"));
        assert!(svg.contains("40% · n = 100"));
        assert!(svg.contains("42% · n = 12 · unstable"), "small n marked");
        assert!(
            svg.contains("#CC79A7") || svg.contains("#cc79a7"),
            "the women colour"
        );
        // Laid out anew for a phone: labels above the bars, the same numbers, its own ids.
        let narrow = rates_svg_for(&rows, "Deferral", "x", Layout::Narrow);
        assert!(narrow.contains(r#"width="340""#), "{narrow}");
        assert!(narrow.contains("chart-narrow-title"));
        assert!(narrow.contains("42% · n = 12 · unstable"));
        assert!(narrow.contains("Hatched: fewer than 20 events (unstable)."));
        // Deterministic: the server's first paint equals what the front end draws.
        assert_eq!(
            svg,
            rates_svg(&rows, "Deferral <rates>", "Women's rights 40%")
        );
    }

    #[test]
    fn summary_compares_the_highest_stable_area_with_other() {
        let rates = Rates {
            countries: Default::default(),
            query: RatesQuery::default(),
            rows: vec![
                row("women", 40, 100, 0.4, 0.31, 0.5),
                row("lgbti", 5, 10, 0.5, 0.24, 0.76),
                row("other", 300, 1000, 0.3, 0.27, 0.33),
            ],
            definition: String::new(),
            summary: String::new(),
            data_version: None,
            citation: String::new(),
            rule_set_version: None,
            cite: Default::default(),
        };
        let text = summary(&rates);
        assert!(text.starts_with("In the sessions of 2010–2024, 40% (95% CI 31–50%, n = 100) of considerations ended in deferral for NGOs working on women's rights"), "{text}");
        assert!(
            text.contains("against 30% (95% CI 27–33%, n = 1,000)"),
            "{text}"
        );
        assert!(
            text.contains("rate ratio against all other applications 1.50 (95% CI 0.92–2.46)"),
            "{text}"
        );
        assert!(
            !text.contains("lgbti"),
            "an unstable rate is not the headline"
        );
    }
}
