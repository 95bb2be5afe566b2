//! `ecosoc-watch esango`: the iCSO / esango profiles of the organizations we hold.
//!
//! Reads the register's list of organizations in consultative status (one page, every
//! profile code), keeps the profiles whose name matches a spelling we hold (by name key, the
//! linker's own normalisation; a name that matches nothing is not fetched), and fetches each
//! of those not held yet, politely ([`PoliteClient`]: robots.txt, a delay, retries, size and
//! time limits, never off the site). Every page's bytes are kept as a snapshot; each profile
//! is written in its own transaction, so a failure later in the run loses nothing already
//! stored. A page that does not read as a profile is kept as a snapshot and reported, and
//! the profile held before it (if any) stays.
//!
//! What a profile declares is the organization's own account of itself: it is offered to
//! curators (`orgs area-hints`, evidence `declared`) and exported in the data package, never
//! counted as a focus area by itself (its precision is not measured).

use std::collections::HashSet;

use serde::Serialize;

use crate::{
    db::{now_utc, write::store_document, Db},
    names::name_key,
    scrape::{
        client::{Outcome, PoliteClient, PoliteConfig},
        locked, Failure, Progress,
    },
    sources::{esango, fetch::Fetched},
};

pub const DEFAULT_BASE_URL: &str = "https://esango.un.org";

#[derive(Debug, Clone)]
pub struct EsangoOptions {
    /// The register, e.g. `https://esango.un.org` (a local fixture server in tests).
    pub base_url: String,
    /// Fetch at most this many profiles in this run.
    pub limit: Option<usize>,
    /// Fetch held profiles again too.
    pub refetch: bool,
    pub polite: PoliteConfig,
    pub progress: bool,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct EsangoSummary {
    /// Organizations on the register's list.
    pub listed: u64,
    /// The list is as long as its page shows ([`esango::LIST_PAGE_SIZE`]): organizations
    /// past it were not listed, so not matched.
    pub list_may_be_cut: bool,
    /// Of those, the ones whose name matches a spelling we hold.
    pub matched: u64,
    /// Profiles fetched and read in this run.
    pub stored: u64,
    /// Matched profiles already held and not fetched again.
    pub held: u64,
    /// Matched profiles left for a later run by `--limit`.
    pub left: u64,
    /// Profiles held whose code the list no longer names (kept, marked as no longer
    /// listed); none when the list may be cut.
    pub unlisted: u64,
    /// Addresses that could not be fetched.
    pub failed: Vec<Failure>,
    /// Pages fetched that do not read as a profile (kept as snapshots).
    pub unreadable: Vec<Failure>,
    pub requests: u32,
}

/// Run a fetch under the esango lock, recorded in the run log as `esango`.
pub async fn fetch(db: &Db, options: &EsangoOptions) -> anyhow::Result<EsangoSummary> {
    locked(db, crate::jobs::ESANGO, "esango", |guard| async move {
        let mut summary = EsangoSummary::default();
        let mut client = PoliteClient::new(options.polite.clone(), &options.base_url)?;
        let queue = matched_profiles(db, &mut client, options, &mut summary).await?;
        let progress = Progress::new(options.progress);
        progress.total(queue.len() as u64);
        for entry in &queue {
            guard.check()?;
            let word = fetch_profile(db, &mut client, options, entry, &mut summary).await?;
            progress.step(format!("{word}: profile {}", entry.profile_code));
        }
        progress.finish();
        summary.requests = client.requests;
        Ok(summary)
    })
    .await
}

fn address(options: &EsangoOptions, path: &str) -> String {
    format!("{}{path}", options.base_url.trim_end_matches('/'))
}

/// The list, stored and read; the entries to fetch in this run, in the list's order.
async fn matched_profiles(
    db: &Db,
    client: &mut PoliteClient,
    options: &EsangoOptions,
    summary: &mut EsangoSummary,
) -> anyhow::Result<Vec<esango::ListEntry>> {
    let url = address(options, esango::LIST_PATH);
    let fetched = match client.get(&url, None).await {
        Ok(Outcome::Fetched(fetched)) => fetched,
        Ok(Outcome::NotModified) => anyhow::bail!("{url}: 304 to a request without validators"),
        Err(failure) => anyhow::bail!("the register's list could not be fetched: {failure}"),
    };
    keep_snapshot(&mut *db.pool().acquire().await?, &fetched, &now_utc()).await?;
    let entries = esango::parse_list(&String::from_utf8_lossy(&fetched.body))
        .map_err(|e| anyhow::anyhow!("{url}: {e}"))?;
    let ours: HashSet<String> =
        sqlx::query_scalar("select distinct name_key from organization_name")
            .fetch_all(db.pool())
            .await?
            .into_iter()
            .collect();
    let held: HashSet<String> = sqlx::query_scalar("select profile_code from esango_profile")
        .fetch_all(db.pool())
        .await?
        .into_iter()
        .collect();
    summary.listed = entries.len() as u64;
    summary.list_may_be_cut = entries.len() >= esango::LIST_PAGE_SIZE;
    if summary.list_may_be_cut {
        tracing::warn!(
            "the register's list holds {} organizations, as many as its page shows: \
             some may be missing (raise `show=` in sources::esango::LIST_PATH)",
            entries.len()
        );
    }
    if !summary.list_may_be_cut {
        let listed: HashSet<&str> = entries.iter().map(|e| e.profile_code.as_str()).collect();
        summary.unlisted = mark_listed(db, &listed).await?;
    }
    let mut queue = Vec::new();
    for entry in entries {
        if !ours.contains(&name_key(&entry.name)) {
            continue;
        }
        summary.matched += 1;
        if held.contains(&entry.profile_code) && !options.refetch {
            summary.held += 1;
        } else if options.limit.is_some_and(|limit| queue.len() >= limit) {
            summary.left += 1;
        } else {
            queue.push(entry);
        }
    }
    Ok(queue)
}

/// Mark each held profile as listed or not by a whole list's codes, changing only the rows
/// whose mark changes (each change bumps the data version); the number no longer listed.
async fn mark_listed(db: &Db, listed: &HashSet<&str>) -> Result<u64, sqlx::Error> {
    let held: Vec<(String, i64)> =
        sqlx::query_as("select profile_code, listed from esango_profile")
            .fetch_all(db.pool())
            .await?;
    let mut tx = db.pool().begin().await?;
    let mut unlisted = 0;
    for (code, was) in held {
        let is = i64::from(listed.contains(code.as_str()));
        unlisted += u64::from(is == 0);
        if is != was {
            sqlx::query("update esango_profile set listed = $1 where profile_code = $2")
                .bind(is)
                .bind(&code)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(unlisted)
}

/// Keep a page's bytes as a snapshot, on `conn` (a transaction's, or the pool's).
async fn keep_snapshot(
    conn: &mut sqlx::AnyConnection,
    fetched: &Fetched,
    now: &str,
) -> Result<i64, sqlx::Error> {
    store_document(
        conn,
        "esango",
        &fetched.from,
        None,
        fetched,
        now,
        "text/html",
    )
    .await
}

/// Fetch one profile; store its snapshot and, when it reads, the profile. Returns a word
/// for the progress line. Only a database error ends the run.
async fn fetch_profile(
    db: &Db,
    client: &mut PoliteClient,
    options: &EsangoOptions,
    entry: &esango::ListEntry,
    summary: &mut EsangoSummary,
) -> Result<&'static str, sqlx::Error> {
    let url = address(options, &esango::profile_path(&entry.profile_code));
    let fetched = match client.get(&url, None).await {
        Ok(Outcome::Fetched(fetched)) => fetched,
        Ok(Outcome::NotModified) => return Ok("unchanged"),
        Err(failure) => {
            summary.failed.push(Failure {
                url,
                error: failure.to_string(),
            });
            return Ok("failed");
        }
    };
    let profile = esango::parse_profile(&String::from_utf8_lossy(&fetched.body));
    let Ok(profile) = profile else {
        keep_snapshot(&mut *db.pool().acquire().await?, &fetched, &now_utc()).await?;
        summary.unreadable.push(Failure {
            url,
            error: profile.err().map(|e| e.to_string()).unwrap_or_default(),
        });
        return Ok("unreadable");
    };
    store_profile(db, entry, &fetched, &profile).await?;
    summary.stored += 1;
    Ok("stored")
}

/// The snapshot and the profile read from it, in one transaction, replacing what was held
/// under the same code (its row keeps its id). The profile is matched by the name the list
/// gave, the one that matched ours; the profile's own spelling is kept beside it.
async fn store_profile(
    db: &Db,
    entry: &esango::ListEntry,
    fetched: &Fetched,
    profile: &esango::Profile,
) -> Result<(), sqlx::Error> {
    let now = now_utc();
    let code = entry.profile_code.as_str();
    let mut tx = db.pool().begin().await?;
    let document = keep_snapshot(&mut tx, fetched, &now).await?;
    sqlx::query(
        "delete from esango_expertise where esango_profile_id in \
         (select esango_profile_id from esango_profile where profile_code = $1)",
    )
    .bind(code)
    .execute(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "insert into esango_profile (profile_code, source_document_id, name, name_key, status, \
         status_year, headquarters, parser_version, fetched_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         on conflict (profile_code) do update set source_document_id = excluded.source_document_id, \
         name = excluded.name, name_key = excluded.name_key, status = excluded.status, \
         status_year = excluded.status_year, headquarters = excluded.headquarters, \
         parser_version = excluded.parser_version, fetched_at = excluded.fetched_at \
         returning esango_profile_id",
    )
    .bind(code)
    .bind(document)
    .bind(&profile.name)
    .bind(name_key(&entry.name))
    .bind(profile.status.clone())
    .bind(profile.status_year.map(i64::from))
    .bind(profile.headquarters.clone())
    .bind(esango::PARSER_VERSION)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    for (position, entry) in profile.expertise.iter().enumerate() {
        sqlx::query(
            "insert into esango_expertise (esango_profile_id, position, heading, field) \
             values ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&entry.heading)
        .bind(entry.field.clone())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}
