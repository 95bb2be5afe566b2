//! `ecosoc-watch serve`: migrate, bind, serve until SIGINT or SIGTERM, then drain.

use std::net::SocketAddr;

use anyhow::Context;

use crate::{
    autoload,
    db::Db,
    http::{leptos_options, router, AppState},
    sources::fetch::Location,
};

pub struct ServeConfig {
    pub addr: SocketAddr,
    pub site_root: String,
    /// Load the reports dataset from here when the database is empty; `None`: do not.
    pub autoload_from: Option<Location>,
}

pub async fn serve(db: Db, config: ServeConfig) -> anyhow::Result<()> {
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
    let state = AppState {
        db: db.clone(),
        leptos_options: leptos_options(&config.site_root, config.addr),
        load,
    };
    let app = router(state);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("could not listen on {}", config.addr))?;
    let local = listener.local_addr().context("reading the bound address")?;
    tracing::info!(
        database = db.engine().name(),
        "serving ecosoc-watch at http://{local}"
    );
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("serving HTTP")?;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

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
