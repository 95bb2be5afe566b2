//! Jobs that must not run twice at once — the press scrape and reparse — whichever process or
//! server starts them, on one database. A lock is a row of `job_lock`: taken by inserting it,
//! renewed by its holder's heartbeat, given back by deleting it. A holder that crashed stops
//! renewing: once its heartbeat is older than [`STALE_AFTER`] the next taker replaces it, and
//! on the same machine at once when the holder's process is gone (the holder names its host
//! and process id), so no lock outlives its process and none needs a person to clear it.

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::Duration,
};

use chrono::{SecondsFormat, Utc};

use crate::db::{now_utc, Db};

/// The press layer's writers: `scrape` and `reparse`.
pub const PRESS: &str = "press";

/// The iCSO / esango profiles' writer: `esango`.
pub const ESANGO: &str = "esango";

/// A lock whose heartbeat is older than this was left by a process that is gone.
pub const STALE_AFTER: Duration = Duration::from_secs(15 * 60);

/// How often a holder renews its lock.
pub const HEARTBEAT: Duration = Duration::from_secs(60);

/// Someone else holds the lock.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "another {name} job is running ({holder}, since {acquired_at}); try again when it has finished"
)]
pub struct Busy {
    pub name: String,
    pub holder: String,
    pub acquired_at: String,
}

/// A held lock. Its heartbeat runs until [`JobLock::release`] or until it is dropped (then the
/// row stays and goes stale: a crash and a forgotten release look the same to the next taker).
#[derive(Debug)]
pub struct JobLock {
    db: Db,
    name: String,
    holder: String,
    heartbeat: tokio::task::JoinHandle<()>,
    lost: Arc<AtomicBool>,
}

/// What a job checks between its steps: whether its lock is still its own. A holder whose
/// heartbeat failed for [`STALE_AFTER`] (a stalled machine, a lost network) may find its lock
/// taken over; it must then stop, so that two jobs never write at once.
#[derive(Debug, Clone)]
pub struct LockGuard {
    name: String,
    lost: Arc<AtomicBool>,
}

/// The lock was taken over while its job ran.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {0} lock was taken over by another process while this job ran: stopping, so that two jobs do not write at once")]
pub struct LockLost(pub String);

impl LockGuard {
    pub fn check(&self) -> Result<(), LockLost> {
        if self.lost.load(Ordering::SeqCst) {
            Err(LockLost(self.name.clone()))
        } else {
            Ok(())
        }
    }
}

impl Db {
    /// Take the lock `name`, or say who holds it. A stale lock (no heartbeat for
    /// `stale_after`) is taken over, with a warning.
    pub async fn try_lock(
        &self,
        name: &str,
        stale_after: Duration,
    ) -> Result<Result<JobLock, Busy>, sqlx::Error> {
        let holder = format!(
            "{}:{}:{}",
            this_machine(),
            std::process::id(),
            Utc::now().timestamp_nanos_opt().unwrap_or_default()
        );
        // A holder that releases between our insert and our look is gone: one more try.
        for _ in 0..2 {
            match self.take(name, &holder, stale_after).await? {
                Taken::Yes => {
                    let lost = Arc::new(AtomicBool::new(false));
                    let heartbeat = tokio::spawn(heartbeat(
                        self.clone(),
                        name.to_string(),
                        holder.clone(),
                        lost.clone(),
                    ));
                    return Ok(Ok(JobLock {
                        db: self.clone(),
                        name: name.to_string(),
                        holder,
                        heartbeat,
                        lost,
                    }));
                }
                Taken::No(Some(busy)) => return Ok(Err(busy)),
                Taken::No(None) => continue,
            }
        }
        Ok(Err(Busy {
            name: name.to_string(),
            holder: "(another process, just now)".to_string(),
            acquired_at: now_utc(),
        }))
    }

    /// One attempt at taking the lock.
    async fn take(
        &self,
        name: &str,
        holder: &str,
        stale_after: Duration,
    ) -> Result<Taken, sqlx::Error> {
        let now = now_utc();
        let inserted = sqlx::query(
            "insert into job_lock (name, holder, acquired_at, heartbeat_at) values ($1, $2, $3, $3) \
             on conflict (name) do nothing",
        )
        .bind(name)
        .bind(holder)
        .bind(&now)
        .execute(self.pool())
        .await?
        .rows_affected();
        let taken = if inserted == 1 {
            true
        } else {
            let cutoff = (Utc::now()
                - chrono::Duration::from_std(stale_after)
                    .unwrap_or_else(|_| chrono::Duration::days(365)))
            .to_rfc3339_opts(SecondsFormat::Secs, true);
            let mut replaced = sqlx::query(
                "update job_lock set holder = $2, acquired_at = $3, heartbeat_at = $3 \
                 where name = $1 and heartbeat_at < $4",
            )
            .bind(name)
            .bind(holder)
            .bind(&now)
            .bind(&cutoff)
            .execute(self.pool())
            .await?
            .rows_affected();
            if replaced == 0 {
                // A holder on this machine whose process is gone (killed, crashed).
                let current: Option<String> =
                    sqlx::query_scalar("select holder from job_lock where name = $1")
                        .bind(name)
                        .fetch_optional(self.pool())
                        .await?;
                if let Some(dead) = current.filter(|h| is_dead_here(h)) {
                    replaced = sqlx::query(
                        "update job_lock set holder = $2, acquired_at = $3, heartbeat_at = $3 \
                         where name = $1 and holder = $4",
                    )
                    .bind(name)
                    .bind(holder)
                    .bind(&now)
                    .bind(&dead)
                    .execute(self.pool())
                    .await?
                    .rows_affected();
                }
            }
            if replaced == 1 {
                tracing::warn!(
                    lock = name,
                    "took over a lock whose holder stopped renewing it"
                );
            }
            replaced == 1
        };
        if taken {
            return Ok(Taken::Yes);
        }
        let row: Option<(String, String)> =
            sqlx::query_as("select holder, acquired_at from job_lock where name = $1")
                .bind(name)
                .fetch_optional(self.pool())
                .await?;
        Ok(Taken::No(row.map(|(holder, acquired_at)| Busy {
            name: name.to_string(),
            holder,
            acquired_at,
        })))
    }
}

/// What one attempt found: the lock, or its holder (`None`: it was released meanwhile).
enum Taken {
    Yes,
    No(Option<Busy>),
}

/// Where process ids mean the same: the host name and the process-id namespace
/// ("web-1:4026531836"). Two containers that share a host name but not their process ids
/// differ here, so neither takes the other's lock for a dead process.
pub fn this_machine() -> String {
    let clean = |s: String| s.trim().replace(':', "_");
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(clean)
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "host".to_string());
    let namespace = std::fs::read_link("/proc/self/ns/pid")
        .ok()
        .map(|link| {
            link.to_string_lossy()
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
        })
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "-".to_string());
    format!("{host}:{namespace}")
}

/// Whether `holder` ("host:namespace:pid:nanos") is a process of this machine's process-id
/// namespace that no longer runs. Only Linux can tell (by /proc); elsewhere, or for another
/// machine, a lock waits for its heartbeat to go stale.
fn is_dead_here(holder: &str) -> bool {
    let parts: Vec<&str> = holder.split(':').collect();
    let [host, namespace, pid, _] = parts[..] else {
        return false;
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    cfg!(target_os = "linux")
        && namespace != "-"
        && format!("{host}:{namespace}") == this_machine()
        && pid != std::process::id()
        && !runs(pid)
}

/// Whether process `pid` of this namespace runs: its /proc entry exists and it is not a
/// zombie (killed, not yet reaped by its parent).
fn runs(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        // "pid (command) S ...": the state follows the command's closing bracket.
        let state = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next());
        !matches!(state, Some('Z' | 'X') | None)
    })
}

/// Renew the lock every [`HEARTBEAT`] while its holder works.
async fn heartbeat(db: Db, name: String, holder: String, lost: Arc<AtomicBool>) {
    loop {
        tokio::time::sleep(HEARTBEAT).await;
        match renew(&db, &name, &holder).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::error!(lock = %name, "the lock was taken over while held: the job stops at its next step");
                lost.store(true, Ordering::SeqCst);
                return;
            }
            Err(error) => tracing::warn!(lock = %name, %error, "could not renew the lock"),
        }
    }
}

/// Renew `holder`'s lock; false when the lock is no longer its own.
async fn renew(db: &Db, name: &str, holder: &str) -> Result<bool, sqlx::Error> {
    let renewed =
        sqlx::query("update job_lock set heartbeat_at = $3 where name = $1 and holder = $2")
            .bind(name)
            .bind(holder)
            .bind(now_utc())
            .execute(db.pool())
            .await?;
    Ok(renewed.rows_affected() == 1)
}

impl JobLock {
    pub fn holder(&self) -> &str {
        &self.holder
    }

    /// What the job checks between its steps.
    pub fn guard(&self) -> LockGuard {
        LockGuard {
            name: self.name.clone(),
            lost: self.lost.clone(),
        }
    }

    /// Renew now, as the heartbeat does every minute; a lock no longer ours is marked lost.
    pub async fn renew(&self) -> Result<bool, sqlx::Error> {
        let ours = renew(&self.db, &self.name, &self.holder).await?;
        if !ours {
            self.lost.store(true, Ordering::SeqCst);
        }
        Ok(ours)
    }

    /// Give the lock back (only if still ours).
    pub async fn release(self) -> Result<(), sqlx::Error> {
        self.heartbeat.abort();
        sqlx::query("delete from job_lock where name = $1 and holder = $2")
            .bind(&self.name)
            .bind(&self.holder)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }
}

impl Drop for JobLock {
    fn drop(&mut self) {
        self.heartbeat.abort();
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_zombie_does_not_run_and_this_process_does() {
        assert!(runs(std::process::id()));
        let mut child = std::process::Command::new("true").spawn().expect("a child");
        // Exited but not yet waited for: a zombie, whose /proc entry still exists.
        let pid = child.id();
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while runs(pid) && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(std::path::Path::new(&format!("/proc/{pid}")).exists());
        assert!(!runs(pid));
        child.wait().expect("reaped");
        assert!(!runs(pid));
        // A holder of this machine whose process is gone is dead; one of another is not known.
        assert!(is_dead_here(&format!("{}:{pid}:1", this_machine())));
        assert!(!is_dead_here(&format!("elsewhere:1:{pid}:1")));
        assert!(!is_dead_here(&format!(
            "{}:{}:1",
            this_machine(),
            std::process::id()
        )));
        assert!(!is_dead_here("garbage"));
    }
}
