//! Browsing the record through `/api/v1`, on SQLite and PostgreSQL: organization search with
//! facets, an organization's passport, a session with both sources, member states.
//!
//! The data is a small invented record, marked as test data (source `test`, `test://`
//! addresses, "Test" in every organization's name):
//!
//! | organization (spellings)                       | areas                    | country | considerations (reports unless said)                                                   |
//! |------------------------------------------------|--------------------------|---------|-----------------------------------------------------------------------------------------|
//! | O1 Test Women's Voice International (+2)       | women, human_rights (curator) | France | 2018R deferred, 2018S deferred, 2019R deferred, 2019S recommended; press 2019S deferred (Cuba asks) |
//! | O2 Test Rainbow Alliance (+1)                  | lgbti                    | Canada  | 2018R, 2018S (Cuba asks), 2019R (recorded vote), 2019S deferred; press 2019S deferred (China, Cuba ask) |
//! | O3 Test Anchor Group                           | other                    | france  | 2018R closed                                                                            |
//!
//! One release (2019 resumed) states "1 recommended, 2 deferred" and holds four records.

use axum::http::StatusCode;
use ecosoc_watch::{
    db::write::{seed_member_states, Changes},
    db::{now_utc, Db},
};

use crate::testing::{self, app, get};
use serde_json::Value;

/// The id a `... returning x_id` statement gives.
async fn insert(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn exec(db: &Db, sql: &str) {
    sqlx::query(sql)
        .execute(db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn document(db: &Db, url: &str, file_name: Option<&str>) -> i64 {
    sqlx::query_scalar(
        "insert into source_document (source, url, file_name, fetched_at, sha256, byte_len, body) \
         values ('test', $1, $2, $3, $4, 4, $5) returning source_document_id",
    )
    .bind(url)
    .bind(file_name)
    .bind(now_utc())
    .bind(format!("sha-{url}"))
    .bind(b"test".to_vec())
    .fetch_one(db.pool())
    .await
    .expect("insert a test source document")
}

/// The ids the assertions need.
struct Seed {
    o1: i64,
    o2: i64,
    o3: i64,
}

async fn seed(db: &Db) -> Seed {
    let mut conn = db.pool().acquire().await.expect("a connection");
    let mut changes = Changes::default();
    seed_member_states(&mut conn, &mut changes)
        .await
        .expect("seed member states");
    drop(conn);
    let cuba = insert(
        db,
        "select member_state_id from member_state where name = 'Cuba'",
    )
    .await;
    let china = insert(
        db,
        "select member_state_id from member_state where name = 'China'",
    )
    .await;

    let reports = document(db, "test://reports/steinert.xlsx", Some("steinert.xlsx")).await;
    let press = document(db, "test://press/ngo1000", None).await;

    let mut sessions = std::collections::HashMap::new();
    for (key, year, part, date) in [
        ("18R", 2018, "regular", "2018-02-01"),
        ("18S", 2018, "resumed", "2018-06-01"),
        ("19R", 2019, "regular", "2019-02-01"),
        ("19S", 2019, "resumed", "2019-06-01"),
        ("20R", 2020, "regular", "2020-02-01"),
    ] {
        let id = insert(
            db,
            &format!(
                "insert into session (year, part, adopted_on) values ({year}, '{part}', '{date}') \
                 returning session_id"
            ),
        )
        .await;
        sessions.insert(key, id);
    }

    let organization = |name: &'static str| async move {
        insert(
            db,
            &format!(
                "insert into organization (name, created_at) values ('{}', '2026-01-01T00:00:00Z') \
                 returning organization_id",
                name.replace('\'', "''")
            ),
        )
        .await
    };
    let o1 = organization("Test Women's Voice International").await;
    let o2 = organization("Test Rainbow Alliance").await;
    let o3 = organization("Test Anchor Group").await;
    for (org, name, rule) in [
        (o1, "Test Women's Voice International", "new"),
        (o1, "Test Voix des Femmes Solidarité", "name_change"),
        (o1, "TEST WOMENS VOICE INTL", "normalised"),
        (o2, "Test Rainbow Alliance", "new"),
        (o2, "Test Rainbow Aliance", "fuzzy"),
        (o3, "Test Anchor Group", "new"),
    ] {
        sqlx::query(
            "insert into organization_name (organization_id, name, name_key, link_rule, source_document_id) \
             values ($1, $2, $3, $4, $5)",
        )
        .bind(org)
        .bind(name)
        .bind(ecosoc_watch::names::name_key(name))
        .bind(rule)
        .bind(reports)
        .execute(db.pool())
        .await
        .expect("insert a spelling");
    }

    let a1 = insert(db, &format!("insert into application (organization_id, kind, seq) values ({o1}, 'status', 1) returning application_id")).await;
    let a2 = insert(db, &format!("insert into application (organization_id, kind, seq) values ({o2}, 'status', 1) returning application_id")).await;
    let a3 = insert(db, &format!("insert into application (organization_id, kind, seq) values ({o3}, 'status', 1) returning application_id")).await;

    let mut considerations = std::collections::HashMap::new();
    for (index, (name, app, session, decision, is_new, printed)) in [
        (
            "a1-18R",
            a1,
            "18R",
            "deferred",
            "1",
            "Test Women's Voice International",
        ),
        (
            "a1-18S",
            a1,
            "18S",
            "deferred",
            "0",
            "Test Women's Voice International",
        ),
        (
            "a1-19R",
            a1,
            "19R",
            "deferred",
            "0",
            "Test Voix des Femmes Solidarité",
        ),
        (
            "a1-19S",
            a1,
            "19S",
            "recommended",
            "0",
            "Test Voix des Femmes Solidarité",
        ),
        (
            "a2-18R",
            a2,
            "18R",
            "deferred",
            "1",
            "Test Rainbow Alliance",
        ),
        (
            "a2-18S",
            a2,
            "18S",
            "deferred",
            "0",
            "Test Rainbow Alliance",
        ),
        ("a2-19R", a2, "19R", "deferred", "0", "Test Rainbow Aliance"),
        (
            "a2-19S",
            a2,
            "19S",
            "deferred",
            "0",
            "Test Rainbow Alliance",
        ),
        ("a3-18R", a3, "18R", "closed", "0", "Test Anchor Group"),
    ]
    .into_iter()
    .enumerate()
    {
        let row = index + 1;
        let id = insert(
            db,
            &format!(
                "insert into consideration (application_id, session_id, source, decision, is_new, source_document_id) \
                 values ({app}, {}, 'steinert', '{decision}', {is_new}, {reports}) returning consideration_id",
                sessions[session]
            ),
        )
        .await;
        exec(
            db,
            &format!(
                "insert into consideration_evidence (consideration_id, source_document_id, locator, name_as_printed) \
                 values ({id}, {reports}, 'steinert.xlsx:test!A{row}', '{}')",
                printed.replace('\'', "''")
            ),
        )
        .await;
        considerations.insert(name, id);
    }
    // The release's view of the 2019 resumed session: it disagrees on O1.
    let p1 = insert(db, &format!(
        "insert into consideration (application_id, session_id, source, decision, is_new, source_document_id) \
         values ({a1}, {}, 'press_release', 'deferred', null, {press}) returning consideration_id", sessions["19S"])).await;
    let p2 = insert(db, &format!(
        "insert into consideration (application_id, session_id, source, decision, is_new, source_document_id) \
         values ({a2}, {}, 'press_release', 'deferred', null, {press}) returning consideration_id", sessions["19S"])).await;

    let release = insert(
        db,
        &format!(
            "insert into press_release (url, lang, title, symbol, dated_on, session_id, headline_counts, \
               is_placeholder, problems, parser_version, source_document_id, first_fetched_at, last_fetched_at) \
             values ('test://press/ngo1000', 'en', 'Test: Committee Recommends One, Defers Two', 'NGO/1000', \
               '2019-06-03', {}, '{{\"recommended\": 1, \"deferred\": 2, \"note\": \"x\"}}', 0, \
               '[{{\"locator\": \"p9\", \"message\": \"test problem\", \"text\": \"x\"}}, \
                 {{\"locator\": \"headline\", \"message\": \"the headline states 3 deferred, 2 records were read\", \"text\": \"x\"}}]', \
               'test', {press}, \
               '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') returning press_release_id",
            sessions["19S"]
        ),
    )
    .await;
    for (locator, ngo, country, decision, request, asked_by, org, consideration) in [
        (
            "p3",
            "Test Women's Voice Intl.",
            "'France'",
            "deferred",
            "status",
            r#"["Cuba"]"#,
            o1.to_string(),
            p1.to_string(),
        ),
        (
            "p4",
            "Test Rainbow Alliance",
            "'Canada'",
            "deferred",
            "status",
            r#"["China", "Cuba"]"#,
            o2.to_string(),
            p2.to_string(),
        ),
        (
            "p5",
            "Test Anchor Group",
            "'france'",
            "recommended_special",
            "status",
            "[]",
            o3.to_string(),
            "null".into(),
        ),
        (
            "p6",
            "Test Other Body",
            "null",
            "recommended",
            "reclassification",
            "[]",
            "null".into(),
            "null".into(),
        ),
    ] {
        exec(
            db,
            &format!(
                "insert into press_record (press_release_id, locator, ngo, name_key, country, decision, request, \
                   asked_by, organization_id, consideration_id) \
                 values ({release}, '{locator}', '{}', '{}', {country}, '{decision}', '{request}', '{asked_by}', \
                   {org}, {consideration})",
                ngo.replace('\'', "''"),
                ecosoc_watch::names::name_key(ngo).replace('\'', "''"),
            ),
        )
        .await;
    }
    for (consideration, state, text, doc) in [
        (p1, cuba, "'Why?'", press),
        (p2, cuba, "'Funding?'", press),
        (p2, china, "'Projects?'", press),
        (considerations["a2-18S"], cuba, "null", reports),
    ] {
        exec(
            db,
            &format!(
                "insert into question (consideration_id, member_state_id, seq, text, source_document_id) \
                 values ({consideration}, {state}, 1, {text}, {doc})"
            ),
        )
        .await;
    }
    let vote = insert(
        db,
        &format!(
            "insert into recorded_vote (session_id, topic, outcome, consideration_id, source, source_document_id) \
             values ({}, 'Test motion on Test Rainbow Alliance', 'adopted', {}, 'press_release', {press}) \
             returning recorded_vote_id",
            sessions["19R"], considerations["a2-19R"]
        ),
    )
    .await;
    exec(db, &format!("insert into vote (recorded_vote_id, member_state_id, vote, locator) values ({vote}, {cuba}, 'in_favour', 'p7')")).await;
    exec(db, &format!("insert into vote (recorded_vote_id, member_state_id, vote, locator) values ({vote}, {china}, 'against', 'p7')")).await;

    exec(
        db,
        &format!(
            "insert into reconciliation_flag (session_id, source, kind, item_count, detail) \
             values ({}, 'steinert', 'test_granted_list_short', 2, 'test: the granted list is shorter')",
            sessions["19S"]
        ),
    )
    .await;
    for (org, area, reason) in [
        (
            o1,
            "women",
            r#"{"rules":[{"area":"women","rule":"women.en","lang":"en","matched":["womens"],"text":"Test Women's Voice International"}]}"#,
        ),
        (
            o2,
            "lgbti",
            r#"{"rules":[{"area":"lgbti","rule":"lgbti.en","lang":"en","matched":["rainbow"],"text":"Test Rainbow Alliance"}]}"#,
        ),
        (o3, "other", r#"{"rules":[]}"#),
    ] {
        sqlx::query(
            "insert into focus_area_assignment (organization_id, area, reason, rule_set_version, assigned_at) \
             values ($1, $2, $3, 'test', '2026-01-01T00:00:00Z')",
        )
        .bind(org)
        .bind(area)
        .bind(reason)
        .execute(db.pool())
        .await
        .expect("insert an assignment");
    }
    for (area, action, reason, at) in [
        (
            "minority",
            "add",
            "test: first thought",
            "2026-01-02T00:00:00Z",
        ),
        (
            "minority",
            "remove",
            "test: mistaken",
            "2026-01-03T00:00:00Z",
        ),
        (
            "human_rights",
            "add",
            "test: its charter says so",
            "2026-01-04T00:00:00Z",
        ),
    ] {
        exec(
            db,
            &format!(
                "insert into focus_area_override (organization_id, area, action, reason, curator, created_at) \
                 values ({o1}, '{area}', '{action}', '{reason}', 'test-curator', '{at}')"
            ),
        )
        .await;
    }
    Seed { o1, o2, o3 }
}

async fn json(app: &axum::Router, uri: &str) -> Value {
    let (status, body) = get(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{uri}: {e}: {body}"))
}

fn ids(results: &Value) -> Vec<i64> {
    results["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|h| h["id"].as_i64().expect("id"))
        .collect()
}

fn facet(results: &Value, name: &str) -> Vec<(String, i64)> {
    results[name]
        .as_array()
        .expect("facet")
        .iter()
        .map(|f| {
            (
                f["value"].as_str().expect("value").to_string(),
                f["count"].as_i64().expect("count"),
            )
        })
        .collect()
}

fn pairs(items: &[(&str, i64)]) -> Vec<(String, i64)> {
    items.iter().map(|(v, n)| (v.to_string(), *n)).collect()
}

async fn assert_bad_request(app: &axum::Router, uri: &str, needle: &str) {
    let (status, body) = get(app, uri).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
    let envelope: Value = serde_json::from_str(&body).expect("a JSON envelope");
    assert_eq!(envelope["error"]["code"], "bad_request", "{uri}");
    let message = envelope["error"]["message"].as_str().expect("a message");
    assert!(message.contains(needle), "{uri}: {message}");
}

async fn assert_not_found(app: &axum::Router, uri: &str) {
    let (status, body) = get(app, uri).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{uri}: {body}");
    let envelope: Value = serde_json::from_str(&body).expect("a JSON envelope");
    assert_eq!(envelope["error"]["code"], "not_found", "{uri}");
}

#[tokio::test]
async fn search_finds_any_spelling_filters_facets_sorts_and_pages() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, o2, o3 } = seed(db).await;
        let app = app(db);
        let engine = test_db.engine().name();

        // A former spelling, in other case and without its accent, names the spelling.
        for q in ["solidarite", "FEMMES%20SOLIDARIT%C3%89", "voix-des-femmes"] {
            let results = json(&app, &format!("/api/v1/organizations?q={q}")).await;
            assert_eq!(ids(&results), [o1], "{engine} {q}");
            let hit = &results["items"][0];
            assert_eq!(hit["name"], "Test Women's Voice International");
            assert_eq!(
                hit["matched_name"], "Test Voix des Femmes Solidarité",
                "{q}"
            );
            assert_eq!(hit["areas"], serde_json::json!(["women", "human_rights"]));
            assert_eq!(hit["country"], "France");
            assert_eq!(
                hit["considerations"], 4,
                "four sessions, the press one not twice"
            );
            assert_eq!(hit["deferrals"], 3);
            assert_eq!(hit["outcome"], "in_status");
            assert_eq!(
                (hit["first_year"].as_i64(), hit["last_year"].as_i64()),
                (Some(2018), Some(2019))
            );
            assert_eq!(hit["years_pending"], 1);
        }
        // The current name matching: no matched_name.
        let results = json(&app, "/api/v1/organizations?q=rainbow").await;
        assert_eq!(ids(&results), [o2]);
        assert!(results["items"][0]["matched_name"].is_null());

        // No filter: by name; every facet counts all three.
        let all = json(&app, "/api/v1/organizations").await;
        assert_eq!(all["total"], 3);
        assert_eq!(ids(&all), [o3, o2, o1], "Anchor, Rainbow, Women's");
        assert_eq!(
            facet(&all, "areas"),
            pairs(&[
                ("women", 1),
                ("lgbti", 1),
                ("minority", 0),
                ("human_rights", 1),
                ("other", 1)
            ])
        );
        assert_eq!(
            facet(&all, "outcomes"),
            pairs(&[
                ("in_status", 1),
                ("pending", 1),
                ("closed", 1),
                ("rejected", 0),
                ("withdrawn", 0)
            ])
        );
        assert_eq!(
            facet(&all, "countries"),
            pairs(&[("France", 2), ("Canada", 1)])
        );

        // Each filter; its own facet still counts the other filters' matches only.
        let women = json(&app, "/api/v1/organizations?area=women").await;
        assert_eq!(ids(&women), [o1]);
        assert_eq!(
            facet(&women, "areas")[1],
            ("lgbti".to_string(), 1),
            "area facet ignores area"
        );
        assert_eq!(facet(&women, "outcomes")[0], ("in_status".to_string(), 1));
        assert_eq!(
            facet(&women, "outcomes")[2],
            ("closed".to_string(), 0),
            "outcome facet follows area"
        );
        let pending = json(&app, "/api/v1/organizations?outcome=pending").await;
        assert_eq!(ids(&pending), [o2]);
        assert_eq!(facet(&pending, "outcomes")[2], ("closed".to_string(), 1));
        assert_eq!(facet(&pending, "countries"), pairs(&[("Canada", 1)]));
        let france = json(&app, "/api/v1/organizations?country=FRANCE").await;
        assert_eq!(ids(&france), [o3, o1], "case does not matter");
        assert_eq!(
            facet(&france, "countries"),
            pairs(&[("France", 2), ("Canada", 1)])
        );
        assert_eq!(facet(&france, "areas")[1], ("lgbti".to_string(), 0));
        assert_eq!(
            ids(&json(&app, "/api/v1/organizations?from=2019").await),
            [o2, o1]
        );
        assert_eq!(
            ids(&json(&app, "/api/v1/organizations?to=2018").await),
            [o3, o2, o1]
        );
        let none = json(&app, "/api/v1/organizations?from=2019&outcome=closed").await;
        assert_eq!(none["total"], 0);
        assert_eq!(facet(&none, "outcomes")[2], ("closed".to_string(), 0));
        assert_eq!(facet(&none, "outcomes")[0], ("in_status".to_string(), 1));

        // Sorts.
        let by_deferrals = json(&app, "/api/v1/organizations?sort=deferrals").await;
        assert_eq!(ids(&by_deferrals), [o2, o1, o3]);
        let deferrals: Vec<i64> = by_deferrals["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|h| h["deferrals"].as_i64().expect("n"))
            .collect();
        assert_eq!(deferrals, [4, 3, 0]);
        assert_eq!(
            ids(&json(&app, "/api/v1/organizations?sort=years_pending").await),
            [o2, o1, o3],
            "1, 1 (by name), 0"
        );

        // Pages.
        let page2 = json(&app, "/api/v1/organizations?per_page=2&page=2").await;
        assert_eq!((page2["total"].as_i64(), ids(&page2)), (Some(3), vec![o1]));
        let beyond = json(&app, "/api/v1/organizations?per_page=2&page=9").await;
        assert_eq!((beyond["total"].as_i64(), ids(&beyond)), (Some(3), vec![]));

        // Bad parameters name themselves.
        assert_bad_request(&app, "/api/v1/organizations?area=cats", "`area`").await;
        assert_bad_request(&app, "/api/v1/organizations?outcome=won", "`outcome`").await;
        assert_bad_request(&app, "/api/v1/organizations?sort=random", "`sort`").await;
        assert_bad_request(
            &app,
            "/api/v1/organizations?from=2020&to=2010",
            "must not be after",
        )
        .await;
        assert_bad_request(&app, "/api/v1/organizations?page=0", "`page`").await;
        assert_bad_request(
            &app,
            "/api/v1/organizations?colour=red",
            "unknown parameter `colour`",
        )
        .await;
        assert_bad_request(
            &app,
            "/api/v1/organizations.csv?per_page=1000",
            "`per_page`",
        )
        .await;

        // The page's hits as CSV.
        let (status, csv) = get(&app, "/api/v1/organizations.csv?q=solidarite").await;
        assert_eq!(status, StatusCode::OK);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "id,name,matched_name,areas,country,considerations,deferrals,outcome,first_year,last_year,years_pending");
        assert_eq!(
            lines[1..],
            [format!("{o1},Test Women's Voice International,Test Voix des Femmes Solidarité,women;human_rights,France,4,3,in_status,2018,2019,1")]
        );

        // A curator's change reaches the search without a restart.
        assert_eq!(
            json(&app, "/api/v1/organizations?area=minority").await["total"],
            0
        );
        db.override_area(
            o3,
            "minority",
            ecosoc_watch::db::focus::OverrideAction::Add,
            "test: its statutes",
            "test-curator",
        )
        .await
        .expect("override");
        assert_eq!(
            ids(&json(&app, "/api/v1/organizations?area=minority").await),
            [o3]
        );
        test_db.finish().await;
    }
}

#[tokio::test]
async fn passport_has_areas_overrides_countries_and_a_csv_per_consideration() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, o2, .. } = seed(db).await;
        let app = app(db);

        let passport = json(&app, &format!("/api/v1/organizations/{o1}")).await;
        let areas = passport["areas"].as_array().expect("areas");
        assert_eq!(areas.len(), 2, "{passport}");
        assert_eq!(areas[0]["area"], "women");
        assert_eq!(areas[0]["by"], "rule");
        assert_eq!(areas[0]["reasons"][0]["rule"], "women.en");
        assert_eq!(
            areas[0]["reasons"][0]["matched"],
            serde_json::json!(["womens"])
        );
        assert_eq!(
            areas[0]["reasons"][0]["text"],
            "Test Women's Voice International"
        );
        assert_eq!(areas[1]["area"], "human_rights");
        assert_eq!(areas[1]["by"], "curator");
        assert_eq!(areas[1]["reasons"][0]["rule"], "curator");
        assert_eq!(areas[1]["reasons"][0]["text"], "test: its charter says so");
        let overrides: Vec<(&str, &str)> = passport["area_overrides"]
            .as_array()
            .expect("overrides")
            .iter()
            .map(|o| {
                (
                    o["area"].as_str().expect("area"),
                    o["action"].as_str().expect("action"),
                )
            })
            .collect();
        assert_eq!(
            overrides,
            [
                ("minority", "add"),
                ("minority", "remove"),
                ("human_rights", "add")
            ]
        );
        assert_eq!(passport["area_overrides"][0]["curator"], "test-curator");
        assert_eq!(
            passport["countries"],
            serde_json::json!([{"country": "France", "records": 1}])
        );
        assert_eq!(passport["names"].as_array().map(Vec::len), Some(3));

        let (status, csv) = get(&app, &format!("/api/v1/organizations/{o1}.csv")).await;
        assert_eq!(status, StatusCode::OK, "{csv}");
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().expect("headers").clone();
        assert_eq!(
            headers.iter().collect::<Vec<_>>(),
            [
                "organization_id",
                "organization",
                "application_id",
                "kind",
                "year",
                "part",
                "source",
                "decision",
                "is_new",
                "questions",
                "votes",
                "country",
                "evidence",
                "source_url"
            ]
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
        assert_eq!(
            rows.len(),
            5,
            "four reports considerations and one press: {csv}"
        );
        let press = rows
            .iter()
            .find(|r| &r[6] == "press_release")
            .expect("the press row");
        assert_eq!(
            (&press[4], &press[5], &press[7]),
            ("2019", "resumed", "deferred")
        );
        assert_eq!(&press[9], "Cuba: Why?");
        assert_eq!(&press[10], "", "no recorded vote on this application");
        assert_eq!(&press[11], "France");
        assert_eq!(&press[12], "test://press/ngo1000#p3");
        assert_eq!(&press[13], "test://press/ngo1000");
        let first = &rows[0];
        assert_eq!(
            (&first[4], &first[5], &first[6], &first[8]),
            ("2018", "regular", "steinert", "true")
        );
        assert_eq!(&first[13], "test://reports/steinert.xlsx");

        // The recorded vote on o2's application: on its consideration, every state's vote,
        // in the JSON and in the CSV.
        let passport = json(&app, &format!("/api/v1/organizations/{o2}")).await;
        let voted: Vec<&Value> = passport["applications"]
            .as_array()
            .expect("applications")
            .iter()
            .flat_map(|a| a["considerations"].as_array().expect("considerations"))
            .filter(|c| !c["recorded_votes"].as_array().expect("votes").is_empty())
            .collect();
        assert_eq!(voted.len(), 1, "{passport}");
        assert_eq!(voted[0]["session"]["year"], 2019);
        assert_eq!(
            voted[0]["recorded_votes"],
            serde_json::json!([{
                "topic": "Test motion on Test Rainbow Alliance",
                "outcome": "adopted",
                "votes": [
                    {"state": "Cuba", "vote": "in_favour"},
                    {"state": "China", "vote": "against"}
                ]
            }])
        );
        let (_, csv) = get(&app, &format!("/api/v1/organizations/{o2}.csv")).await;
        assert!(
            csv.contains(
                "Test motion on Test Rainbow Alliance (adopted): in_favour: Cuba; against: China"
            ),
            "{csv}"
        );

        assert_not_found(&app, "/api/v1/organizations/424242.csv").await;
        assert_bad_request(&app, "/api/v1/organizations/abc.csv", "whole number").await;
        test_db.finish().await;
    }
}

#[tokio::test]
async fn session_shows_both_sources_releases_and_reconciliation() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, o2, .. } = seed(db).await;
        let app = app(db);

        let session = json(&app, "/api/v1/sessions/2019-resumed").await;
        assert_eq!(
            session["session"],
            serde_json::json!({"year": 2019, "part": "resumed"})
        );
        assert_eq!(session["date"], "2019-06-01");
        assert_eq!(session["counts"]["considered"], 2);
        assert_eq!(session["counts"]["recommended"], 1);
        // The list names each report once; a session's places lead to its own reports.
        let list = json(&app, "/api/v1/sessions").await;
        let sources = list["sources"].as_array().expect("sources");
        let urls: Vec<&str> = sources.iter().map(|s| s["url"].as_str().unwrap()).collect();
        let unique: std::collections::BTreeSet<&&str> = urls.iter().collect();
        assert_eq!(unique.len(), urls.len(), "each source once: {urls:?}");
        let row = list["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .find(|s| s["year"] == 2019 && s["part"] == "resumed")
            .expect("2019 resumed");
        let named: Vec<&Value> = row["sources"]
            .as_array()
            .expect("places")
            .iter()
            .map(|place| &sources[place.as_u64().expect("a place") as usize])
            .collect();
        assert!(!named.is_empty());
        // The session's own answer lists its sources the same way.
        assert_eq!(
            named,
            session["counts"]["sources"]
                .as_array()
                .expect("the session's sources")
                .iter()
                .map(|place| &session["sources"][place.as_u64().expect("a place") as usize])
                .collect::<Vec<_>>()
        );
        let applications = session["applications"].as_array().expect("applications");
        let organizations: Vec<i64> = applications
            .iter()
            .map(|a| a["organization_id"].as_i64().expect("id"))
            .collect();
        assert_eq!(organizations, [o2, o1], "by organization name");
        let women = &applications[1];
        assert_eq!(women["reports_decision"], "recommended");
        assert_eq!(women["press_decision"], "deferred");
        assert_eq!(women["is_new"], false);
        assert_eq!(women["name_as_printed"], "Test Voix des Femmes Solidarité");
        assert_eq!(women["areas"], serde_json::json!(["women", "human_rights"]));
        assert_eq!(
            women["questions"],
            serde_json::json!([{"state": "Cuba", "text": "Why?"}])
        );
        let locators: Vec<&str> = women["evidence"]
            .as_array()
            .expect("evidence")
            .iter()
            .map(|e| e["locator"].as_str().expect("locator"))
            .collect();
        assert_eq!(
            locators,
            ["steinert.xlsx:test!A4", "test://press/ngo1000#p3"]
        );
        // Each evidence line names its source by its place in the answer's one list.
        let listed = session["sources"].as_array().expect("sources listed once");
        let urls: Vec<&str> = listed.iter().map(|s| s["url"].as_str().unwrap()).collect();
        assert_eq!(
            urls.iter().collect::<std::collections::BTreeSet<_>>().len(),
            urls.len(),
            "{urls:?}"
        );
        let sources_of_women: Vec<&str> = women["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| urls[e["source"].as_u64().expect("a place") as usize])
            .collect();
        assert_eq!(
            sources_of_women,
            ["test://reports/steinert.xlsx", "test://press/ngo1000"]
        );
        let rainbow = &applications[0];
        assert_eq!(
            (&rainbow["reports_decision"], &rainbow["press_decision"]),
            (&Value::from("deferred"), &Value::from("deferred"))
        );
        assert_eq!(rainbow["questions"].as_array().map(Vec::len), Some(2));

        let releases = session["releases"].as_array().expect("releases");
        assert_eq!(releases.len(), 1);
        assert_eq!(releases[0]["url"], "test://press/ngo1000");
        assert_eq!(releases[0]["symbol"], "NGO/1000");
        assert_eq!(releases[0]["records"], 4);
        assert_eq!(releases[0]["problems"], 2);
        assert_eq!(
            releases[0]["shortfalls"],
            serde_json::json!(["the headline states 3 deferred, 2 records were read"]),
            "a release read incompletely says so"
        );
        assert_eq!(
            releases[0]["headline_counts"],
            serde_json::json!({"deferred": 2, "recommended": 1})
        );

        let reconciliation: Vec<(String, Value, Value, Value)> = session["reconciliation"]
            .as_array()
            .expect("reconciliation")
            .iter()
            .map(|r| {
                (
                    r["decision"].as_str().expect("decision").to_string(),
                    r["reports"].clone(),
                    r["press"].clone(),
                    r["press_stated"].clone(),
                )
            })
            .collect();
        let n = |v: i64| Value::from(v);
        assert_eq!(
            reconciliation,
            [
                ("recommended".to_string(), n(1), n(1), n(1)),
                ("deferred".to_string(), n(1), n(2), n(2)),
                ("closed".to_string(), n(0), n(0), Value::Null),
                ("rejected".to_string(), n(0), n(0), Value::Null),
                ("withdrawn".to_string(), n(0), n(0), Value::Null),
            ]
        );
        assert_eq!(session["flags"][0]["kind"], "test_granted_list_short");
        assert_eq!(session["flags"][0]["count"], 2);
        assert_eq!(
            session["previous"],
            serde_json::json!({"year": 2019, "part": "regular"})
        );
        assert!(session["next"].is_null(), "2020 has no consideration");

        let first = json(&app, "/api/v1/sessions/2018-regular").await;
        assert!(first["previous"].is_null());
        assert_eq!(
            first["next"],
            serde_json::json!({"year": 2018, "part": "resumed"})
        );
        assert_eq!(
            first["reconciliation"][0]["press"],
            Value::Null,
            "no release: no press count"
        );

        let (status, csv) = get(&app, "/api/v1/sessions/2019-resumed.csv").await;
        assert_eq!(status, StatusCode::OK);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(lines[0].starts_with("year,part,organization_id,organization,name_as_printed"));
        assert!(
            lines[2].contains(",recommended,deferred,true,false,Cuba: Why?,"),
            "{csv}"
        );

        assert_not_found(&app, "/api/v1/sessions/2020-regular").await;
        assert_not_found(&app, "/api/v1/sessions/1999-resumed").await;
        assert_bad_request(&app, "/api/v1/sessions/2019-spring", "YEAR-regular").await;
        assert_bad_request(&app, "/api/v1/sessions/2019.csv", "YEAR-regular").await;
        test_db.finish().await;
    }
}

#[tokio::test]
async fn states_list_and_detail_with_sources_and_votes() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, o2, .. } = seed(db).await;
        let app = app(db);

        let list = json(&app, "/api/v1/states").await;
        let states = list["states"].as_array().expect("states");
        let summary: Vec<(&str, i64, i64, i64, i64, i64)> = states
            .iter()
            .map(|s| {
                (
                    s["name"].as_str().expect("name"),
                    s["questions"].as_i64().expect("q"),
                    s["applications_questioned"].as_i64().expect("a"),
                    s["votes"].as_i64().expect("v"),
                    s["first_year"].as_i64().expect("first"),
                    s["last_year"].as_i64().expect("last"),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("China", 1, 1, 1, 2019, 2019),
                ("Cuba", 3, 2, 1, 2018, 2019)
            ]
        );
        let (status, csv) = get(&app, "/api/v1/states.csv").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            csv.lines().collect::<Vec<_>>(),
            [
                "name,iso3,questions,applications_questioned,votes,first_year,last_year",
                "China,CHN,1,1,1,2019,2019",
                "Cuba,CUB,3,2,1,2018,2019",
            ]
        );

        let cuba = json(&app, "/api/v1/states/cuba").await;
        assert_eq!(cuba["summary"]["name"], "Cuba");
        let questions = cuba["questions"].as_array().expect("questions");
        let seen: Vec<(i64, i64, &str, &str)> = questions
            .iter()
            .map(|q| {
                (
                    q["organization_id"].as_i64().expect("org"),
                    q["session"]["year"].as_i64().expect("year"),
                    q["decision"].as_str().expect("decision"),
                    q["source"].as_str().expect("source"),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (o2, 2019, "deferred", "test://press/ngo1000#p4"),
                (o1, 2019, "deferred", "test://press/ngo1000#p3"),
                (o2, 2018, "deferred", "test://reports/steinert.xlsx"),
            ],
            "newest first; the release paragraph, else the question's document"
        );
        assert_eq!(questions[0]["text"], "Funding?");
        let votes = cuba["votes"].as_array().expect("votes");
        assert_eq!(votes.len(), 1);
        assert_eq!(votes[0]["vote"], "in_favour");
        assert_eq!(votes[0]["organization_id"], o2);
        assert_eq!(votes[0]["topic"], "Test motion on Test Rainbow Alliance");
        assert_eq!(votes[0]["session"]["year"], 2019);
        // The answer lists each source once; a vote names its source by its place.
        let place = votes[0]["source"].as_u64().expect("a place") as usize;
        assert_eq!(cuba["sources"][place]["url"], "test://press/ngo1000");
        assert_eq!(votes[0]["locator"], "p7");
        assert_eq!(
            facet(&cuba, "questioned_by_area"),
            pairs(&[
                ("women", 1),
                ("lgbti", 1),
                ("minority", 0),
                ("human_rights", 1),
                ("other", 0)
            ])
        );

        // Any spelling the member-state table knows.
        let china = json(&app, "/api/v1/states/People's%20Republic%20of%20China").await;
        assert_eq!(china["summary"]["name"], "China");
        assert_eq!(china["votes"][0]["vote"], "against");

        let later = json(&app, "/api/v1/states/Cuba?page=2").await;
        assert_eq!(later["questions"].as_array().map(Vec::len), Some(0));
        assert_eq!(later["summary"]["questions"], 3);
        let (status, csv) = get(&app, "/api/v1/states/Cuba.csv").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            csv.lines().count(),
            4,
            "a header and three questions: {csv}"
        );
        assert!(csv.contains("Cuba,"), "{csv}");

        assert_not_found(&app, "/api/v1/states/Ruritania").await;
        assert_not_found(&app, "/api/v1/states/Ruritania.csv").await;
        assert_bad_request(&app, "/api/v1/states/Cuba?page=0", "`page`").await;
        assert_bad_request(
            &app,
            "/api/v1/states/Cuba?sort=x",
            "unknown parameter `sort`",
        )
        .await;

        // The methodology's coverage counts the same record.
        let methodology = ecosoc_watch::answers::methodology(db)
            .await
            .expect("methodology");
        let coverage: Vec<(i64, i64, i64, i64, i64)> = methodology
            .coverage
            .iter()
            .map(|c| {
                (
                    c.year,
                    c.reports,
                    c.press_releases,
                    c.press_records,
                    c.questions,
                )
            })
            .collect();
        assert_eq!(coverage, [(2018, 5, 0, 0, 1), (2019, 4, 1, 4, 3)]);
        let rules: Vec<(&str, i64)> = methodology
            .link_rules
            .iter()
            .map(|f| (f.value.as_str(), f.count))
            .collect();
        assert_eq!(
            rules,
            [
                ("new", 3),
                ("fuzzy", 1),
                ("name_change", 1),
                ("normalised", 1)
            ]
        );
        assert!(!methodology.rules.is_empty() && !methodology.exceptions.is_empty());
        test_db.finish().await;
    }
}

/// A roll call both sources record is counted once: the reports' vote wins, as the reports'
/// consideration does.
#[tokio::test]
async fn a_vote_both_sources_record_counts_once() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o2, .. } = seed(db).await;
        let app = app(db);
        let cuba_votes = |states: &Value| {
            states["states"]
                .as_array()
                .expect("states")
                .iter()
                .find(|s| s["name"] == "Cuba")
                .map(|s| s["votes"].clone())
        };
        let before = json(&app, "/api/v1/states").await;
        assert_eq!(cuba_votes(&before), Some(serde_json::json!(1)), "{before}");

        // The reports record the same roll call on the same application and session.
        let row: (i64, i64, i64) = sqlx::query_as(
            "select session_id, consideration_id, source_document_id from recorded_vote \
             where source = 'press_release'",
        )
        .fetch_one(db.pool())
        .await
        .expect("the press vote");
        let vote = insert(
            db,
            &format!(
                "insert into recorded_vote (session_id, topic, outcome, consideration_id, source, source_document_id) \
                 values ({}, 'Test roll call (reports)', 'adopted', {}, 'steinert', {}) returning recorded_vote_id",
                row.0, row.1, row.2
            ),
        )
        .await;
        exec(
            db,
            &format!(
                "insert into vote (recorded_vote_id, member_state_id, vote) \
                 select {vote}, member_state_id, 'in_favour' from member_state where name = 'Cuba'"
            ),
        )
        .await;

        let after = json(&app, "/api/v1/states").await;
        assert_eq!(cuba_votes(&after), Some(serde_json::json!(1)), "{after}");
        let cuba = json(&app, "/api/v1/states/Cuba").await;
        let topics: Vec<&str> = cuba["votes"]
            .as_array()
            .expect("votes")
            .iter()
            .map(|v| v["topic"].as_str().expect("topic"))
            .collect();
        assert_eq!(topics, ["Test roll call (reports)"]);
        let passport = json(&app, &format!("/api/v1/organizations/{o2}")).await;
        let votes: Vec<&Value> = passport["applications"]
            .as_array()
            .expect("applications")
            .iter()
            .flat_map(|a| a["considerations"].as_array().expect("considerations"))
            .flat_map(|c| c["recorded_votes"].as_array().expect("votes"))
            .collect();
        assert_eq!(votes.len(), 1, "{passport}");
        assert_eq!(votes[0]["topic"], "Test roll call (reports)");
        test_db.finish().await;
    }
}

/// The record pages render on the server (the first paint, and what works without
/// JavaScript) with the status their answer calls for.
#[tokio::test]
async fn record_pages_render_on_the_server_with_their_status() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, o2, .. } = seed(db).await;
        let app = app(db);
        let page = |uri: String| {
            let app = app.clone();
            async move { get(&app, &uri).await }
        };

        let (status, body) = page("/en/organizations?q=womens".into()).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(
            body.contains(&format!(r#"href="/en/organizations/{o1}""#)),
            "{body}"
        );
        assert!(body.contains(r#"id="search-status""#));

        let (status, body) = page(format!("/en/organizations/{o1}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains(r#"id="passport-summary""#), "{body}");
        assert!(
            body.contains("<title>Test Women"),
            "the page is titled with the name"
        );
        assert!(
            body.contains(r#"href="test://press/ngo1000#p3""#),
            "the release paragraph"
        );
        let (_, body) = page(format!("/en/organizations/{o2}")).await;
        assert!(body.contains(r#"class="data-table votes""#), "{body}");
        assert!(body.contains(r#"href="/en/states/Cuba""#));

        let (status, body) = page("/en/sessions/2019-resumed".into()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.contains(r#"<strong class="warning">Sources disagree</strong>"#),
            "{body}"
        );
        assert!(body.contains(r#"id="reconciliation""#));
        assert!(
            body.contains("Incomplete: </strong>the headline states 3 deferred, 2 records"),
            "{body}"
        );
        let (status, body) = page("/en/states/Cuba".into()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains(r#"id="state-questions""#), "{body}");
        for (uri, status) in [
            ("/en/organizations/424242", StatusCode::NOT_FOUND),
            ("/en/organizations/abc", StatusCode::BAD_REQUEST),
            ("/en/organizations?area=cats", StatusCode::BAD_REQUEST),
            ("/en/sessions/2019-spring", StatusCode::BAD_REQUEST),
            ("/en/sessions/1999-resumed", StatusCode::NOT_FOUND),
            ("/en/states/Ruritania", StatusCode::NOT_FOUND),
            ("/en/states/Cuba?page=0", StatusCode::BAD_REQUEST),
        ] {
            let (got, body) = page(uri.into()).await;
            assert_eq!(got, status, "{uri}: {body}");
            assert!(body.contains(r#"class="error""#), "{uri}: {body}");
        }
        // In another language the page says so in its words and marks the server's English.
        let (got, body) = page("/fr/organizations?area=cats".into()).await;
        assert_eq!(got, StatusCode::BAD_REQUEST);
        let lead = app::i18n::catalogue(app::i18n::Lang::Fr).format("error-detail-english", &[]);
        assert!(body.contains(&lead), "{body}");
        assert!(
            body.contains(r#"<span lang="en" dir="ltr">parameter `area`"#),
            "{body}"
        );
        assert!(body.contains("cats"), "the detail names the value: {body}");
        for uri in ["/en/sessions", "/en/states", "/en/methodology"] {
            let (status, body) = page(uri.into()).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        }
        test_db.finish().await;
    }
}

/// A page's links to this site: the attributes before the address, the address, the rest.
fn internal_links() -> regex::Regex {
    regex::Regex::new(r#"<a ([^>]*)href="(/[^"]*)"([^>]*)>"#).expect("a pattern")
}

/// The parts of a page kept in their own words, like records: the focus rules' phrases and
/// reasons (the rules file's) and the API's route documentation (the OpenAPI document's,
/// which the API page says is in English).
fn in_their_own_words() -> regex::Regex {
    regex::Regex::new(
        r#"(?s)<table[^>]*id="(rules|exceptions|known)-table".*?</table>|<article class="api-route">.*?</article>"#,
    )
    .expect("a pattern")
}

/// Every link of `page` to a page of this site stays in `locale`; only the language switcher
/// leads to another language (or Arabic's other digits), and loads the page anew.
fn links_stay_in(page: &str, uri: &str, locale: app::i18n::Locale) {
    for link in internal_links().captures_iter(page) {
        let (href, attributes) = (&link[2], format!("{} {}", &link[1], &link[3]));
        if ["/api/", "/pkg/", "/feeds/"]
            .iter()
            .any(|p| href.starts_with(p))
        {
            continue;
        }
        let in_locale = |l: app::i18n::Locale| {
            let c = l.code();
            href == format!("/{c}")
                || href.starts_with(&format!("/{c}/"))
                || href.starts_with(&format!("/{c}?"))
        };
        assert!(
            in_locale(locale)
                || (app::i18n::Locale::ALL.into_iter().any(in_locale)
                    && attributes.contains(r#"rel="external""#)),
            "{uri}: {href}"
        );
    }
}

/// Every page, by its address after the language, with the message key of a heading it
/// shows: a session's and a state's page as the lists link them.
async fn every_page(app: &axum::Router, organization: i64) -> Vec<(String, &'static str)> {
    let links = internal_links();
    let first_link = |page: String, prefix: &str| {
        links
            .captures_iter(&page)
            .map(|c| c[2].to_string())
            .find(|href| href.starts_with(prefix) && href.len() > prefix.len())
            .and_then(|href| href.strip_prefix("/en").map(str::to_string))
            .unwrap_or_else(|| panic!("no link to {prefix}…"))
    };
    let session = first_link(get(app, "/en/sessions").await.1, "/en/sessions/");
    let state = first_link(get(app, "/en/states").await.1, "/en/states/");
    vec![
        (String::new(), "home-title"),
        (format!("/organizations/{organization}"), "history-heading"),
        ("/organizations".to_string(), "nav-organizations"),
        ("/sessions".to_string(), "sessions-heading"),
        (session, "nav-sessions"),
        ("/states".to_string(), "nav-states"),
        (state, "nav-states"),
        ("/who-asks".to_string(), "who-heading"),
        ("/time-to-decision".to_string(), "wait-heading"),
        ("/methodology".to_string(), "nav-methodology"),
        ("/api".to_string(), "api-title"),
    ]
}

/// The visible text of a page (tags, scripts and the catalogue's JSON left out), for the
/// language checks: what a reader sees.
fn visible_text(page: &str) -> String {
    // The BibTeX entry is English on every page, by design (it is for reference managers).
    let without_scripts = regex::Regex::new(
        r#"(?s)<script.*?</script>|<style.*?</style>|<pre class="cite-bibtex">.*?</pre>"#,
    )
    .expect("a pattern")
    .replace_all(page, " ");
    let text = regex::Regex::new(r"(?s)<[^>]*>")
        .expect("a pattern")
        .replace_all(&without_scripts, " ");
    text.replace("&#x27;", "'")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
}

/// The English interface's sentences and labels that another language's page must not show:
/// every run of text with two words or more in an English message (the words between its
/// variables too: a sentence built from numbers is checked by its fixed words) whose message
/// differs in `lang` (a short label like "SVG", or "· n =", is the same everywhere).
fn english_only(lang: app::i18n::Lang) -> Vec<String> {
    use app::i18n::{catalogue, Lang, Part};
    // Words of three letters or more: "n", "CI" and symbols are not English.
    let words = |text: &str| {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3)
            .count()
    };
    let (english, other) = (catalogue(Lang::En), catalogue(lang));
    let mut runs: Vec<String> = english
        .iter()
        .filter(|(key, pattern)| other.get(key) != Some(pattern))
        .flat_map(|(_, pattern)| {
            pattern.iter().filter_map(|part| match part {
                Part::Text(text) if words(text) >= 2 => Some(text.trim().to_string()),
                _ => None,
            })
        })
        .collect();
    runs.sort();
    runs.dedup();
    runs
}

/// Each page is in the language its address names: `lang` and `dir` on the document, the
/// catalogue for the front end, every page's heading in the language's words, no sentence of
/// the English interface, and every link within the site in the same language.
/// An address without a language goes to the browser's.
#[tokio::test]
async fn pages_speak_the_language_of_their_address() {
    use app::i18n::{catalogue, Lang};
    let rules_tables = in_their_own_words();
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, .. } = seed(db).await;
        let app = app(db);
        let pages = every_page(&app, o1).await;
        for lang in Lang::ALL {
            let code = lang.code();
            let words = catalogue(lang);
            // Every page, each with a heading in the language's words.
            for (path, heading) in &pages {
                let uri = format!("/{code}{path}");
                let (status, page) = get(&app, &uri).await;
                assert_eq!(status, StatusCode::OK, "{uri}: {page}");
                assert!(
                    page.contains(&format!(r#"<html lang="{code}" dir="{}""#, lang.dir())),
                    "{uri}"
                );
                assert!(page.contains(r#"<script type="text/plain" id="i18n">"#));
                let heading = words.format(heading, &[]);
                let text = visible_text(&rules_tables.replace_all(&page, " "))
                    .replace(app::model::STEINERT_CITATION, " ");
                assert!(text.contains(&heading), "{uri}: {heading}");
                // A member state is named in the page's language (UNSD's M49 names).
                if let Some(state) = path.strip_prefix("/states/") {
                    let named = app::i18n::I18n::new(words).country(&state.replace("%20", " "));
                    assert!(text.contains(&format!(" {named} ")), "{uri}: {named}");
                    let english = text.find(&format!(" {state} ")).filter(|_| named != state);
                    assert!(
                        english.is_none(),
                        "{uri}: {:?}",
                        english.map(|i| &text[i.saturating_sub(80)..i + 40])
                    );
                }
                for english in english_only(lang) {
                    let at = text.find(&english).map(|i| {
                        let around: String = text[i..].chars().take(200).collect();
                        around
                    });
                    assert!(at.is_none(), "{uri} shows English: {english}: {at:?}");
                }
                links_stay_in(&page, &uri, app::i18n::Locale::of(lang));
            }
        }
        test_db.finish().await;
    }
}

/// Arabic with Arabic-Indic digits (`/ar-u-nu-arab/…`) is the Arabic page with the numbers
/// the app writes in those digits, and nothing else changed: read back into Western digits,
/// every page's text is the Arabic page's. A Western digit left on it is a record's own (an
/// NGO's name, a document symbol), never a count, a share, a year or a date the page wrote;
/// and its links stay in its digits.
#[tokio::test]
async fn arabic_pages_offer_arabic_indic_digits() {
    use app::i18n::Locale;
    let rules_tables = in_their_own_words();
    let version = regex::Regex::new(r"^\d+(\.\d+)+\W*$").expect("a pattern");
    // Read back into Western digits; a chart label holding the Arabic letter mark is
    // isolated (`chart::accessible_svg`), which only marks it.
    let western = |text: &str| -> String {
        text.chars()
            .filter(|c| !matches!(c, '\u{061c}' | '\u{2068}' | '\u{2069}'))
            .map(|c| match c {
                '\u{0660}'..='\u{0669}' => {
                    char::from_u32('0' as u32 + (c as u32 - 0x0660)).unwrap_or(c)
                }
                '\u{066b}' => '.',
                '\u{066c}' => ',',
                '\u{066a}' => '%',
                c => c,
            })
            .collect()
    };
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, .. } = seed(db).await;
        let app = app(db);
        // The records' own text, whose digits stay as written, and the messages the
        // server stored in English (a release's shortfall), shown as they are.
        let records = record_text(db).await;
        let stored: Vec<String> =
            sqlx::query_scalar::<_, String>("select problems from press_release")
                .fetch_all(db.pool())
                .await
                .expect("problems")
                .iter()
                .flat_map(|json| {
                    serde_json::from_str::<Vec<serde_json::Value>>(json).unwrap_or_default()
                })
                .filter_map(|problem| problem["message"].as_str().map(str::to_string))
                .collect();
        let code = Locale::ARABIC_INDIC;
        for (path, _) in every_page(&app, o1).await {
            let uri = format!("/{code}{path}");
            let (status, page) = get(&app, &uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {page}");
            assert!(
                page.contains(&format!(r#"<html lang="{code}" dir="rtl""#)),
                "{uri}"
            );
            let (_, arabic) = get(&app, &format!("/ar{path}")).await;
            let as_written = |page: &str| {
                let mut text = visible_text(&rules_tables.replace_all(page, " "));
                // The reports dataset's reference is kept as written, like a record, and
                // the API's version, a code.
                let codes = [app::model::STEINERT_CITATION, env!("CARGO_PKG_VERSION")];
                for kept in stored.iter().map(String::as_str).chain(codes) {
                    text = text.replace(kept, " ");
                }
                text
            };
            let (text, arabic) = (as_written(&page), as_written(&arabic));
            assert!(
                text.contains('\u{0660}') || text.contains('\u{0661}'),
                "{uri}: no Arabic-Indic digit"
            );
            // The page cites its own address.
            let read_back = western(&text).replace(&format!("/{code}"), "/ar");
            let arabic = western(&arabic);
            if read_back != arabic {
                let at = read_back
                    .chars()
                    .zip(arabic.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                let from = at.saturating_sub(60);
                let around = |t: &str| t.chars().skip(from).take(160).collect::<String>();
                panic!(
                    "{uri}: more than the digits changed:\n{}\n{}",
                    around(&read_back),
                    around(&arabic)
                );
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            let left: Vec<String> = words
                .iter()
                .enumerate()
                .filter(|(_, word)| word.chars().any(|c| c.is_ascii_digit()))
                // A code is written as typed: an address, a parameter, a version, a
                // symbol (`per_page=100`, `2-e471b6cc`, `NGO/1000`).
                .filter(|(_, word)| !word.chars().any(|c| c.is_ascii_alphabetic() || c == '='))
                // A version after its name ("OpenAPI 3.1"), not a number the page wrote.
                .filter(|(i, word)| {
                    let named = *i > 0 && words[i - 1].chars().any(|c| c.is_ascii_alphabetic());
                    !(named && version.is_match(word))
                })
                .filter(|(_, word)| {
                    !records.contains(word.trim_matches(|c: char| !c.is_alphanumeric()))
                })
                .map(|(i, _)| words[i.saturating_sub(4)..(i + 3).min(words.len())].join(" "))
                .collect();
            assert!(
                left.is_empty(),
                "{uri}: Western digits the page wrote: {left:?}"
            );
            links_stay_in(&page, &uri, Locale::parse(code).expect("a locale"));
            // The switcher leads back to Western digits.
            assert!(
                page.contains(&format!(r#"href="/ar{path}""#)),
                "{uri}: no way back"
            );
        }
        test_db.finish().await;
    }
}

/// Every word of the records' own text (names, questions, document symbols, sources'
/// addresses and locators), as a page may show it.
async fn record_text(db: &Db) -> std::collections::HashSet<String> {
    let mut words = std::collections::HashSet::new();
    for query in [
        "select name from organization_name",
        "select name_as_printed from consideration_evidence",
        "select locator from consideration_evidence",
        "select coalesce(text, '') from question",
        "select coalesce(file_name, '') from source_document",
        "select url from source_document",
        "select coalesce(symbol, '') from press_release",
    ] {
        let rows: Vec<String> = sqlx::query_scalar(query)
            .fetch_all(db.pool())
            .await
            .unwrap_or_else(|e| panic!("{query}: {e}"));
        for row in rows {
            words.extend(
                row.split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()),
            );
        }
    }
    words
}

/// An address without a language is sent to the one the browser asks for, with its query;
/// the API, feeds and front-end files are not pages and are never redirected.
#[tokio::test]
async fn an_address_without_a_language_goes_to_the_browser_s() {
    use tower::ServiceExt;
    let test_db = testing::sqlite().await;
    let app = app(&test_db.db);
    for (uri, accept, location) in [
        ("/", Some("fr-CH, fr;q=0.9, en;q=0.8"), "/fr"),
        ("/", None, "/en"),
        (
            "/organizations?q=test",
            Some("ar-EG,ar;q=0.9"),
            "/ar/organizations?q=test",
        ),
        ("/states/Cuba", Some("de-DE, ru;q=0.5"), "/ru/states/Cuba"),
        ("/api", Some("zh-CN"), "/zh/api"),
        ("/es/", None, "/es"),
        (
            "/sessions",
            Some("ar-EG-u-nu-arab, en;q=0.5"),
            "/ar-u-nu-arab/sessions",
        ),
        ("/", Some("fr, ar-u-nu-arab;q=0.5"), "/fr"),
    ] {
        let mut request = axum::http::Request::get(uri);
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        let response = app
            .clone()
            .oneshot(request.body(axum::body::Body::empty()).expect("a request"))
            .await
            .expect("a response");
        assert_eq!(response.status(), StatusCode::FOUND, "{uri}");
        assert_eq!(response.headers()["location"], location, "{uri}");
        assert_eq!(response.headers()["vary"], "accept-language", "{uri}");
    }
    let (status, _) = get(&app, "/api/v1/sessions").await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = get(&app, "/no-such-page").await;
    assert_eq!(status, StatusCode::FOUND);
    let (status, _) = get(&app, "/en/no-such-page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A first segment that is no language is no page, in no language.
    for uri in ["/feeds", "/embed"] {
        let (status, body) = get(&app, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert!(body.contains("<h1>Page not found</h1>"), "{uri}");
    }
    let (status, body) = get(&app, "/api/organizations").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        body.contains(r#""code":"not_found""#),
        "the API's own 404: {body}"
    );
    test_db.finish().await;
}

/// The time-to-decision curves on the seeded record (reports only; the press lines are not
/// counted): O1's application (women, human rights) waits 4 sessions and is recommended; O2's
/// (LGBTI) is pending after 4; O3's was first recorded as "previously deferred" and is left out.
#[tokio::test]
async fn time_to_decision_api_page_and_passport() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let Seed { o1, o2, .. } = seed(db).await;
        let app = app(db);
        let answer = json(
            &app,
            "/api/v1/time-to-decision?by=focus_area&from=2018&to=2019",
        )
        .await;
        assert_eq!(answer["left_truncated"], 1, "{answer}");
        assert_eq!(answer["last_session"]["year"], 2019);
        assert_eq!(answer["last_session"]["part"], "resumed");
        let group = |area: &str| {
            answer["groups"]
                .as_array()
                .expect("groups")
                .iter()
                .find(|g| g["area"] == area)
                .unwrap_or_else(|| panic!("no group {area}: {answer}"))
                .clone()
        };
        let women = group("women");
        assert_eq!(
            (
                women["applications"].as_i64(),
                women["recommended"].as_i64()
            ),
            (Some(1), Some(1))
        );
        assert_eq!(women["steps"].as_array().map(Vec::len), Some(4));
        assert_eq!(women["steps"][2]["waiting"]["estimate"], 1.0);
        assert_eq!(women["steps"][3]["waiting"]["estimate"], 0.0);
        assert_eq!(women["steps"][3]["recommended_share"], 1.0);
        assert_eq!(women["median_to_decision"]["estimate"], 4);
        let lgbti = group("lgbti");
        assert_eq!(lgbti["pending"], 1);
        assert_eq!(lgbti["steps"][3]["censored"], 1);
        assert!(
            lgbti["median_to_decision"]["estimate"].is_null(),
            "not reached"
        );
        assert_eq!(group("all")["applications"], 2);
        assert_eq!(group("other")["applications"], 0);
        assert!(answer["summary"].as_str().is_some_and(|s| !s.is_empty()));
        // The cohort is by first consideration: nobody was first considered in 2019.
        let later = json(&app, "/api/v1/time-to-decision?from=2019&to=2019").await;
        assert_eq!(later["groups"][5]["applications"], 0, "{later}");

        let (status, csv) = get(&app, "/api/v1/time-to-decision.csv?from=2018&to=2019").await;
        assert_eq!(status, StatusCode::OK);
        let lines: Vec<&str> = csv.lines().collect();
        assert!(
            lines[0].starts_with("area,label,sessions,at_risk,recommended"),
            "{csv}"
        );
        // women, human_rights, lgbti and all have 4 sessions each; other has none.
        assert_eq!(lines.len(), 1 + 4 * 4, "{csv}");
        let (status, summary) = get(
            &app,
            "/api/v1/time-to-decision.csv?table=summary&from=2018&to=2019",
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(summary.lines().count(), 1 + 6, "{summary}");
        let (status, svg) = get(&app, "/api/v1/time-to-decision.svg?from=2018&to=2019").await;
        assert_eq!(status, StatusCode::OK);
        assert!(svg.starts_with("<svg") && svg.contains("Women"), "{svg}");
        for (uri, needle) in [
            ("/api/v1/time-to-decision?from=1990", "`from`"),
            ("/api/v1/time-to-decision?from=2020&to=2012", "`from`"),
            ("/api/v1/time-to-decision?by=state", "`by`"),
            ("/api/v1/time-to-decision?colour=red", "`colour`"),
            ("/api/v1/time-to-decision.csv?table=everything", "`table`"),
            ("/api/v1/time-to-decision.png?to=x", "`to`"),
        ] {
            assert_bad_request(&app, uri, needle).await;
        }

        // The passport reads each application against its areas' curves (all cohorts).
        let passport = json(&app, &format!("/api/v1/organizations/{o1}")).await;
        let waits = passport["waits"].as_array().expect("waits");
        let women_wait = waits
            .iter()
            .find(|w| w["area"] == "women")
            .unwrap_or_else(|| panic!("{passport}"));
        assert_eq!(women_wait["sessions"], 4);
        assert_eq!(women_wait["pending"], false);
        assert_eq!(women_wait["decided_within"]["estimate"], 1.0);
        assert_eq!(women_wait["small_n"], true, "one decision");
        let (status, page) = get(&app, &format!("/en/organizations/{o2}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains("has waited 4 sessions and is still pending; 0% (95% CI 0–0%) of applications of NGOs working on LGBTI rights had a decision within 4 sessions (n = 1; unstable"),
            "{page}"
        );

        let (status, page) = get(&app, "/en/time-to-decision?from=2018&to=2019").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(r#"id="waiting-table""#), "{page}");
        assert!(
            page.contains("waiting-chart-title"),
            "the chart is drawn on the server"
        );
        // Outcomes as cumulative incidence: one small chart per group with applications
        // (women, human rights, LGBTI, all; "other" has none here).
        assert_eq!(
            page.matches(r#"class="outcomes-chart""#).count(),
            4,
            "{page}"
        );
        assert!(
            page.contains(r#"href="/api/v1/time-to-decision.csv?from=2018&amp;to=2019""#),
            "{page}"
        );
        let (status, page) = get(&app, "/en/time-to-decision?from=1800").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("parameter `from` must be a year"), "{page}");
        test_db.finish().await;
    }
}

/// An Atom entry as the test reads it: id, title, alternate link (the page), via link (the
/// UN source).
type AtomEntry = (String, String, String, Option<String>);

/// An Atom feed, parsed back: its own id and its entries. Fails on anything RFC 4287
/// requires that is missing or malformed.
fn atom_entries(xml: &str) -> (String, Vec<AtomEntry>) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let child = |node: roxmltree::Node, name: &str| {
        node.children()
            .find(|c| c.tag_name().name() == name)
            .and_then(|c| c.text())
            .unwrap_or_else(|| panic!("<{name}> missing in {xml}"))
            .to_string()
    };
    let link = |node: roxmltree::Node, rel: &str| {
        node.children()
            .find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some(rel))
            .and_then(|c| c.attribute("href"))
            .map(str::to_string)
    };
    let dated = |node: roxmltree::Node| {
        let updated = child(node, "updated");
        chrono::DateTime::parse_from_rfc3339(&updated)
            .unwrap_or_else(|e| panic!("<updated>{updated}</updated>: {e}"));
    };
    dated(feed);
    child(feed, "title");
    assert!(link(feed, "self").is_some(), "a feed names itself");
    let entries = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .map(|entry| {
            dated(entry);
            (
                child(entry, "id"),
                child(entry, "title"),
                link(entry, "alternate").expect("every entry links its page"),
                link(entry, "via"),
            )
        })
        .collect::<Vec<_>>();
    let mut ids: Vec<&String> = entries.iter().map(|e| &e.0).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), entries.len(), "entry ids are unique: {xml}");
    (child(feed, "id"), entries)
}

/// Feeds per organization, state, session and focus area; embeds framable and nothing else;
/// a citation on the pages and in the API answers, naming the configured public address.
#[tokio::test]
async fn feeds_embeds_and_citations_follow_the_record() {
    for test_db in testing::all_engines().await {
        let db = test_db
            .db
            .clone()
            .with_site_url("https://watch.example.org/");
        let Seed { o1, o2, .. } = seed(&db).await;
        let app = app(&db);
        let site = "https://watch.example.org";

        let (status, xml) = get(&app, &format!("/feeds/organizations/{o1}.atom")).await;
        assert_eq!(status, StatusCode::OK, "{xml}");
        let (id, entries) = atom_entries(&xml);
        assert_eq!(id, format!("{site}/organizations/{o1}"));
        // Four sessions in the reports; the press line of 2019 resumed is the same decision.
        assert_eq!(entries.len(), 4, "{xml}");
        assert!(
            entries[0]
                .1
                .starts_with("2019 resumed session: Recommended"),
            "{xml}"
        );
        assert!(entries
            .iter()
            .all(|e| e.2 == format!("{site}/organizations/{o1}") && e.3.is_some()));

        let (status, xml) = get(&app, "/feeds/sessions/2019-resumed.atom").await;
        assert_eq!(status, StatusCode::OK, "{xml}");
        let (_, entries) = atom_entries(&xml);
        let pages: Vec<&str> = entries.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(entries.len(), 2, "{xml}");
        assert!(pages.contains(&format!("{site}/organizations/{o2}").as_str()));

        let (status, xml) = get(&app, "/feeds/areas/lgbti.atom").await;
        assert_eq!(status, StatusCode::OK, "{xml}");
        let (_, entries) = atom_entries(&xml);
        assert_eq!(entries.len(), 4, "O2 in each of the four sessions: {xml}");
        assert!(entries
            .iter()
            .all(|e| e.1.contains("Test Rainbow Alliance")));

        let (status, xml) = get(&app, "/feeds/states/Cuba.atom").await;
        assert_eq!(status, StatusCode::OK, "{xml}");
        let (id, entries) = atom_entries(&xml);
        assert_eq!(id, format!("{site}/states/Cuba"));
        assert!(entries
            .iter()
            .any(|e| e.1.contains("question to Test Rainbow Alliance")));

        for (uri, want) in [
            ("/feeds/organizations/abc.atom", StatusCode::BAD_REQUEST),
            ("/feeds/organizations/424242.atom", StatusCode::NOT_FOUND),
            (
                &format!("/feeds/organizations/{o1}.rss") as &str,
                StatusCode::NOT_FOUND,
            ),
            ("/feeds/areas/cats.atom", StatusCode::NOT_FOUND),
            ("/feeds/sessions/2019-spring.atom", StatusCode::BAD_REQUEST),
            ("/feeds/states/Ruritania.atom", StatusCode::NOT_FOUND),
        ] {
            let (status, body) = get(&app, uri).await;
            assert_eq!(status, want, "{uri}: {body}");
        }

        // Embeds: the chart, its summary, the source and the way back; framable by anyone.
        let policy = |uri: String| {
            let app = app.clone();
            async move {
                let (status, headers, body) = testing::get_with_headers(&app, &uri).await;
                let csp = headers[axum::http::header::CONTENT_SECURITY_POLICY]
                    .to_str()
                    .unwrap()
                    .to_string();
                (status, csp, body)
            }
        };
        for uri in [
            "/embed/rates?from=2018&to=2019",
            "/embed/time-to-decision?from=2018&to=2019",
            "/embed/who-asks?from=2018&to=2019&chart=ratios",
            "/embed/sessions",
            &format!("/embed/organizations/{o1}"),
        ] {
            let (status, csp, body) = policy(uri.into()).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {body}");
            assert!(
                csp.contains("frame-ancestors *") && !csp.contains("script-src"),
                "{csp}"
            );
            assert!(
                body.contains("<svg") && body.contains("class=\"summary\""),
                "{body}"
            );
            assert!(!body.contains("<script"), "an embed runs nothing");
        }
        let (_, _, body) = policy("/embed/rates?from=2018&to=2019".into()).await;
        assert!(
            body.contains(&format!(
                "href=\"{site}/en?measure=session_deferral&amp;from=2018&amp;to=2019\""
            )),
            "links back to the same view, in English as the embed is: {body}"
        );
        for (uri, want) in [
            ("/embed/organizations/abc", StatusCode::BAD_REQUEST),
            ("/embed/organizations/424242", StatusCode::NOT_FOUND),
            ("/embed/sessions?year=2019", StatusCode::BAD_REQUEST),
            ("/embed/who-asks?chart=pie", StatusCode::BAD_REQUEST),
        ] {
            let (status, _, body) = policy(uri.into()).await;
            assert_eq!(status, want, "{uri}: {body}");
        }
        let (status, csp, body) = policy("/embed/rates?from=abc".into()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            body.contains("cannot be shown") && body.contains("from"),
            "{body}"
        );
        assert!(csp.contains("frame-ancestors *"));
        let (_, csp, _) = policy(format!("/en/organizations/{o1}")).await;
        assert!(
            csp.contains("frame-ancestors 'none'"),
            "pages are not framed: {csp}"
        );

        // "Cite this": in the API answer and on the page, naming the view's address.
        let passport = json(&app, &format!("/api/v1/organizations/{o1}")).await;
        assert_eq!(
            passport["cite"]["url"],
            format!("{site}/organizations/{o1}")
        );
        let apa = passport["cite"]["apa"].as_str().unwrap().to_string();
        assert!(
            apa.contains("Test Women's Voice International: record"),
            "{apa}"
        );
        assert!(passport["cite"]["bibtex"]
            .as_str()
            .unwrap()
            .starts_with("@misc{"));
        let (_, page) = get(&app, &format!("/en/organizations/{o1}")).await;
        assert!(page.contains("<summary>Cite this</summary>"), "{page}");
        // The page cites itself in its language; the API, at the address without one.
        let apa = apa.replace(
            &format!("{site}/organizations/"),
            &format!("{site}/en/organizations/"),
        );
        let (_, sessions) = get(&app, "/en/sessions").await;
        assert!(
            sessions.contains(&format!("{site}/en/sessions")),
            "the sessions page cites itself"
        );
        assert!(
            page.contains(&apa.replace('\'', "&#39;")) || page.contains(&apa),
            "the passport cites itself: {apa}"
        );
        let rates = json(&app, "/api/v1/rates?from=2018&to=2019").await;
        assert_eq!(
            rates["cite"]["url"],
            format!("{site}/?measure=session_deferral&from=2018&to=2019")
        );
        for uri in [
            "/api/v1/sessions",
            "/api/v1/sessions/2019-resumed",
            "/api/v1/states/Cuba",
            "/api/v1/time-to-decision",
            "/api/v1/states/measures",
        ] {
            let answer = json(&app, uri).await;
            assert!(
                answer["cite"]["url"]
                    .as_str()
                    .is_some_and(|u| u.starts_with(site)),
                "{uri}: {answer}"
            );
        }
        test_db.finish().await;
    }
}

/// Every table of the methodology page has its CSV beside it, with the page's rows.
#[tokio::test]
async fn methodology_tables_download_as_csv_and_json() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        seed(db).await;
        let app = app(db);
        let m = json(&app, "/api/v1/methodology").await;
        let (_, page) = get(&app, "/en/methodology").await;
        for table in [
            "rules",
            "exceptions",
            "known",
            "link_rules",
            "coverage",
            "membership",
        ] {
            let rows = m[table].as_array().map_or(0, Vec::len);
            let uri = format!("/api/v1/methodology/{table}.csv");
            assert!(page.contains(&format!("href=\"{uri}\"")), "{table}: {page}");
            let (status, csv) = get(&app, &uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {csv}");
            assert!(rows > 0, "{table} is empty in the seeded record");
            assert_eq!(csv.lines().count(), rows + 1, "{uri}: {csv}");
        }
        assert_eq!(
            m["incomplete_releases"][0]["session"],
            serde_json::json!({"year": 2019, "part": "resumed"})
        );
        assert!(page.contains(r#"id="incomplete-releases-table""#), "{page}");
        // Who asks says how many of the releases its questions come from were read incompletely.
        let asks = ecosoc_watch::answers::who_asks(
            db,
            &app::model::WhoAsksQuery {
                from: 2019,
                to: 2019,
                area: None,
            },
        )
        .await
        .expect("who asks");
        assert_eq!(asks.coverage.releases_incomplete, 1, "{:?}", asks.coverage);
        assert!(
            asks.summary.contains("one of them read incompletely"),
            "{}",
            asks.summary
        );
        assert!(page.contains("the headline states 3 deferred, 2 records were read"));
        let (_, rules) = get(&app, "/api/v1/methodology/rules.csv").await;
        assert!(rules.starts_with("id,area,lang,phrases\n"), "{rules}");
        assert_not_found(&app, "/api/v1/methodology/secrets.csv").await;
        test_db.finish().await;
    }
}
