//! The data version as the kept answers see it. Reading it is a query; on a cached answer that
//! query was most of the work. So each server reads it at most once per `check` interval and
//! answers from the version it holds in between: a change by any writer in any process is
//! seen by every server within one interval (`serve --data-check-ms`, 250 ms by default).
//! With an interval of zero every request reads it, as the in-process tests do.

use std::{
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use axum::http::HeaderValue;

use crate::db::{rates::DataVersion, Db};

/// One data version as the answers name it, computed once per version read.
#[derive(Debug)]
pub struct Current {
    /// The data version number: an answer of an older one is not kept.
    pub version: i64,
    /// Which database: a rebuilt one starts again from a low version.
    pub epoch: String,
    /// The data version and the server build: the key under which answers are kept.
    pub tag: String,
    /// `W/"tag"`; none (and so no 304) if the tag could not be a header value.
    pub etag: Option<HeaderValue>,
    /// When the data last changed, as an HTTP date.
    pub last_modified: Option<HeaderValue>,
}

impl Current {
    fn of(version: &DataVersion, build: &str) -> Current {
        let tag = format!("{}-{build}", version.tag());
        Current {
            version: version.version,
            epoch: version.epoch.clone(),
            etag: HeaderValue::from_str(&format!("W/\"{tag}\"")).ok(),
            last_modified: http_date(&version.changed_at),
            tag,
        }
    }
}

/// The version last read from one database, and when.
pub struct HeldVersion {
    db: Db,
    check: Duration,
    build: &'static str,
    held: Mutex<Option<(Instant, Arc<Current>)>>,
    /// Held by the one request that reads when the held version has expired.
    reading: tokio::sync::Mutex<()>,
    /// How many times the version was read, for tests and the curious.
    reads: AtomicU64,
}

impl HeldVersion {
    pub fn new(db: Db, check: Duration, build: &'static str) -> Arc<Self> {
        Arc::new(HeldVersion {
            db,
            check,
            build,
            held: Mutex::new(None),
            reading: tokio::sync::Mutex::new(()),
            reads: AtomicU64::new(0),
        })
    }

    /// The current version: the one held when it was read less than `check` ago, else read
    /// now. When it has expired, one request reads it and the requests that come meanwhile
    /// go on with the one held, older by at most that read; without one held they wait for
    /// it. An error (the database is down) is not held.
    pub async fn current(&self) -> Result<Arc<Current>, sqlx::Error> {
        if let Some(current) = self.fresh() {
            return Ok(current);
        }
        if self.check.is_zero() {
            return self.read().await;
        }
        let _reading = match self.reading.try_lock() {
            Ok(reading) => reading,
            Err(_) => match self.held() {
                Some(held) => return Ok(held),
                None => self.reading.lock().await,
            },
        };
        // Whoever read while this request waited left a fresh version.
        match self.fresh() {
            Some(current) => Ok(current),
            None => self.read().await,
        }
    }

    /// How many times the version was read from the database.
    pub fn reads(&self) -> u64 {
        self.reads.load(Ordering::Relaxed)
    }

    async fn read(&self) -> Result<Arc<Current>, sqlx::Error> {
        let read_at = Instant::now();
        self.reads.fetch_add(1, Ordering::Relaxed);
        let current = Arc::new(Current::of(&self.db.data_version().await?, self.build));
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        // Two requests may read at once: the later read wins, never an older version of the
        // same database (a rebuilt one, a new epoch, starts again from a low version).
        if held
            .as_ref()
            .is_none_or(|(_, h)| h.epoch != current.epoch || h.version <= current.version)
        {
            *held = Some((read_at, current.clone()));
        }
        Ok(current)
    }

    fn held(&self) -> Option<Arc<Current>> {
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.as_ref().map(|(_, current)| current.clone())
    }

    fn fresh(&self) -> Option<Arc<Current>> {
        if self.check.is_zero() {
            return None;
        }
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.as_ref()
            .filter(|(read_at, _)| read_at.elapsed() < self.check)
            .map(|(_, current)| current.clone())
    }
}

/// RFC 3339 → an HTTP date ("Thu, 03 Dec 2026 07:44:27 GMT").
fn http_date(rfc3339: &str) -> Option<HeaderValue> {
    let at = chrono::DateTime::parse_from_rfc3339(rfc3339).ok()?;
    let text = at
        .with_timezone(&chrono::Utc)
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    HeaderValue::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_date_is_in_gmt() {
        assert_eq!(
            http_date("2026-12-03T08:44:27.123+01:00").unwrap(),
            "Thu, 03 Dec 2026 07:44:27 GMT"
        );
        assert!(http_date("yesterday").is_none());
    }
}
