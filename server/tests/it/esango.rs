//! The iCSO / esango fetch against a local HTTP server serving fixture pages written in the
//! register's structure (invented organizations, marked as test data): the list, profiles,
//! a page that is no profile, an address that always fails. On SQLite and PostgreSQL.

use std::{
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use axum::{extract::State, http::Uri, response::IntoResponse, routing::get, Router};
use ecosoc_watch::{
    db::{now_utc, Db},
    esango::{fetch, EsangoOptions, EsangoSummary},
    names::name_key,
    scrape::client::PoliteConfig,
};

use crate::testing;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/esango")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[derive(Default)]
struct Register {
    /// Profile 90001 answers with a page that is no profile (a session expired).
    broken: AtomicBool,
    /// The list is as long as its page shows.
    full: AtomicBool,
    /// The list no longer names profile 90002 (its organization left the register).
    without_90002: AtomicBool,
    requests: AtomicUsize,
}

async fn answer(State(register): State<Arc<Register>>, uri: Uri) -> axum::response::Response {
    use axum::http::StatusCode;
    register.requests.fetch_add(1, Ordering::SeqCst);
    let query = uri.query().unwrap_or_default();
    match uri.path() {
        "/robots.txt" => "User-agent: *\nDisallow: /private/\n".into_response(),
        "/civilsociety/getByAllHavingStatus.do" if register.full.load(Ordering::SeqCst) => {
            let rows: String = (0..ecosoc_watch::sources::esango::LIST_PAGE_SIZE)
                .map(|i| format!(r#"<tr><td><a href="showProfileDetail.do?profileCode={}">Test Listed Body {i}</a></td></tr>"#, 100_000 + i))
                .collect();
            html(format!(
                "<!-- TEST FIXTURE: a list as long as its page --><table>{rows}</table>"
            ))
        }
        "/civilsociety/getByAllHavingStatus.do"
            if register.without_90002.load(Ordering::SeqCst) =>
        {
            let list = fixture("list.html");
            html(
                list.lines()
                    .filter(|l| !l.contains("profileCode=90002"))
                    .collect(),
            )
        }
        "/civilsociety/getByAllHavingStatus.do" => html(fixture("list.html")),
        "/civilsociety/showProfileDetail.do" => {
            let code = query.rsplit("profileCode=").next().unwrap_or_default();
            match code {
                "90006" => (StatusCode::INTERNAL_SERVER_ERROR, "down").into_response(),
                "90001" if register.broken.load(Ordering::SeqCst) => {
                    html(fixture("profile-90005.html"))
                }
                code => match std::fs::metadata(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join(format!("tests/fixtures/esango/profile-{code}.html")),
                ) {
                    Ok(_) => html(fixture(&format!("profile-{code}.html"))),
                    Err(_) => (StatusCode::NOT_FOUND, "no such profile").into_response(),
                },
            }
        }
        _ => (StatusCode::NOT_FOUND, "not here").into_response(),
    }
}

fn html(body: String) -> axum::response::Response {
    (
        [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn serve(register: Arc<Register>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a local port");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    let app = Router::new().fallback(get(answer)).with_state(register);
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

fn options(base_url: &str) -> EsangoOptions {
    EsangoOptions {
        base_url: base_url.to_string(),
        limit: None,
        refetch: false,
        polite: PoliteConfig {
            delay: Duration::from_millis(10),
            timeout: Duration::from_millis(2000),
            attempts: 2,
            backoff: Duration::from_millis(20),
            ..Default::default()
        },
        progress: false,
    }
}

/// An organization with one spelling, keyed as the linker keys it.
async fn organization(db: &Db, name: &str) -> i64 {
    let id: i64 = sqlx::query_scalar(
        "insert into organization (name, created_at) values ($1, $2) returning organization_id",
    )
    .bind(name)
    .bind(now_utc())
    .fetch_one(db.pool())
    .await
    .expect("insert organization");
    sqlx::query(
        "insert into organization_name (organization_id, name, name_key, link_rule) values ($1, $2, $3, 'new')",
    )
    .bind(id)
    .bind(name)
    .bind(name_key(name))
    .execute(db.pool())
    .await
    .expect("insert name");
    id
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn failed_urls(summary: &EsangoSummary) -> Vec<String> {
    summary.failed.iter().map(|f| f.url.clone()).collect()
}

#[tokio::test]
async fn profiles_of_organizations_we_hold_are_fetched_kept_shown_and_offered_to_curators() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let women = organization(db, "Test Women's Rights Network, Inc.").await;
        let road = organization(db, "Test Road Safety Council").await;
        for name in [
            "Test Mountain Peoples Relief",
            "Test Broken Profile Society",
            "Test Unreachable Trust",
        ] {
            organization(db, name).await;
        }
        let mut tx = db.pool().begin().await.expect("begin");
        ecosoc_watch::db::focus::classify_all(&mut tx)
            .await
            .expect("classify");
        tx.commit().await.expect("commit");
        let register = Arc::new(Register::default());
        let base = serve(register.clone()).await;

        // A first run with a limit: the list, then two profiles; the rest is left.
        let first = fetch(
            db,
            &EsangoOptions {
                limit: Some(2),
                ..options(&base)
            },
        )
        .await
        .expect("a run");
        assert_eq!(
            (first.listed, first.matched, first.stored, first.left),
            (6, 5, 2, 3),
            "{first:#?}"
        );
        assert!(!first.list_may_be_cut);

        // The next run fetches only what is not held: one page is no profile, one address fails.
        let second = fetch(db, &options(&base)).await.expect("a run");
        assert_eq!((second.stored, second.held), (1, 2), "{second:#?}");
        assert_eq!(
            failed_urls(&second),
            [format!(
                "{base}/civilsociety/showProfileDetail.do?method=showProfileDetails&profileCode=90006"
            )]
        );
        assert_eq!(second.unreadable.len(), 1, "{second:#?}");
        assert!(second.unreadable[0].url.ends_with("profileCode=90005"));
        assert!(second.unreadable[0]
            .error
            .contains("no organization's name"));
        assert_eq!(count(db, "select count(*) from esango_profile").await, 3);
        // Every page fetched is kept, the one that is no profile too (list twice: same bytes).
        assert_eq!(
            count(
                db,
                "select count(*) from source_document where source = 'esango'"
            )
            .await,
            5
        );

        // What a profile says, as printed.
        let (status, year, headquarters): (String, i64, String) = sqlx::query_as(
            "select status, status_year, headquarters from esango_profile where profile_code = '90001'",
        )
        .fetch_one(db.pool())
        .await
        .expect("profile 90001");
        assert_eq!(
            (status.as_str(), year, headquarters.as_str()),
            ("Special", 2019, "Utopia")
        );
        let fields: Vec<(String, Option<String>)> = sqlx::query_as(
            "select heading, field from esango_expertise e join esango_profile p \
             on p.esango_profile_id = e.esango_profile_id where p.profile_code = '90002' order by position",
        )
        .fetch_all(db.pool())
        .await
        .expect("fields");
        assert_eq!(
            fields,
            [
                ("Economic and Social".into(), Some("Minority Rights".into())),
                (
                    "Economic and Social".into(),
                    Some("Indigenous Peoples".into())
                ),
                ("Economic and Social".into(), Some("Transport".into())),
                ("Sustainable Development".into(), None),
            ]
        );

        // Declared areas are hints for a curator, never assignments.
        let hints = ecosoc_watch::curation::area_hints(db).await.expect("hints");
        let seen: Vec<(i64, &str, &str, &str)> = hints
            .iter()
            .map(|h| {
                (
                    h.organization_id,
                    h.area.as_str(),
                    h.evidence,
                    h.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (women, "human_rights", "declared", "Human Rights"),
                (road, "minority", "declared", "Minority Rights"),
            ],
            "women's rights are the rules' reading of its name already: {hints:#?}"
        );
        assert!(hints[1]
            .source
            .as_deref()
            .is_some_and(|s| s.ends_with("profileCode=90002")));
        assert_eq!(testing::areas(db, road).await, ["other"]);

        // The passport shows what the profile declares, with its source, in the page's
        // words, and the API gives it; a declared area is never counted.
        let app = testing::app(db);
        let profile = "showProfileDetail.do?method=showProfileDetails&amp;profileCode=90002";
        for (uri, frame) in [
            (format!("/en/organizations/{road}"), "declares"),
            (format!("/fr/organizations/{road}"), "déclare"),
        ] {
            let (status, page) = testing::get(&app, &uri).await;
            assert_eq!(status, axum::http::StatusCode::OK, "{uri}");
            let declared = page
                .split(r#"id="declared-areas""#)
                .nth(1)
                .and_then(|rest| rest.split("</p>").next())
                .unwrap_or_else(|| panic!("{uri}: no declared areas"));
            assert!(
                declared.contains(profile) && declared.contains(frame),
                "{declared}"
            );
            assert!(declared.contains("Minority Rights"), "{declared}");
        }
        let (_, json) = testing::get(&app, &format!("/api/v1/organizations/{road}")).await;
        assert!(
            json.contains(r#""declared":[{"area":"minority","field":"Minority Rights""#),
            "{json}"
        );

        // A profile that prints its name otherwise is matched by the list's name, the one
        // that matched ours; its own spelling is kept beside it.
        let (printed, key): (String, String) = sqlx::query_as(
            "select name, name_key from esango_profile where profile_code = '90004'",
        )
        .fetch_one(db.pool())
        .await
        .expect("profile 90004");
        assert_eq!(
            printed,
            "Mountain Peoples Relief (Test), Registered Association"
        );
        assert_eq!(key, name_key("Test Mountain Peoples Relief"));
        let id_before = count(
            db,
            "select esango_profile_id from esango_profile where profile_code = '90002'",
        )
        .await;

        // A refetch that meets a broken page keeps the profile held before it.
        register.broken.store(true, Ordering::SeqCst);
        let third = fetch(
            db,
            &EsangoOptions {
                refetch: true,
                ..options(&base)
            },
        )
        .await
        .expect("a run");
        assert_eq!(third.unreadable.len(), 2, "{third:#?}");
        assert_eq!(
            count(db, "select count(*) from esango_profile where profile_code = '90001' and status_year = 2019").await,
            1
        );
        assert_eq!(
            count(db, "select count(*) from esango_expertise").await,
            3 + 4 + 1,
            "the expertise of 90001, 90002 and 90004, none lost or doubled"
        );
        assert_eq!(third.stored, 2, "90002 and 90004 again: {third:#?}");
        assert_eq!(
            count(
                db,
                "select esango_profile_id from esango_profile where profile_code = '90002'"
            )
            .await,
            id_before,
            "a profile fetched again keeps its id"
        );

        // A profile the list no longer names is kept, and said to be no longer listed; the
        // list naming it again restores it.
        register.broken.store(false, Ordering::SeqCst);
        register.without_90002.store(true, Ordering::SeqCst);
        let listed = || {
            count(
                db,
                "select listed from esango_profile where profile_code = '90002'",
            )
        };
        let fourth = fetch(db, &options(&base)).await.expect("a run");
        assert_eq!((fourth.listed, fourth.unlisted), (5, 1), "{fourth:#?}");
        assert_eq!(listed().await, 0);
        assert_eq!(count(db, "select count(*) from esango_profile").await, 3);
        let (_, page) = testing::get(&app, &format!("/en/organizations/{road}")).await;
        assert!(page.contains("no longer names this profile"), "{page}");
        let (_, json) = testing::get(&app, &format!("/api/v1/organizations/{road}")).await;
        assert!(json.contains(r#""listed":false"#), "{json}");
        register.without_90002.store(false, Ordering::SeqCst);
        let fifth = fetch(db, &options(&base)).await.expect("a run");
        assert_eq!(fifth.unlisted, 0, "{fifth:#?}");
        assert_eq!(listed().await, 1);
        test_db.finish().await;
    }
}

/// Two organizations a curator kept apart may share a name key: a profile matched by that
/// key cannot say whose it is, so it is kept but declares nothing for either.
#[tokio::test]
async fn a_profile_two_organizations_could_own_declares_for_neither() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let one = organization(db, "Test Road Safety Council").await;
        let other = organization(db, "TEST ROAD SAFETY COUNCIL").await;
        assert_eq!(
            count(db, "select count(distinct name_key) from organization_name").await,
            1,
            "one key, two organizations"
        );
        let base = serve(Arc::new(Register::default())).await;
        let summary = fetch(db, &options(&base)).await.expect("a run");
        assert_eq!(summary.stored, 1, "{summary:#?}");
        assert_eq!(count(db, "select count(*) from esango_profile").await, 1);
        assert!(db.declared_areas(None).await.expect("declared").is_empty());
        let app = testing::app(db);
        for id in [one, other] {
            let (_, page) = testing::get(&app, &format!("/en/organizations/{id}")).await;
            assert!(!page.contains(r#"id="declared-areas""#), "{id}");
        }
        test_db.finish().await;
    }
}

/// A register that cannot be read is a clear error, and stores nothing.
#[tokio::test]
async fn an_unreadable_list_is_an_error_and_stores_nothing() {
    let test_db = testing::sqlite().await;
    let db = &test_db.db;
    organization(db, "Test Road Safety Council").await;
    let register = Arc::new(Register::default());
    let base = serve(register).await;
    let missing = EsangoOptions {
        base_url: format!("{base}/nowhere"),
        ..options(&base)
    };
    // The list's address is under the base: `/nowhere/civilsociety/...` is a 404.
    let error = fetch(db, &missing).await.expect_err("no list");
    assert!(
        format!("{error:#}").contains("the register's list could not be fetched"),
        "{error:#}"
    );
    assert_eq!(count(db, "select count(*) from esango_profile").await, 0);
    test_db.finish().await;
}

/// A list as long as its page shows may have been cut: the run says so.
#[tokio::test]
async fn a_list_as_long_as_its_page_is_said_to_be_perhaps_cut() {
    let test_db = testing::sqlite().await;
    let db = &test_db.db;
    organization(db, "Test Listed Body 7").await;
    let register = Arc::new(Register::default());
    register.full.store(true, Ordering::SeqCst);
    let base = serve(register).await;
    let summary = fetch(
        db,
        &EsangoOptions {
            limit: Some(0),
            ..options(&base)
        },
    )
    .await
    .expect("a run");
    assert_eq!(
        (
            summary.listed,
            summary.matched,
            summary.left,
            summary.list_may_be_cut
        ),
        (10_000, 1, 1, true),
        "{summary:#?}"
    );
    test_db.finish().await;
}
