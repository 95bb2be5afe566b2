//! The HTTP surface, in process (`tower::ServiceExt::oneshot`), on SQLite and PostgreSQL.

use axum::http::StatusCode;
use ecosoc_watch::db::{now_utc, Db};

use crate::testing::{self, app, get};

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
        let (status, body) = get(&app, "/en").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(
            body.contains(r#"<h2 id="empty-heading">No records yet</h2>"#),
            "empty state missing: {body}"
        );
        assert!(body.contains("ecosoc-watch import steinert"));

        insert_test_records(&test_db.db).await;
        let (status, body) = get(&app, "/en").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            !body.contains(r#"id="empty-heading""#),
            "the empty state is gone"
        );
        assert!(body.contains(r#"<h2 id="holdings-heading">What the database holds</h2>"#));
        assert!(body.contains("2026-01-01T00:01:00Z"), "last update shown");
        assert!(
            body.contains(r#"data-table="organization""#),
            "organization row: {body}"
        );
        test_db.finish().await;
    }
}

/// Building a router used to render the app with a process-wide flag set that stalls every
/// resource first polled meanwhile (leptos issue #4773): a page rendered while another thread
/// built a router never finished. Routers are now built from routes generated once.
#[tokio::test]
async fn pages_render_while_other_routers_are_built() {
    let test_db = testing::sqlite().await;
    insert_test_records(&test_db.db).await;
    let app = app(&test_db.db);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let builder = {
        let (db, stop) = (test_db.db.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut built = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                drop(testing::app(&db));
                built += 1;
            }
            built
        })
    };
    for _ in 0..40 {
        let (status, body) =
            tokio::time::timeout(std::time::Duration::from_secs(20), get(&app, "/en"))
                .await
                .expect("the home page rendered while routers were being built");
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.contains(r#"<h2 id="holdings-heading">What the database holds</h2>"#),
            "{body}"
        );
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let built = builder.join().expect("the router-building thread");
    assert!(built > 0, "no router was built during the renders");
    test_db.finish().await;
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
    let (status, body) = get(&app, "/en/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("<h1>Page not found</h1>"));
    test_db.finish().await;
}

#[tokio::test]
async fn sessions_csv_has_its_header_even_when_empty() {
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    let (status, body) = get(&app, "/api/v1/sessions.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body.lines().next(),
        Some("year,part,date,considered,recommended,deferred,deferred_new,deferred_previously,closed,rejected,withdrawn,flags,sources")
    );
    let (status, body) = get(&app, "/api/v1/sessions?format=xml").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("unknown parameter `format`"), "{body}");
    test_db.finish().await;
}

#[tokio::test]
async fn organization_parameters_are_checked() {
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    for (uri, status, needle) in [
        (
            "/api/v1/organizations?page=0",
            StatusCode::BAD_REQUEST,
            "`page`",
        ),
        (
            "/api/v1/organizations?per_page=abc",
            StatusCode::BAD_REQUEST,
            "`per_page`",
        ),
        (
            "/api/v1/organizations/abc",
            StatusCode::BAD_REQUEST,
            "whole number",
        ),
        (
            "/api/v1/organizations/424242",
            StatusCode::NOT_FOUND,
            "no organization with id 424242",
        ),
        ("/api/v1/organizations?q=%25", StatusCode::OK, "\"total\":0"),
    ] {
        let (got, body) = get(&app, uri).await;
        assert_eq!(got, status, "{uri}: {body}");
        assert!(body.contains(needle), "{uri}: {body}");
        if status != StatusCode::OK {
            let json: serde_json::Value = serde_json::from_str(&body).expect("json envelope");
            assert!(json["error"]["message"].is_string(), "{uri}");
        }
    }
    test_db.finish().await;
}

/// Every response, page or API, says: no sniffing, a strict referrer, no framing by others.
#[tokio::test]
async fn every_response_carries_the_security_headers() {
    use tower::ServiceExt;
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    for uri in [
        "/en",
        "/api/v1/sessions.csv",
        "/en/organizations/1",
        "/healthz",
        "/en/no-such-page",
    ] {
        let response = app
            .clone()
            .oneshot(
                axum::http::Request::get(uri)
                    .body(axum::body::Body::empty())
                    .expect("a request"),
            )
            .await
            .expect("infallible");
        let headers = response.headers().clone();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(
            headers["referrer-policy"], "strict-origin-when-cross-origin",
            "{uri}"
        );
        let policy = headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        let is_page = !uri.starts_with("/api/") && uri != "/healthz";
        let body = {
            use http_body_util::BodyExt;
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            String::from_utf8_lossy(&bytes).into_owned()
        };
        if is_page {
            // Scripts run only with this response's nonce; nothing is framed.
            let nonce = body
                .split(r#"<script type="module" nonce=""#)
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("{uri}: no hydration script with a nonce"));
            assert_eq!(policy, app::page_policy(nonce), "{uri}");
            assert!(
                !nonce.contains("placeholder") && nonce.len() >= 16,
                "{nonce}"
            );
            // A kept page gets a new nonce on every response.
            let (_, again) = get(&app, uri).await;
            assert!(!again.contains(nonce), "{uri}: the nonce was reused");
            assert!(policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"));
        } else {
            assert_eq!(policy, ecosoc_watch::http::OTHER_POLICY, "{uri}");
        }
        // Any site may read the API (no credentials); pages are not shared that way.
        let cors = headers.get("access-control-allow-origin");
        if uri.starts_with("/api/v1/") {
            assert_eq!(cors.map(|v| v.to_str().unwrap()), Some("*"), "{uri}");
        } else {
            assert!(cors.is_none(), "{uri}");
        }
    }
    test_db.finish().await;
}

/// With no room left, every page and API answer is a 503 with Retry-After (the API's in its
/// JSON envelope) at once — but `/healthz` still answers.
#[tokio::test]
async fn a_full_server_sheds_load_but_answers_its_health_check() {
    use ecosoc_watch::http::{leptos_options, limits::Limits, router_with, AppState};
    let test_db = testing::sqlite().await;
    let state = AppState {
        db: test_db.db.clone(),
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        load: ecosoc_watch::autoload::new_status(),
    };
    let full = router_with(
        state,
        Limits {
            in_flight: 0,
            images: 0,
            ..Limits::default()
        },
    );
    for uri in ["/", "/api/v1/sessions", "/api/v1/rates.png"] {
        let (status, body) = get(&full, uri).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{uri}: {body}");
        if uri.starts_with("/api/") {
            let json: serde_json::Value = serde_json::from_str(&body).expect("an envelope");
            assert_eq!(json["error"]["code"], "unavailable", "{uri}");
        }
    }
    let (status, _) = get(&full, "/healthz").await;
    assert_eq!(status, StatusCode::OK);

    // Room for requests but none for chart images: only the images are shed, in the
    // API's envelope, and the log names their whole path.
    let state = AppState {
        db: test_db.db.clone(),
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        load: ecosoc_watch::autoload::new_status(),
    };
    let no_images = router_with(
        state,
        Limits {
            in_flight: 100,
            images: 0,
            ..Limits::default()
        },
    );
    let (status, body) = get(&no_images, "/api/v1/rates.png").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("an envelope");
    assert_eq!(json["error"]["code"], "unavailable");
    assert_eq!(get(&no_images, "/api/v1/sessions").await.0, StatusCode::OK);
    test_db.finish().await;
}

/// One request of the router fuzz test.
#[derive(Debug, Clone)]
struct Probe {
    method: axum::http::Method,
    uri: String,
    accept: Option<String>,
    body: Vec<u8>,
}

/// Arbitrary requests aimed at every kind of address: methods, percent-encoded path
/// segments and query values (with a markup marker that must never come back unescaped),
/// odd Accept headers and bodies.
fn probes() -> impl proptest::strategy::Strategy<Value = Probe> {
    use proptest::prelude::*;
    let method = prop::sample::select(vec![
        "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH",
    ]);
    let prefix = prop::sample::select(vec![
        "/",
        "/organizations",
        "/en/organizations",
        "/ar",
        "/organizations/",
        "/sessions/",
        "/states/",
        "/time-to-decision",
        "/methodology",
        "/pkg/",
        "/api/v1/",
        "/api/v1/rates",
        "/api/v1/rates.csv",
        "/api/v1/organizations",
        "/api/v1/organizations/",
        "/api/v1/sessions/",
        "/api/v1/states/",
        "/api/v1/time-to-decision",
        "/api/v1/time-to-decision.csv",
        "/api/v1/disagreements",
        "/api/v1/press/releases",
        "/api/fn/rates",
        "/api/fn/record",
        "/api/fn/time-to-decision",
    ]);
    let text = prop_oneof![
        Just("<x-inject>".to_string()),
        Just("2019-resumed".to_string()),
        Just("-1".to_string()),
        Just("99999999999999999999".to_string()),
        "[0-9]{1,6}",
        "\\PC{0,12}",
    ];
    let key = prop::sample::select(vec![
        "from",
        "to",
        "measure",
        "n",
        "q",
        "area",
        "page",
        "per_page",
        "sort",
        "by",
        "table",
        "consideration",
        "outcome",
        "country",
        "x",
    ]);
    let query = prop::collection::vec((key, text.clone()), 0..4);
    let accept = prop::option::of(prop::sample::select(vec![
        "text/html",
        "application/json",
        "*/*",
        "text/csv;q=0.1, */*;q=0.01",
    ]));
    let body = prop::collection::vec(any::<u8>(), 0..64);
    (method, prefix, prop::option::of(text), query, accept, body).prop_map(
        |(method, prefix, segment, query, accept, body)| {
            let encode =
                |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            let mut uri = prefix.to_string();
            if let Some(segment) = segment {
                uri.push_str(&encode(&segment));
            }
            if !query.is_empty() {
                let pairs: Vec<String> = query
                    .iter()
                    .map(|(k, v)| format!("{k}={}", encode(v)))
                    .collect();
                uri.push('?');
                uri.push_str(&pairs.join("&"));
            }
            Probe {
                method: method.parse().expect("a method"),
                uri,
                accept: accept.map(String::from),
                body,
            }
        },
    )
}

/// No 5xx but a deliberate 503; every API error in the JSON envelope; no marker echoed raw.
async fn answer_is_clear(app: &axum::Router, probe: &Probe) -> Result<(), String> {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let mut request = axum::http::Request::builder()
        .method(probe.method.clone())
        .uri(&probe.uri);
    if let Some(accept) = &probe.accept {
        request = request.header("accept", accept);
    }
    let request = request
        .body(axum::body::Body::from(probe.body.clone()))
        .map_err(|e| format!("could not build the request: {e}"))?;
    let response = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        app.clone().oneshot(request),
    )
    .await
    .map_err(|_| "no answer within 20 s".to_string())?
    .expect("the router is infallible");
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = response
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    let body = String::from_utf8_lossy(&bytes);
    if status.is_server_error() && status != StatusCode::SERVICE_UNAVAILABLE {
        return Err(format!("{status}: {body}"));
    }
    if probe.uri.starts_with("/api/v1/")
        && status.is_client_error()
        && probe.method != axum::http::Method::HEAD
    {
        let envelope: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| format!("{status} not JSON ({e}): {body}"))?;
        if !envelope["error"]["code"].is_string() || !envelope["error"]["message"].is_string() {
            return Err(format!("{status} without the envelope: {body}"));
        }
    }
    if content_type.starts_with("text/html") && body.contains("<x-inject") {
        return Err(format!("the marker came back unescaped in HTML ({status})"));
    }
    Ok(())
}

/// A router-level fuzz test: arbitrary methods, paths, queries, headers and bodies.
/// `PROPTEST_CASES` sets the number of requests per engine (default 96 here; a long run:
/// `PROPTEST_CASES=5000 cargo test -p ecosoc-watch --test it http::arbitrary`).
#[test]
fn arbitrary_requests_get_a_clear_answer() {
    use proptest::test_runner::{Config, TestCaseError, TestRunner};
    let cases = crate::testing::proptest_cases(96);
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    for test_db in runtime.block_on(testing::all_engines()) {
        runtime.block_on(insert_test_records(&test_db.db));
        let app = app(&test_db.db);
        let mut runner = TestRunner::new(Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        });
        let result = runner.run(&probes(), |probe| {
            runtime
                .block_on(answer_is_clear(&app, &probe))
                .map_err(TestCaseError::fail)
        });
        if let Err(failure) = result {
            panic!("{}: {failure}", test_db.engine().name());
        }
        runtime.block_on(test_db.finish());
    }
}

/// Unknown API addresses, wrong methods and unreadable server-function arguments are the
/// caller's mistakes: 404, 405 and 400, each saying so, never a 500 or an HTML page.
#[tokio::test]
async fn mistaken_requests_get_4xx_that_say_what_was_wrong() {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    for (method, uri, body, status, needle) in [
        (
            "GET",
            "/api/v1/nope",
            "",
            StatusCode::NOT_FOUND,
            "no API address /api/v1/nope",
        ),
        (
            "GET",
            "/api/v1/",
            "",
            StatusCode::NOT_FOUND,
            "no API address",
        ),
        (
            "POST",
            "/api/v1/sessions",
            "",
            StatusCode::METHOD_NOT_ALLOWED,
            "only answers GET",
        ),
        (
            "POST",
            "/api/fn/rates",
            "x",
            StatusCode::BAD_REQUEST,
            "could not be read",
        ),
    ] {
        let request = axum::http::Request::builder()
            .method(method)
            .uri(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(body))
            .unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), status, "{method} {uri}");
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains(needle), "{method} {uri}: {text}");
        assert!(!text.contains("<html"), "{method} {uri}: {text}");
    }
    test_db.finish().await;
}

/// The data version moves with every write, whoever writes: a second server on the same
/// database (another pool here) sees the first one's change, and the other way round.
#[tokio::test]
async fn the_data_version_moves_with_every_write_in_every_process() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let other = Db::connect(&test_db.url).await.expect("a second pool");
        let v0 = db.data_version().await.expect("a version");
        insert_test_records(db).await;
        let v1 = other.data_version().await.expect("a version");
        assert!(v1.version > v0.version, "{v0:?} → {v1:?}");
        assert_eq!(v1.epoch, v0.epoch);
        sqlx::query("update organization set name = name || ' (renamed)'")
            .execute(other.pool())
            .await
            .expect("an update");
        let v2 = db.data_version().await.expect("a version");
        assert!(
            v2.version > v1.version && v2.changed_at >= v1.changed_at,
            "{v1:?} → {v2:?}"
        );
        sqlx::query("delete from organization where name like 'Test Organization Two%'")
            .execute(db.pool())
            .await
            .expect("a delete");
        assert!(other.data_version().await.unwrap().version > v2.version);
        other.close().await;
        test_db.finish().await;
    }
}

/// A server holds the data version it read for its check interval (no query per kept
/// answer), then reads it again; with an interval of zero it reads it on every request.
#[tokio::test]
async fn a_held_data_version_is_read_again_after_its_interval() {
    use ecosoc_watch::http::held_version::HeldVersion;
    use std::time::Duration;
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let hour = HeldVersion::new(db.clone(), Duration::from_secs(3600), "test");
        let short = HeldVersion::new(db.clone(), Duration::from_millis(50), "test");
        let every = HeldVersion::new(db.clone(), Duration::ZERO, "test");
        let before = hour.current().await.expect("a version");
        short.current().await.expect("a version");
        every.current().await.expect("a version");
        insert_test_records(db).await;
        let held = hour.current().await.unwrap();
        assert_eq!(
            (held.version, &held.tag, &held.etag),
            (before.version, &before.tag, &before.etag),
            "held within its interval"
        );
        assert!(every.current().await.unwrap().version > before.version);
        tokio::time::sleep(Duration::from_millis(100)).await;
        let after = short.current().await.unwrap();
        assert!(
            after.version > before.version,
            "read again after the interval"
        );
        assert_ne!(after.etag, before.etag);

        // When it expires under load, one request reads it; the others do not queue up.
        let reads = short.reads();
        tokio::time::sleep(Duration::from_millis(100)).await;
        let mut requests = tokio::task::JoinSet::new();
        for _ in 0..50 {
            let short = short.clone();
            requests.spawn(async move { short.current().await.map(|c| c.version) });
        }
        while let Some(answer) = requests.join_next().await {
            assert!(answer.expect("a task").is_ok());
        }
        assert_eq!(short.reads(), reads + 1, "one read for 50 requests");
        test_db.finish().await;
    }
}

/// API answers carry the data version as ETag and Last-Modified, a client holding the
/// current one gets a 304, and any write gives a new version and a fresh answer.
#[tokio::test]
async fn api_answers_revalidate_by_data_version() {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let app = app(db);
        let fetch = |etag: Option<String>| {
            let app = app.clone();
            async move {
                let mut request = axum::http::Request::get("/api/v1/overview");
                if let Some(etag) = etag {
                    request = request.header("if-none-match", etag);
                }
                let response = app
                    .oneshot(request.body(axum::body::Body::empty()).unwrap())
                    .await
                    .unwrap();
                let status = response.status();
                let headers = response.headers().clone();
                let body = response.into_body().collect().await.unwrap().to_bytes();
                (status, headers, String::from_utf8_lossy(&body).into_owned())
            }
        };
        let (status, headers, first) = fetch(None).await;
        assert_eq!(status, StatusCode::OK);
        let etag = headers["etag"].to_str().unwrap().to_string();
        assert!(etag.starts_with("W/\""), "{etag}");
        assert!(headers.contains_key("last-modified"));
        assert_eq!(headers["cache-control"], "public, no-cache");
        let (status, _, again) = fetch(None).await;
        assert_eq!(
            (status, &again),
            (StatusCode::OK, &first),
            "the kept answer"
        );
        let (status, _, body) = fetch(Some(etag.clone())).await;
        assert_eq!(status, StatusCode::NOT_MODIFIED);
        assert!(body.is_empty());

        insert_test_records(db).await;
        let (status, headers, after) = fetch(Some(etag.clone())).await;
        assert_eq!(status, StatusCode::OK, "a write makes the held copy stale");
        assert_ne!(headers["etag"].to_str().unwrap(), etag);
        assert_ne!(after, first, "the answer is computed anew: {after}");
        test_db.finish().await;
    }
}

/// The records the OpenAPI document's path examples name: organization 1 with an application
/// considered at the 2019 resumed session, where Cuba asked it a question.
async fn insert_api_examples(db: &Db) {
    use ecosoc_watch::db::write::{seed_member_states, Changes};
    insert_test_records(db).await;
    let mut conn = db.pool().acquire().await.expect("a connection");
    seed_member_states(&mut conn, &mut Changes::default())
        .await
        .expect("seed member states");
    drop(conn);
    let id = |sql: &'static str| async move {
        sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(db.pool())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    };
    let session = id("insert into session (year, part, adopted_on) \
                      values (2019, 'resumed', '2019-06-01') returning session_id")
    .await;
    let application = id("insert into application (organization_id, kind, seq) \
                          values (1, 'status', 1) returning application_id")
    .await;
    let cuba = id("select member_state_id from member_state where name = 'Cuba'").await;
    let consideration: i64 = sqlx::query_scalar(
        "insert into consideration (application_id, session_id, source, decision, is_new, \
         source_document_id) values ($1, $2, 'steinert', 'deferred', 1, 1) \
         returning consideration_id",
    )
    .bind(application)
    .bind(session)
    .fetch_one(db.pool())
    .await
    .expect("insert a consideration");
    sqlx::query(
        "insert into question (consideration_id, member_state_id, seq, text, source_document_id) \
         values ($1, $2, 1, 'Why?', 1)",
    )
    .bind(consideration)
    .bind(cuba)
    .execute(db.pool())
    .await
    .expect("insert a question");
}

/// The OpenAPI document as `/api/v1/openapi.json` serves it.
async fn openapi_document(app: &axum::Router) -> serde_json::Value {
    let (status, body) = get(app, "/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("the document is JSON")
}

/// A value as it goes into an address: text without quotes, numbers as they are.
fn plain(value: &serde_json::Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string)
}

/// A value the document says a parameter takes: its example, else its default, else the
/// first of its allowed values. A parameter without any is a documentation defect.
fn valid_value(param: &serde_json::Value) -> String {
    let schema = &param["schema"];
    [&param["example"], &schema["default"], &schema["enum"][0]]
        .into_iter()
        .find(|v| !v.is_null())
        .map(plain)
        .unwrap_or_else(|| panic!("no example, default or allowed value: {param}"))
}

/// One documented route: its path as documented, the address to ask (path examples filled
/// in, under the server's base), and its GET operation.
struct Documented<'a> {
    path: String,
    uri: String,
    operation: &'a serde_json::Value,
}

fn documented(document: &serde_json::Value) -> Vec<Documented<'_>> {
    let base = document["servers"][0]["url"].as_str().expect("a server");
    let paths = document["paths"].as_object().expect("paths");
    assert!(!paths.is_empty(), "the document lists no route");
    paths
        .iter()
        .map(|(path, item)| {
            let operation = &item["get"];
            assert!(operation.is_object(), "{path}: no GET");
            let uri = parameters(operation, "path").fold(format!("{base}{path}"), |uri, p| {
                let name = p["name"].as_str().expect("a name");
                uri.replace(&format!("{{{name}}}"), &valid_value(p))
            });
            assert!(
                !uri.contains('{'),
                "{path}: a path parameter is not documented"
            );
            Documented {
                path: format!("{base}{path}"),
                uri,
                operation,
            }
        })
        .collect()
}

fn parameters<'a>(
    operation: &'a serde_json::Value,
    location: &'a str,
) -> impl Iterator<Item = &'a serde_json::Value> + 'a {
    operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(move |p| p["in"] == location)
}

/// GET `uri` in process: the status, the media type (without parameters) and the body.
async fn fetch(app: &axum::Router, uri: &str) -> (StatusCode, String, String) {
    let (status, headers, body) = testing::get_with_headers(app, uri).await;
    let media_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .trim()
        .to_string();
    (status, media_type, body)
}

/// Every route the document lists exists: asked for with its examples, it answers, in one of
/// the formats the document says.
#[tokio::test]
async fn every_documented_api_route_answers_in_a_documented_format() {
    for test_db in testing::all_engines().await {
        insert_api_examples(&test_db.db).await;
        let app = app(&test_db.db);
        let document = openapi_document(&app).await;
        for route in documented(&document) {
            let (status, media_type, body) = fetch(&app, &route.uri).await;
            assert!(status.is_success(), "{}: {status}: {body}", route.uri);
            let ok = &route.operation["responses"]["200"]["content"];
            assert!(
                ok.get(&media_type).is_some(),
                "{}: answered {media_type}, documented {ok}",
                route.uri
            );
        }
        test_db.finish().await;
    }
}

/// The paths of every route the router has, read from its debug form (axum has no other way
/// to list them): each `Node { paths: {RouteId(1): "/a", RouteId(2): "/b/{id}"} }` in it.
fn routed_paths(router: &axum::Router) -> std::collections::BTreeSet<String> {
    let debug = format!("{router:?}");
    let mut paths = std::collections::BTreeSet::new();
    for node in debug.split("Node { paths: {").skip(1) {
        let mut rest = node;
        while let Some(entry) = rest.strip_prefix("RouteId(") {
            let start = entry.find(": \"").expect("a path") + 3;
            let end = start + entry[start..].find('"').expect("the end of a path");
            paths.insert(entry[start..end].to_string());
            rest = entry[end + 1..].trim_start_matches(", ");
        }
    }
    paths
}

/// Every route under `/api/v1` is documented and every documented route is routed: the
/// router's own list of paths and the document's are the same.
#[tokio::test]
async fn every_api_route_is_documented() {
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    let routed: std::collections::BTreeSet<String> = routed_paths(&app)
        .into_iter()
        .filter(|p| p.starts_with("/api/v1/") && !p.contains("__private__axum"))
        .collect();
    // The debug form is not a stable interface: an empty or odd list fails here, loudly.
    assert!(
        routed.contains("/api/v1/openapi.json") && routed.contains("/api/v1/rates.png"),
        "no routes read from the router's debug form (has axum changed it?): {routed:?}"
    );
    assert!(
        routed_paths(&app).contains("/healthz"),
        "other routes are read too"
    );
    let document = openapi_document(&app).await;
    let documented: std::collections::BTreeSet<String> =
        documented(&document).into_iter().map(|r| r.path).collect();
    let undocumented: Vec<_> = routed.difference(&documented).collect();
    let unrouted: Vec<_> = documented.difference(&routed).collect();
    assert!(
        undocumented.is_empty(),
        "routed, not documented: {undocumented:?}"
    );
    assert!(unrouted.is_empty(), "documented, not routed: {unrouted:?}");
    test_db.finish().await;
}

/// An operation has a one-line summary, a description, one of the document's topics, an
/// operation id of its own and, where it is JSON, a schema.
fn check_operation(document: &serde_json::Value, route: &Documented, ids: &mut Vec<String>) {
    let op = route.operation;
    let summary = op["summary"].as_str().unwrap_or_default();
    assert!(
        !summary.is_empty() && !summary.contains('\n'),
        "{}: summary {summary:?}",
        route.path
    );
    assert!(
        op["description"].as_str().is_some_and(|d| d.len() > 40),
        "{}: no description a reader can use",
        route.path
    );
    let tags = op["tags"].as_array().expect("tags");
    let topics = document["tags"].as_array().expect("topics");
    assert!(
        tags.len() == 1 && topics.iter().any(|t| t["name"] == tags[0]),
        "{}: tags {tags:?}",
        route.path
    );
    let id = op["operationId"]
        .as_str()
        .expect("an operation id")
        .to_string();
    assert!(
        !ids.contains(&id),
        "{}: operation id {id} twice",
        route.path
    );
    ids.push(id);
    if let Some(json) = op["responses"]["200"]["content"].get("application/json") {
        let documents_itself = route.path.ends_with("/openapi.json");
        assert!(
            documents_itself || json["schema"].is_object(),
            "{}: no schema",
            route.path
        );
    }
}

/// The document is OpenAPI 3.1 JSON with its title, licence and topics; every operation is
/// described; every documented query parameter is one its handler accepts (asked for with a
/// value the document gives, it answers), and every parameter a handler names as allowed is
/// documented.
#[tokio::test]
async fn the_document_is_openapi_3_1_and_names_the_parameters_the_handlers_accept() {
    for test_db in testing::all_engines().await {
        insert_api_examples(&test_db.db).await;
        let app = app(&test_db.db);
        let document = openapi_document(&app).await;
        assert!(
            document["openapi"]
                .as_str()
                .is_some_and(|v| v.starts_with("3.1.")),
            "{}",
            document["openapi"]
        );
        assert_eq!(document["info"]["title"], "ecosoc-watch API");
        assert_eq!(document["info"]["license"]["name"], "MIT");
        assert!(document["info"]["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty()));
        for reference in references(&document) {
            let name = reference
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("a reference outside the schemas: {reference}"));
            assert!(
                document["components"]["schemas"][name].is_object(),
                "{reference} is not in the document"
            );
        }
        let mut ids = Vec::new();
        for route in documented(&document) {
            check_operation(&document, &route, &mut ids);
            check_query_parameters(&app, &route).await;
        }
        test_db.finish().await;
    }
}

/// Every `$ref` in a JSON value.
fn references(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(key, value)| match (key.as_str(), value.as_str()) {
                ("$ref", Some(target)) => vec![target.to_string()],
                _ => references(value),
            })
            .collect(),
        serde_json::Value::Array(items) => items.iter().flat_map(references).collect(),
        _ => Vec::new(),
    }
}

async fn check_query_parameters(app: &axum::Router, route: &Documented<'_>) {
    let documented: Vec<&str> = parameters(route.operation, "query")
        .map(|p| p["name"].as_str().expect("a name"))
        .collect();
    let is_file = route.operation["responses"]["200"]["content"]
        .as_object()
        .is_some_and(|c| {
            c.keys()
                .all(|k| k.starts_with("image/") || k.ends_with("zip"))
        });
    for param in parameters(route.operation, "query") {
        let name = param["name"].as_str().expect("a name");
        let mut values = vec![valid_value(param)];
        // Every allowed value, except for the image files, which parse the same query types.
        if !is_file {
            values.extend(
                param["schema"]["enum"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(plain),
            );
        }
        for value in values {
            let uri = format!("{}?{name}={}", route.uri, urlencode(&value));
            let (status, _, body) = fetch(app, &uri).await;
            assert!(status.is_success(), "{uri}: {status}: {body}");
        }
    }
    // A name no handler knows: where a handler refuses it, the names it says it allows are
    // documented; a handler with documented parameters refuses it.
    let uri = format!("{}?not_a_parameter=1", route.uri);
    let (status, _, body) = fetch(app, &uri).await;
    if status == StatusCode::BAD_REQUEST {
        let message: serde_json::Value = serde_json::from_str(&body).expect("the envelope");
        let message = message["error"]["message"].as_str().expect("a message");
        let allowed = message
            .strip_prefix("unknown parameter `not_a_parameter`; allowed: ")
            .unwrap_or_else(|| panic!("{uri}: {message}"));
        for name in allowed.split(", ").filter(|n| !n.is_empty()) {
            assert!(
                documented.contains(&name),
                "{uri}: `{name}` is allowed, not documented"
            );
        }
    } else {
        assert!(status.is_success(), "{uri}: {status}: {body}");
        assert!(
            documented.is_empty(),
            "{uri}: parameters documented, none checked"
        );
    }
}

fn urlencode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// `/api` reads the document for people, without JavaScript: every route with its summary and
/// parameters, and a link to the document; the footer of every page links it.
#[tokio::test]
async fn the_api_page_lists_every_documented_route() {
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    let document = openapi_document(&app).await;
    let (status, page) = get(&app, "/en/api").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains(r#"href="/api/v1/openapi.json""#),
        "no link to the document"
    );
    for route in documented(&document) {
        assert!(
            page.contains(&format!("GET {}", route.path)),
            "{} is not listed",
            route.path
        );
        let summary = route.operation["summary"].as_str().expect("a summary");
        let escaped = summary.replace('\'', "&#x27;");
        assert!(
            page.contains(summary) || page.contains(&escaped),
            "{}: {summary:?} is not shown",
            route.path
        );
        for param in parameters(route.operation, "query") {
            let name = param["name"].as_str().expect("a name");
            assert!(
                page.contains(&format!("<code>{name}</code>")),
                "{}: {name}",
                route.path
            );
        }
    }
    let (_, home) = get(&app, "/en").await;
    assert!(
        home.contains(r#"<a href="/en/api">"#),
        "the footer links the API page"
    );
    test_db.finish().await;
}

/// The front end's files: a client that accepts brotli gets the precompressed copy; a file
/// named by its content is kept for a year, one that is not is revalidated; and pages link
/// the hashed names that the build wrote down.
#[tokio::test]
async fn front_end_files_are_sent_precompressed_and_kept_when_named_by_content() {
    use ecosoc_watch::http::{leptos_options, router, AppState};
    use tower::ServiceExt;
    let site = tempfile::tempdir().expect("a folder");
    let pkg = site.path().join("pkg");
    std::fs::create_dir(&pkg).unwrap();
    let hash = "AbCdEfGhIjKlMnOpQrSt_-";
    let wasm = format!("ecosoc-watch.{hash}.wasm");
    std::fs::write(pkg.join(&wasm), vec![0u8; 4096]).unwrap();
    std::fs::write(pkg.join("ecosoc-watch.css"), "main { margin: 0 }").unwrap();
    ecosoc_watch::precompress::site(site.path()).expect("compressed");
    std::fs::write(
        site.path().join("hash.txt"),
        format!("js: {hash}\nwasm: {hash}\ncss: CssCssCssCssCssCssCss0\n"),
    )
    .unwrap();
    let test_db = testing::sqlite().await;
    let app = router(AppState {
        db: test_db.db.clone(),
        leptos_options: leptos_options(
            site.path().to_str().unwrap(),
            "127.0.0.1:3000".parse().unwrap(),
        ),
        load: ecosoc_watch::autoload::new_status(),
    });
    let fetch = |uri: String| {
        let app = app.clone();
        async move {
            app.oneshot(
                axum::http::Request::get(uri)
                    .header("accept-encoding", "gzip, br")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap()
        }
    };
    let response = fetch(format!("/pkg/{wasm}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-encoding"], "br");
    assert_eq!(response.headers()["vary"], "accept-encoding");
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let response = fetch("/pkg/ecosoc-watch.css".into()).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        !response.headers().contains_key("content-encoding"),
        "too small to compress"
    );
    assert_eq!(response.headers()["cache-control"], "public, no-cache");
    assert_eq!(
        fetch("/pkg/missing.js".into()).await.status(),
        StatusCode::NOT_FOUND
    );

    let (status, page) = get(&app, "/en/methodology").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("/pkg/{wasm}")), "{page}");
    assert!(
        page.contains("/pkg/ecosoc-watch.CssCssCssCssCssCssCss0.css"),
        "{page}"
    );
    test_db.finish().await;
}

/// A kept answer goes out compressed to a client that accepts it (brotli before gzip), the
/// same bytes once unpacked, with `Vary`; a client that does not ask gets it as it is.
#[tokio::test]
async fn kept_answers_are_compressed_for_the_clients_that_ask() {
    use http_body_util::BodyExt;
    use std::io::Read;
    use tower::ServiceExt;
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    let fetch = |accept: Option<&'static str>| {
        let app = app.clone();
        async move {
            let mut request = axum::http::Request::get("/api/v1/openapi.json");
            if let Some(accept) = accept {
                request = request.header("accept-encoding", accept);
            }
            let response = app
                .oneshot(request.body(axum::body::Body::empty()).unwrap())
                .await
                .unwrap();
            let headers = response.headers().clone();
            let body = response.into_body().collect().await.unwrap().to_bytes();
            (headers, body)
        }
    };
    let (headers, plain) = fetch(None).await;
    assert!(!headers.contains_key("content-encoding"));
    assert!(plain.len() > 10_000, "a large answer");
    for (accept, encoding) in [("gzip, deflate, br", "br"), ("gzip", "gzip")] {
        // Twice: the first request makes the copy, the second is sent the kept one.
        for _ in 0..2 {
            let (headers, body) = fetch(Some(accept)).await;
            assert_eq!(headers["content-encoding"], encoding, "{accept}");
            assert!(headers["vary"]
                .to_str()
                .unwrap()
                .contains("accept-encoding"));
            assert!(
                body.len() < plain.len() / 3,
                "{encoding}: {} bytes",
                body.len()
            );
            let mut unpacked = Vec::new();
            if encoding == "br" {
                brotli::Decompressor::new(&body[..], 4096)
                    .read_to_end(&mut unpacked)
                    .unwrap();
            } else {
                flate2::read::GzDecoder::new(&body[..])
                    .read_to_end(&mut unpacked)
                    .unwrap();
            }
            assert_eq!(unpacked, plain);
        }
    }
    // A 304 carries the Vary its 200 would have.
    let etag = headers["etag"].to_str().unwrap().to_string();
    let response = app
        .clone()
        .oneshot(
            axum::http::Request::get("/api/v1/openapi.json")
                .header("if-none-match", etag)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(response.headers()["vary"], "accept-encoding");
    test_db.finish().await;
}

/// The rates' data files keep their codes and add a label column per language asked for;
/// the chart files are drawn in the language asked for; an unknown language is a 400.
#[tokio::test]
async fn rates_files_speak_the_languages_asked_for() {
    let test_db = testing::sqlite().await;
    insert_test_records(&test_db.db).await;
    let app = app(&test_db.db);
    let (status, csv) = get(&app, "/api/v1/rates.csv?labels=fr,ar").await;
    assert_eq!(status, StatusCode::OK, "{csv}");
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    assert!(header.starts_with("area,label,"), "{header}");
    assert!(header.ends_with(",citation,label_fr,label_ar"), "{header}");
    let all = lines
        .find(|l| l.starts_with("all,"))
        .expect("the row of all applications");
    assert!(all.starts_with("all,All applications,"), "{all}");
    assert!(all.ends_with(",Toutes les demandes,جميع الطلبات"), "{all}");

    let (status, json) = get(&app, "/api/v1/rates?labels=zh").await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let all = json["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["area"] == "all")
        .expect("the row of all applications");
    assert_eq!(all["labels"]["zh"], "所有申请");
    assert_eq!(all["label"], "All applications");
    let (_, plain) = get(&app, "/api/v1/rates").await;
    assert!(!plain.contains("\"labels\""), "no labels unless asked for");

    let (status, svg) = get(&app, "/api/v1/rates.svg?lang=fr").await;
    assert_eq!(status, StatusCode::OK);
    assert!(svg.contains("Taux de report par session"), "{svg}");
    let (_, english) = get(&app, "/api/v1/rates.svg").await;
    assert!(english.contains("Session deferral rate"));
    // Arabic's other digits, as its pages offer them.
    let (status, digits) = get(&app, "/api/v1/rates.svg?lang=ar-u-nu-arab").await;
    assert_eq!(status, StatusCode::OK);
    let (_, arabic) = get(&app, "/api/v1/rates.svg?lang=ar").await;
    assert!(digits.contains("٪") && !arabic.contains("٪"), "{digits}");
    for bad in [
        "/api/v1/rates.csv?labels=fr,xx",
        "/api/v1/rates.svg?lang=de",
        "/api/v1/rates.png?lang=fr,ar",
    ] {
        let (status, body) = get(&app, bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
    }
    test_db.finish().await;
}
