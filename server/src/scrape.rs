//! `ecosoc-watch scrape`: the Committee's press releases from press.un.org.
//!
//! Walks the listing newest first and stops at the first release it already holds
//! (incremental); fetches the new releases oldest first, politely ([`client`]); keeps every snapshot's
//! bytes; parses ([`crate::sources::press`]); stores the difference ([`store`]); and
//! recomputes the join with the reports' history ([`join`]). Placeholders and earlier
//! failures are fetched again on every run. Each release is written in its own transaction,
//! so a failure later in the run loses nothing already stored.
//!
//! `ecosoc-watch reparse` runs the current parser over the stored snapshots, no network.

pub mod client;
pub mod schedule;
pub mod store;
mod walk;

use std::{
    collections::{HashMap, HashSet},
    io::IsTerminal,
};

use serde::Serialize;

use crate::{
    db::write::store_document,
    db::{now_utc, Db},
    sources::press::parse,
};
use client::{FetchFailure, Outcome, PoliteClient, PoliteConfig, Validators};
use walk::walk_listing;

pub const DEFAULT_BASE_URL: &str = "https://press.un.org";

/// The listing walk reads at most this many pages, whatever `max_pages` says: the real
/// listing has a few dozen, and a site whose pager never ends must not keep the walk going.
pub const MAX_LISTING_PAGES: u32 = 1_000;

#[derive(Debug, Clone)]
pub struct ScrapeOptions {
    /// The site, e.g. `https://press.un.org` (a local fixture server in tests).
    pub base_url: String,
    /// Stop at releases listed before this year.
    pub since: Option<i32>,
    /// Read at most this many listing pages (never more than [`MAX_LISTING_PAGES`]).
    pub max_pages: Option<u32>,
    /// Walk the whole listing and re-fetch what is held (conditional requests).
    pub refetch: bool,
    pub polite: PoliteConfig,
    /// A progress bar (when stderr is a terminal) instead of plain lines.
    pub progress: bool,
}

impl Default for ScrapeOptions {
    fn default() -> Self {
        ScrapeOptions {
            base_url: DEFAULT_BASE_URL.to_string(),
            since: None,
            max_pages: None,
            refetch: false,
            polite: PoliteConfig::default(),
            progress: true,
        }
    }
}

/// One address the run could not fetch.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub url: String,
    pub error: String,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct ScrapeSummary {
    pub listing_pages: u32,
    /// New releases stored.
    pub fetched: u64,
    /// Held releases whose page had not changed (304, or the same bytes).
    pub unchanged: u64,
    /// Held releases whose page changed (a placeholder expanded, a correction), re-parsed.
    pub updated: u64,
    pub failed: u64,
    /// Addresses robots.txt does not allow.
    pub disallowed: u64,
    /// Listed addresses outside the site's origin: refused, never requested.
    pub off_site: u64,
    /// Why the listing walk stopped before the listing's end, when it did.
    pub listing_stopped: Option<String>,
    /// Releases that are (still) placeholders.
    pub placeholders: u64,
    pub records_added: u64,
    /// Parse problems in the releases stored by this run.
    pub problems: u64,
    pub requests: u32,
    pub failures: Vec<Failure>,
    pub join: crate::join::JoinSummary,
}

struct Held {
    is_placeholder: bool,
    sha256: String,
    validators: Validators,
}

/// A row of [`held_releases`]' query.
#[derive(sqlx::FromRow)]
struct HeldRow {
    url: String,
    is_placeholder: i64,
    sha256: String,
    etag: Option<String>,
    last_modified: Option<String>,
}

async fn held_releases(db: &Db) -> Result<HashMap<String, Held>, sqlx::Error> {
    let rows: Vec<HeldRow> = sqlx::query_as(
        "select p.url, p.is_placeholder, d.sha256, d.etag, d.last_modified from press_release p \
         join source_document d on d.source_document_id = p.source_document_id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let held = Held {
                is_placeholder: row.is_placeholder != 0,
                sha256: row.sha256,
                validators: Validators {
                    etag: row.etag,
                    last_modified: row.last_modified,
                },
            };
            (row.url, held)
        })
        .collect())
}

/// Plain lines or a progress bar.
pub(crate) struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    pub(crate) fn new(enabled: bool) -> Self {
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} {msg}",
                )
                .expect("a valid progress template"),
            );
            bar
        });
        Progress { bar }
    }

    fn message(&self, text: String) {
        match &self.bar {
            Some(bar) => bar.set_message(text),
            None => tracing::info!("{text}"),
        }
    }

    pub(crate) fn total(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.set_length(n);
        }
    }

    pub(crate) fn step(&self, text: String) {
        match &self.bar {
            Some(bar) => {
                bar.inc(1);
                bar.set_message(text);
            }
            None => tracing::info!("{text}"),
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

async fn record_failure(db: &Db, url: &str, failure: &FetchFailure) -> Result<(), sqlx::Error> {
    let now = now_utc();
    sqlx::query(
        "insert into fetch_failure (url, first_failed_at, last_failed_at, attempts, error) values ($1, $2, $2, $3, $4) \
         on conflict (url) do update set last_failed_at = excluded.last_failed_at, \
         attempts = fetch_failure.attempts + excluded.attempts, error = excluded.error",
    )
    .bind(url)
    .bind(&now)
    .bind(i64::from(failure.attempts))
    .bind(&failure.message)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Store one fetched page in its own transaction; returns (what changed, placeholder,
/// problems).
async fn store_page(
    db: &Db,
    url: &str,
    fetched: &crate::sources::fetch::Fetched,
    listed_on: Option<&str>,
) -> Result<(store::Stored, bool, usize), sqlx::Error> {
    let now = now_utc();
    let html = String::from_utf8_lossy(&fetched.body);
    let release = parse(&html, Some(url));
    let mut tx = db.pool().begin().await?;
    // The snapshot is kept under the address its bytes came from (after redirects within
    // the site); the release under the address the listing gave.
    let document = store_document(
        &mut tx,
        "press_release",
        &fetched.from,
        None,
        fetched,
        &now,
        "text/html",
    )
    .await?;
    let stored = store::store_release(&mut tx, url, document, &release, listed_on, &now).await?;
    sqlx::query("update press_release set last_fetched_at = $1 where url = $2")
        .bind(&now)
        .bind(url)
        .execute(&mut *tx)
        .await?;
    sqlx::query("delete from fetch_failure where url = $1")
        .bind(url)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((stored, release.is_placeholder, release.problems.len()))
}

/// Run a scrape, holding the press lock: a second scrape or reparse, in this process or any
/// other on the same database, is refused while one runs. A run that fails is recorded as
/// failed, with its error, before the error is returned.
pub async fn scrape(db: &Db, options: &ScrapeOptions) -> anyhow::Result<ScrapeSummary> {
    locked(db, crate::jobs::PRESS, "press_release", |guard| {
        scrape_locked(db, options, guard)
    })
    .await
}

/// Run `job` under the lock named `lock` and record its run under `source` (`finish_run` on
/// success, a failed run with the error otherwise).
pub(crate) async fn locked<T, F, Fut>(
    db: &Db,
    lock: &str,
    source: &str,
    job: F,
) -> anyhow::Result<T>
where
    T: Serialize,
    F: FnOnce(crate::jobs::LockGuard) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<T>>,
{
    let lock = db.try_lock(lock, crate::jobs::STALE_AFTER).await??;
    let started_at = now_utc();
    let result = job(lock.guard()).await;
    let recorded = match &result {
        Ok(summary) => finish_run(db, source, &started_at, summary, "succeeded").await,
        Err(error) => {
            let summary = serde_json::json!({ "error": format!("{error:#}") });
            finish_run(db, source, &started_at, &summary, "failed").await
        }
    };
    lock.release().await?;
    recorded?;
    result
}

async fn scrape_locked(
    db: &Db,
    options: &ScrapeOptions,
    guard: crate::jobs::LockGuard,
) -> anyhow::Result<ScrapeSummary> {
    let mut summary = ScrapeSummary::default();
    let mut client = PoliteClient::new(options.polite.clone(), &options.base_url)?;
    let progress = Progress::new(options.progress);
    let held = held_releases(db).await?;

    // 1. The listing, newest first, until a held release (or the limits); oldest first after.
    let mut queue = walk_listing(&mut client, options, &held, &progress, &mut summary).await;
    let mut queued: HashSet<String> = queue.iter().map(|(url, _)| url.clone()).collect();
    // 2. Held placeholders and earlier failures are tried again on every run.
    for (url, h) in &held {
        if h.is_placeholder && queued.insert(url.clone()) {
            queue.push((url.clone(), None));
        }
    }
    let failed_before: Vec<String> =
        sqlx::query_scalar("select url from fetch_failure order by url")
            .fetch_all(db.pool())
            .await?;
    for url in failed_before {
        if queued.insert(url.clone()) {
            queue.push((url, None));
        }
    }

    // 3. Each release.
    progress.total(queue.len() as u64);
    for (url, listed_on) in &queue {
        guard.check()?;
        let label = fetch_release(
            db,
            &mut client,
            url,
            held.get(url),
            listed_on.as_deref(),
            &mut summary,
        )
        .await?;
        progress.step(format!("{label}: {url}"));
    }
    progress.finish();
    summary.requests = client.requests;

    // 4. The join with the history, and focus areas for organizations it made.
    guard.check()?;
    summary.join = rejoin(db).await?;
    Ok(summary)
}

/// Fetch one release and store what changed; returns a word for the progress line.
async fn fetch_release(
    db: &Db,
    client: &mut PoliteClient,
    url: &str,
    known: Option<&Held>,
    listed_on: Option<&str>,
    summary: &mut ScrapeSummary,
) -> Result<&'static str, sqlx::Error> {
    let outcome = client.get(url, known.map(|h| &h.validators)).await;
    Ok(match outcome {
        Ok(Outcome::Fetched(fetched)) if known.is_none_or(|h| h.sha256 != fetched.sha256) => {
            let (stored, placeholder, problems) = store_page(db, url, &fetched, listed_on).await?;
            if stored.new_release {
                summary.fetched += 1;
            } else {
                summary.updated += 1;
            }
            summary.placeholders += u64::from(placeholder);
            summary.records_added += stored.records_added;
            summary.problems += problems as u64;
            if placeholder {
                "placeholder"
            } else if stored.new_release {
                "new"
            } else {
                "updated"
            }
        }
        // 304 Not Modified, or the same bytes as the snapshot held: one outcome.
        Ok(_) => {
            summary.unchanged += 1;
            sqlx::query("update press_release set last_fetched_at = $1 where url = $2")
                .bind(now_utc())
                .bind(url)
                .execute(db.pool())
                .await?;
            if known.is_some_and(|h| h.is_placeholder) {
                summary.placeholders += 1;
            }
            "unchanged"
        }
        Err(failure) if failure.disallowed => {
            summary.disallowed += 1;
            "disallowed by robots.txt"
        }
        Err(failure) => {
            tracing::warn!(%url, error = %failure, "release not fetched; recorded, the scrape goes on");
            record_failure(db, url, &failure).await?;
            summary.failed += 1;
            summary.failures.push(Failure {
                url: url.to_string(),
                error: failure.to_string(),
            });
            "failed"
        }
    })
}

/// Recompute the join (and classify any organization it made) in one transaction.
async fn rejoin(db: &Db) -> Result<crate::join::JoinSummary, sqlx::Error> {
    let mut tx = db.pool().begin().await?;
    let joined = crate::join::link_and_classify(&mut tx).await?;
    tx.commit().await?;
    Ok(joined)
}

async fn finish_run(
    db: &Db,
    source: &str,
    started_at: &str,
    summary: &impl Serialize,
    status: &str,
) -> Result<(), sqlx::Error> {
    let summary = serde_json::to_string(summary).expect("a summary serialises");
    db.record_run(source, started_at, status, &summary).await
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct ReparseSummary {
    pub releases: u64,
    /// Releases whose stored parse changed.
    pub changed: u64,
    pub records_added: u64,
    pub records_changed: u64,
    pub records_removed: u64,
    pub problems: u64,
    pub join: crate::join::JoinSummary,
}

/// Re-run the parser over every release's current snapshot (no network), then the join;
/// under the press lock, like [`scrape`].
pub async fn reparse(db: &Db) -> anyhow::Result<ReparseSummary> {
    locked(db, crate::jobs::PRESS, "press_release_reparse", |guard| {
        reparse_locked(db, guard)
    })
    .await
}

async fn reparse_locked(db: &Db, guard: crate::jobs::LockGuard) -> anyhow::Result<ReparseSummary> {
    let rows: Vec<(String, i64, Vec<u8>, Option<String>)> = sqlx::query_as(
        "select p.url, p.source_document_id, d.body, p.listed_on from press_release p \
         join source_document d on d.source_document_id = p.source_document_id order by p.press_release_id",
    )
    .fetch_all(db.pool())
    .await?;
    let mut summary = ReparseSummary::default();
    for (url, document, body, listed_on) in rows {
        guard.check()?;
        let release = parse(&String::from_utf8_lossy(&body), Some(&url));
        let mut tx = db.pool().begin().await?;
        let stored = store::store_release(
            &mut tx,
            &url,
            document,
            &release,
            listed_on.as_deref(),
            &now_utc(),
        )
        .await?;
        tx.commit().await?;
        summary.releases += 1;
        summary.changed += u64::from(
            stored.release_changed
                || stored.records_added + stored.records_changed + stored.records_removed > 0,
        );
        summary.records_added += stored.records_added;
        summary.records_changed += stored.records_changed;
        summary.records_removed += stored.records_removed;
        summary.problems += release.problems.len() as u64;
    }
    guard.check()?;
    summary.join = rejoin(db).await?;
    Ok(summary)
}
