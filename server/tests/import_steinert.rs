//! The reports import against the real dataset in `../shared`, on SQLite and PostgreSQL:
//! per-session counts against the files' own rows (read independently from the CSV
//! conversions), idempotence, atomicity, and clear errors for bad files.

use std::{
    collections::{BTreeMap, HashMap},
    path::{Path, PathBuf},
};

use app::model::SessionRow;
use ecosoc_watch::{
    db::Db,
    import::steinert::{import_steinert, ImportError, ImportOptions},
    sources::{fetch::Location, steinert::FILES},
    testing::{self, shared_steinert_dir},
};

fn options(dir: &Path) -> ImportOptions {
    ImportOptions::from(Location::Folder(dir.to_path_buf()))
}

/// Rows per (session date, CSV file), leaving out the transcription artefacts the importer
/// reports as skipped (empty names, list headings ending in ':').
fn csv_counts(csv_dir: &Path) -> BTreeMap<(String, String), i64> {
    let mut counts = BTreeMap::new();
    for entry in std::fs::read_dir(csv_dir).expect("csv folder") {
        let path = entry.expect("entry").path();
        let file = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let mut reader = csv::Reader::from_path(&path).expect("csv");
        let headers = reader.headers().expect("headers").clone();
        let name_col = headers.iter().position(|h| h == "NGO_name");
        let date_col = headers
            .iter()
            .position(|h| h == "session_date")
            .expect("date");
        for record in reader.records() {
            let record = record.expect("record");
            if let Some(col) = name_col {
                let name = record[col].trim();
                if name.is_empty() || name.ends_with(':') {
                    continue;
                }
            }
            *counts
                .entry((record[date_col].to_string(), file.clone()))
                .or_default() += 1;
        }
    }
    counts
}

fn flag(session: &SessionRow, kind: &str) -> i64 {
    session
        .flags
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.count)
        .sum()
}

async fn check_counts_against_files(db: &Db, csv_dir: &Path) {
    let sessions = db.sessions().await.expect("sessions");
    assert_eq!(sessions.len(), 46, "46 sessions 1998–2024");
    let counts = csv_counts(csv_dir);
    // Each CSV date belongs to the session of its year whose adoption date is nearest.
    let session_of = |date: &str| -> usize {
        let year: i64 = date[..4].parse().expect("year");
        let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
        sessions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.year == year)
            .min_by_key(|(_, s)| {
                let adopted =
                    chrono::NaiveDate::parse_from_str(s.date.as_deref().expect("date"), "%Y-%m-%d")
                        .expect("date");
                (adopted - day).num_days().abs()
            })
            .map(|(i, _)| i)
            .expect("a session in that year")
    };
    let mut expected: HashMap<usize, HashMap<&str, i64>> = HashMap::new();
    for ((date, file), n) in &counts {
        let category = match file.as_str() {
            "1_ecosoc_status_granted.csv" => "recommended",
            "10_newapplications_deferred.csv" => "deferred_new",
            "7_applications_deferred.csv" => "deferred_previously",
            "3_ecosoc_closedrequests_failedrespond.csv" => "closed",
            "5_ecosoc_status_declined.csv" => "rejected",
            "4_ecosoc_application_withdrawn.csv" => "withdrawn",
            _ => continue,
        };
        *expected
            .entry(session_of(date))
            .or_default()
            .entry(category)
            .or_default() += n;
    }
    let mut checked = 0;
    for (i, session) in sessions.iter().enumerate() {
        let want = expected.remove(&i).unwrap_or_default();
        let get = |k: &str| want.get(k).copied().unwrap_or(0);
        let label = format!("{} {}", session.year, session.part);
        // Names only in the new-directly-granted list are recommended too, and flagged.
        assert_eq!(
            session.recommended,
            get("recommended") + flag(session, "only_in_new_granted_list"),
            "{label}: recommended"
        );
        // A name listed under two decisions counts once, under the one kept; flagged.
        let lost = (get("deferred_new") - session.deferred_new)
            + (get("deferred_previously") - session.deferred_previously)
            + (get("closed") - session.closed)
            + (get("rejected") - session.rejected)
            + (get("withdrawn") - session.withdrawn);
        assert_eq!(
            lost,
            flag(session, "conflicting_decisions") + flag(session, "listed_twice"),
            "{label}: rows missing from the stored counts must be flagged"
        );
        assert_eq!(
            session.deferred,
            session.deferred_new + session.deferred_previously,
            "{label}"
        );
        assert!(!session.sources.is_empty(), "{label}: sources");
        checked += 1;
    }
    assert_eq!(checked, 46);
    let total_deferred: i64 = sessions.iter().map(|s| s.deferred).sum();
    // 4,901 previously deferred + 2,642 new deferred rows, less 2 artefacts (blank and a
    // list heading) and 2 applications also listed as granted in the same session.
    assert_eq!(total_deferred, 4901 + 2642 - 2 - 2);

    // The shifted COVID sessions (sources.md).
    let find = |year, part: &str| {
        sessions
            .iter()
            .find(|s| s.year == year && s.part == part)
            .and_then(|s| s.date.clone())
    };
    assert_eq!(find(2021, "regular").as_deref(), Some("2021-06-08"));
    assert_eq!(find(2021, "resumed").as_deref(), Some("2021-09-20"));
    assert_eq!(find(2022, "regular").as_deref(), Some("2022-06-07"));
    assert_eq!(find(2022, "resumed").as_deref(), Some("2022-09-16"));
}

async fn table_counts(db: &Db) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for table in [
        "organization",
        "organization_name",
        "application",
        "consideration",
        "consideration_evidence",
        "recorded_vote",
        "vote",
        "organization_event",
        "source_document",
        "reconciliation_flag",
    ] {
        let n: i64 = sqlx::query_scalar(&format!("select count(*) from {table}"))
            .fetch_one(db.pool())
            .await
            .expect("count");
        out.push((table.to_string(), n));
    }
    out
}

#[tokio::test]
async fn imports_the_real_dataset_on_both_engines() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    let xlsx = shared.join("xlsx");
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let engine = test_db.engine().name();
        let summary = import_steinert(db, &options(&xlsx)).await.expect("import");
        assert!(summary.files.iter().all(|f| f.verified), "{engine}");
        assert!(summary.rows_changed() > 30_000, "{engine}");
        check_counts_against_files(db, &shared.join("csv")).await;

        // One NGO across a name change: ILGA.
        let page = db
            .search(&app::model::SearchQuery {
                q: "International Lesbian and Gay Association".into(),
                ..Default::default()
            })
            .await
            .expect("search");
        // ILGA World (renamed from the International Lesbian and Gay Association) and
        // ILGA-Europe are two organizations, not one.
        assert_eq!(page.total, 2, "{engine}: {page:?}");
        let world = page
            .items
            .iter()
            .find(|o| o.name == "ILGA World")
            .expect("ILGA World found under its old name");
        let ilga = db
            .organization(world.id)
            .await
            .expect("detail")
            .expect("exists");
        assert_eq!(ilga.name, "ILGA World");
        assert!(ilga.names.iter().any(|n| n.link_rule == "name_change"));
        assert!(ilga.events.iter().any(|e| e.kind == "name_change"));
        let considerations: Vec<_> = ilga
            .applications
            .iter()
            .flat_map(|a| &a.considerations)
            .collect();
        assert!(!considerations.is_empty());
        for c in considerations {
            assert!(
                !c.evidence.is_empty(),
                "every consideration has its source row"
            );
            for e in &c.evidence {
                assert!(e.locator.starts_with("steinert:"));
                assert!(e.source.url.starts_with(
                    "https://raw.githubusercontent.com/christophsteinert/ECOSOC_Status/"
                ));
            }
        }

        // The same through the HTTP API.
        let app = testing::app(db);
        let (status, csv) = testing::get(&app, "/api/v1/sessions.csv").await;
        assert_eq!(status, 200);
        assert_eq!(csv.lines().count(), 47, "a header and 46 sessions");
        assert!(csv.contains("2021,regular,2021-06-08,"));
        let (status, body) =
            testing::get(&app, &format!("/api/v1/organizations/{}", world.id)).await;
        assert_eq!(status, 200);
        assert!(
            body.contains("\"ILGA World\"") && body.contains("steinert:"),
            "{body}"
        );
        let (status, body) =
            testing::get(&app, "/api/v1/organizations?q=ilga&per_page=1&page=2").await;
        assert_eq!(status, 200);
        let page: serde_json::Value = serde_json::from_str(&body).expect("json");
        // One match ("ILGA World"), so page 2 of one per page is empty.
        assert_eq!(page["total"], 1);
        assert_eq!(page["items"].as_array().map(Vec::len), Some(0));

        // A second run changes nothing.
        let before = table_counts(db).await;
        let again = import_steinert(db, &options(&xlsx))
            .await
            .expect("second import");
        assert_eq!(again.rows_changed(), 0, "{engine}: {:?}", again.changes);
        assert_eq!(table_counts(db).await, before);
        test_db.finish().await;
    }
}

/// A folder with the twelve real files, one of them replaced.
fn folder_with(shared: &Path, file: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for spec in &FILES {
        std::fs::copy(
            shared.join("xlsx").join(spec.name),
            dir.path().join(spec.name),
        )
        .expect("copy");
    }
    std::fs::write(dir.path().join(file), bytes).expect("write");
    dir
}

fn workbook(rows: &[&[&str]]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if let Ok(number) = value.parse::<f64>() {
                sheet
                    .write_number(r as u32, c as u16, number)
                    .expect("write");
            } else {
                sheet
                    .write_string(r as u32, c as u16, *value)
                    .expect("write");
            }
        }
    }
    book.save_to_buffer().expect("xlsx")
}

#[tokio::test]
async fn bad_files_stop_the_import_and_change_nothing() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    let granted = "1_ecosoc_status_granted.xlsx";
    let real = std::fs::read(shared.join("xlsx").join(granted)).expect("read");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            real[..real.len() / 2].to_vec(),
            "not a readable .xlsx",
        ),
        (
            "unexpected columns",
            workbook(&[&["Organisation", "Date"], &["Test NGO", "45457"]]),
            "unexpected columns",
        ),
        (
            "unparseable date",
            workbook(&[
                &["NGO_name", "Session_number"],
                &["Test NGO", "45457"],
                &["Test NGO Two", "next spring"],
            ]),
            "row 3",
        ),
    ];
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        import_steinert(db, &options(&shared.join("xlsx")))
            .await
            .expect("first import");
        let before = table_counts(db).await;
        for (case, bytes, expected) in &cases {
            let dir = folder_with(&shared, granted, bytes);
            // Without --allow-unverified the changed file is refused by its checksum.
            let error = import_steinert(db, &options(dir.path()))
                .await
                .expect_err(case);
            assert!(
                matches!(error, ImportError::Unverified { .. }),
                "{case}: {error}"
            );
            assert!(error.to_string().contains(granted), "{case}: {error}");
            // With it, the parser names the file and the place.
            let mut opts = options(dir.path());
            opts.allow_unverified = true;
            let error = import_steinert(db, &opts)
                .await
                .expect_err(case)
                .to_string();
            assert!(
                error.contains(granted) && error.contains(expected),
                "{case}: {error}"
            );
            assert_eq!(
                table_counts(db).await,
                before,
                "{case}: nothing half-written"
            );
        }
        // A missing file.
        let dir = folder_with(&shared, granted, b"");
        std::fs::remove_file(dir.path().join(granted)).expect("remove");
        let error = import_steinert(db, &options(dir.path()))
            .await
            .expect_err("missing")
            .to_string();
        assert!(error.contains(granted), "{error}");
        assert_eq!(table_counts(db).await, before);
        test_db.finish().await;
    }
}

#[tokio::test]
async fn a_failure_while_writing_rolls_everything_back() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        let before = table_counts(db).await;
        // Votes are written late: a failing vote insert comes after thousands of other rows.
        match test_db.engine() {
            ecosoc_watch::db::Engine::Sqlite => {
                sqlx::query(
                    "create trigger fail_votes before insert on vote begin \
                     select raise(abort, 'injected failure'); end",
                )
                .execute(db.pool())
                .await
                .expect("trigger");
            }
            ecosoc_watch::db::Engine::Postgres => {
                sqlx::query(
                    "create function fail_votes() returns trigger language plpgsql as \
                     $$ begin raise exception 'injected failure'; end $$",
                )
                .execute(db.pool())
                .await
                .expect("function");
                sqlx::query("create trigger fail_votes before insert on vote for each row execute function fail_votes()")
                    .execute(db.pool())
                    .await
                    .expect("trigger");
            }
        }
        let error = import_steinert(db, &options(&shared.join("xlsx")))
            .await
            .expect_err("injected");
        assert!(error.to_string().contains("injected failure"), "{error}");
        assert_eq!(table_counts(db).await, before, "rolled back");
        let failed: i64 =
            sqlx::query_scalar("select count(*) from import_run where status = 'failed'")
                .fetch_one(db.pool())
                .await
                .expect("runs");
        assert_eq!(failed, 1, "the failure is recorded");
        sqlx::query("drop trigger fail_votes on vote")
            .execute(db.pool())
            .await
            .or(sqlx::query("drop trigger fail_votes")
                .execute(db.pool())
                .await)
            .expect("drop trigger");
        let summary = import_steinert(db, &options(&shared.join("xlsx")))
            .await
            .expect("rerun completes");
        assert!(summary.considerations > 14_000);
        test_db.finish().await;
    }
}

/// A killed process leaves either nothing or everything; a rerun completes.
#[tokio::test]
async fn a_killed_import_leaves_the_database_whole() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    let test_db = testing::sqlite().await;
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_ecosoc-watch"));
    let run = |wait_ms: Option<u64>| {
        let mut child = std::process::Command::new(&binary)
            .args([
                "--database-url",
                &test_db.url,
                "import",
                "steinert",
                "--from",
            ])
            .arg(shared.join("xlsx"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        match wait_ms {
            Some(ms) => {
                std::thread::sleep(std::time::Duration::from_millis(ms));
                child.kill().expect("kill");
                child.wait().expect("wait");
            }
            None => assert!(child.wait().expect("wait").success()),
        }
    };
    let complete: i64 = 14_970;
    run(Some(800));
    let n: i64 = sqlx::query_scalar("select count(*) from consideration")
        .fetch_one(test_db.db.pool())
        .await
        .expect("count");
    assert!(
        n == 0 || n == complete,
        "after a kill: {n} considerations, neither none nor all"
    );
    run(None);
    let n: i64 = sqlx::query_scalar("select count(*) from consideration")
        .fetch_one(test_db.db.pool())
        .await
        .expect("count");
    assert_eq!(n, complete);
    test_db.finish().await;
}

/// A curator's split and merge take effect at once and survive a re-import.
#[tokio::test]
async fn curator_decisions_survive_reimport() {
    use ecosoc_watch::{curation, linking::CuratorAction};
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    for test_db in testing::all_engines().await {
        let db = &test_db.db;
        import_steinert(db, &options(&shared.join("xlsx")))
            .await
            .expect("import");
        let org_of = |name: &'static str| async move {
            sqlx::query_scalar::<_, i64>(
                "select organization_id from organization_name where name = $1",
            )
            .bind(name)
            .fetch_one(db.pool())
            .await
            .expect("name stored")
        };
        let (a, b) = (
            "Egyptian Organizations for Human Rights",
            "Egyptian Organization for Human Rights",
        );
        assert_eq!(org_of(a).await, org_of(b).await, "linked by the fuzzy rule");
        let doubtful = curation::doubtful_links(db, 500).await.expect("doubtful");
        assert!(doubtful
            .iter()
            .any(|d| d.name == a || d.linked_to.as_deref() == Some(a)));

        curation::decide(
            db,
            a,
            b,
            CuratorAction::Split,
            "two different NGOs (test)",
            "tester",
        )
        .await
        .expect("split");
        assert_ne!(org_of(a).await, org_of(b).await, "split at once");
        let (c, d) = ("ILGA World", "Harm Reduction International");
        curation::decide(
            db,
            c,
            d,
            CuratorAction::Merge,
            "merge for the test only",
            "tester",
        )
        .await
        .expect("merge");
        assert_eq!(org_of(c).await, org_of(d).await, "merged at once");

        let again = import_steinert(db, &options(&shared.join("xlsx")))
            .await
            .expect("re-import");
        assert_eq!(again.rows_changed(), 0, "{:?}", again.changes);
        assert_ne!(
            org_of(a).await,
            org_of(b).await,
            "the split survives re-import"
        );
        assert_eq!(
            org_of(c).await,
            org_of(d).await,
            "the merge survives re-import"
        );
        let kept = curation::decisions(db).await.expect("decisions");
        assert_eq!(kept.len(), 2);
        assert!(kept
            .iter()
            .all(|k| k.curator == "tester" && !k.reason.is_empty()));

        let error = curation::decide(db, a, "No Such NGO At All", CuratorAction::Merge, "x", "t")
            .await
            .expect_err("unknown");
        assert!(error.to_string().contains("No Such NGO At All"));
        test_db.finish().await;
    }
}
