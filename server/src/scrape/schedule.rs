//! `serve` keeps the press layer current by itself: a scrape on first start (once the reports
//! are loaded), then daily in the months the Committee usually meets and weekly otherwise,
//! counted from the last attempt recorded by any process (so a restart does not scrape again,
//! and several servers on one database share one schedule). A run takes the press lock
//! ([`crate::jobs`]); when another process holds it, this one waits for the next turn.

use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};

use super::{scrape, ScrapeOptions};
use crate::{autoload, db::Db};

/// Months in which the Committee usually sits (regular session January–February, resumed
/// May–June, sources.md; 2021 and 2022 were shifted to June and September, which the weekly
/// turn still reaches within a week).
pub const SESSION_MONTHS: [u32; 4] = [1, 2, 5, 6];

/// How often while the Committee sits, and otherwise.
pub const DAILY: chrono::Duration = chrono::Duration::days(1);
pub const WEEKLY: chrono::Duration = chrono::Duration::days(7);

/// When a check finds the reports still loading, or the lock held elsewhere, it looks again
/// after this long.
pub const RECHECK: Duration = Duration::from_secs(15 * 60);

/// After a failed attempt (the site down, the network gone), the next comes this soon rather
/// than a day or a week later.
pub const AFTER_FAILURE: chrono::Duration = chrono::Duration::hours(2);

fn in_session(t: DateTime<Utc>) -> bool {
    SESSION_MONTHS.contains(&t.month())
}

/// The first instant of the next session month strictly after `t`'s month.
fn next_session_month(t: DateTime<Utc>) -> DateTime<Utc> {
    let (mut year, mut month) = (t.year(), t.month());
    loop {
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        if SESSION_MONTHS.contains(&month) {
            let day = NaiveDate::from_ymd_opt(year, month, 1).expect("the first of a month");
            return Utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight"));
        }
    }
}

/// When the next scrape is due after an attempt at `last` (`None`: never, so now). Daily
/// when the day after `last` falls in a session month; otherwise weekly, but no later than the
/// start of the next session month; [`AFTER_FAILURE`] after a failed attempt.
pub fn next_due(last: Option<(DateTime<Utc>, bool)>, now: DateTime<Utc>) -> DateTime<Utc> {
    let Some((last, failed)) = last else {
        return now;
    };
    if failed {
        return last + AFTER_FAILURE;
    }
    let daily = last + DAILY;
    if in_session(daily) {
        return daily;
    }
    (last + WEEKLY).min(next_session_month(last).max(daily))
}

/// In words, for the methodology page and the overview.
pub fn describe() -> String {
    app::i18n::english("methodology-scrape-schedule", &[])
}

/// The last scrape attempt any process recorded, and whether it failed.
async fn last_attempt(db: &Db) -> Result<Option<(DateTime<Utc>, bool)>, sqlx::Error> {
    let last: Option<(String, String)> = sqlx::query_as(
        "select started_at, status from import_run where source = 'press_release' \
         order by started_at desc, import_run_id desc limit 1",
    )
    .fetch_optional(db.pool())
    .await?;
    Ok(last.and_then(|(t, status)| {
        let t = DateTime::parse_from_rfc3339(&t).ok()?.with_timezone(&Utc);
        Some((t, status == "failed"))
    }))
}

/// Run the schedule until the task is dropped: wait for the reports, then scrape whenever due.
/// Each turn runs as a task of its own, so that a panic in one is logged and the schedule
/// goes on rather than stopping unseen.
pub async fn run(db: Db, options: ScrapeOptions, load: autoload::LoadStatus) {
    loop {
        let (db, options, load) = (db.clone(), options.clone(), load.clone());
        let turn = tokio::spawn(async move { turn(&db, &options, &load).await });
        let wait = match turn.await {
            Ok(Ok(wait)) => wait,
            Ok(Err(error)) => {
                tracing::warn!(%error, "scheduled scrape: could not read the schedule; trying again later");
                RECHECK
            }
            Err(error) => {
                tracing::error!(%error, "scheduled scrape: the turn failed; trying again later");
                RECHECK
            }
        };
        tokio::time::sleep(wait).await;
    }
}

/// One turn: scrape if due and possible; how long to sleep before the next turn.
pub async fn turn(
    db: &Db,
    options: &ScrapeOptions,
    load: &autoload::LoadStatus,
) -> Result<Duration, sqlx::Error> {
    if matches!(
        autoload::current(load),
        Some(app::model::LoadState::Loading { .. })
    ) || autoload::needs_data(db).await?
    {
        // The press layer joins the reports' history: it waits for them.
        return Ok(RECHECK);
    }
    let now = Utc::now();
    let due = next_due(last_attempt(db).await?, now);
    if due > now {
        return Ok((due - now).to_std().unwrap_or(RECHECK).min(RECHECK * 4));
    }
    tracing::info!("scheduled scrape of the press releases");
    match scrape(db, options).await {
        Ok(summary) => tracing::info!(
            fetched = summary.fetched,
            updated = summary.updated,
            failed = summary.failed,
            "scheduled scrape finished"
        ),
        // `scrape` recorded the failure (or another process holds the lock).
        Err(error) => {
            tracing::warn!(error = %format!("{error:#}"), "scheduled scrape did not finish")
        }
    }
    Ok(RECHECK)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("a time")
            .with_timezone(&Utc)
    }

    #[test]
    fn never_scraped_is_due_now() {
        let now = at("2026-03-10T08:00:00Z");
        assert_eq!(next_due(None, now), now);
    }

    #[test]
    fn daily_while_the_committee_sits_weekly_otherwise() {
        let now = at("2026-12-03T00:00:00Z");
        for (last, due) in [
            // In January: the next day.
            ("2026-01-20T06:00:00Z", "2026-01-21T06:00:00Z"),
            // The last day of February: the next day is March, so a week.
            ("2026-02-28T06:00:00Z", "2026-03-07T06:00:00Z"),
            // In March: a week.
            ("2026-03-10T06:00:00Z", "2026-03-17T06:00:00Z"),
            // Late April: May begins first, so then.
            ("2026-04-28T06:00:00Z", "2026-05-01T00:00:00Z"),
            // The last day of April: the next day is in May.
            ("2026-04-30T06:00:00Z", "2026-05-01T06:00:00Z"),
            // Late December: January of the next year.
            ("2026-12-29T06:00:00Z", "2027-01-01T00:00:00Z"),
        ] {
            assert_eq!(
                next_due(Some((at(last), false)), now),
                at(due),
                "after {last}"
            );
        }
    }

    #[test]
    fn a_failed_attempt_is_tried_again_within_hours() {
        let now = at("2026-12-03T00:00:00Z");
        assert_eq!(
            next_due(Some((at("2026-03-10T06:00:00Z"), true)), now),
            at("2026-03-10T08:00:00Z")
        );
    }

    #[test]
    fn next_session_month_wraps_the_year() {
        assert_eq!(
            next_session_month(at("2026-06-15T00:00:00Z")),
            at("2027-01-01T00:00:00Z")
        );
        assert_eq!(
            next_session_month(at("2026-02-15T00:00:00Z")),
            at("2026-05-01T00:00:00Z")
        );
    }
}
