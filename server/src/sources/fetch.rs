//! Getting a source's bytes: from a local folder or over HTTP, with the metadata a snapshot
//! keeps (address, status, ETag, Last-Modified, content type, sha256).

use std::{path::PathBuf, time::Duration};

use sha2::{Digest, Sha256};

/// The User-Agent of every request: the project and where to read about it.
pub const USER_AGENT: &str = concat!(
    "ecosoc-watch/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/ecosoc-watch/ecosoc-watch)"
);

/// Where a set of files comes from: a folder, or a base URL ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Folder(PathBuf),
    BaseUrl(String),
}

impl Location {
    /// `http(s)://...` is a base URL; anything else a folder.
    pub fn parse(text: &str) -> Self {
        if text.starts_with("http://") || text.starts_with("https://") {
            let mut base = text.to_string();
            if !base.ends_with('/') {
                base.push('/');
            }
            Location::BaseUrl(base)
        } else {
            Location::Folder(PathBuf::from(text))
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Folder(path) => write!(f, "{}", path.display()),
            Location::BaseUrl(url) => f.write_str(url),
        }
    }
}

/// One file's bytes and what was learnt fetching them.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the bytes were read from (a path or URL).
    pub from: String,
    pub body: Vec<u8>,
    pub sha256: String,
    pub http_status: Option<u16>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub content_type: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot fetch {url}: {message}")]
    Http { url: String, message: String },
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// An HTTP client with the project's User-Agent and sane timeouts.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(60))
        .build()
        .expect("a TLS backend compiled in (rustls)")
}

/// Read `file_name` from a location.
pub async fn fetch_file(
    client: &reqwest::Client,
    location: &Location,
    file_name: &str,
) -> Result<Fetched, FetchError> {
    match location {
        Location::Folder(dir) => {
            let path = dir.join(file_name);
            let body = tokio::fs::read(&path)
                .await
                .map_err(|source| FetchError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
            Ok(Fetched {
                from: path.display().to_string(),
                sha256: sha256_hex(&body),
                body,
                http_status: None,
                etag: None,
                last_modified: None,
                content_type: None,
            })
        }
        Location::BaseUrl(base) => {
            let url = format!("{base}{file_name}");
            let http_error = |message: String| FetchError::Http {
                url: url.clone(),
                message,
            };
            let response = client
                .get(&url)
                .send()
                .await
                .map_err(|e| http_error(e.to_string()))?;
            let status = response.status();
            if !status.is_success() {
                return Err(http_error(format!("HTTP {status}")));
            }
            let header = |name: reqwest::header::HeaderName| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            let etag = header(reqwest::header::ETAG);
            let last_modified = header(reqwest::header::LAST_MODIFIED);
            let content_type = header(reqwest::header::CONTENT_TYPE);
            let body = response
                .bytes()
                .await
                .map_err(|e| http_error(format!("reading the body: {e}")))?
                .to_vec();
            Ok(Fetched {
                from: url.clone(),
                sha256: sha256_hex(&body),
                body,
                http_status: Some(status.as_u16()),
                etag,
                last_modified,
                content_type,
            })
        }
    }
}
