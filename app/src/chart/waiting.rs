//! Time to decision: per focus area, the Kaplan–Meier share of applications still waiting for
//! a decision against the sessions since their first consideration, with the 95% pointwise
//! interval as a band, and its words. Drawn wide (labels at the curves' right ends) and narrow
//! (phones: the labels listed under the plot), the narrow one laid out anew, not shrunk.

use plotters::{
    element::DashedPathElement,
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::{
    accessible_svg, area_colour, font, ink, percent, share_with_interval, year_span, Area,
    DrawResult, Layout,
};
use crate::{
    i18n::i18n,
    model::{Estimate, Median, TimeToDecision, WaitGroup, WaitStep, SMALL_N, WAITING_AFTER},
};

const GRID: RGBColor = RGBColor(0xd0, 0xd7, 0xde);
const MUTED: RGBColor = RGBColor(0x57, 0x60, 0x6a);
/// The least vertical distance between two labels at the curves' ends.
const LABEL_GAP: i32 = 15;
/// The sessions after which the summary compares the areas.
const AFTER: u32 = WAITING_AFTER[0];

/// Where the chart puts things, per [`Layout`], and the scales of the plot area.
struct Geometry {
    width: u32,
    height: u32,
    /// The plot area: x from `left` to `right`, y from `top` (100%) to `bottom` (0%).
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    /// The x axis runs from 0 to `max_k` sessions.
    max_k: u32,
    /// At most this many intervals between x ticks.
    max_ticks: u32,
    /// Labels at the curves' right ends (wide) or listed under the plot (narrow).
    labels_beside: bool,
    footnote: Vec<String>,
}

impl Geometry {
    fn of(layout: Layout, curves: &[Curve<'_>]) -> Self {
        let max_k = curves.iter().map(|c| c.end).max().unwrap_or(8).max(1);
        let footnote = footnote(layout, curves);
        match layout {
            Layout::Wide => Geometry {
                width: 760,
                height: 420,
                left: 52,
                right: 760 - 176,
                top: 36,
                bottom: 420 - 92,
                max_k,
                max_ticks: 8,
                labels_beside: true,
                footnote,
            },
            Layout::Narrow => {
                // The plot, its axis, the label list (one line per curve), the footnote.
                let list = 18 * curves.len() as u32;
                let notes = 18 * footnote.len() as u32;
                Geometry {
                    width: 340,
                    height: 298 + list + 10 + notes,
                    left: 44,
                    right: 340 - 12,
                    top: 36,
                    bottom: 236,
                    max_k,
                    max_ticks: 4,
                    labels_beside: false,
                    footnote,
                }
            }
        }
    }

    /// The pixel column of `k` sessions.
    fn x(&self, k: f64) -> i32 {
        let share = (k / f64::from(self.max_k)).clamp(0.0, 1.0);
        self.left + (share * f64::from(self.right - self.left)).round() as i32
    }

    /// The pixel row of a share.
    fn y(&self, v: f64) -> i32 {
        self.bottom - (v.clamp(0.0, 1.0) * f64::from(self.bottom - self.top)).round() as i32
    }

    fn pixels(&self, path: &[(f64, f64)]) -> Vec<(i32, i32)> {
        let mut points: Vec<(i32, i32)> = Vec::with_capacity(path.len());
        for &(k, v) in path {
            let point = (self.x(k), self.y(v));
            if points.last() != Some(&point) {
                points.push(point);
            }
        }
        points
    }
}

/// The lines under the chart: what the bands are and, when a curve is dashed, why.
fn footnote(layout: Layout, curves: &[Curve<'_>]) -> Vec<String> {
    if curves.is_empty() {
        return vec![];
    }
    let i18n = i18n();
    let bands = i18n.t("wait-footnote-bands");
    let censored = i18n.t("wait-footnote-censored");
    let mut lines = match layout {
        Layout::Wide => vec![format!("{bands}{}{censored}", i18n.t("word-space"))],
        Layout::Narrow => vec![bands, censored],
    };
    if curves.iter().any(|c| c.group.small_n) {
        lines.push(i18n.f("wait-footnote-dashed", &[("n", SMALL_N.into())]));
    }
    lines
}

/// One drawn group.
struct Curve<'a> {
    group: &'a WaitGroup,
    colour: RGBColor,
    /// Its steps in order of sessions.
    steps: Vec<&'a WaitStep>,
    /// The last session it was followed to, and the share still waiting after it.
    end: u32,
    last: f64,
}

impl<'a> Curve<'a> {
    fn of(group: &'a WaitGroup) -> Option<Self> {
        let mut steps: Vec<&WaitStep> = group.steps.iter().collect();
        steps.sort_by_key(|s| s.sessions);
        let last_step = steps.last()?;
        let end = last_step.sessions;
        let last = step_path(&steps, |e| e.estimate)
            .last()
            .map_or(1.0, |p| p.1);
        Some(Curve {
            group,
            colour: area_colour(&group.area),
            steps,
            end,
            last,
        })
    }

    fn label(&self) -> String {
        i18n().f(
            "wait-curve-label",
            &[
                ("area", self.group.label.as_str().into()),
                ("share", percent(self.last).into()),
            ],
        )
    }
}

/// The groups the chart draws: every group with steps except "all", or "all" when it is the
/// only one with steps.
fn curves(answer: &TimeToDecision) -> Vec<Curve<'_>> {
    let areas: Vec<Curve<'_>> = answer
        .groups
        .iter()
        .filter(|g| g.area != "all")
        .filter_map(Curve::of)
        .collect();
    if !areas.is_empty() {
        return areas;
    }
    answer
        .groups
        .iter()
        .filter(|g| g.area == "all")
        .filter_map(Curve::of)
        .take(1)
        .collect()
}

/// A share in 0–1, or `fallback` when it is not a number.
fn unit(v: f64, fallback: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        fallback
    }
}

/// The step function of one of the steps' estimates, in (sessions, share): 1 at 0 sessions,
/// horizontal from k−1 to k at S(k−1), then down (or up, for an interval bound) to S(k) at k.
fn step_path(steps: &[&WaitStep], value: impl Fn(&Estimate) -> f64) -> Vec<(f64, f64)> {
    let mut path = vec![(0.0, 1.0)];
    let mut previous = 1.0;
    for step in steps {
        let k = f64::from(step.sessions);
        let v = unit(value(&step.waiting), previous);
        path.push((k, previous));
        if v != previous {
            path.push((k, v));
        }
        previous = v;
    }
    path
}

/// The chart of [`TimeToDecision`]: one step curve per focus area with its 95% band, labelled
/// directly (no legend), small groups dashed.
pub fn waiting_svg(answer: &TimeToDecision, layout: Layout) -> String {
    let curves = curves(answer);
    let g = Geometry::of(layout, &curves);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (g.width, g.height)).into_drawing_area();
        // Drawing into a string cannot fail; errors would only come from I/O backends.
        let _ = draw(&root, &g, &curves);
        let _ = root.present();
    }
    let id = match layout {
        Layout::Wide => "waiting-chart",
        Layout::Narrow => "waiting-chart-narrow",
    };
    let q = &answer.query;
    let period = year_span(Some(i64::from(q.from)), Some(i64::from(q.to)));
    let title = i18n().f("wait-chart-title", &[("period", period.into())]);
    accessible_svg(svg, id, "waiting-chart", &title, &answer.summary)
}

/// About how wide a label is at 11–13 px: 7 px a character, 12 for a CJK one (legends are
/// laid out by it; a browser's fonts differ a little).
pub(super) fn label_width(label: &str) -> i32 {
    label
        .chars()
        .map(|c| if c >= '\u{2e80}' { 12 } else { 7 })
        .sum()
}

pub(super) fn text(
    content: impl Into<String>,
    at: (i32, i32),
    size: i32,
    colour: RGBColor,
    h: HPos,
) -> Text<'static, (i32, i32), String> {
    Text::new(
        content.into(),
        at,
        font(size).color(&colour).pos(Pos::new(h, VPos::Center)),
    )
}

fn draw(root: &Area<'_>, g: &Geometry, curves: &[Curve<'_>]) -> DrawResult {
    root.fill(&WHITE)?;
    draw_axes(root, g)?;
    draw_footnote(root, g)?;
    if curves.is_empty() {
        // Between two grid lines, where no line runs through the words.
        let centre = ((g.left + g.right) / 2, g.top + (g.bottom - g.top) * 3 / 8);
        return root.draw(&text(
            i18n().t("wait-chart-empty"),
            centre,
            14,
            ink(),
            HPos::Center,
        ));
    }
    for curve in curves {
        draw_band(root, g, curve)?;
    }
    draw_half_line(root, g)?;
    for curve in curves {
        let path = step_path(&curve.steps, |e| e.estimate);
        draw_line(root, g.pixels(&path), curve.colour, curve.group.small_n)?;
    }
    if g.labels_beside {
        draw_labels_beside(root, g, curves)
    } else {
        draw_label_list(root, g, curves)
    }
}

/// The x ticks' interval: 1, 2, 4, 8… sessions, at most `max_ticks` intervals up to `max_k`.
pub(super) fn tick_step(max_k: u32, max_ticks: u32) -> u32 {
    let mut step = 1;
    while max_k.div_ceil(step) > max_ticks.max(1) {
        step *= 2;
    }
    step
}

fn draw_axes(root: &Area<'_>, g: &Geometry) -> DrawResult {
    let i18n = i18n();
    root.draw(&text(
        i18n.t("wait-axis-waiting"),
        (8, 14),
        13,
        ink(),
        HPos::Left,
    ))?;
    for quarter in 0..=4 {
        let v = f64::from(quarter) * 0.25;
        let y = g.y(v);
        let style = if quarter == 0 { MUTED } else { GRID };
        root.draw(&PathElement::new(
            vec![(g.left, y), (g.right, y)],
            style.stroke_width(1),
        ))?;
        root.draw(&text(percent(v), (g.left - 6, y), 12, ink(), HPos::Right))?;
    }
    let step = tick_step(g.max_k, g.max_ticks);
    for k in (0..=g.max_k).step_by(step as usize) {
        let x = g.x(f64::from(k));
        root.draw(&PathElement::new(
            vec![(x, g.bottom), (x, g.bottom + 4)],
            MUTED.stroke_width(1),
        ))?;
        root.draw(&text(
            i18n.int(k.into()),
            (x, g.bottom + 16),
            12,
            ink(),
            HPos::Center,
        ))?;
    }
    root.draw(&text(
        i18n.t("wait-axis-sessions"),
        ((g.left + g.right) / 2, g.bottom + 36),
        12,
        ink(),
        HPos::Center,
    ))
}

fn draw_footnote(root: &Area<'_>, g: &Geometry) -> DrawResult {
    for (i, line) in g.footnote.iter().rev().enumerate() {
        root.draw(&text(
            line.clone(),
            (8, g.height as i32 - 14 - 18 * i as i32),
            11,
            ink(),
            HPos::Left,
        ))?;
    }
    Ok(())
}

/// The 95% interval as a translucent band of the curve's step shape.
fn draw_band(root: &Area<'_>, g: &Geometry, curve: &Curve<'_>) -> DrawResult {
    let mut outline = step_path(&curve.steps, |e| e.high);
    let lower = step_path(&curve.steps, |e| e.low);
    outline.extend(lower.into_iter().rev());
    root.draw(&Polygon::new(g.pixels(&outline), curve.colour.mix(0.15)))
}

/// A curve or a label's line sample: solid, or dashed for a small group.
fn draw_line(
    root: &Area<'_>,
    points: Vec<(i32, i32)>,
    colour: RGBColor,
    dashed: bool,
) -> DrawResult {
    let style = colour.stroke_width(2);
    if dashed {
        root.draw(&DashedPathElement::new(points, 6, 4, style))
    } else {
        root.draw(&PathElement::new(points, style))
    }
}

/// A dotted line at one half: where a curve crosses it is the median.
fn draw_half_line(root: &Area<'_>, g: &Geometry) -> DrawResult {
    let y = g.y(0.5);
    root.draw(&DashedPathElement::new(
        vec![(g.left, y), (g.right, y)],
        2,
        3,
        MUTED.stroke_width(1),
    ))?;
    root.draw(&text(
        i18n().t("wait-half-decided"),
        (g.right - 4, y - 8),
        11,
        MUTED,
        HPos::Right,
    ))
}

/// Push sorted label rows apart to at least `gap`, within `lo..=hi` where there is room.
fn spread(ys: &mut [i32], gap: i32, lo: i32, hi: i32) {
    for i in 0..ys.len() {
        let least = if i == 0 { lo } else { ys[i - 1] + gap };
        ys[i] = ys[i].max(least);
    }
    for i in (0..ys.len()).rev() {
        let most = if i + 1 == ys.len() {
            hi
        } else {
            ys[i + 1] - gap
        };
        ys[i] = ys[i].min(most);
    }
}

/// Wide: each label in the right margin at its curve's last value, joined by a dotted line
/// to the curve's end when the curve ends early or the label had to move.
fn draw_labels_beside(root: &Area<'_>, g: &Geometry, curves: &[Curve<'_>]) -> DrawResult {
    let mut order: Vec<&Curve<'_>> = curves.iter().collect();
    order.sort_by_key(|c| g.y(c.last));
    let mut ys: Vec<i32> = order.iter().map(|c| g.y(c.last)).collect();
    spread(&mut ys, LABEL_GAP, g.top - 6, g.bottom + 6);
    for (curve, y) in order.into_iter().zip(ys) {
        let end = (g.x(f64::from(curve.end)), g.y(curve.last));
        if end.0 < g.right - 2 || (end.1 - y).abs() > 2 {
            // Dotted and thin: a pointer, not the curve going on.
            root.draw(&DashedPathElement::new(
                vec![(end.0 + 3, end.1), (g.right + 4, y)],
                1,
                3,
                curve.colour.stroke_width(1),
            ))?;
        }
        root.draw(&text(
            curve.label(),
            (g.right + 8, y),
            13,
            ink(),
            HPos::Left,
        ))?;
    }
    Ok(())
}

/// Narrow: the labels listed under the plot, highest last value first, each after a sample of
/// its line.
fn draw_label_list(root: &Area<'_>, g: &Geometry, curves: &[Curve<'_>]) -> DrawResult {
    let mut order: Vec<&Curve<'_>> = curves.iter().collect();
    order.sort_by_key(|c| g.y(c.last));
    for (i, curve) in order.into_iter().enumerate() {
        let y = g.bottom + 62 + 18 * i as i32;
        draw_line(
            root,
            vec![(8, y), (30, y)],
            curve.colour,
            curve.group.small_n,
        )?;
        root.draw(&text(curve.label(), (36, y), 12, ink(), HPos::Left))?;
    }
    Ok(())
}

/// "27% (95% CI 25–29%)"
pub fn format_estimate(e: &Estimate) -> String {
    share_with_interval(e.estimate, e.low, e.high, None)
}

/// "41% (95% CI 35–47%, n = 312)"
fn estimate_with_n(e: &Estimate, n: i64) -> String {
    share_with_interval(e.estimate, e.low, e.high, Some(n))
}

/// "3 sessions (95% CI 3–4)", "not reached", "3 sessions (95% CI 2 – not reached)", in the
/// page's language.
pub fn format_median(m: &Median) -> String {
    let i18n = i18n();
    let Some(estimate) = m.estimate else {
        return i18n.t("wait-not-reached");
    };
    let interval = match (m.low, m.high) {
        (Some(low), Some(high)) => {
            format!("{}–{}", i18n.int(low.into()), i18n.int(high.into()))
        }
        (Some(low), None) => i18n.f("wait-interval-no-high", &[("low", low.into())]),
        (None, Some(high)) => i18n.f("wait-interval-no-low", &[("high", high.into())]),
        (None, None) => i18n.t("wait-not-reached"),
    };
    i18n.f(
        "wait-median",
        &[("sessions", estimate.into()), ("interval", interval.into())],
    )
}

/// "p < 0.001", otherwise two significant digits: "p = 0.031", "p = 0.42" (a decimal comma
/// where the page's language writes one).
pub fn format_p(p: f64) -> String {
    if !p.is_finite() {
        return format!("p = {p}");
    }
    let i18n = i18n();
    if p < 0.001 {
        return format!("p < {}", i18n.decimal(0.001, 3));
    }
    let decimals = (1 - p.log10().floor() as i32).max(0) as usize;
    format!("p = {}", i18n.decimal(p, decimals))
}

fn find<'a>(answer: &'a TimeToDecision, area: &str) -> Option<&'a WaitGroup> {
    answer.groups.iter().find(|g| g.area == area)
}

/// One or two sentences from the numbers: the whole cohort's median and share still waiting
/// after [`WAITING_AFTER`]`[0]` sessions, then the focus area with the highest stable share
/// still waiting against applications in none of the areas, with the log-rank p-value. In the
/// page's language; English outside a page (the API's answer).
pub fn waiting_summary(answer: &TimeToDecision) -> String {
    let i18n = i18n();
    let q = &answer.query;
    let period = year_span(Some(i64::from(q.from)), Some(i64::from(q.to)));
    let overall = find(answer, "all")
        .filter(|all| all.applications > 0)
        .map(|all| overall_sentence(all, &period));
    match (overall, comparison_sentence(answer)) {
        (Some(overall), Some(comparison)) => {
            format!("{overall}{}{comparison}", i18n.t("word-space"))
        }
        (Some(overall), None) => overall,
        (None, Some(comparison)) => comparison,
        (None, None) => i18n.f("wait-summary-none", &[("period", period.into())]),
    }
}

fn overall_sentence(all: &WaitGroup, period: &str) -> String {
    let i18n = i18n();
    let median = match all.median_to_decision.estimate {
        Some(_) => i18n.f(
            "wait-summary-median",
            &[("median", format_median(&all.median_to_decision).into())],
        ),
        None => i18n.t("wait-summary-median-not-reached"),
    };
    let after = match all.waiting_at(AFTER) {
        Some(e) => i18n.f(
            "wait-summary-after",
            &[
                ("share", format_estimate(&e).into()),
                ("sessions", AFTER.into()),
            ],
        ),
        None => i18n.f("wait-summary-after-none", &[("sessions", AFTER.into())]),
    };
    i18n.f(
        "wait-summary-overall",
        &[
            ("period", period.into()),
            ("n", all.applications.into()),
            ("median", median.into()),
            ("after", after.into()),
        ],
    )
}

fn comparison_sentence(answer: &TimeToDecision) -> Option<String> {
    let i18n = i18n();
    let areas: Vec<(&WaitGroup, Estimate)> = answer
        .groups
        .iter()
        .filter(|g| !matches!(g.area.as_str(), "other" | "all"))
        .filter_map(|g| g.waiting_at(AFTER).map(|e| (g, e)))
        .collect();
    if areas.is_empty() {
        return None;
    }
    let Some((top, estimate)) = areas
        .iter()
        .filter(|(g, _)| !g.small_n)
        .max_by(|a, b| a.1.estimate.total_cmp(&b.1.estimate))
    else {
        return Some(i18n.f("wait-summary-too-few", &[("n", SMALL_N.into())]));
    };
    let head = i18n.f(
        "wait-summary-head",
        &[
            ("area", i18n.area_phrase(&top.area).into()),
            ("share", estimate_with_n(estimate, top.applications).into()),
            ("sessions", AFTER.into()),
        ],
    );
    let Some((other, other_estimate)) =
        find(answer, "other").and_then(|g| g.waiting_at(AFTER).map(|e| (g, e)))
    else {
        return Some(format!("{head}{}", i18n.t("sentence-end")));
    };
    let test = top
        .log_rank
        .as_ref()
        .filter(|t| t.p_value.is_finite())
        .map(|t| {
            i18n.f(
                "wait-summary-log-rank",
                &[("p", format_p(t.p_value).into())],
            )
        })
        .unwrap_or_default();
    Some(i18n.f(
        "wait-summary-compare",
        &[
            ("head", head.into()),
            (
                "other",
                estimate_with_n(&other_estimate, other.applications).into(),
            ),
            ("test", test.into()),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{area_label, LogRank, WaitQuery, WaitingAt};

    fn estimate(estimate: f64, low: f64, high: f64) -> Estimate {
        Estimate {
            estimate,
            low,
            high,
        }
    }

    /// A group whose curve takes the values `curve` after sessions 1, 2, …
    fn group(area: &str, applications: i64, small_n: bool, curve: &[f64]) -> WaitGroup {
        let steps = curve
            .iter()
            .enumerate()
            .map(|(i, &v)| WaitStep {
                sessions: i as u32 + 1,
                at_risk: applications,
                recommended: 0,
                closed: 0,
                rejected: 0,
                withdrawn: 0,
                censored: 0,
                waiting: estimate(v, v * 0.85, (v * 1.1).min(1.0)),
                recommended_share: 1.0 - v,
                closed_share: 0.0,
                rejected_share: 0.0,
                withdrawn_share: 0.0,
            })
            .collect();
        WaitGroup {
            area: area.into(),
            label: area_label(area).into(),
            applications,
            recommended: applications / 2,
            closed: 0,
            rejected: 0,
            withdrawn: 0,
            pending: applications / 2,
            small_n,
            median_to_decision: Median {
                estimate: Some(3),
                low: Some(3),
                high: Some(4),
            },
            median_to_recommendation: Some(4),
            waiting_after: vec![],
            log_rank: None,
            steps,
        }
    }

    fn after(mut group: WaitGroup, four: Estimate) -> WaitGroup {
        group.waiting_after = vec![WaitingAt {
            sessions: 4,
            waiting: Some(four),
            at_risk: 10,
        }];
        group
    }

    fn answer() -> TimeToDecision {
        let mut women = after(
            group("women", 120, false, &[0.9, 0.7, 0.5, 0.4, 0.3, 0.23]),
            estimate(0.40, 0.31, 0.49),
        );
        women.log_rank = Some(LogRank {
            observed: 40,
            expected: 55.2,
            chi_square: 4.64,
            p_value: 0.0312,
        });
        TimeToDecision {
            query: WaitQuery {
                from: 2010,
                to: 2024,
            },
            groups: vec![
                women,
                after(
                    group("lgbti", 12, true, &[1.0, 0.9, 0.8, 0.7, 0.6]),
                    estimate(0.70, 0.40, 0.87),
                ),
                after(
                    group(
                        "other",
                        1000,
                        false,
                        &[0.8, 0.5, 0.3, 0.22, 0.2, 0.15, 0.1, 0.08],
                    ),
                    estimate(0.22, 0.19, 0.25),
                ),
                after(
                    group(
                        "all",
                        1132,
                        false,
                        &[0.8, 0.5, 0.3, 0.24, 0.2, 0.15, 0.1, 0.08],
                    ),
                    estimate(0.24, 0.21, 0.27),
                ),
            ],
            left_truncated: 0,
            decided_then_considered: 0,
            last_session: None,
            definition: String::new(),
            summary: "A summary.".into(),
            data_version: None,
            citation: String::new(),
            rule_set_version: None,
            cite: Default::default(),
        }
    }

    /// The `<polyline>`s drawn 2 px wide in a colour: curves and line samples.
    fn polylines(svg: &str, hex: &str) -> usize {
        let stroke = format!("stroke=\"{hex}\" stroke-width=\"2\"");
        svg.split("<polyline")
            .skip(1)
            .filter(|p| p.split('>').next().unwrap_or("").contains(&stroke))
            .count()
    }

    /// A text element's content as plotters writes it.
    fn text_of(content: &str) -> String {
        format!(">\n{content}\n</text>")
    }

    #[test]
    fn the_wide_chart_has_curves_bands_labels_and_an_accessible_name() {
        let a = answer();
        let svg = waiting_svg(&a, Layout::Wide);
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains(r#"width="760""#));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(
            "<title id=\"waiting-chart-title\">Still waiting for a decision, by focus area, \
             applications first considered 2010–2024</title>"
        ));
        // Labelled at the curves' ends with the last value; "all" is not drawn.
        assert!(svg.contains("Women&apos;s rights 23%"), "{svg}");
        assert!(svg.contains("LGBTI rights 60%"));
        assert!(svg.contains("None of these 8%"));
        assert!(!svg.contains("All applications"));
        assert!(svg.to_uppercase().contains("#CC79A7"), "the women colour");
        // The small group dashed (many short paths), the others one path each.
        assert!(polylines(&svg, "#E69F00") > 10, "{svg}");
        assert_eq!(polylines(&svg, "#CC79A7"), 1, "{svg}");
        assert!(svg.contains("Dashed: fewer than 20 decisions (unstable)."));
        // Bands under the lines, translucent.
        assert_eq!(svg.matches("<polygon").count(), 3);
        assert!(svg.contains(r##"opacity="0.15" fill="#CC79A7""##), "{svg}");
        assert!(svg.contains(&text_of("half decided")));
        assert!(svg.contains(&text_of("Sessions since first consideration")));
        assert!(svg.contains(&text_of("Still waiting for a decision")));
        assert!(svg.contains(&text_of("100%")) && svg.contains(&text_of("25%")));
        assert!(svg.contains(&text_of(
            "Bands: 95% pointwise intervals (log-log). Pending applications censored at their \
             last consideration."
        )));
        // Deterministic: the server's first paint equals what the front end draws.
        assert_eq!(svg, waiting_svg(&a, Layout::Wide));
    }

    #[test]
    fn the_narrow_chart_lists_the_labels_under_the_plot() {
        let a = answer();
        let svg = waiting_svg(&a, Layout::Narrow);
        assert!(svg.contains(r#"width="340""#), "{svg}");
        assert!(svg.contains("waiting-chart-narrow-title"));
        assert!(svg.contains(r#"class="waiting-chart""#));
        // One line per curve, highest last value first, each after a sample of its line.
        let list: Vec<usize> = [
            "LGBTI rights 60%",
            "Women&apos;s rights 23%",
            "None of these 8%",
        ]
        .iter()
        .map(|label| svg.find(label).expect(label))
        .collect();
        assert!(list[0] < list[1] && list[1] < list[2], "{svg}");
        assert_eq!(polylines(&svg, "#CC79A7"), 2, "the curve and its sample");
        assert!(svg.contains(&text_of("Bands: 95% pointwise intervals (log-log).")));
        assert!(svg.contains(&text_of(
            "Pending applications censored at their last consideration."
        )));
        assert_eq!(svg, waiting_svg(&a, Layout::Narrow));
    }

    #[test]
    fn all_is_drawn_only_when_it_is_alone_and_an_empty_answer_says_so() {
        let mut a = answer();
        a.groups.retain(|g| g.area == "all");
        let svg = waiting_svg(&a, Layout::Wide);
        assert!(svg.contains("All applications 8%"), "{svg}");
        assert!(!svg.contains("Dashed:"), "no small group, no note");
        for g in &mut a.groups {
            g.steps.clear();
        }
        for layout in [Layout::Wide, Layout::Narrow] {
            let svg = waiting_svg(&a, layout);
            assert!(svg.contains("No applications in this range."), "{svg}");
            assert!(!svg.contains("<polygon"));
        }
        a.groups.clear();
        assert!(waiting_svg(&a, Layout::Narrow).contains("No applications in this range."));
    }

    #[test]
    fn steps_start_at_one_and_labels_are_pushed_apart() {
        let g = group("women", 10, false, &[0.8, 0.8, 0.5]);
        let steps: Vec<&WaitStep> = g.steps.iter().collect();
        assert_eq!(
            step_path(&steps, |e| e.estimate),
            vec![
                (0.0, 1.0),
                (1.0, 1.0),
                (1.0, 0.8),
                (2.0, 0.8),
                (3.0, 0.8),
                (3.0, 0.5)
            ]
        );
        let mut ys = vec![100, 104, 106, 300];
        spread(&mut ys, 15, 0, 310);
        assert_eq!(ys, vec![100, 115, 130, 300]);
        let mut crowded = vec![300, 305, 309];
        spread(&mut crowded, 15, 0, 310);
        assert_eq!(crowded, vec![280, 295, 310]);
        assert_eq!(tick_step(8, 8), 1);
        assert_eq!(tick_step(16, 8), 2);
        assert_eq!(tick_step(30, 8), 4);
        assert_eq!(tick_step(60, 8), 8);
        assert_eq!(tick_step(30, 4), 8);
    }

    #[test]
    fn the_summary_gives_the_median_the_share_waiting_and_the_contrast() {
        let a = answer();
        assert_eq!(
            waiting_summary(&a),
            "Of applications first considered in 2010–2024 (n = 1,132), half had a decision \
             within 3 sessions (95% CI 3–4); 24% (95% CI 21–27%) were still waiting after 4 \
             sessions. NGOs working on women's rights: 40% (95% CI 31–49%, n = 120) still \
             waiting after 4 sessions, against 22% (95% CI 19–25%, n = 1,000) for NGOs in none \
             of the four focus areas; log-rank p = 0.031 on the rate of recommendation."
        );
    }

    #[test]
    fn the_summary_handles_missing_pieces() {
        let mut a = answer();
        a.groups[3].median_to_decision = Median {
            estimate: None,
            low: None,
            high: None,
        };
        a.groups.retain(|g| g.area != "other");
        let text = waiting_summary(&a);
        assert!(
            text.contains("(n = 1,132), fewer than half had a decision by the end of the data (median not reached); 24%"),
            "{text}"
        );
        assert!(
            text.ends_with("(95% CI 31–49%, n = 120) still waiting after 4 sessions."),
            "{text}"
        );
        // Nobody followed four sessions: no comparison.
        for g in &mut a.groups {
            g.waiting_after.clear();
        }
        let text = waiting_summary(&a);
        assert!(
            text.ends_with("; none has yet been followed for 4 sessions."),
            "{text}"
        );
        assert!(!text.contains("NGOs working on"), "{text}");
        // Only unstable areas.
        let mut a = answer();
        a.groups.retain(|g| g.area != "women");
        assert!(waiting_summary(&a).ends_with(
            "Too few decisions in each focus area (fewer than 20) to compare the areas."
        ));
        a.groups.clear();
        assert_eq!(
            waiting_summary(&a),
            "No applications first considered in 2010–2024 are in the data."
        );
    }

    #[test]
    fn medians_estimates_and_p_values_are_worded() {
        let m = |estimate, low, high| Median {
            estimate,
            low,
            high,
        };
        assert_eq!(
            format_median(&m(Some(3), Some(3), Some(4))),
            "3 sessions (95% CI 3–4)"
        );
        assert_eq!(format_median(&m(None, Some(5), None)), "not reached");
        assert_eq!(
            format_median(&m(Some(3), Some(2), None)),
            "3 sessions (95% CI 2 – not reached)"
        );
        assert_eq!(
            format_median(&m(Some(1), Some(1), Some(2))),
            "1 session (95% CI 1–2)"
        );
        assert_eq!(
            format_estimate(&estimate(0.27, 0.25, 0.29)),
            "27% (95% CI 25–29%)"
        );
        assert_eq!(format_p(0.0004), "p < 0.001");
        assert_eq!(format_p(0.0312), "p = 0.031");
        assert_eq!(format_p(0.42), "p = 0.42");
        assert_eq!(format_p(0.003), "p = 0.0030");
        assert_eq!(format_p(1.0), "p = 1.0");
    }
}
