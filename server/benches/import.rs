//! `cargo bench -p ecosoc-watch --bench import`: the full import of the reports dataset from
//! `../shared` into a fresh database, then a second (no-op) run, on SQLite and PostgreSQL.
//! Prints the median of a few runs of each; a benchmark, not a test: nothing is asserted
//! about time.

use std::time::{Duration, Instant};

use ecosoc_watch::{
    import::steinert::{import_steinert, ImportOptions},
    sources::fetch::Location,
};

// The integration tests' support (fresh databases on both engines), shared, not copied; the
// benchmark uses part of it.
#[allow(dead_code)]
#[path = "../tests/it/testing.rs"]
mod testing;

use testing::shared_steinert_dir;

const RUNS: usize = 3;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let Some(shared) = shared_steinert_dir() else {
        return;
    };
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async {
        let options = ImportOptions::from(Location::Folder(shared.join("xlsx")));
        for engine in ["sqlite", "postgres"] {
            let mut full = Vec::new();
            let mut noop = Vec::new();
            let mut organizations = 0;
            for _ in 0..RUNS {
                let test_db = match engine {
                    "sqlite" => testing::sqlite().await,
                    _ => match testing::postgres().await {
                        Some(db) => db,
                        None => return,
                    },
                };
                let start = Instant::now();
                let summary = import_steinert(&test_db.db, &options).await.expect("import");
                full.push(start.elapsed());
                organizations = summary.organizations;
                let start = Instant::now();
                let again = import_steinert(&test_db.db, &options).await.expect("re-import");
                noop.push(start.elapsed());
                assert_eq!(again.rows_changed(), 0);
                test_db.finish().await;
            }
            println!(
                "import steinert/{engine}: full {:.2?} (median of {RUNS}), unchanged re-run {:.2?}; {organizations} organizations",
                median(full),
                median(noop)
            );
        }
    });
}
