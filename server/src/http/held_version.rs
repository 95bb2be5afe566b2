//! The data version as the kept answers see it. Reading it is a query; on a cached answer that
//! query was most of the work. So each server reads it at most once per `check` interval and
//! answers from the version it holds in between: a change by any writer in any process is
//! seen by every server within one interval (`serve --data-check-ms`, 250 ms by default).
//! With an interval of zero every request reads it, as the in-process tests do.

use std::{
    sync::{Arc, Mutex},
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
}

impl HeldVersion {
    pub fn new(db: Db, check: Duration, build: &'static str) -> Arc<Self> {
        Arc::new(HeldVersion {
            db,
            check,
            build,
            held: Mutex::new(None),
        })
    }

    /// The current version: the one held when it was read less than `check` ago, else read
    /// now. An error (the database is down) is not held.
    pub async fn current(&self) -> Result<Arc<Current>, sqlx::Error> {
        if let Some(current) = self.fresh() {
            return Ok(current);
        }
        let read_at = Instant::now();
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
