//! `cargo bench -p ecosoc-watch --bench parse`: press-release parse throughput over the
//! fixture pages (test data in the structure of press.un.org), pages per second and MB per
//! second, median of several rounds. A benchmark, not a test: nothing is asserted about time.

use std::{
    hint::black_box,
    path::PathBuf,
    time::{Duration, Instant},
};

use ecosoc_watch::sources::press::parse;

const ROUNDS: usize = 7;
const PASSES: usize = 40;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/press");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "html").then(|| std::fs::read_to_string(path).ok())?
        })
        .collect();
    pages.sort();
    // A long meeting: one release listing 90 more deferred entries (real meetings list up to
    // about that many), built from the 2023 fixture. Test data, like the fixtures.
    let base = pages
        .iter()
        .find(|p| p.contains("NGO/962"))
        .expect("the 2023 fixture")
        .clone();
    let entry = "<p>Alpha Rights Watch (Utopia) — as the representative of China asked for a breakdown of its 2022 income by donor, while the representative of Cuba asked about its partners;</p>\n";
    let long = base.replacen(
        "<p>Beta Foundation",
        &format!("{}<p>Beta Foundation", entry.repeat(90)),
        1,
    );
    let start = Instant::now();
    let long_records = (0..20)
        .map(|_| parse(black_box(&long), None).records.len())
        .sum::<usize>()
        / 20;
    println!(
        "parse: one long release ({} KB, {} records): {:.2} ms per page",
        long.len() / 1024,
        long_records,
        start.elapsed().as_secs_f64() * 1e3 / 20.0
    );
    let bytes: usize = pages.iter().map(String::len).sum();
    // Warm the lazily built patterns once.
    let records: usize = pages.iter().map(|p| parse(p, None).records.len()).sum();
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..PASSES {
                for page in &pages {
                    black_box(parse(black_box(page), None));
                }
            }
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[ROUNDS / 2].as_secs_f64();
    let n = (pages.len() * PASSES) as f64;
    println!(
        "parse: {} fixture pages ({} KB, {} records), {} passes per round, median of {ROUNDS} rounds: \
         {:.0} pages/s, {:.1} MB/s, {:.2} ms per page",
        pages.len(),
        bytes / 1024,
        records,
        PASSES,
        n / median,
        (bytes * PASSES) as f64 / median / 1e6,
        median * 1e3 / n
    );
}
