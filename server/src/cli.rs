//! The command line: one clap `Parser` per command, every flag also an environment variable
//! `ECOSOC_WATCH_*`. `ecosoc-watch --help` is the reference.

use std::{net::SocketAddr, process::ExitCode};

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::{
    classify, curation,
    db::focus::OverrideAction,
    db::{Db, DEFAULT_DATABASE_URL},
    http::limits::Limits,
    import::steinert::{import_steinert, ImportOptions, ImportSummary, Progress},
    linking::CuratorAction,
    serve::{serve, Connections, ServeConfig},
    sources::fetch::Location,
    telemetry,
};

/// ecosoc-watch: how the UN ECOSOC Committee on NGOs defers NGOs' applications, with a
/// source for every figure.
///
/// The database is a SQLite file by default (./data/ecosoc-watch.db, created on first use);
/// give a postgres:// URL to use PostgreSQL. Migrations run automatically.
#[derive(Debug, Parser)]
#[command(name = "ecosoc-watch", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// Database URL: sqlite://PATH or postgres://USER@HOST:PORT/DB. Falls back to
    /// DATABASE_URL, then to sqlite://data/ecosoc-watch.db.
    #[arg(long, global = true, env = "ECOSOC_WATCH_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl DatabaseArgs {
    /// The URL from the flag, `ECOSOC_WATCH_DATABASE_URL`, `DATABASE_URL`, or the default.
    pub fn url(&self) -> String {
        self.database_url
            .clone()
            .or_else(|| std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string())
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app and the /api/v1 API.
    Serve(ServeArgs),
    /// Create the database if needed and apply pending migrations.
    Migrate,
    /// Load a source into the database (idempotent: a second run changes nothing).
    #[command(subcommand)]
    Import(ImportSource),
    /// Review how spellings were linked into organizations; merge or split them; override
    /// focus areas.
    #[command(subcommand)]
    Orgs(OrgsCommand),
    /// Focus areas by rule: print `{"areas": [...], "reasons": [...]}` for a name, for each
    /// line of a file, or re-classify every organization in the database (`--all`).
    Classify(ClassifyArgs),
    /// Parse one saved press-release page and print, as JSON, exactly what the scraper would
    /// store for it. Needs no database and no network.
    Parse(ParseArgs),
    /// Fetch the Committee's press releases from press.un.org: walk the listing newest first
    /// until a release already held, fetch politely, keep every snapshot, parse, store, and
    /// link the records to the reports' history.
    Scrape(ScrapeArgs),
    /// Fetch the iCSO / esango profiles (headquarters, status, declared areas of expertise)
    /// of the organizations we hold, from the register's list of organizations in
    /// consultative status: politely, keeping every snapshot, only profiles not held yet.
    Esango(EsangoArgs),
    /// Re-run the press-release parser over the stored snapshots (after a parser change).
    /// No network.
    Reparse {
        /// Print the summary as JSON.
        #[arg(long, env = "ECOSOC_WATCH_JSON")]
        json: bool,
    },
    /// Compress the built site's static files once, at the highest levels, beside
    /// themselves (`FILE.br`, `FILE.gz`), for the server to send as they are. Run after
    /// `cargo leptos build --release` (the scripts do). No database.
    Precompress {
        /// The built site (cargo-leptos's `target/site`).
        #[arg(long, env = "ECOSOC_WATCH_SITE_ROOT", default_value = "target/site")]
        site_root: std::path::PathBuf,
    },
    /// Write the whole record as a Frictionless Data Package: one CSV per table,
    /// datapackage.json, README.md, CITATION.cff (the same data gives the same bytes).
    Export {
        /// The folder to write into (created when missing; files of the same names replaced).
        #[arg(long, env = "ECOSOC_WATCH_EXPORT_OUT")]
        out: std::path::PathBuf,
        /// Also write the package as one zip beside the folder's files.
        #[arg(long, env = "ECOSOC_WATCH_EXPORT_ZIP")]
        zip: bool,
    },
}

#[derive(Debug, Args)]
pub struct ScrapeArgs {
    /// Stop at releases listed before this year.
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_SINCE")]
    pub since: Option<i32>,
    /// The site to read (a mirror, or a local fixture server).
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_BASE_URL", default_value = crate::scrape::DEFAULT_BASE_URL)]
    pub base_url: String,
    /// Read at most this many listing pages.
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_MAX_PAGES")]
    pub max_pages: Option<u32>,
    /// Walk the whole listing and re-fetch every release held (conditional requests).
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_REFETCH")]
    pub refetch: bool,
    #[command(flatten)]
    pub polite: PoliteArgs,
    /// Print the summary as JSON.
    #[arg(long, env = "ECOSOC_WATCH_JSON")]
    pub json: bool,
}

/// How politely a fetch asks: the same settings for the press releases and the register.
#[derive(Debug, Args)]
pub struct PoliteArgs {
    /// The least time between two requests, in milliseconds (robots.txt may ask for more).
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_DELAY_MS", default_value_t = 1000)]
    pub delay_ms: u64,
    /// One request's time limit, in seconds.
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_TIMEOUT_S", default_value_t = 30)]
    pub timeout_s: u64,
    /// Attempts per address before it is recorded as failed.
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_ATTEMPTS", default_value_t = 4)]
    pub attempts: u32,
    /// The first retry's wait in milliseconds, doubled for each further one.
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_BACKOFF_MS", default_value_t = 2000)]
    pub backoff_ms: u64,
}

impl PoliteArgs {
    fn config(&self) -> crate::scrape::client::PoliteConfig {
        use std::time::Duration;
        crate::scrape::client::PoliteConfig {
            delay: Duration::from_millis(self.delay_ms),
            timeout: Duration::from_secs(self.timeout_s.max(1)),
            attempts: self.attempts.max(1),
            backoff: Duration::from_millis(self.backoff_ms),
            ..Default::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct EsangoArgs {
    /// The register to read (a mirror, or a local fixture server).
    #[arg(long, env = "ECOSOC_WATCH_ESANGO_BASE_URL", default_value = crate::esango::DEFAULT_BASE_URL)]
    pub base_url: String,
    /// Fetch at most this many profiles in this run (the rest are left for the next).
    #[arg(long, env = "ECOSOC_WATCH_ESANGO_LIMIT")]
    pub limit: Option<usize>,
    /// Fetch the profiles already held again too.
    #[arg(long, env = "ECOSOC_WATCH_ESANGO_REFETCH")]
    pub refetch: bool,
    #[command(flatten)]
    pub polite: PoliteArgs,
    /// Print the summary as JSON.
    #[arg(long, env = "ECOSOC_WATCH_JSON")]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The saved page (HTML).
    pub file: std::path::PathBuf,
    /// The address the page was saved from (tells the language when the page does not).
    #[arg(long, env = "ECOSOC_WATCH_PARSE_URL")]
    pub url: Option<String>,
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// An organization's name.
    #[arg(conflicts_with_all = ["names_file", "all", "evaluate"],
          required_unless_present_any = ["names_file", "all", "evaluate"])]
    pub name: Option<String>,
    /// A file with one name per line; prints one JSON object per line, in order.
    #[arg(long, env = "ECOSOC_WATCH_NAMES_FILE", conflicts_with = "all")]
    pub names_file: Option<std::path::PathBuf>,
    /// Re-classify every organization in the database with the current rules.
    #[arg(long, env = "ECOSOC_WATCH_CLASSIFY_ALL")]
    pub all: bool,
    /// A labelled set (`labels.tsv`: part, name, areas, note): print precision and recall
    /// per area and every name the rules label differently.
    #[arg(long, conflicts_with_all = ["names_file", "all"])]
    pub evaluate: Option<std::path::PathBuf>,
    /// With `--evaluate`: print the table only, not the names labelled differently (for the
    /// held-out set, whose misses must not be read to tune the rules).
    #[arg(long, requires = "evaluate")]
    pub scores_only: bool,
    /// Use this rules file instead of the one compiled in (to try a change to
    /// `server/data/focus_rules.toml` without a build). Not with `--all`: stored
    /// assignments always come from the compiled rules.
    #[arg(long, conflicts_with = "all")]
    pub rules: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum OrgsCommand {
    /// Find organizations by any of their spellings.
    Search {
        /// Part of a name (case, accents of quotes and status notes do not matter).
        query: String,
        #[arg(long, env = "ECOSOC_WATCH_LIMIT", default_value_t = 25)]
        limit: u32,
    },
    /// List pending applications that vanish and come back within three sessions as another
    /// organization's "previously deferred" application under a near name: one organization
    /// split in two, or a successor. Merge the first kind with `orgs merge`.
    Reappearances {
        /// Print JSON lines instead of a table.
        #[arg(long, env = "ECOSOC_WATCH_JSON")]
        json: bool,
    },
    /// List focus areas an organization is not in that the states' questions speak of ("its
    /// work on sexual orientation") or that its esango profile declares: evidence for
    /// `orgs area --add`, never an assignment.
    AreaHints {
        /// Print JSON lines instead of a table.
        #[arg(long, env = "ECOSOC_WATCH_JSON")]
        json: bool,
    },
    /// List fuzzy links, weakest first, then the variant rule's links, for review.
    Doubtful {
        #[arg(long, env = "ECOSOC_WATCH_LIMIT", default_value_t = 50)]
        limit: i64,
        /// Print JSON lines instead of a table.
        #[arg(long, env = "ECOSOC_WATCH_JSON")]
        json: bool,
    },
    /// Two spellings are one organization. Kept with its reason; survives re-import.
    Merge(DecisionArgs),
    /// Two spellings are different organizations. Kept with its reason; survives re-import.
    Split(DecisionArgs),
    /// List every curator decision.
    Decisions,
    /// Add or remove a focus area of one organization, with a reason; survives
    /// re-classification.
    Area {
        /// The organization's id (from `orgs search`).
        organization_id: i64,
        /// Add this area.
        #[arg(
            long,
            env = "ECOSOC_WATCH_AREA_ADD",
            conflicts_with = "remove",
            required_unless_present = "remove"
        )]
        add: Option<String>,
        /// Remove this area.
        #[arg(long, env = "ECOSOC_WATCH_AREA_REMOVE")]
        remove: Option<String>,
        /// Why: shown beside the area.
        #[arg(long, env = "ECOSOC_WATCH_REASON")]
        reason: String,
        #[arg(long, env = "ECOSOC_WATCH_CURATOR", default_value = "curator")]
        curator: String,
    },
}

#[derive(Debug, Args)]
pub struct DecisionArgs {
    /// One spelling, as shown by `orgs search` or `orgs doubtful`.
    pub name_a: String,
    /// The other spelling.
    pub name_b: String,
    /// Why: kept with the decision for the next curator.
    #[arg(long, env = "ECOSOC_WATCH_REASON")]
    pub reason: String,
    /// Who decided.
    #[arg(long, env = "ECOSOC_WATCH_CURATOR", default_value = "curator")]
    pub curator: String,
}

#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// The Committee's decisions 1998–2024 from Steinert's ECOSOC_Status dataset (MIT):
    /// twelve .xlsx files, each checked against its pinned sha256.
    Steinert(SteinertArgs),
}

#[derive(Debug, Args)]
pub struct SteinertArgs {
    /// A local folder holding the twelve .xlsx files, or a base URL. Default: the upstream
    /// repository at the pinned commit.
    #[arg(long, env = "ECOSOC_WATCH_STEINERT_FROM")]
    pub from: Option<String>,
    /// Import files whose sha256 differs from the pinned one (they changed upstream).
    #[arg(long, env = "ECOSOC_WATCH_ALLOW_UNVERIFIED")]
    pub allow_unverified: bool,
    /// Print the summary as JSON.
    #[arg(long, env = "ECOSOC_WATCH_JSON")]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "ECOSOC_WATCH_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// Folder of the built front end (cargo-leptos writes target/site).
    #[arg(long, env = "ECOSOC_WATCH_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,
    /// The site's public address, as readers reach it (`https://ecosoc-watch.example.org`):
    /// citations, feeds and embeds name it. Default: `http://` and the listen address.
    #[arg(long, env = "ECOSOC_WATCH_PUBLIC_URL", value_parser = public_url)]
    pub public_url: Option<String>,
    /// When the database is empty, load the reports dataset from this folder or base URL in
    /// the background. Default: upstream at the pinned commit.
    #[arg(long, env = "ECOSOC_WATCH_AUTOLOAD_FROM")]
    pub autoload_from: Option<String>,
    /// Do not load anything when the database is empty.
    #[arg(long, env = "ECOSOC_WATCH_NO_AUTOLOAD")]
    pub no_autoload: bool,
    /// Do not scrape the press releases on a schedule. By default `serve` scrapes once the
    /// reports are loaded, then daily in January, February, May and June and weekly
    /// otherwise (two hours after a failed attempt), as `scrape` does (politely, only what is
    /// new).
    #[arg(long, env = "ECOSOC_WATCH_NO_SCRAPE")]
    pub no_scrape: bool,
    /// The site the scheduled scrape reads.
    #[arg(long, env = "ECOSOC_WATCH_SCRAPE_BASE_URL", default_value = crate::scrape::DEFAULT_BASE_URL)]
    pub scrape_base_url: String,
    /// Open connections at most; more wait in the kernel's backlog.
    #[arg(long, env = "ECOSOC_WATCH_MAX_CONNECTIONS", default_value_t = 4096,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_connections: u32,
    /// Seconds a client has to send a request head, on a new or an idle kept-alive connection.
    #[arg(long, env = "ECOSOC_WATCH_HEADER_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Requests in flight at most; the next get a 503 with Retry-After at once.
    #[arg(long, env = "ECOSOC_WATCH_MAX_IN_FLIGHT", default_value_t = 256,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_in_flight: u32,
    /// Chart images (SVG, PNG) rendered at once at most. Default: two per core, at least 4.
    #[arg(long, env = "ECOSOC_WATCH_MAX_IMAGES",
          value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub max_images: Option<u32>,
    /// How often, in milliseconds, the server reads the data version that its kept answers
    /// depend on: a change by another process (an import, a curator, a second server) shows
    /// within this time. 0: on every request.
    #[arg(long, env = "ECOSOC_WATCH_DATA_CHECK_MS", default_value_t = 250,
          value_parser = clap::value_parser!(u64).range(0..=60_000))]
    pub data_check_ms: u64,
}

/// `classify NAME` and `classify --names-file F` need no database.
fn classify_offline(args: &ClassifyArgs) -> anyhow::Result<()> {
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
    };
    let from_file;
    let set = match &args.rules {
        Some(path) => {
            from_file = classify::RuleSet::parse(&read(path)?)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            &from_file
        }
        None => classify::rules(),
    };
    if let Some(path) = &args.evaluate {
        let labelled = classify::evaluate::parse_labels(&read(path)?)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let report = classify::evaluate::evaluate(set, &labelled);
        if args.scores_only {
            print!("{}", report.scores());
        } else {
            print!("{}", report.table(labelled.len()));
        }
        return Ok(());
    }
    let print = |name: &str| -> anyhow::Result<()> {
        let c = set.classify(&[name]);
        println!(
            "{}",
            serde_json::to_string(
                &serde_json::json!({"areas": c.areas, "reasons": c.reasons, "suppressed": c.suppressed})
            )?
        );
        Ok(())
    };
    if let Some(name) = &args.name {
        return print(name);
    }
    if let Some(path) = &args.names_file {
        for line in read(path)?.lines() {
            print(line.trim())?;
        }
    }
    Ok(())
}

/// Parse the command line, run the command, and turn an error into a message and exit code 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    crate::memory::limit_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `parse FILE.html`: the parser's output for one page, no database.
fn parse_offline(args: &ParseArgs) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let release =
        crate::sources::press::parse(&String::from_utf8_lossy(&bytes), args.url.as_deref());
    println!("{}", serde_json::to_string_pretty(&release)?);
    Ok(())
}

/// `precompress`: every file worth it, with its sizes as sent.
fn precompress(site_root: &std::path::Path) -> anyhow::Result<()> {
    let written = crate::precompress::site(site_root)?;
    let size = |n: Option<u64>| n.map_or_else(|| "-".to_string(), |n| n.to_string());
    println!("{:>10} {:>10} {:>10}  file", "bytes", "gzip", "brotli");
    for file in &written {
        let name = file.path.strip_prefix(site_root).unwrap_or(&file.path);
        println!(
            "{:>10} {:>10} {:>10}  {}",
            file.raw,
            size(file.gzip),
            size(file.brotli),
            name.display()
        );
    }
    Ok(())
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Classify(args) if !args.all => return classify_offline(args),
        Command::Parse(args) => return parse_offline(args),
        Command::Precompress { site_root } => return precompress(site_root),
        _ => {}
    }
    let url = cli.database.url();
    let db = Db::connect_and_migrate(&url)
        .await
        .with_context(|| format!("opening the database {}", redact(&url)))?;
    match cli.command {
        Command::Serve(args) => serve(db, serve_config(args)).await,
        Command::Import(ImportSource::Steinert(args)) => import_reports(&db, &args).await,
        Command::Orgs(command) => orgs(&db, command).await,
        Command::Classify(_) => classify_stored(&db).await,
        Command::Parse(_) | Command::Precompress { .. } => {
            unreachable!("handled before the database is opened")
        }
        Command::Scrape(args) => scrape_releases(&db, &args).await,
        Command::Esango(args) => fetch_profiles(&db, &args).await,
        Command::Reparse { json } => reparse_releases(&db, json).await,
        Command::Export { out, zip } => export(&db, &out, zip).await,
        Command::Migrate => {
            for (version, description) in db.known_migrations() {
                println!("{version} {description}");
            }
            println!("database {} is up to date", redact(&url));
            Ok(())
        }
    }
}

/// `import steinert`: the reports dataset, with a summary (or JSON) of what changed.
async fn import_reports(db: &Db, args: &SteinertArgs) -> anyhow::Result<()> {
    let options = ImportOptions {
        from: args
            .from
            .as_deref()
            .map(Location::parse)
            .unwrap_or_else(|| ImportOptions::default().from),
        allow_unverified: args.allow_unverified,
        progress: Progress::new(|stage| tracing::info!("{stage}")),
    };
    let summary = import_steinert(db, &options)
        .await
        .with_context(|| format!("importing the reports dataset from {}", options.from))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        print_import_summary(&summary);
    }
    Ok(())
}

/// `classify --all`: every stored organization, by the rules in force.
async fn classify_stored(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.pool().begin().await?;
    let changes = crate::db::focus::classify_all(&mut tx).await?;
    tx.commit().await?;
    println!(
        "rule set {}: {} assignments inserted, {} updated, {} deleted",
        classify::rules().version,
        changes.inserted,
        changes.updated,
        changes.deleted
    );
    Ok(())
}

/// `scrape`: the press releases, politely, with a summary (or JSON) of what was read.
async fn scrape_releases(db: &Db, args: &ScrapeArgs) -> anyhow::Result<()> {
    let options = crate::scrape::ScrapeOptions {
        base_url: args.base_url.clone(),
        since: args.since,
        max_pages: args.max_pages,
        refetch: args.refetch,
        polite: args.polite.config(),
        progress: !args.json,
    };
    let summary = crate::scrape::scrape(db, &options)
        .await
        .with_context(|| format!("scraping {}", args.base_url))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
        return Ok(());
    }
    println!(
        "{} listing pages, {} requests: {} new releases, {} unchanged, {} updated, {} failed, \
         {} disallowed by robots.txt, {} placeholders; {} records added, {} parse problems",
        summary.listing_pages,
        summary.requests,
        summary.fetched,
        summary.unchanged,
        summary.updated,
        summary.failed,
        summary.disallowed,
        summary.placeholders,
        summary.records_added,
        summary.problems
    );
    println!(
        "join: {} records, {} linked to the reports' history, {} organizations known only from press releases",
        summary.join.records, summary.join.linked_to_history, summary.join.organizations_created
    );
    for failure in &summary.failures {
        println!("failed: {} — {}", failure.url, failure.error);
    }
    Ok(())
}

/// `esango`: the register's profiles of the organizations we hold.
async fn fetch_profiles(db: &Db, args: &EsangoArgs) -> anyhow::Result<()> {
    let options = crate::esango::EsangoOptions {
        base_url: args.base_url.clone(),
        limit: args.limit,
        refetch: args.refetch,
        polite: args.polite.config(),
        progress: !args.json,
    };
    let summary = crate::esango::fetch(db, &options)
        .await
        .with_context(|| format!("fetching profiles from {}", args.base_url))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
        return Ok(());
    }
    println!(
        "{} organizations listed, {} match a name we hold: {} profiles stored, {} held already, \
         {} left for a later run; {} failed, {} unreadable; {} requests",
        summary.listed,
        summary.matched,
        summary.stored,
        summary.held,
        summary.left,
        summary.failed.len(),
        summary.unreadable.len(),
        summary.requests
    );
    if summary.list_may_be_cut {
        println!(
            "warning: the list is as long as its page shows ({}): organizations past it were not matched",
            crate::sources::esango::LIST_PAGE_SIZE
        );
    }
    for failure in summary.failed.iter().chain(&summary.unreadable) {
        println!("failed: {} — {}", failure.url, failure.error);
    }
    Ok(())
}

/// `reparse`: every stored release again, with a summary (or JSON) of what changed.
async fn reparse_releases(db: &Db, json: bool) -> anyhow::Result<()> {
    let summary = crate::scrape::reparse(db).await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "{} releases re-parsed, {} changed: {} records added, {} changed, {} removed; {} parse problems",
            summary.releases,
            summary.changed,
            summary.records_added,
            summary.records_changed,
            summary.records_removed,
            summary.problems
        );
    }
    Ok(())
}

/// `export --out DIR [--zip]`: the data package into `out`.
async fn export(db: &Db, out: &std::path::Path, zip: bool) -> anyhow::Result<()> {
    let package = crate::export::build(db).await?;
    package
        .write_dir(out)
        .with_context(|| format!("writing the package into {}", out.display()))?;
    let mut written = package.files.len();
    if zip {
        let name = out.join(format!("ecosoc-watch-{}.zip", package.version));
        std::fs::write(&name, package.zip()?)
            .with_context(|| format!("writing {}", name.display()))?;
        written += 1;
    }
    println!(
        "data package {} written to {}: {written} files; rows: {}",
        package.version,
        out.display(),
        package
            .rows
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

async fn orgs(db: &Db, command: OrgsCommand) -> anyhow::Result<()> {
    match command {
        OrgsCommand::Search { query, limit } => {
            // The same search as the organizations page and the API, counted the same way.
            let results = db
                .search(&app::model::SearchQuery {
                    q: query.clone(),
                    per_page: limit.clamp(1, 100),
                    ..Default::default()
                })
                .await?;
            println!("{} organizations match {query:?}", results.total);
            for o in results.items {
                let also = o
                    .matched_name
                    .map(|m| format!(", also as {m:?}"))
                    .unwrap_or_default();
                println!(
                    "{:>6}  {}  ({} sessions considered, {} deferred, {}{also})",
                    o.id,
                    o.name,
                    o.considerations,
                    o.deferrals,
                    o.outcome.as_str()
                );
            }
        }
        OrgsCommand::Reappearances { json } => reappearances(db, json).await?,
        OrgsCommand::AreaHints { json } => area_hints(db, json).await?,
        OrgsCommand::Doubtful { limit, json } => {
            for link in curation::doubtful_links(db, limit).await? {
                if json {
                    println!("{}", serde_json::to_string(&link)?);
                } else {
                    let how = link.score.map_or(link.rule, |s| format!("{s:.3}"));
                    println!(
                        "{how:>7}  org {:>6}  {:?}  ~  {:?}",
                        link.organization_id,
                        link.name,
                        link.linked_to.unwrap_or_default()
                    );
                }
            }
        }
        OrgsCommand::Merge(args) | OrgsCommand::Split(args) if args.reason.trim().is_empty() => {
            anyhow::bail!("--reason must say why")
        }
        OrgsCommand::Merge(args) => decide(db, args, CuratorAction::Merge).await?,
        OrgsCommand::Split(args) => decide(db, args, CuratorAction::Split).await?,
        OrgsCommand::Area {
            organization_id,
            add,
            remove,
            reason,
            curator,
        } => {
            let (area, action) = match (add, remove) {
                (Some(area), _) => (area, OverrideAction::Add),
                (None, Some(area)) => (area, OverrideAction::Remove),
                (None, None) => anyhow::bail!("give --add AREA or --remove AREA"),
            };
            db.override_area(organization_id, &area, action, &reason, &curator)
                .await?;
            println!("recorded: organization {organization_id} {action:?} {area}");
        }
        OrgsCommand::Decisions => {
            for d in curation::decisions(db).await? {
                println!(
                    "{}  {}  {:?} / {:?}  by {}: {}",
                    d.created_at, d.action, d.name_key_a, d.name_key_b, d.curator, d.reason
                );
            }
        }
    }
    Ok(())
}

/// `orgs area-hints`: areas the questions speak of or the organization declares, for a
/// curator.
async fn area_hints(db: &Db, json: bool) -> anyhow::Result<()> {
    for hint in curation::area_hints(db).await? {
        if json {
            println!("{}", serde_json::to_string(&hint)?);
        } else {
            println!(
                "org {:>6}  {:?}  {}  {} ({}): {:?}",
                hint.organization_id,
                hint.name,
                hint.area,
                hint.evidence,
                hint.matched.join(", "),
                hint.text
            );
        }
    }
    Ok(())
}

/// `orgs reappearances`: the split histories a curator should look at.
async fn reappearances(db: &Db, json: bool) -> anyhow::Result<()> {
    let found = crate::import::steinert::stored_reappearances(db).await?;
    if !json {
        println!(
            "{} pending applications stop and come back under a near name within {} sessions:",
            found.len(),
            crate::import::continuity::WITHIN_SESSIONS
        );
    }
    for r in found {
        if json {
            println!("{}", serde_json::to_string(&r)?);
        } else {
            println!(
                "{:.2}  {} {}: {:?}  →  {} {}: {:?}",
                r.similarity,
                r.stopped_at.year,
                r.stopped_at.part.as_str(),
                r.stopped,
                r.started_at.year,
                r.started_at.part.as_str(),
                r.started
            );
        }
    }
    Ok(())
}

async fn decide(db: &Db, args: DecisionArgs, action: CuratorAction) -> anyhow::Result<()> {
    let summary = curation::decide(
        db,
        &args.name_a,
        &args.name_b,
        action,
        &args.reason,
        &args.curator,
    )
    .await
    .context("recording the decision")?;
    println!(
        "recorded; re-linked from the stored snapshots: {} organizations, {} rows changed",
        summary.organizations,
        summary.rows_changed()
    );
    Ok(())
}

fn print_import_summary(summary: &ImportSummary) {
    for file in &summary.files {
        println!(
            "{:<48} {:>6} rows  {}",
            file.file,
            file.rows,
            if file.verified {
                "sha256 verified"
            } else {
                "sha256 NOT verified"
            }
        );
    }
    println!(
        "{} sessions, {} spellings linked into {} organizations, {} considerations, {} recorded votes",
        summary.sessions, summary.names, summary.organizations, summary.considerations, summary.recorded_votes
    );
    let rules: Vec<String> = summary
        .links_by_rule
        .iter()
        .map(|(rule, n)| format!("{rule} {n}"))
        .collect();
    println!("names by link rule: {}", rules.join(", "));
    for flag in &summary.flags {
        println!(
            "flag {} {}: {} ({} items)",
            flag.session.year,
            flag.session.part.as_str(),
            flag.kind,
            flag.count
        );
    }
    let changed = summary.rows_changed();
    if changed == 0 {
        println!("the database already held exactly this: nothing changed");
    } else {
        for (table, c) in &summary.changes {
            println!(
                "{table}: {} inserted, {} updated, {} deleted",
                c.inserted, c.updated, c.deleted
            );
        }
    }
}

/// `--public-url`: an absolute http(s) address without query or fragment, kept without a
/// trailing slash.
fn public_url(text: &str) -> Result<String, String> {
    let url = url::Url::parse(text).map_err(|e| format!("not an address: {e}"))?;
    if !matches!(url.scheme(), "http" | "https")
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err("an http or https address without ? or #".to_string());
    }
    Ok(text.trim_end_matches('/').to_string())
}

/// What `serve` needs, from its arguments.
fn serve_config(args: ServeArgs) -> ServeConfig {
    ServeConfig {
        public_url: args
            .public_url
            .unwrap_or_else(|| format!("http://{}", args.addr)),
        limits: Limits {
            in_flight: args.max_in_flight as usize,
            images: args
                .max_images
                .map_or(Limits::default().images, |n| n as usize),
            data_check: std::time::Duration::from_millis(args.data_check_ms),
        },
        connections: Connections {
            max: args.max_connections as usize,
            header_timeout: std::time::Duration::from_secs(args.header_timeout),
        },
        addr: args.addr,
        site_root: args.site_root,
        autoload_from: (!args.no_autoload).then(|| {
            args.autoload_from
                .as_deref()
                .map(Location::parse)
                .unwrap_or_else(|| ImportOptions::default().from)
        }),
        scrape: (!args.no_scrape).then(|| crate::scrape::ScrapeOptions {
            base_url: args.scrape_base_url,
            progress: false,
            ..Default::default()
        }),
    }
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn redact_hides_passwords_only() {
        assert_eq!(redact("postgres://u:secret@h/d"), "postgres://u:***@h/d");
        assert_eq!(redact("sqlite://data/x.db"), "sqlite://data/x.db");
    }
}
