//! Database access. One code path for SQLite (the embedded default) and PostgreSQL, through
//! sqlx's `Any` driver: portable SQL with `$1` placeholders, text timestamps, `bigint`
//! integers. Each engine has its own migration folder with the same versions, because the
//! two spell auto-increment keys and byte columns differently.

pub mod focus;
pub mod lines;
pub mod methodology;
pub mod organizations;
pub mod overview;
pub mod press;
pub mod rates;
pub mod search;
pub mod session_detail;
pub mod sessions;
pub mod states;
pub mod waiting;
pub mod who_asks;
pub mod write;

use std::{path::Path, str::FromStr, sync::Arc, time::Duration};

use sqlx::{
    any::{AnyPoolOptions, AnyRow},
    migrate::Migrator,
    AnyPool, Executor,
};

/// The default database: a SQLite file under `./data`, created on first use.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/ecosoc-watch.db";

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://USER@HOST/DB")]
    UnsupportedUrl(String),
    #[error("could not create the directory for the SQLite file {path}: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Which engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn from_url(url: &str) -> Result<Self, DbError> {
        if url.starts_with("sqlite:") {
            Ok(Engine::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Engine::Postgres)
        } else {
            Err(DbError::UnsupportedUrl(url.to_string()))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// A connection pool and the engine behind it. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    engine: Engine,
    /// What the rates are computed from, kept while the data does not change.
    rates_inputs: Arc<Cached<rates::Inputs>>,
    /// The organization search's index, kept while the data does not change.
    search_index: Arc<Cached<crate::search::SearchIndex>>,
    /// The per-session counts, which every sessions page and answer reads whole.
    sessions: Arc<Cached<Vec<app::model::SessionRow>>>,
    /// The press layer's questions and votes as the who-asks measure reads them.
    press_inputs: Arc<Cached<crate::measures::who_asks::PressInputs>>,
    /// The site's public address, which citations name (`serve --public-url`).
    site_url: Arc<str>,
}

/// The public address citations name when `serve` is not told one: its default listen address.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:3000";

impl Db {
    /// Connect, creating a SQLite file (and its directory) when it does not exist yet.
    pub async fn connect(url: &str) -> Result<Self, DbError> {
        sqlx::any::install_default_drivers();
        let engine = Engine::from_url(url)?;
        let mut options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let url = match engine {
            Engine::Sqlite => {
                let (url, in_memory) = sqlite_url(url)?;
                if in_memory {
                    // Every connection to `:memory:` is its own empty database.
                    options = options.max_connections(1);
                } else {
                    options = options.max_connections(8);
                }
                options = options.after_connect(|conn, _meta| {
                    Box::pin(async move {
                        conn.execute(
                            "pragma foreign_keys = on; pragma busy_timeout = 10000; \
                             pragma journal_mode = wal; pragma synchronous = normal;",
                        )
                        .await?;
                        Ok(())
                    })
                });
                url
            }
            Engine::Postgres => {
                options = options.max_connections(10);
                url.to_string()
            }
        };
        let pool = options.connect(&url).await?;
        Ok(Db {
            pool,
            engine,
            rates_inputs: Arc::default(),
            search_index: Arc::default(),
            sessions: Arc::default(),
            press_inputs: Arc::default(),
            site_url: Arc::from(DEFAULT_SITE_URL),
        })
    }

    /// The same database, citing views under `url` (no trailing slash needed).
    pub fn with_site_url(mut self, url: &str) -> Self {
        self.site_url = Arc::from(url.trim_end_matches('/'));
        self
    }

    pub fn site_url(&self) -> &str {
        &self.site_url
    }

    /// Connect and bring the schema up to date.
    pub async fn connect_and_migrate(url: &str) -> Result<Self, DbError> {
        let db = Self::connect(url).await?;
        db.migrate().await?;
        Ok(db)
    }

    /// Apply the migrations of this engine that have not run yet.
    pub async fn migrate(&self) -> Result<(), DbError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// The versions of the migrations this binary carries, for `ecosoc-watch migrate`.
    pub fn known_migrations(&self) -> Vec<(i64, String)> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .iter()
            .map(|m| (m.version, m.description.to_string()))
            .collect()
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// A round trip to the database, for `/healthz`.
    pub async fn ping(&self) -> Result<(), DbError> {
        let _: AnyRow = sqlx::query("select 1").fetch_one(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Normalise a SQLite URL: create the file's directory and ask for the file to be created.
fn sqlite_url(url: &str) -> Result<(String, bool), DbError> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest, None),
    };
    let in_memory = path == ":memory:" || query.is_some_and(|q| q.contains("mode=memory"));
    if in_memory {
        return Ok((url.to_string(), true));
    }
    if let Some(dir) = Path::new(path).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|source| DbError::CreateDir {
                path: dir.display().to_string(),
                source,
            })?;
        }
    }
    let url = match query {
        Some(q) if q.contains("mode=") => url.to_string(),
        Some(_) => format!("{url}&mode=rwc"),
        None => format!("{url}?mode=rwc"),
    };
    // Validate early, with sqlx's own parser, so a typo fails with a clear message.
    sqlx::sqlite::SqliteConnectOptions::from_str(&url)?;
    Ok((url, false))
}

/// A value computed from the data, kept while the data does not change: `get` rebuilds it
/// when the data's stamp (`Db::stamp`: imports, scrapes, re-classification, curators' work)
/// differs from the one it was built at. One build at a time; readers share the result.
#[derive(Debug)]
pub struct Cached<T>(tokio::sync::Mutex<Option<(String, Arc<T>)>>);

impl<T> Default for Cached<T> {
    fn default() -> Self {
        Cached(tokio::sync::Mutex::new(None))
    }
}

impl<T> Cached<T> {
    pub async fn get<F, Fut>(&self, stamp: String, build: F) -> Result<Arc<T>, sqlx::Error>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<T, sqlx::Error>>,
    {
        let mut cache = self.0.lock().await;
        if let Some((cached, value)) = cache.as_ref() {
            if *cached == stamp {
                return Ok(value.clone());
            }
        }
        let value = Arc::new(build().await?);
        *cache = Some((stamp, value.clone()));
        Ok(value)
    }
}

/// The session of a row that selects it as `year`, `part` and `date` (the adoption date).
/// `sql` as a query for rows of type `R`, with `id` bound to `$1` when there is one: the
/// same query for one record or for all, where the filter only narrows it.
pub(crate) fn with_optional_id<R>(
    sql: &str,
    id: Option<i64>,
) -> sqlx::query::QueryAs<'_, sqlx::Any, R, sqlx::any::AnyArguments<'_>>
where
    R: for<'r> sqlx::FromRow<'r, AnyRow>,
{
    let query = sqlx::query_as(sql);
    match id {
        Some(id) => query.bind(id),
        None => query,
    }
}

/// Where a stored session part falls within its year (0 regular, 1 resumed). The schema's
/// check allows only the two names, so anything else is reported as a decoding error.
pub(crate) fn part_order(part: &str) -> Result<u8, sqlx::Error> {
    app::model::SessionPart::stored(part)
        .map(app::model::SessionPart::order)
        .map_err(|e| sqlx::Error::Decode(e.into()))
}

pub(crate) fn session_of(row: &AnyRow) -> Result<app::model::SessionRef, sqlx::Error> {
    use sqlx::Row;
    Ok(app::model::SessionRef {
        year: row.try_get("year")?,
        part: row.try_get("part")?,
        date: row.try_get("date")?,
    })
}

/// [`session_of`] for a row whose session may be missing (a null `year`).
pub(crate) fn session_ref(row: &AnyRow) -> Result<Option<app::model::SessionRef>, sqlx::Error> {
    use sqlx::Row;
    let year: Option<i64> = row.try_get("year")?;
    year.map(|_| session_of(row)).transpose()
}

/// The source document of a row that selects it as `source`, `url` and `file_name`.
pub(crate) fn source_ref(row: &AnyRow) -> Result<app::model::SourceRef, sqlx::Error> {
    use sqlx::Row;
    Ok(app::model::SourceRef {
        source: row.try_get("source")?,
        url: row.try_get("url")?,
        file_name: row.try_get("file_name")?,
    })
}

/// A recorded vote that counts, as SQL on the recorded vote aliased `rv`: the reports' one,
/// or a release's where the reports hold no recorded vote on the same application at the same
/// session. A roll call both sources record is then counted once (the rule the considerations
/// follow), and a release's vote on anything else (an amendment) still counts.
pub fn primary_vote(rv: &str) -> String {
    format!(
        "({rv}.source = 'steinert' or not exists (select 1 from recorded_vote pv \
           join consideration pc on pc.consideration_id = pv.consideration_id \
           join consideration oc on oc.consideration_id = {rv}.consideration_id \
           where pv.source = 'steinert' and pv.session_id = {rv}.session_id \
             and pc.application_id = oc.application_id))"
    )
}

impl Db {
    /// Add a finished run to the run log (`import_run`): what ran, when, how it ended
    /// (`succeeded` or `failed`) and its summary or error as text.
    pub async fn record_run(
        &self,
        source: &str,
        started_at: &str,
        status: &str,
        summary: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "insert into import_run (source, started_at, finished_at, status, summary) \
             values ($1, $2, $3, $4, $5)",
        )
        .bind(source)
        .bind(started_at)
        .bind(now_utc())
        .bind(status)
        .bind(summary)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

/// Now, as the RFC 3339 UTC text the schema stores.
pub fn now_utc() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_from_url() {
        assert_eq!(
            Engine::from_url("sqlite://x.db").expect("sqlite"),
            Engine::Sqlite
        );
        assert_eq!(
            Engine::from_url("postgres://u@h/d").expect("pg"),
            Engine::Postgres
        );
        assert!(Engine::from_url("mysql://u@h/d").is_err());
    }

    #[test]
    fn sqlite_url_asks_for_creation_and_keeps_explicit_modes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("sub/dir/x.db");
        let (url, mem) = sqlite_url(&format!("sqlite://{}", file.display())).expect("url");
        assert!(!mem);
        assert!(url.ends_with("?mode=rwc"), "{url}");
        assert!(file.parent().expect("parent").is_dir(), "directory created");
        let (url, _) = sqlite_url(&format!("sqlite://{}?mode=ro", file.display())).expect("url");
        assert!(url.ends_with("?mode=ro"));
        assert!(sqlite_url("sqlite::memory:").expect("mem").1);
    }

    #[test]
    fn migration_folders_carry_the_same_versions() {
        let sqlite: Vec<_> = SQLITE_MIGRATIONS.iter().map(|m| m.version).collect();
        let postgres: Vec<_> = POSTGRES_MIGRATIONS.iter().map(|m| m.version).collect();
        assert!(!sqlite.is_empty());
        assert_eq!(
            sqlite, postgres,
            "migrations/sqlite and migrations/postgres must stay in step"
        );
    }
}
