//! `ecosoc-watch serve`: migrate, bind, serve until SIGINT or SIGTERM, then drain.

use std::{future::Future, net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
    service::TowerToHyperService,
};
use tokio::{net::TcpListener, sync::Semaphore};

use crate::{
    autoload,
    db::Db,
    http::{leptos_options, limits::Limits, router_with, AppState},
    sources::fetch::Location,
};

pub struct ServeConfig {
    pub addr: SocketAddr,
    pub site_root: String,
    /// Load the reports dataset from here when the database is empty; `None`: do not.
    pub autoload_from: Option<Location>,
    /// What citations, feeds and embeds name as the site's address.
    pub public_url: String,
    pub limits: Limits,
    pub connections: Connections,
    /// Keep the press layer current on a schedule ([`crate::scrape::schedule`]); `None`: do
    /// not (`--no-scrape`).
    pub scrape: Option<crate::scrape::ScrapeOptions>,
}

/// How the server treats connections: a client that sends no complete request head within
/// `header_timeout` — a new connection, or a kept-alive one gone idle — is disconnected, and
/// no more than `max` connections are open at once (the next ones wait in the kernel's
/// backlog until one closes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Connections {
    pub max: usize,
    pub header_timeout: Duration,
}

impl Default for Connections {
    fn default() -> Self {
        Connections {
            max: 4096,
            header_timeout: Duration::from_secs(10),
        }
    }
}

pub async fn serve(db: Db, config: ServeConfig) -> anyhow::Result<()> {
    let db = db.with_site_url(&config.public_url);
    let site_pkg = std::path::Path::new(&config.site_root).join("pkg");
    if !site_pkg.is_dir() {
        tracing::warn!(
            site_root = %config.site_root,
            "no built front end under the site root: pages render but do not hydrate; \
             build with `cargo leptos build --release` (scripts/run.sh does)"
        );
    }
    let load = autoload::new_status();
    if let Some(from) = config.autoload_from {
        if autoload::needs_data(&db)
            .await
            .context("checking whether the database holds data")?
        {
            autoload::spawn(db.clone(), from, load.clone());
        }
    }
    crate::memory::trim_periodically();
    // Dropped (and so stopped) when serving ends; a scrape in flight then loses only its
    // current release's transaction, and its lock goes stale.
    let _schedule = config.scrape.map(|options| {
        tracing::info!(
            site = %options.base_url,
            "press releases are scraped {}",
            crate::scrape::schedule::describe()
        );
        AbortOnDrop(tokio::spawn(crate::scrape::schedule::run(
            db.clone(),
            options,
            load.clone(),
        )))
    });
    let state = AppState {
        db: db.clone(),
        leptos_options: leptos_options(&config.site_root, config.addr),
        load,
    };
    let app = router_with(state, config.limits);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("could not listen on {}", config.addr))?;
    let local = listener.local_addr().context("reading the bound address")?;
    tracing::info!(
        database = db.engine().name(),
        "serving ecosoc-watch at http://{local}"
    );
    serve_connections(listener, app, config.connections, shutdown_signal()).await;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// A background task that stops when its owner goes.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Accept connections until `shutdown` resolves, each served by hyper's HTTP/1 with a timer
/// (axum's own `serve` sets none, so hyper's header timeout would be off), within the
/// connection cap; then stop accepting and let the requests in flight finish (for at most
/// [`DRAIN`]).
pub async fn serve_connections(
    listener: TcpListener,
    app: Router,
    connections: Connections,
    shutdown: impl Future<Output = ()>,
) {
    let open = Arc::new(Semaphore::new(connections.max));
    let graceful = GracefulShutdown::new();
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(connections.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    // Out of file descriptors, say: back off instead of spinning.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = TowerToHyperService::new(app.clone());
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A client that hangs up or times out is not the server's error. One that reads
            // so slowly that its connection outlives LIFETIME is cut off: hyper has no write
            // timeout, and a never-read answer would hold a place of the cap for ever.
            match tokio::time::timeout(LIFETIME, connection).await {
                Ok(Err(error)) => tracing::debug!(%error, "connection ended with an error"),
                Err(_) => tracing::debug!("connection closed after {LIFETIME:?}"),
                Ok(Ok(())) => {}
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN) => {
            tracing::warn!("requests still in flight after {DRAIN:?}: closing them");
        }
    }
}

/// The longest a connection may stay open, kept alive or not.
const LIFETIME: Duration = Duration::from_secs(120);

/// How long a shutdown waits for the requests in flight.
const DRAIN: Duration = Duration::from_secs(30);

/// Resolves on SIGINT (Ctrl-C) or SIGTERM, whichever comes first.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "could not listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "could not listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use axum::routing::get;
    use tokio::{
        io::{AsyncReadExt, AsyncWriteExt},
        net::TcpStream,
        sync::oneshot,
        task::JoinHandle,
    };

    use super::*;

    /// A server of one route on a free loopback port, stopped by the returned sender.
    async fn start(connections: Connections) -> (SocketAddr, oneshot::Sender<()>, JoinHandle<()>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new().route("/", get(|| async { "ok" }));
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(serve_connections(listener, app, connections, async {
            let _ = stopped.await;
        }));
        (addr, stop, server)
    }

    /// Read until the server closes the connection (or resets it); panics after 5 s.
    async fn read_to_close(stream: &mut TcpStream) -> String {
        let mut seen = Vec::new();
        let mut buf = [0u8; 1024];
        loop {
            match tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return String::from_utf8_lossy(&seen).into_owned(),
                Ok(Ok(n)) => seen.extend_from_slice(&buf[..n]),
                Err(_) => panic!("the server kept the connection open: {seen:?}"),
            }
        }
    }

    const SHORT: Connections = Connections {
        max: 2,
        header_timeout: Duration::from_millis(300),
    };

    #[tokio::test]
    async fn silent_clients_are_cut_off_and_do_not_lock_others_out() {
        let (addr, stop, server) = start(SHORT).await;
        // Two connections that never send a byte take both places.
        let mut idle = [
            TcpStream::connect(addr).await.unwrap(),
            TcpStream::connect(addr).await.unwrap(),
        ];
        let started = Instant::now();
        let mut third = TcpStream::connect(addr).await.unwrap();
        third
            .write_all(b"GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let answer = read_to_close(&mut third).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        // It waited for the header timeout to free a place: the cap held.
        assert!(
            started.elapsed() >= Duration::from_millis(200),
            "{:?}",
            started.elapsed()
        );
        for stream in &mut idle {
            assert_eq!(read_to_close(stream).await, "", "closed without an answer");
        }
        stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(5), server)
            .await
            .expect("the server stops")
            .unwrap();
    }

    #[tokio::test]
    async fn a_kept_alive_connection_is_closed_once_idle() {
        let (addr, stop, server) = start(SHORT).await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            .await
            .unwrap();
        let started = Instant::now();
        // One answer, then the server hangs up when no next request comes.
        let answer = read_to_close(&mut stream).await;
        assert!(
            answer.starts_with("HTTP/1.1 200") && answer.ends_with("ok"),
            "{answer}"
        );
        assert!(started.elapsed() >= Duration::from_millis(200));
        stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(5), server)
            .await
            .expect("the server stops")
            .unwrap();
    }
}
