//! `/embed/...`: one chart for another site's page, in a frame — the chart (wide, and laid
//! out anew for a phone), its one-line summary, its sources and a link back to the full view
//! with its data table. The query is the page's own (`/embed/rates?from=2010&to=2024` shows
//! what `/?from=2010&to=2024` shows), checked by the same parsers.
//!
//! These are the only responses any site may frame; they load nothing and run no script.
//! Plain HTML from the server, not a Leptos page: an embed has no navigation to hydrate.

use std::collections::HashMap;

use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

use app::{
    chart::{self, escape_xml, Layout},
    model::Cite,
};

use super::{api, error::ApiError, AppState};
use crate::db::Db;

/// Framable by any site; styles only from the page itself, nothing else loaded or run.
pub const EMBED_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
                                base-uri 'none'; form-action 'none'; frame-ancestors *";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/rates", get(rates))
        .route("/time-to-decision", get(time_to_decision))
        .route("/who-asks", get(who_asks))
        .route("/sessions", get(sessions))
        .route("/organizations/{id}", get(organization))
}

/// What an embed shows.
struct Embed {
    /// The chart drawn wide and narrow (SVG markup from the chart functions); the stylesheet
    /// shows one, and `display: none` hides the other from assistive technology too.
    wide: String,
    narrow: String,
    summary: String,
    cite: Cite,
}

type Params = Query<HashMap<String, String>>;

/// The home chart: rates by focus area.
async fn rates(State(db): State<Db>, Query(params): Params) -> Response {
    answer(&db, rates_embed(&db, &params).await)
}

async fn rates_embed(db: &Db, params: &HashMap<String, String>) -> Result<Embed, ApiError> {
    let (query, rates) = api::rates_for(db, params).await?;
    let draw =
        |layout| chart::rates_svg_for(&rates.rows, query.measure.label(), &rates.summary, layout);
    Ok(Embed {
        wide: draw(Layout::Wide),
        narrow: draw(Layout::Narrow),
        summary: rates.summary.clone(),
        cite: rates.cite.clone(),
    })
}

/// The waiting curves.
async fn time_to_decision(State(db): State<Db>, Query(params): Params) -> Response {
    answer(&db, waiting_embed(&db, &params).await)
}

async fn waiting_embed(db: &Db, params: &HashMap<String, String>) -> Result<Embed, ApiError> {
    let answer = api::waiting::answer(db, params).await?;
    Ok(Embed {
        wide: chart::waiting::waiting_svg(&answer, Layout::Wide),
        narrow: chart::waiting::waiting_svg(&answer, Layout::Narrow),
        summary: answer.summary.clone(),
        cite: answer.cite,
    })
}

/// Questions by member state (`chart=questions`, the default) or the over-representation
/// ratios (`chart=ratios`).
async fn who_asks(State(db): State<Db>, Query(params): Params) -> Response {
    answer(&db, who_asks_embed(&db, params).await)
}

async fn who_asks_embed(db: &Db, mut params: HashMap<String, String>) -> Result<Embed, ApiError> {
    let chart = api::who_asks::chart(&mut params)?;
    let answer = api::who_asks::answer(db, &params).await?;
    Ok(Embed {
        wide: (chart.draw)(&answer, Layout::Wide),
        narrow: (chart.draw)(&answer, Layout::Narrow),
        summary: (chart.summary)(&answer),
        cite: answer.cite,
    })
}

/// Decisions per session, as the sessions page draws them. It takes no parameters.
async fn sessions(State(db): State<Db>, Query(params): Params) -> Response {
    answer(&db, sessions_embed(&db, &params).await)
}

async fn sessions_embed(db: &Db, params: &HashMap<String, String>) -> Result<Embed, ApiError> {
    if let Some(name) = params.keys().next() {
        return Err(ApiError::BadRequest(format!(
            "unknown parameter `{name}`: the sessions chart takes none"
        )));
    }
    let rows = db.sessions().await?;
    let summary = app::routes::sessions::sessions_summary(&rows);
    let title = "Status applications per session, by decision";
    let draw =
        |layout| chart::sessions::sessions_svg(&rows, layout, title, &summary).unwrap_or_default();
    Ok(Embed {
        wide: draw(Layout::Wide),
        narrow: draw(Layout::Narrow),
        cite: db.cite_basis().await?.sessions(),
        summary,
    })
}

/// One organization's timeline, as its passport draws it.
async fn organization(State(db): State<Db>, Path(id): Path<String>) -> Response {
    answer(&db, organization_embed(&db, &id).await)
}

async fn organization_embed(db: &Db, id: &str) -> Result<Embed, ApiError> {
    use chart::timeline::{describe, timeline_svg};
    let detail = api::records::organization_detail(db, id).await?;
    let title = format!("Timeline of {}", detail.name);
    let summary = describe(&detail.applications);
    let draw = |layout| timeline_svg(&detail.applications, layout, &title, &summary);
    let (Some(wide), Some(narrow)) = (draw(Layout::Wide), draw(Layout::Narrow)) else {
        return Err(ApiError::NotFound(format!(
            "organization {} has no consideration to draw",
            detail.id
        )));
    };
    Ok(Embed {
        wide,
        narrow,
        cite: detail.cite,
        summary,
    })
}

/// The embed as a page, or its error as a small page of its own (still framable: the frame
/// shows why it is empty).
fn answer(db: &Db, embed: Result<Embed, ApiError>) -> Response {
    let (status, body) = match embed {
        Ok(embed) => (StatusCode::OK, page(db.site_url(), &embed)),
        Err(error) => {
            if let ApiError::Internal(e) = &error {
                tracing::error!(error = %e, "embed failed");
            }
            (error.status_code(), error_page(&error.to_string()))
        }
    };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(EMBED_POLICY),
    );
    response
}

const STYLE: &str = "body{margin:0;font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,\
    'Noto Sans',sans-serif;color:#1a1a1a;background:#fff}figure{margin:0;padding:8px}\
    .chart svg{max-width:100%;height:auto}.narrow{display:none}\
    @media (max-width:40rem){.wide{display:none}.narrow{display:block}}\
    figcaption p{margin:4px 0}.source{font-size:13px;color:#555}a{color:#0b5cad}";

fn head(title: &str, canonical: Option<&str>) -> String {
    let canonical = canonical
        .map(|url| format!("<link rel=\"canonical\" href=\"{}\">", escape_xml(url)))
        .unwrap_or_default();
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} — ecosoc-watch</title>{canonical}<style>{STYLE}</style></head>",
        escape_xml(title)
    )
}

/// The page a view's citation names, in English as the embed is: the citation is built for
/// the API, whose addresses carry no language (`{site}/?from=2010` → `{site}/en?from=2010`).
fn english_page(site: &str, url: &str) -> String {
    let site = site.trim_end_matches('/');
    // Only this site's own addresses, at a path boundary, and only those without a language.
    let Some(path) = url
        .strip_prefix(site)
        .filter(|p| p.is_empty() || p.starts_with(['/', '?', '#']))
        .filter(|p| app::i18n::Lang::of_path(p).is_none())
    else {
        return url.to_string();
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_string()
    };
    let english = app::i18n::I18n::new(app::i18n::catalogue(app::i18n::Lang::En));
    format!("{site}{}", english.href(&path))
}

fn page(site: &str, embed: &Embed) -> String {
    let page_url = english_page(site, &embed.cite.url);
    let url = escape_xml(&page_url);
    let version = if embed.cite.data_version.is_empty() {
        String::new()
    } else {
        format!(", data version {}", escape_xml(&embed.cite.data_version))
    };
    format!(
        "{head}<body><figure>\
         <div class=\"chart wide\">{wide}</div>\
         <div class=\"chart narrow\">{narrow}</div>\
         <figcaption><p class=\"summary\">{summary}</p>\
         <p class=\"source\">Source: ecosoc-watch{version}, from the Committee's reports \
         (Steinert, ECOSOC_Status) and UN press releases. \
         <a href=\"{url}\" target=\"_blank\" rel=\"noopener\">The full chart, its data table \
         and every source</a></p></figcaption></figure></body></html>",
        head = head(&embed.summary, Some(&page_url)),
        wide = embed.wide,
        narrow = embed.narrow,
        summary = escape_xml(&embed.summary),
    )
}

fn error_page(message: &str) -> String {
    format!(
        "{}<body><p role=\"alert\">This chart cannot be shown: {}</p></body></html>",
        head("Chart not available", None),
        escape_xml(message)
    )
}

#[cfg(test)]
mod tests {
    use super::english_page;

    #[test]
    fn an_embed_leads_to_the_english_page() {
        for (site, cited, page) in [
            (
                "https://w.example",
                "https://w.example/?from=2010",
                "https://w.example/en?from=2010",
            ),
            (
                "https://w.example/",
                "https://w.example/",
                "https://w.example/en",
            ),
            (
                "http://127.0.0.1:3000",
                "http://127.0.0.1:3000/organizations/12",
                "http://127.0.0.1:3000/en/organizations/12",
            ),
            (
                "https://w.example/watch",
                "https://w.example/watch/sessions",
                "https://w.example/watch/en/sessions",
            ),
            // Not this site's, or already in a language: left as it is.
            (
                "https://w.example",
                "https://w.example.org/x",
                "https://w.example.org/x",
            ),
            (
                "https://w.example",
                "https://w.example/fr/sessions",
                "https://w.example/fr/sessions",
            ),
            (
                "https://w.example",
                "https://other.example/x",
                "https://other.example/x",
            ),
        ] {
            assert_eq!(english_page(site, cited), page, "{cited}");
        }
    }
}
