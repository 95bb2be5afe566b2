//! `serve` on an empty database loads the reports dataset in the background and says how it
//! goes on the home page; an unreachable source is said plainly.

use std::time::{Duration, Instant};

use app::model::LoadState;
use ecosoc_watch::{
    autoload::{self, current, new_status},
    sources::fetch::Location,
};

use crate::testing::{self, app_with_load, get, shared_steinert_dir};

async fn wait_until_finished(status: &autoload::LoadStatus) -> LoadState {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        match current(status) {
            Some(LoadState::Loading { .. }) | None if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(200)).await
            }
            Some(state) => return state,
            None => panic!("no load state"),
        }
    }
}

#[tokio::test]
async fn an_empty_database_is_loaded_in_the_background() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        assert!(autoload::needs_data(db).await.expect("query"));
        let status = new_status();
        let task = autoload::spawn(
            db.clone(),
            Location::Folder(shared.join("xlsx")),
            status.clone(),
        );
        assert!(matches!(current(&status), Some(LoadState::Loading { .. })));
        task.await.expect("the task does not panic");
        assert!(matches!(
            wait_until_finished(&status).await,
            LoadState::Done { .. }
        ));
        assert!(!autoload::needs_data(db).await.expect("query"));
        let (code, body) = get(&app_with_load(db, status), "/en").await;
        assert_eq!(code, 200);
        assert!(
            body.contains(r#"<h2 id="rates-heading">Who is deferred: by focus area</h2>"#),
            "the dashboard, with data"
        );
        test_db.finish().await;
    }
}

#[tokio::test]
async fn the_home_page_shows_progress_and_failure() {
    let test_db = testing::sqlite().await;
    let db = &test_db.db;

    let loading = new_status();
    *loading.write().expect("lock") = Some(LoadState::Loading {
        from: "/some/folder".into(),
        stage: "reading file 3 of 12 (3_ecosoc_closedrequests_failedrespond.xlsx)".into(),
        started_at: "2026-01-01T00:00:00Z".into(),
    });
    let (_, body) = get(&app_with_load(db, loading), "/en").await;
    assert!(body.contains("reading file 3 of 12"), "{body}");
    assert!(
        body.contains(r#"http-equiv="refresh""#),
        "refreshes itself without JavaScript"
    );

    // Nothing listens on port 9 (discard) here: the fetch fails at once.
    let status = new_status();
    autoload::spawn(
        db.clone(),
        Location::parse("http://127.0.0.1:9/rawdata"),
        status.clone(),
    )
    .await
    .expect("task");
    let LoadState::Failed { error, from, .. } = wait_until_finished(&status).await else {
        panic!("an unreachable source must fail");
    };
    assert!(
        error.contains("cannot fetch http://127.0.0.1:9/rawdata/1_ecosoc_status_granted.xlsx"),
        "{error}"
    );
    let (_, body) = get(&app_with_load(db, status), "/en").await;
    assert!(body.contains("could not be loaded from"), "{body}");
    assert!(body.contains(&from));
    assert!(
        body.contains("ecosoc-watch import steinert"),
        "and how to load it by hand"
    );
    assert!(
        autoload::needs_data(db).await.expect("query"),
        "nothing half-written"
    );
    test_db.finish().await;
}
