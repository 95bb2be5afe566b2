//! Every `/api/v1` answer depends only on its address and the data: it is computed once per
//! data version and then served as bytes, with `ETag` and `Last-Modified` from the data
//! version, and `304 Not Modified` to a client that already holds it. A change of the data
//! (any writer, any process: see migration `data_version`) empties the cache.
//!
//! Pages are kept the same way, rendered once per data version with a placeholder where the
//! nonce of their scripts goes; every response, kept or not, gets a fresh nonce in its body
//! and in its Content-Security-Policy, so no two responses share one.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::{
    encoding::{self, Copies, Encoding},
    held_version::{Current, HeldVersion},
};
use crate::autoload::{current, LoadStatus};

/// Which build of the server answers: a new binary may compute the same data differently
/// (new measures, wording, rules), so kept answers and ETags name it too. The binary's size
/// and modification time, read once, with the package version.
pub fn build_id() -> &'static str {
    static BUILD: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let stamp = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let modified = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_secs());
                format!("{:x}{:x}", m.len(), modified)
            })
            .unwrap_or_default();
        format!("{}.{stamp}", env!("CARGO_PKG_VERSION"))
    });
    &BUILD
}

/// What pages are rendered with in place of a nonce; each response gets a fresh one instead.
/// Drawn at random once per process, like a nonce: a fixed, public placeholder would hand
/// the real nonce to any markup that an injection managed to write with it.
pub fn nonce_placeholder() -> &'static str {
    static PLACEHOLDER: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("placeholder-{}", leptos::nonce::Nonce::new()));
    &PLACEHOLDER
}

/// Answers larger than this are not kept.
const MAX_ANSWER: usize = 8 * 1024 * 1024;

/// The answers of one data version, bounded in count and bytes.
#[derive(Debug)]
pub struct AnswerCache {
    max_entries: usize,
    max_bytes: usize,
    state: Mutex<Entries>,
}

#[derive(Debug, Default)]
struct Entries {
    tag: String,
    /// The database and data version of `tag`: an answer of an older one is not kept.
    epoch: String,
    version: i64,
    answers: HashMap<String, Arc<Stored>>,
    bytes: usize,
}

/// A successful answer as sent: its headers and body.
#[derive(Debug)]
struct Stored {
    headers: HeaderMap,
    body: Bytes,
    /// Where the nonce placeholders are in a page's body, found once.
    placeholders: std::sync::OnceLock<Vec<usize>>,
    /// An answer's compressed copies, made once each.
    compressed: Copies,
}

impl Stored {
    fn new(headers: HeaderMap, body: Bytes) -> Self {
        Stored {
            headers,
            body,
            placeholders: std::sync::OnceLock::new(),
            compressed: Copies::default(),
        }
    }

    /// The body with `to` in place of every nonce placeholder.
    fn body_with(&self, to: &[u8]) -> Vec<u8> {
        let from = nonce_placeholder().as_bytes();
        let at = self.placeholders.get_or_init(|| find_all(&self.body, from));
        let mut out = Vec::with_capacity(self.body.len() + at.len() * to.len());
        let mut copied = 0;
        for &start in at {
            out.extend_from_slice(&self.body[copied..start]);
            out.extend_from_slice(to);
            copied = start + from.len();
        }
        out.extend_from_slice(&self.body[copied..]);
        out
    }
}

/// Where `needle` starts in `haystack`, without overlaps.
fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = haystack[at..]
        .windows(needle.len())
        .position(|w| w == needle)
    {
        found.push(at + offset);
        at += offset + needle.len();
    }
    found
}

impl Default for AnswerCache {
    /// 4,096 answers or 64 MB of answers, whichever comes first. The bound counts the
    /// answers as sent uncompressed; their compressed copies (each smaller than its answer,
    /// made only when a client asks) and a page's placeholder offsets come on top.
    fn default() -> Self {
        AnswerCache::new(4096, 64 * 1024 * 1024)
    }
}

impl AnswerCache {
    pub fn new(max_entries: usize, max_bytes: usize) -> Self {
        AnswerCache {
            max_entries,
            max_bytes,
            state: Mutex::new(Entries::default()),
        }
    }

    fn get(&self, tag: &str, key: &str) -> Option<Arc<Stored>> {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        (state.tag == tag)
            .then(|| state.answers.get(key).cloned())
            .flatten()
    }

    /// Keep an answer of `tag` (data version `version`). A newer version drops the old
    /// answers, an answer computed from an older one is not kept, and a full cache is emptied
    /// first (crude, but bounded and never stale).
    fn put(&self, version: &Current, key: String, stored: Stored) -> Arc<Stored> {
        let stored = Arc::new(stored);
        let (tag, epoch, version) = (&version.tag, &version.epoch, version.version);
        let size = stored.body.len() + key.len();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        // Older: a lower version of the same database. A new epoch (the database was
        // rebuilt) starts again from a low version and is newer all the same.
        if state.tag != *tag && state.epoch == *epoch && version < state.version {
            return stored;
        }
        if state.tag != *tag
            || state.answers.len() >= self.max_entries
            || state.bytes + size > self.max_bytes
        {
            *state = Entries {
                tag: tag.to_string(),
                epoch: epoch.to_string(),
                version,
                ..Entries::default()
            };
        }
        if size <= self.max_bytes {
            if let Some(old) = state.answers.insert(key.clone(), stored.clone()) {
                state.bytes -= old.body.len() + key.len();
            }
            state.bytes += size;
        }
        stored
    }

    /// How many answers are kept, for tests.
    pub fn len(&self) -> usize {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .answers
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the middleware needs: the data version and the cache.
#[derive(Clone)]
pub struct CacheState {
    pub version: Arc<HeldVersion>,
    pub cache: Arc<AnswerCache>,
}

impl CacheState {
    /// An empty cache for the answers of `version`'s database.
    pub fn new(version: Arc<HeldVersion>) -> Self {
        CacheState {
            version,
            cache: Arc::default(),
        }
    }
}

/// What the page middleware needs besides: the background load, whose progress the home
/// page shows from memory (pages are not kept while a load runs or after it failed).
#[derive(Clone)]
pub struct PageCacheState {
    pub answers: CacheState,
    pub load: LoadStatus,
}

/// The page middleware: pages (`GET`, not under `/api/` or `/pkg/`) kept per data version
/// and address; every HTML response gets a fresh nonce for the placeholder.
pub async fn pages(State(state): State<PageCacheState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if request.method() != Method::GET || path.starts_with("/api/") || path.starts_with("/pkg/") {
        return with_fresh_nonce(next.run(request).await).await;
    }
    let keep = !matches!(
        current(&state.load),
        Some(app::model::LoadState::Loading { .. } | app::model::LoadState::Failed { .. })
    );
    let version = match state.answers.version.current().await {
        Ok(version) if keep => version,
        _ => return with_fresh_nonce(next.run(request).await).await,
    };
    let key = request.uri().to_string();
    if let Some(stored) = state.answers.cache.get(&version.tag, &key) {
        return stamp_nonce(&stored);
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || !is_html(response.headers()) {
        return with_fresh_nonce(response).await;
    }
    match buffer(response, &key).await {
        Ok((_, stored)) => stamp_nonce(&state.answers.cache.put(&version, key, stored)),
        Err(failed) => failed,
    }
}

/// A response read whole, to keep or to rewrite: its status and what is kept of it. A body
/// that cannot be read or is larger than [`MAX_ANSWER`] is a 500, logged.
async fn buffer(response: Response, key: &str) -> Result<(StatusCode, Stored), Response> {
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, MAX_ANSWER).await {
        Ok(body) => Ok((parts.status, Stored::new(parts.headers, body))),
        Err(error) => {
            tracing::error!(%error, %key, "an answer could not be read or is too large to keep");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// A response not kept: its placeholder replaced all the same.
async fn with_fresh_nonce(response: Response) -> Response {
    if !is_html(response.headers()) {
        return response;
    }
    match buffer(response, "a page not kept").await {
        Ok((status, stored)) => {
            let mut response = stamp_nonce(&stored);
            *response.status_mut() = status;
            response
        }
        Err(failed) => failed,
    }
}

/// The stored page with a new nonce wherever the placeholder is: in the body and in the
/// Content-Security-Policy.
fn stamp_nonce(stored: &Stored) -> Response {
    let nonce = leptos::nonce::Nonce::new().to_string();
    let body = stored.body_with(nonce.as_bytes());
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = stored.headers.clone();
    let policy = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.replace(nonce_placeholder(), &nonce));
    if let Some(Ok(policy)) = policy.map(HeaderValue::try_from) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response.headers_mut().remove(header::CONTENT_LENGTH);
    response
}

/// The middleware: 304 for a current `If-None-Match`, the kept bytes when there are some,
/// else the handler's answer, kept when it is a 200.
pub async fn cached(State(state): State<CacheState>, request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    // Without a version (the database is down), the handler reports the problem itself.
    let Ok(version) = state.version.current().await else {
        return next.run(request).await;
    };
    // 304 only where the answer would be a 200: an address that is an error never is.
    let held = matches_etag(request.headers(), version.etag.as_ref());
    let encoding = encoding::accepted(request.headers());
    let key = request.uri().to_string();
    let stored = match state.cache.get(&version.tag, &key) {
        Some(stored) => stored,
        None => {
            let is_get = request.method() == Method::GET;
            let response = next.run(request).await;
            if !is_get || response.status() != StatusCode::OK {
                return response;
            }
            match buffer(response, &key).await {
                Ok((_, stored)) => state.cache.put(&version, key, stored),
                Err(failed) => return failed,
            }
        }
    };
    let compressible = encoding::compressible(&stored.headers, stored.body.len());
    let mut response = if held {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        answer(&stored, encoding.filter(|_| compressible)).await
    };
    // A 304 carries the Vary its 200 would have (RFC 9110, 15.4.5).
    if compressible {
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    with_validators(response, &version)
}

/// The kept answer, compressed in `encoding` when there is a smaller copy.
async fn answer(stored: &Stored, encoding: Option<Encoding>) -> Response {
    let copy = match encoding {
        Some(encoding) => stored
            .compressed
            .get(encoding, stored.body.clone())
            .await
            .map(|bytes| (encoding, bytes)),
        None => None,
    };
    let mut response = Response::new(Body::from(
        copy.as_ref()
            .map_or_else(|| stored.body.clone(), |(_, bytes)| bytes.clone()),
    ));
    *response.headers_mut() = stored.headers.clone();
    if let Some((encoding, _)) = copy {
        let headers = response.headers_mut();
        headers.remove(header::CONTENT_LENGTH);
        headers.insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static(encoding.name()),
        );
    }
    response
}

/// Whether `If-None-Match` names this version (or `*`).
fn matches_etag(headers: &HeaderMap, etag: Option<&HeaderValue>) -> bool {
    let Some(etag) = etag.and_then(|e| e.to_str().ok()) else {
        return false;
    };
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|candidate| candidate == "*" || weak(candidate) == weak(etag))
}

/// An entity tag without its weakness mark: `If-None-Match` compares weakly.
fn weak(tag: &str) -> &str {
    tag.strip_prefix("W/").unwrap_or(tag)
}

/// `ETag`, `Last-Modified` and a `Cache-Control` that makes clients revalidate.
fn with_validators(mut response: Response, version: &Current) -> Response {
    let headers = response.headers_mut();
    if let Some(etag) = &version.etag {
        headers.insert(header::ETAG, etag.clone());
    }
    if let Some(value) = &version.last_modified {
        headers.insert(header::LAST_MODIFIED, value.clone());
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, no-cache"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(tag: &str, epoch: &str, version: i64) -> Current {
        Current {
            version,
            epoch: epoch.into(),
            tag: tag.into(),
            etag: None,
            last_modified: None,
        }
    }

    fn stored(body: &str) -> Stored {
        Stored::new(HeaderMap::new(), Bytes::from(body.to_string()))
    }

    #[test]
    fn answers_live_for_one_version_within_their_bounds() {
        let cache = AnswerCache::new(2, 100);
        cache.put(&at("v1", "e", 1), "/a".into(), stored("aaaa"));
        cache.put(&at("v1", "e", 1), "/b".into(), stored("bbbb"));
        assert_eq!(
            cache.get("v1", "/a").map(|s| s.body.clone()),
            Some(Bytes::from("aaaa"))
        );
        assert!(
            cache.get("v2", "/a").is_none(),
            "another version is another answer"
        );
        cache.put(&at("v2", "e", 2), "/a".into(), stored("new"));
        cache.put(&at("v1", "e", 1), "/late".into(), stored("old"));
        assert!(
            cache.get("v2", "/late").is_none() && cache.get("v1", "/late").is_none(),
            "an older answer is not kept"
        );
        assert_eq!(cache.len(), 1, "a new version drops the old answers");
        cache.put(&at("v2", "e", 2), "/b".into(), stored("b"));
        cache.put(&at("v2", "e", 2), "/c".into(), stored("c"));
        assert!(cache.len() <= 2, "bounded in count");
        cache.put(&at("v2", "e", 2), "/big".into(), stored(&"x".repeat(200)));
        assert!(cache.get("v2", "/big").is_none(), "bounded in bytes");
        // A rebuilt database starts again from a low version: newer all the same.
        cache.put(&at("f1", "f", 1), "/a".into(), stored("rebuilt"));
        assert!(cache.get("f1", "/a").is_some() && cache.get("v2", "/c").is_none());
    }

    #[test]
    fn every_placeholder_gets_the_same_fresh_nonce_and_two_responses_differ() {
        let placeholder = nonce_placeholder();
        assert_eq!(placeholder, nonce_placeholder(), "one per process");
        assert!(
            placeholder.len() > "placeholder-".len() + 16,
            "{placeholder}"
        );
        let mut headers = HeaderMap::new();
        let policy = format!("script-src 'nonce-{placeholder}'");
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&policy).unwrap(),
        );
        let page = Stored::new(
            headers,
            Bytes::from(format!(
                "<script nonce=\"{placeholder}\">a</script><script nonce=\"{placeholder}\">"
            )),
        );
        let nonce_of = |response: &Response| {
            let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap();
            policy
                .trim_start_matches("script-src 'nonce-")
                .trim_end_matches('\'')
                .to_string()
        };
        let first = stamp_nonce(&page);
        let second = stamp_nonce(&page);
        assert_ne!(nonce_of(&first), nonce_of(&second));
        assert!(!nonce_of(&first).contains("placeholder"));
        assert_eq!(find_all(b"xAyAAz", b"A"), [1, 3, 4], "every occurrence");
        assert_eq!(find_all(b"aaaa", b"aa"), [0, 2], "without overlaps");
        let body = String::from_utf8(page.body_with(b"n0")).unwrap();
        assert_eq!(body, "<script nonce=\"n0\">a</script><script nonce=\"n0\">");
    }

    #[test]
    fn if_none_match_compares_weakly_and_lists() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"x\", \"e1-5\""),
        );
        assert!(matches_etag(
            &headers,
            Some(&HeaderValue::from_static("W/\"e1-5\""))
        ));
        assert!(!matches_etag(
            &headers,
            Some(&HeaderValue::from_static("W/\"e1-6\""))
        ));
        assert!(!matches_etag(&headers, None), "no tag, no 304");
    }
}
