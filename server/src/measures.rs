//! The measures of `../shared/docs/measures.md`, as pure functions over loaded records:
//! session deferral rates, ever-deferred shares, rate ratios, with 95% Wilson score
//! intervals (never Wald) and n.

pub mod survival;
pub mod who_asks;

use std::collections::{BTreeMap, HashMap};

use app::model::{area_label, ConsiderationFilter, Measure, RateRow, RatesQuery, SMALL_N};

/// The 97.5% quantile of the standard normal distribution.
pub const Z95: f64 = 1.959_963_984_540_054;

/// 95% Wilson score interval for `k` events out of `n` (Wilson 1927; Newcombe 1998,
/// method 3). `None` when `n` is zero.
pub fn wilson(k: i64, n: i64) -> Option<(f64, f64)> {
    if n <= 0 || k < 0 || k > n {
        return None;
    }
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let z2 = Z95 * Z95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// Rate ratio (a/n1)/(b/n2) with a 95% interval on the log scale (Katz et al. 1978:
/// SE = sqrt(1/a − 1/n1 + 1/b − 1/n2)). `None` when either group has no events.
pub fn rate_ratio(a: i64, n1: i64, b: i64, n2: i64) -> Option<(f64, f64, f64)> {
    if a <= 0 || b <= 0 || n1 <= 0 || n2 <= 0 {
        return None;
    }
    let (a, n1, b, n2) = (a as f64, n1 as f64, b as f64, n2 as f64);
    let rr = (a / n1) / (b / n2);
    let se = (1.0 / a - 1.0 / n1 + 1.0 / b - 1.0 / n2).sqrt();
    Some((rr, rr * (-Z95 * se).exp(), rr * (Z95 * se).exp()))
}

/// The ratio of two shares (k1/n1)/(k2/n2) with a 95% interval that combines the shares'
/// Wilson intervals (MOVER-R: Zou & Donner 2008, "Construction of confidence limits about
/// effect measures", Stat Med 27:1693): unlike Katz's log interval it stays honest when a
/// share is 0 or 1 (1 of 1 is not certain). Treats the shares as independent. `None` when
/// either n is 0 or the second share has no events (no ratio exists).
pub fn share_ratio(k1: i64, n1: i64, k2: i64, n2: i64) -> Option<(f64, f64, f64)> {
    let (l1, u1) = wilson(k1, n1)?;
    let (l2, u2) = wilson(k2, n2)?;
    if k2 <= 0 {
        return None;
    }
    let (p1, p2) = (k1 as f64 / n1 as f64, k2 as f64 / n2 as f64);
    let pp = p1 * p2;
    // The lower limit solves p1 − L·p2 = sqrt((p1 − l1)² + L²(u2 − p2)²), a quadratic whose
    // leading coefficient u2(2p2 − u2) may be zero or negative for a small p2.
    let a = u2 * (2.0 * p2 - u2);
    let c = l1 * (2.0 * p1 - l1);
    let low = if a.abs() < 1e-15 {
        if pp > 0.0 {
            c / (2.0 * pp)
        } else {
            0.0
        }
    } else {
        (pp - (pp * pp - a * c).max(0.0).sqrt()) / a
    };
    let b = l2 * (2.0 * p2 - l2);
    let high = (pp
        + (pp * pp - u1 * l2 * (2.0 * p1 - u1) * (2.0 * p2 - l2))
            .max(0.0)
            .sqrt())
        / b;
    // Never -0: it would print as "-0.0".
    let low = if low > 0.0 { low } else { 0.0 };
    Some((p1 / p2, low, high))
}

/// One consideration of a status application, as the measures need it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsiderationRecord {
    pub organization_id: i64,
    pub application_id: i64,
    pub year: i32,
    /// 0 for regular, 1 for resumed: orders sessions within a year.
    pub part: u8,
    pub decision: String,
    pub is_new: Option<bool>,
}

/// A consideration for the measures' unit tests, at session (year, part).
#[cfg(test)]
pub(crate) fn consideration(
    org: i64,
    app: i64,
    (year, part): (i32, u8),
    decision: &str,
    is_new: Option<bool>,
) -> ConsiderationRecord {
    ConsiderationRecord {
        organization_id: org,
        application_id: app,
        year,
        part,
        decision: decision.into(),
        is_new,
    }
}

/// The groups every result has, in display order.
pub const GROUPS: [&str; 6] = ["women", "lgbti", "minority", "human_rights", "other", "all"];

/// Compute the rows for `query` from every status consideration and each organization's
/// effective areas (an organization missing from `areas` counts as "other").
pub fn rates(
    query: &RatesQuery,
    considerations: &[ConsiderationRecord],
    areas: &HashMap<i64, Vec<String>>,
) -> Vec<RateRow> {
    rates_where(query, considerations, areas, |_| true)
}

/// [`rates`] over the organizations `keep` lets through only (a region or a country).
pub fn rates_where(
    query: &RatesQuery,
    considerations: &[ConsiderationRecord],
    areas: &HashMap<i64, Vec<String>>,
    keep: impl Fn(i64) -> bool,
) -> Vec<RateRow> {
    let mut numerator: BTreeMap<&str, i64> = BTreeMap::new();
    let mut denominator: BTreeMap<&str, i64> = BTreeMap::new();
    let other = vec!["other".to_string()];
    let mut count = |organization_id: i64, event: bool| {
        if !keep(organization_id) {
            return;
        }
        let groups = areas.get(&organization_id).unwrap_or(&other);
        for group in groups.iter().map(String::as_str).chain(["all"]) {
            let Some(group) = GROUPS.iter().find(|g| **g == group) else {
                continue;
            };
            *denominator.entry(group).or_default() += 1;
            if event {
                *numerator.entry(group).or_default() += 1;
            }
        }
    };
    let in_range = |year: i32| (query.from..=query.to).contains(&year);
    match query.measure {
        Measure::SessionDeferral => {
            for c in considerations.iter().filter(|c| in_range(c.year)) {
                let wanted = match query.consideration {
                    ConsiderationFilter::All => true,
                    ConsiderationFilter::New => c.is_new == Some(true),
                    ConsiderationFilter::PreviouslyDeferred => c.is_new == Some(false),
                };
                if wanted {
                    count(c.organization_id, c.decision == "deferred");
                }
            }
        }
        Measure::EverDeferred | Measure::DeferredAtLeast => {
            let threshold = if query.measure == Measure::EverDeferred {
                1
            } else {
                i64::from(query.n)
            };
            // Per application: its first consideration and its number of deferrals.
            let mut apps: BTreeMap<i64, (&ConsiderationRecord, i64)> = BTreeMap::new();
            for c in considerations {
                let entry = apps.entry(c.application_id).or_insert((c, 0));
                if (c.year, c.part) < (entry.0.year, entry.0.part) {
                    entry.0 = c;
                }
                if c.decision == "deferred" {
                    entry.1 += 1;
                }
            }
            for (first, deferrals) in apps.values() {
                // An application already "previously deferred" when the records begin has a
                // history we cannot see: it is left out of cohorts rather than undercounted.
                if in_range(first.year) && first.is_new != Some(false) {
                    count(first.organization_id, *deferrals >= threshold);
                }
            }
        }
    }
    let all_k = numerator.get("all").copied().unwrap_or(0);
    let all_n = denominator.get("all").copied().unwrap_or(0);
    GROUPS
        .iter()
        .map(|group| {
            let k = numerator.get(group).copied().unwrap_or(0);
            let n = denominator.get(group).copied().unwrap_or(0);
            let interval = wilson(k, n);
            let ratio = if *group == "all" {
                None
            } else {
                rate_ratio(k, n, all_k - k, all_n - n)
            };
            RateRow {
                area: group.to_string(),
                label: area_label(group).to_string(),
                numerator: k,
                denominator: n,
                rate: (n > 0).then(|| k as f64 / n as f64),
                ci_low: interval.map(|i| i.0),
                ci_high: interval.map(|i| i.1),
                small_n: k < SMALL_N,
                rate_ratio: ratio.map(|r| r.0),
                rate_ratio_low: ratio.map(|r| r.1),
                rate_ratio_high: ratio.map(|r| r.2),
                labels: Default::default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn wilson_matches_hand_computed_values() {
        // measures.md: "62% (95% CI 41–79%, n = 21)" is 13 of 21. Computed by hand from
        // Wilson's formula (p = 13/21, z = 1.959964): centre 0.60064, half-width 0.19185.
        let (low, high) = wilson(13, 21).expect("interval");
        assert!(close(low, 0.408_786_537_751), "{low}");
        assert!(close(high, 0.792_489_886_314), "{high}");
        // 0 of 10: [0, z²/(n+z²)] = [0, 3.8415/13.8415].
        let (low, high) = wilson(0, 10).expect("interval");
        assert_eq!(low, 0.0);
        assert!(close(high, 0.277_532_799_863), "{high}");
        // 10 of 10 mirrors it.
        let (low, high) = wilson(10, 10).expect("interval");
        assert!(close(low, 0.722_467_200_137), "{low}");
        assert!(close(high, 1.0));
        assert_eq!(wilson(1, 0), None);
        assert_eq!(wilson(5, 3), None);
    }

    #[test]
    fn share_ratio_matches_hand_computed_values() {
        // Computed independently in Python from the Wilson limits and the MOVER-R formula.
        for ((k1, n1, k2, n2), (ratio, low, high)) in [
            ((3, 4, 6, 20), (2.5, 0.872_404, 5.327_294)),
            ((30, 100, 20, 100), (1.5, 0.923_422, 2.445_152)),
            ((0, 4, 2, 20), (0.0, 0.0, 7.073_356)),
            ((1, 1, 395, 498), (1.260_759, 0.260_349, 1.323_765)),
        ] {
            let (r, l, h) = share_ratio(k1, n1, k2, n2).expect("a ratio");
            assert!(
                (r - ratio).abs() < 1e-6 && (l - low).abs() < 1e-6 && (h - high).abs() < 1e-6,
                "{k1}/{n1} vs {k2}/{n2}: {r} {l} {h}"
            );
        }
        assert_eq!(share_ratio(1, 4, 0, 20), None);
        assert_eq!(share_ratio(0, 0, 2, 20), None);
    }

    #[test]
    fn rate_ratio_matches_hand_computed_values() {
        // 30/100 against 20/100: RR 1.5; SE(log RR) = sqrt(1/30 − 1/100 + 1/20 − 1/100)
        // = 0.251661; 1.5 × exp(∓1.959964 × 0.251661) = 0.915961 and 2.456437.
        let (rr, low, high) = rate_ratio(30, 100, 20, 100).expect("ratio");
        assert!(close(rr, 1.5));
        assert!(close(low, 0.915_960_829_322), "{low}");
        assert!(close(high, 2.456_436_921_724), "{high}");
        assert_eq!(rate_ratio(0, 10, 5, 10), None);
    }

    /// A consideration at the regular session of `year`.
    fn c(
        org: i64,
        app: i64,
        year: i32,
        decision: &str,
        is_new: Option<bool>,
    ) -> ConsiderationRecord {
        consideration(org, app, (year, 0), decision, is_new)
    }

    #[test]
    fn session_deferral_counts_considerations_per_area() {
        let records = vec![
            c(1, 10, 2015, "deferred", Some(true)),
            c(1, 10, 2016, "deferred", Some(false)),
            c(1, 10, 2017, "recommended", Some(false)),
            c(2, 20, 2015, "recommended", Some(true)),
            c(3, 30, 2015, "closed", None),
            c(3, 30, 2009, "deferred", Some(true)),
        ];
        let areas: HashMap<i64, Vec<String>> =
            [(1, vec!["women".to_string(), "human_rights".to_string()])].into();
        let query = RatesQuery {
            from: 2010,
            ..RatesQuery::default()
        };
        let rows = rates(&query, &records, &areas);
        let get = |area: &str| rows.iter().find(|r| r.area == area).expect("row");
        assert_eq!((get("women").numerator, get("women").denominator), (2, 3));
        // Restricted to organization 1 (a region, say): only its three considerations count.
        let only = rates_where(&query, &records, &areas, |o| o == 1);
        let all = only.iter().find(|r| r.area == "all").expect("all");
        assert_eq!((all.numerator, all.denominator), (2, 3));
        assert_eq!(
            only.iter()
                .find(|r| r.area == "other")
                .expect("other")
                .denominator,
            0
        );
        assert_eq!(
            (
                get("human_rights").numerator,
                get("human_rights").denominator
            ),
            (2, 3)
        );
        assert_eq!(
            (get("other").numerator, get("other").denominator),
            (0, 2),
            "closure is not a deferral"
        );
        assert_eq!((get("all").numerator, get("all").denominator), (2, 5));
        assert!(get("women").small_n);
        assert_eq!(get("lgbti").rate, None);

        let new_only = RatesQuery {
            consideration: ConsiderationFilter::New,
            ..query.clone()
        };
        let rows = rates(&new_only, &records, &areas);
        let all = rows.iter().find(|r| r.area == "all").expect("all");
        assert_eq!((all.numerator, all.denominator), (1, 2));
    }

    #[test]
    fn ever_deferred_counts_each_application_once_in_its_cohort() {
        let records = vec![
            c(1, 10, 2015, "deferred", Some(true)),
            c(1, 10, 2016, "deferred", Some(false)),
            c(1, 10, 2017, "recommended", Some(false)),
            c(2, 20, 2015, "recommended", Some(true)),
            // Left-truncated: previously deferred when first seen.
            c(3, 30, 2015, "deferred", Some(false)),
            // First considered before the cohort.
            c(4, 40, 2005, "deferred", Some(true)),
            c(4, 40, 2011, "deferred", Some(false)),
        ];
        let areas = HashMap::new();
        let ever = RatesQuery {
            measure: Measure::EverDeferred,
            from: 2010,
            ..RatesQuery::default()
        };
        let rows = rates(&ever, &records, &areas);
        let all = rows.iter().find(|r| r.area == "all").expect("all");
        assert_eq!((all.numerator, all.denominator), (1, 2));
        let twice = RatesQuery {
            measure: Measure::DeferredAtLeast,
            n: 2,
            ..ever.clone()
        };
        let all = rates(&twice, &records, &areas)
            .into_iter()
            .find(|r| r.area == "all")
            .expect("all");
        assert_eq!((all.numerator, all.denominator), (1, 2));
        let thrice = RatesQuery { n: 3, ..twice };
        let all = rates(&thrice, &records, &areas)
            .into_iter()
            .find(|r| r.area == "all")
            .expect("all");
        assert_eq!((all.numerator, all.denominator), (0, 2));
    }
}
