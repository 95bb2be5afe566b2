//! Focus areas in the database, on both engines: every organization classified with its
//! reason and rule-set version; re-classification is stable; curators' overrides survive it.

use ecosoc_watch::{
    classify::rules,
    db::{focus::classify_all, focus::OverrideAction, now_utc, Db},
};

use crate::testing::{self, areas};
use sqlx::Row;

/// Test data: organizations with invented names, marked by their source.
async fn organization(db: &Db, names: &[&str]) -> i64 {
    let id: i64 = sqlx::query_scalar(
        "insert into organization (name, created_at) values ($1, $2) returning organization_id",
    )
    .bind(names[0])
    .bind(now_utc())
    .fetch_one(db.pool())
    .await
    .expect("insert organization");
    for name in names {
        sqlx::query(
            "insert into organization_name (organization_id, name, name_key, link_rule) values ($1, $2, $3, 'new')",
        )
        .bind(id)
        .bind(format!("{name} (test data)"))
        .bind(name.to_lowercase())
        .execute(db.pool())
        .await
        .expect("insert name");
    }
    id
}

async fn reclassify(db: &Db) -> u64 {
    let mut tx = db.pool().begin().await.expect("begin");
    let changes = classify_all(&mut tx).await.expect("classify");
    tx.commit().await.expect("commit");
    changes.total()
}

#[tokio::test]
async fn classification_is_stored_with_reasons_and_overrides_survive() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let gay = organization(db, &["Coalition of Gay Test Groups"]).await;
        let renamed = organization(db, &["Old Test Name", "Test Women's Network"]).await;
        let plain = organization(db, &["Test Road Safety Council"]).await;

        assert!(reclassify(db).await > 0);
        assert_eq!(areas(db, gay).await, ["lgbti"]);
        assert_eq!(
            areas(db, renamed).await,
            ["women"],
            "any of the names counts"
        );
        assert_eq!(areas(db, plain).await, ["other"]);
        let row = sqlx::query(
            "select reason, rule_set_version from focus_area_assignment where organization_id = $1 and area = 'women'",
        )
        .bind(renamed)
        .fetch_one(db.pool())
        .await
        .expect("assignment");
        let reason: String = row.try_get(0).expect("reason");
        let version: String = row.try_get(1).expect("version");
        assert!(
            reason.contains("women.en") && reason.contains("Test Women's Network"),
            "{reason}"
        );
        assert_eq!(version, rules().version);
        assert_eq!(
            reclassify(db).await,
            0,
            "the same rules give the same result"
        );

        db.override_area(
            plain,
            "human_rights",
            OverrideAction::Add,
            "its mission is human rights (test)",
            "tester",
        )
        .await
        .expect("add");
        db.override_area(
            gay,
            "lgbti",
            OverrideAction::Remove,
            "test removal",
            "tester",
        )
        .await
        .expect("remove");
        assert_eq!(areas(db, plain).await, ["human_rights"]);
        assert_eq!(areas(db, gay).await, ["other"]);
        reclassify(db).await;
        assert_eq!(
            areas(db, plain).await,
            ["human_rights"],
            "overrides survive re-classification"
        );
        assert_eq!(areas(db, gay).await, ["other"]);
        // The rates' cached inputs follow every override.
        let cached = db.rates_inputs().await.expect("inputs");
        assert_eq!(cached.areas[&plain], ["human_rights"]);
        db.override_area(
            plain,
            "women",
            OverrideAction::Add,
            "test: second override",
            "tester",
        )
        .await
        .expect("add");
        let refreshed = db.rates_inputs().await.expect("inputs");
        assert_eq!(refreshed.areas[&plain], ["women", "human_rights"]);
        let again = db.rates_inputs().await.expect("inputs");
        assert!(
            std::sync::Arc::ptr_eq(&refreshed, &again),
            "unchanged data: the cache answers"
        );
        let logged: i64 = sqlx::query_scalar("select count(*) from focus_area_override")
            .fetch_one(db.pool())
            .await
            .expect("count");
        assert_eq!(logged, 3, "every override is logged");

        for (area, reason) in [("cats", "x"), ("women", "  ")] {
            assert!(db
                .override_area(plain, area, OverrideAction::Add, reason, "t")
                .await
                .is_err());
        }
        assert!(db
            .override_area(999_999, "women", OverrideAction::Add, "x", "t")
            .await
            .is_err());
        test_db.finish().await;
    }
}

/// One value inserted by `sql` with its id returned.
async fn insert_id(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// A question's words are evidence for a curator, never an assignment: `orgs area-hints`
/// lists an area a state's question speaks of and the organization is not in, once per
/// organization and area, and nothing for an area it already has.
#[tokio::test]
async fn questions_hint_at_areas_without_assigning_them() {
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let road = organization(db, &["Test Road Safety Council"]).await;
        let women = organization(db, &["Test Women's Network"]).await;
        reclassify(db).await;
        let doc = insert_id(
            db,
            "insert into source_document (source, url, fetched_at, sha256, byte_len, body) \
             values ('test', 'test://press/hints', '2026-01-01T00:00:00Z', 'x', 0, '') \
             returning source_document_id",
        )
        .await;
        let session = insert_id(
            db,
            "insert into session (year, part) values (2019, 'resumed') returning session_id",
        )
        .await;
        let state = insert_id(
            db,
            "insert into member_state (name, iso3) values ('Testland', 'TST') returning member_state_id",
        )
        .await;
        for (org, questions) in [
            (
                road,
                [
                    "Its work on sexual orientation and gender identity?",
                    "Its projects on sexual orientation in schools?",
                ],
            ),
            (
                women,
                ["Its work with women in rural areas?", "Its funding?"],
            ),
        ] {
            let application = insert_id(
                db,
                &format!("insert into application (organization_id, kind, seq) values ({org}, 'status', 1) returning application_id"),
            )
            .await;
            let consideration = insert_id(
                db,
                &format!(
                    "insert into consideration (application_id, session_id, source, decision, source_document_id) \
                     values ({application}, {session}, 'press_release', 'deferred', {doc}) returning consideration_id"
                ),
            )
            .await;
            for (seq, text) in questions.iter().enumerate() {
                sqlx::query(
                    "insert into question (consideration_id, member_state_id, seq, text, source_document_id) \
                     values ($1, $2, $3, $4, $5)",
                )
                .bind(consideration)
                .bind(state)
                .bind(seq as i64 + 1)
                .bind(*text)
                .bind(doc)
                .execute(db.pool())
                .await
                .expect("insert question");
            }
        }
        let hints = ecosoc_watch::curation::area_hints(db).await.expect("hints");
        let seen: Vec<(i64, &str)> = hints
            .iter()
            .map(|h| (h.organization_id, h.area.as_str()))
            .collect();
        assert_eq!(seen, [(road, "lgbti")], "{hints:#?}");
        assert_eq!(hints[0].source.as_deref(), Some("test://press/hints"));
        // A hint assigns nothing.
        assert_eq!(areas(db, road).await, ["other"]);
        test_db.finish().await;
    }
}
