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
};

use crate::testing::{self, shared_steinert_dir};

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
        // What `orgs reappearances` lists for a curator: weaker near names only, none of the
        // variant rule's (those are joined).
        let left = ecosoc_watch::import::steinert::stored_reappearances(db)
            .await
            .expect("planned from the stored snapshots");
        assert!(
            !left.is_empty() && left.iter().all(|r| !r.same_core),
            "{engine}: {left:#?}"
        );

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
    // Every consideration of the real reports; five sessions list one organization under two
    // spellings (the variant link rule joins them), so five fewer than the rows suggest.
    let complete: i64 = 14_965;
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

/// The workbook parser on its own, against arbitrary bytes, corrupted real files and
/// generated workbooks: an error that names the file, or rows whose every field is sound;
/// never a panic. `PROPTEST_CASES` sets the number of cases.
mod parse_properties {
    use std::collections::HashSet;

    use chrono::{Datelike, NaiveDate};
    use ecosoc_watch::sources::steinert::{
        parse_file, FileKind, FileSpec, ParseError, ParsedFile, Record,
    };
    use proptest::{
        prelude::*,
        test_runner::{Config, TestRunner},
    };

    use super::{shared_steinert_dir, FILES};

    /// `default` cases, or `PROPTEST_CASES` for a long run.
    fn config(default: u32) -> Config {
        Config {
            cases: crate::testing::proptest_cases(default),
            failure_persistence: None,
            ..Config::default()
        }
    }

    fn trimmed_and_non_empty(text: &str) -> bool {
        !text.is_empty() && text.trim() == text
    }

    /// An error names the file and says something; a parsed file has each row once, in
    /// order, after the header, of the kind the file lists, with names that are there and
    /// dates in the range the parser accepts.
    fn check(
        spec: &FileSpec,
        result: &Result<ParsedFile, ParseError>,
    ) -> Result<(), TestCaseError> {
        let parsed = match result {
            Err(error) => {
                prop_assert_eq!(&error.file, spec.name);
                prop_assert!(!error.message.trim().is_empty());
                prop_assert!(error.to_string().contains(spec.name), "{}", error);
                return Ok(());
            }
            Ok(parsed) => parsed,
        };
        // The years `parse_file` accepts a session date in.
        let in_range = |date: NaiveDate| (1990..=2100).contains(&date.year());
        let mut seen = HashSet::new();
        let mut previous = 1;
        for row in &parsed.rows {
            prop_assert!(
                row.row > previous,
                "rows out of order: {} after {}",
                row.row,
                previous
            );
            previous = row.row;
            prop_assert!(seen.insert(row.row));
            prop_assert!(in_range(row.record.date()), "{:?}", row);
            match (&row.record, spec.kind) {
                (Record::NameChange { old, new, .. }, FileKind::NameChanges) => {
                    prop_assert!(
                        trimmed_and_non_empty(old) && trimmed_and_non_empty(new),
                        "{:?}",
                        row
                    );
                }
                (
                    Record::Merger {
                        old1, old2, new, ..
                    },
                    FileKind::Mergers,
                ) => {
                    prop_assert!(
                        [old1, old2, new].iter().all(|n| trimmed_and_non_empty(n)),
                        "{:?}",
                        row
                    );
                }
                (Record::Vote { topic, country, .. }, FileKind::RollCallVotes) => {
                    prop_assert!(
                        trimmed_and_non_empty(topic) && trimmed_and_non_empty(country),
                        "{:?}",
                        row
                    );
                }
                (Record::Listed { name, info, .. }, kind)
                    if !matches!(
                        kind,
                        FileKind::NameChanges | FileKind::Mergers | FileKind::RollCallVotes
                    ) =>
                {
                    prop_assert!(
                        trimmed_and_non_empty(name) && !name.ends_with(':'),
                        "{:?}",
                        row
                    );
                    if let Some(info) = info {
                        prop_assert!(
                            spec.columns.len() > 2 && trimmed_and_non_empty(info),
                            "{:?}",
                            row
                        );
                    }
                }
                (record, kind) => prop_assert!(false, "a {:?} record in a {:?} file", record, kind),
            }
        }
        for skipped in &parsed.skipped {
            prop_assert!(
                skipped.row >= 2 && seen.insert(skipped.row),
                "{:?}",
                skipped
            );
            prop_assert!(!skipped.reason.is_empty());
            prop_assert!(skipped.date.is_none_or(in_range), "{:?}", skipped);
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_are_refused_with_the_file_named(
            file in 0..FILES.len(),
            bytes in prop::collection::vec(any::<u8>(), 0..2000),
            zip_magic in any::<bool>(),
        ) {
            let spec = &FILES[file];
            let bytes = if zip_magic { [b"PK\x03\x04".as_slice(), &bytes].concat() } else { bytes };
            let result = parse_file(spec, &bytes);
            check(spec, &result)?;
        }
    }

    /// The small real files (about 10 KB each), and the roll-call votes for its own kind.
    const REAL: [&str; 4] = [
        "4_ecosoc_application_withdrawn.xlsx",
        "11_deferred_status_reclassification.xlsx",
        "12_mergers_organizations.xlsx",
        "8_roll_call_votes.xlsx",
    ];

    /// Real workbooks with bytes flipped and cut: refused with the file named, or read into
    /// sound rows. Not necessarily the intact file's rows: one flipped byte in a compressed
    /// part can change names without any error from the zip or XML readers (the sha256 pin of
    /// each file is what catches that, before parsing).
    #[test]
    fn corrupted_real_workbooks_are_refused_or_read_soundly() {
        let Some(shared) = shared_steinert_dir() else {
            return;
        };
        let files: Vec<(&FileSpec, Vec<u8>)> = REAL
            .iter()
            .map(|name| {
                let spec = FILES
                    .iter()
                    .find(|s| s.name == *name)
                    .expect("a file of the dataset");
                let bytes = std::fs::read(shared.join("xlsx").join(name)).expect("read");
                let intact = parse_file(spec, &bytes).expect("the real file parses");
                assert!(!intact.rows.is_empty(), "{name}");
                (spec, bytes)
            })
            .collect();
        let corruption = (
            0..files.len(),
            prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 0..6),
            prop::option::of(any::<prop::sample::Index>()),
        )
            .prop_filter("something changed", |(_, flips, cut)| {
                !flips.is_empty() || cut.is_some()
            });
        let mut runner = TestRunner::new(config(128));
        let result = runner.run(&corruption, |(file, flips, cut)| {
            let (spec, intact) = &files[file];
            let mut bytes = intact.clone();
            for (at, mask) in &flips {
                let at = at.index(bytes.len());
                bytes[at] ^= mask;
            }
            if let Some(cut) = cut {
                bytes.truncate(cut.index(bytes.len()));
            }
            check(spec, &parse_file(spec, &bytes))
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    }

    #[derive(Debug, Clone)]
    enum Cell {
        Text(String),
        Number(f64),
        Empty,
    }

    fn cell() -> impl Strategy<Value = Cell> {
        prop_oneof![
            3 => prop::sample::select(vec![
                "Test NGO", "  Padded Name  ", "Here is your list:", "", " ", "in favor",
                "Abstent", "maybe", "2020-02-07", "2020-13-45", "45457", "next spring", "Yes",
                "=SUM(A1)", "Droits & l'homme <b>",
            ])
            .prop_map(|s| Cell::Text(s.to_string())),
            1 => ".{0,20}".prop_map(Cell::Text),
            2 => prop::sample::select(vec![
                45457.0, 43868.0, 32874.0, 73051.0, 1.0, 0.0, -3.0, 2_958_466.0, 45457.75, 1e300,
            ])
            .prop_map(Cell::Number),
            1 => any::<f64>()
                .prop_filter("Excel stores finite numbers", |f| f.is_finite())
                .prop_map(Cell::Number),
            1 => Just(Cell::Empty),
        ]
    }

    fn generated_workbook(header: &[&str], rows: &[Vec<Cell>]) -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, name) in header.iter().enumerate() {
            sheet.write_string(0, c as u16, *name).expect("write");
        }
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(text) => sheet.write_string(r, c, text).map(|_| ()),
                    Cell::Number(number) => sheet.write_number(r, c, *number).map(|_| ()),
                    Cell::Empty => Ok(()),
                }
                .expect("write");
            }
        }
        book.save_to_buffer().expect("xlsx")
    }

    proptest! {
        #![proptest_config(config(64))]

        /// Workbooks with the file's own header (in any case) and arbitrary cells below it:
        /// an error names the file and a row that exists; rows are sound; and every data row
        /// is read or reported as skipped, none dropped.
        #[test]
        fn generated_workbooks_are_read_soundly(
            file in 0..FILES.len(),
            upper in any::<bool>(),
            rows in prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..8),
        ) {
            let spec = &FILES[file];
            let header: Vec<String> = spec
                .columns
                .iter()
                .map(|c| if upper { c.to_uppercase() } else { c.to_string() })
                .collect();
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let result = parse_file(spec, &generated_workbook(&header, &rows));
            check(spec, &result)?;
            match &result {
                Ok(parsed) => {
                    let read = parsed.rows.len() + parsed.skipped.len();
                    prop_assert!(read <= rows.len(), "{} rows read from {}", read, rows.len());
                    // Every row up to the last one with a value is read or skipped (rows after
                    // it are outside the sheet's range; an empty string is no value).
                    let has_value = |c: &Cell| match c {
                        Cell::Text(text) => !text.is_empty(),
                        Cell::Number(_) => true,
                        Cell::Empty => false,
                    };
                    let last_written = rows.iter().rposition(|r| r.iter().any(has_value));
                    prop_assert!(last_written.is_none_or(|last| read > last), "{:?}", parsed);
                }
                Err(error) => prop_assert!(error.row as usize <= rows.len() + 1, "{}", error),
            }
        }
    }
}

/// One organization, one history: on the real reports, no pending application vanishes and
/// comes back within three sessions as a "previously deferred" application of another
/// organization under the same name but for an article, "of", a legal form or a bracket (the
/// variant link rule joins those). The weaker near names left are printed for a curator
/// (`--nocapture`), with the variant joins and the sessions where one organization is listed
/// twice (new-applications granted and granted).
#[test]
fn split_histories_under_variant_names_are_joined_on_the_real_data() {
    use ecosoc_watch::{
        import::{continuity::reappearances, plan::plan},
        linking::LinkRule,
        sources::steinert::parse_file,
    };
    let Some(dir) = shared_steinert_dir() else {
        return;
    };
    let parsed: Vec<_> = FILES
        .iter()
        .map(|spec| {
            let bytes = std::fs::read(dir.join("xlsx").join(spec.name)).expect("file readable");
            parse_file(spec, &bytes).expect("file parses")
        })
        .collect();
    let plan = plan(&parsed, &[]).expect("plans");
    let variants: Vec<_> = plan
        .linking
        .names
        .iter()
        .filter(|n| n.rule == LinkRule::Variant)
        .collect();
    println!("{} spellings joined by the variant rule:", variants.len());
    for n in &variants {
        println!("  {} → {}", n.name, n.linked_to.as_deref().unwrap_or(""));
    }
    let twice: Vec<_> = plan
        .flags
        .iter()
        .filter(|f| f.kind == "variant_listed_twice")
        .collect();
    println!("sessions listing one organization under two spellings:");
    for f in &twice {
        println!("  {:?}: {}", f.session, f.detail);
    }
    let found = reappearances(&plan);
    let (same, near): (Vec<_>, Vec<_>) = found.iter().partition(|r| r.same_core);
    println!("{} near-name reappearances left for a curator:", near.len());
    for r in &near {
        println!(
            "  {:?} {} stopped pending; {:?} {} started previously deferred ({:.2})",
            r.stopped_at, r.stopped, r.started_at, r.started, r.similarity
        );
    }
    assert!(same.is_empty(), "split under a variant name: {same:#?}");
    assert!(
        variants.len() >= 5,
        "the variant rule joined {} spellings",
        variants.len()
    );
}
