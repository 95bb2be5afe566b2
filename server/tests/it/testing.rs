//! Fresh, migrated databases for tests, on both engines: a temporary SQLite file and, where
//! PostgreSQL is reachable, a database of its own per test. With `CI=true` an unreachable
//! PostgreSQL is an error, not a skip.
//!
//! The PostgreSQL server is `ECOSOC_WATCH_TEST_POSTGRES_URL`, by default
//! `postgres://postgres@127.0.0.1:5432/test` (trust auth).

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::{Connection, Executor};

use ecosoc_watch::db::{Db, Engine};

/// Prefix of every database the tests create; `scripts/test.sh` drops leftovers.
pub const TEST_DATABASE_PREFIX: &str = "ecosoc_test_";

/// A migrated database that is removed by [`TestDb::finish`].
pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDb {
    pub fn engine(&self) -> Engine {
        self.db.engine()
    }

    /// Close the pool and drop the database.
    pub async fn finish(self) {
        self.db.close().await;
        match self.cleanup {
            Cleanup::Sqlite(dir) => drop(dir),
            Cleanup::Postgres { admin_url, name } => {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = conn
                        .execute(format!("drop database if exists {name} with (force)").as_str())
                        .await;
                }
            }
        }
    }
}

fn postgres_admin_url() -> String {
    std::env::var("ECOSOC_WATCH_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// A fresh migrated SQLite database in a temporary directory.
pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().expect("a temporary directory for the test database");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let db = Db::connect_and_migrate(&url)
        .await
        .expect("migrating a fresh SQLite database");
    TestDb {
        db,
        url,
        cleanup: Cleanup::Sqlite(dir),
    }
}

/// A fresh migrated PostgreSQL database, or `None` (with a notice) when the server is not
/// reachable outside CI.
pub async fn postgres() -> Option<TestDb> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let admin_url = postgres_admin_url();
    let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
        Ok(conn) => conn,
        Err(error) => {
            if in_ci() {
                panic!("PostgreSQL at {admin_url} is not reachable in CI: {error}");
            }
            eprintln!(
                "NOTICE: skipping the PostgreSQL half of this test: {admin_url} is not reachable \
                 ({error}). Start PostgreSQL or set ECOSOC_WATCH_TEST_POSTGRES_URL."
            );
            return None;
        }
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let name = format!(
        "{TEST_DATABASE_PREFIX}{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    admin
        .execute(format!("create database {name}").as_str())
        .await
        .expect("creating a test database");
    let _ = admin.close().await;
    let mut url = url::Url::parse(&admin_url).expect("a valid PostgreSQL URL");
    url.set_path(&name);
    let url = url.to_string();
    let db = Db::connect_and_migrate(&url)
        .await
        .expect("migrating a fresh PostgreSQL database");
    Some(TestDb {
        db,
        url,
        cleanup: Cleanup::Postgres { admin_url, name },
    })
}

/// Fresh databases on every engine that can run here: SQLite always, PostgreSQL when
/// reachable (always in CI).
pub async fn all_engines() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres().await);
    dbs
}

/// The shared copy of the reports dataset (`../shared/ecosoc_status_steinert`), or `None`
/// with a printed notice when it is not there. CI has it.
pub fn shared_steinert_dir() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/ecosoc_status_steinert");
    if dir.join("xlsx").is_dir() {
        Some(dir)
    } else if in_ci() {
        panic!("{} is missing in CI", dir.display());
    } else {
        eprintln!(
            "NOTICE: skipping: the reports dataset is not at {} (it is beside the repository in CI)",
            dir.display()
        );
        None
    }
}

/// The whole router over `db`, as `serve` builds it, for in-process requests.
pub fn app(db: &Db) -> axum::Router {
    app_with_load(db, ecosoc_watch::autoload::new_status())
}

/// [`app`] with the given background-load state.
pub fn app_with_load(db: &Db, load: ecosoc_watch::autoload::LoadStatus) -> axum::Router {
    ecosoc_watch::http::router(ecosoc_watch::http::AppState {
        db: db.clone(),
        leptos_options: ecosoc_watch::http::leptos_options(
            "target/site",
            "127.0.0.1:3000".parse().expect("a valid address"),
        ),
        load,
    })
}

/// How long [`get`] waits for a whole response before failing the test: a hung render fails
/// loudly instead of holding CI until its time runs out.
pub const GET_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// GET `uri` in process; the status and the body as text. Panics when the response has not
/// been read whole within [`GET_TIMEOUT`].
pub async fn get(app: &axum::Router, uri: &str) -> (http::StatusCode, String) {
    let (status, _, body) = get_with_headers(app, uri).await;
    (status, body)
}

/// [`get`], with the response's headers.
pub async fn get_with_headers(
    app: &axum::Router,
    uri: &str,
) -> (http::StatusCode, http::HeaderMap, String) {
    match tokio::time::timeout(GET_TIMEOUT, get_unbounded(app, uri)).await {
        Ok(response) => response,
        Err(_) => panic!("GET {uri} did not finish within {GET_TIMEOUT:?}: a hung render?"),
    }
}

async fn get_unbounded(
    app: &axum::Router,
    uri: &str,
) -> (http::StatusCode, http::HeaderMap, String) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let response = app
        .clone()
        .oneshot(
            http::Request::get(uri)
                .body(axum::body::Body::empty())
                .expect("a valid request"),
        )
        .await
        .expect("the router is infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("a readable body")
        .to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// Property-test cases: `default`, or `PROPTEST_CASES` for a long run.
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// An organization's effective focus areas, by machine name (`other` for none).
pub async fn areas(db: &Db, id: i64) -> Vec<String> {
    db.effective_areas()
        .await
        .expect("areas")
        .remove(&id)
        .unwrap_or_default()
        .into_iter()
        .map(|a| a.area)
        .collect()
}
