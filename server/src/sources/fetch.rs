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
    #[error("{from} is too large: {message}")]
    TooLarge { from: String, message: String },
}

/// The largest workbook read: the dataset's largest file is about 200 KB.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

pub enum BodyError {
    TooLarge(String),
    Read(reqwest::Error),
}

/// Read a body of at most `limit` bytes. The Content-Length is checked first; then the bytes
/// are counted as they arrive, decompressed, so a body over the limit (a gzip bomb, a 2 GB
/// page) stops being read at the limit. reqwest drops the Content-Length of a body it
/// decompresses, and gzip never shrinks data by much, so the compressed bytes read stay within
/// the limit too.
pub async fn read_body(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, BodyError> {
    let too_large = |what: String| {
        BodyError::TooLarge(format!(
            "{what}, over the limit of {limit} bytes: not stored"
        ))
    };
    if let Some(declared) = response.content_length().filter(|d| *d > limit as u64) {
        return Err(too_large(format!("the body is {declared} bytes")));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Read)? {
        if body.len() + chunk.len() > limit {
            return Err(too_large(format!(
                "the body (decompressed) is more than {} bytes",
                body.len() + chunk.len()
            )));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
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
            let read_error = |source| FetchError::Read {
                path: path.display().to_string(),
                source,
            };
            let len = tokio::fs::metadata(&path).await.map_err(read_error)?.len();
            if len > MAX_FILE_BYTES as u64 {
                return Err(FetchError::TooLarge {
                    from: path.display().to_string(),
                    message: format!("{len} bytes, over the limit of {MAX_FILE_BYTES} bytes"),
                });
            }
            let body = tokio::fs::read(&path).await.map_err(read_error)?;
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
            let from = response.url().to_string();
            let body = read_body(response, MAX_FILE_BYTES)
                .await
                .map_err(|e| match e {
                    BodyError::TooLarge(message) => FetchError::TooLarge {
                        from: from.clone(),
                        message,
                    },
                    BodyError::Read(e) => http_error(format!("reading the body: {e}")),
                })?;
            Ok(Fetched {
                from,
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
