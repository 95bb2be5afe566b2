//! The HTTP surface, in process (`tower::ServiceExt::oneshot`), on SQLite and PostgreSQL.

use axum::{
    body::Body,
    http::{Request, StatusCode},
    Router,
};
use ecosoc_watch::{
    db::{now_utc, Db},
    http::{leptos_options, router, AppState},
    testing,
};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app(db: &Db) -> Router {
    router(AppState {
        db: db.clone(),
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().expect("addr")),
    })
}

async fn get(app: &Router, uri: &str) -> (StatusCode, String) {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("infallible router");
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

/// Marked as test data: source 'test', a test URL.
async fn insert_test_records(db: &Db) {
    sqlx::query(
        "insert into source_document (source, url, fetched_at, sha256, byte_len, body) \
         values ('test', 'test://fixture/1', $1, 'abc', 3, $2)",
    )
    .bind(now_utc())
    .bind(b"xyz".to_vec())
    .execute(db.pool())
    .await
    .expect("insert source document");
    for name in ["Test Organization One", "Test Organization Two"] {
        sqlx::query("insert into organization (name, created_at) values ($1, $2)")
            .bind(name)
            .bind(now_utc())
            .execute(db.pool())
            .await
            .expect("insert organization");
    }
    sqlx::query(
        "insert into import_run (source, started_at, finished_at, status) \
         values ('test', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 'succeeded')",
    )
    .execute(db.pool())
    .await
    .expect("insert import run");
}

#[tokio::test]
async fn healthz_reports_the_engine() {
    for test_db in testing::all_engines().await {
        let app = app(&test_db.db);
        let (status, body) = get(&app, "/healthz").await;
        assert_eq!(status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(json["status"], "ok");
        assert_eq!(json["database"], test_db.engine().name());

        // A closed pool is an unreachable database: 503, not a hang or a 200.
        test_db.db.close().await;
        let (status, _) = get(&app, "/healthz").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        test_db.finish().await;
    }
}

#[tokio::test]
async fn home_page_renders_empty_state_then_counts() {
    for test_db in testing::all_engines().await {
        let app = app(&test_db.db);
        let (status, body) = get(&app, "/").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(
            body.contains("No records yet"),
            "empty state missing: {body}"
        );
        assert!(body.contains("ecosoc-watch import steinert"));

        insert_test_records(&test_db.db).await;
        let (status, body) = get(&app, "/").await;
        assert_eq!(status, StatusCode::OK);
        assert!(!body.contains("No records yet"));
        assert!(body.contains("What the database holds"));
        assert!(body.contains("2026-01-01T00:01:00Z"), "last update shown");
        assert!(
            body.contains(r#"data-table="organization""#),
            "organization row: {body}"
        );
        test_db.finish().await;
    }
}

#[tokio::test]
async fn overview_api_counts_rows() {
    for test_db in testing::all_engines().await {
        let app = app(&test_db.db);
        insert_test_records(&test_db.db).await;
        let (status, body) = get(&app, "/api/v1/overview").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let json: serde_json::Value = serde_json::from_str(&body).expect("json");
        let orgs = json["tables"]
            .as_array()
            .expect("tables")
            .iter()
            .find(|t| t["table"] == "organization")
            .expect("organization row");
        assert_eq!(orgs["rows"], 2);
        let test_source = json["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .find(|s| s["source"] == "test")
            .expect("the test source");
        assert_eq!(test_source["documents"], 1);
        assert_eq!(test_source["bytes"], 3);
        test_db.finish().await;
    }
}

#[tokio::test]
async fn unknown_page_is_a_404_with_a_way_back() {
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    let (status, body) = get(&app, "/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"));
    test_db.finish().await;
}
