//! A polite HTTP client for one site: the project's User-Agent, robots.txt honoured (and
//! its Crawl-delay, when longer than ours), at most one request per `delay`, conditional
//! requests, retries with exponential backoff on timeouts, connection errors, 5xx and 429
//! (waiting what Retry-After asks, within a cap), then a failure the caller records.
//!
//! It distrusts the site: addresses and redirects outside the site's origin are refused
//! without a request, and a body longer than `max_body_bytes` (as sent, or once
//! decompressed: a gzip bomb) is a failure for that address, never an out-of-memory.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use reqwest::{header, redirect, StatusCode};
use texting_robots::Robot;
use url::{Origin, Url};

use crate::sources::fetch::{read_body, sha256_hex, BodyError, Fetched, USER_AGENT};

/// The token robots.txt rules are matched against.
pub const ROBOTS_AGENT: &str = "ecosoc-watch";

#[derive(Debug, Clone)]
pub struct PoliteConfig {
    /// The least time between two requests.
    pub delay: Duration,
    /// One request's time limit (connect + headers + body).
    pub timeout: Duration,
    /// Attempts per address before it is recorded as failed.
    pub attempts: u32,
    /// The first retry's wait; doubled for each further one.
    pub backoff: Duration,
    /// The longest Retry-After honoured; a longer one counts as a failure.
    pub max_retry_after: Duration,
    /// The largest body read, compressed or decompressed.
    pub max_body_bytes: usize,
}

/// A release page is about 100 KB; a listing page less. 8 MiB leaves room and bounds memory.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// Redirects followed within the site before the address counts as failed.
const MAX_REDIRECTS: usize = 5;

impl Default for PoliteConfig {
    fn default() -> Self {
        PoliteConfig {
            delay: Duration::from_secs(1),
            timeout: Duration::from_secs(30),
            attempts: 4,
            backoff: Duration::from_secs(2),
            max_retry_after: Duration::from_secs(300),
            max_body_bytes: MAX_BODY_BYTES,
        }
    }
}

/// Validators of a stored snapshot, for a conditional request.
#[derive(Debug, Clone, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

#[derive(Debug)]
pub enum Outcome {
    Fetched(Fetched),
    NotModified,
}

/// Why an address could not be fetched, after `attempts` tries.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message} (after {attempts} attempt(s))")]
pub struct FetchFailure {
    pub message: String,
    pub attempts: u32,
    /// robots.txt forbids the address: not an error of the site, nothing was requested.
    pub disallowed: bool,
}

impl FetchFailure {
    fn new(message: String, attempts: u32) -> Self {
        FetchFailure {
            message,
            attempts,
            disallowed: false,
        }
    }
}

enum Attempt {
    Done(Outcome),
    /// Worth another try, after at least this long.
    Retry(String, Option<Duration>),
    Fail(String),
}

pub struct PoliteClient {
    http: reqwest::Client,
    config: PoliteConfig,
    /// The one origin requests and redirects may go to.
    site: Origin,
    last_request: Option<Instant>,
    /// robots.txt per origin, once read; `None` inside means "allow everything".
    robots: HashMap<Origin, Option<Robot>>,
    /// Requests sent (each attempt counts), for the summary.
    pub requests: u32,
}

impl PoliteClient {
    /// A client for the site at `base_url`; fails on an address that is not absolute http(s).
    pub fn new(config: PoliteConfig, base_url: &str) -> Result<Self, FetchFailure> {
        let site = Url::parse(base_url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .map(|u| u.origin())
            .ok_or_else(|| FetchFailure::new(format!("not an http(s) address: {base_url}"), 0))?;
        let allowed = site.clone();
        // A redirect off the site is refused before it is requested; reqwest then returns the
        // error the policy gives, and `attempt` records it.
        let policy = redirect::Policy::custom(move |attempt| {
            if attempt.url().origin() != allowed {
                let to = attempt.url().to_string();
                attempt.error(OffSite(to))
            } else if attempt.previous().len() > MAX_REDIRECTS {
                attempt.error(TooManyRedirects)
            } else {
                attempt.follow()
            }
        });
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .redirect(policy)
            .build()
            .expect("a TLS backend compiled in (rustls)");
        Ok(PoliteClient {
            http,
            config,
            site,
            last_request: None,
            robots: HashMap::new(),
            requests: 0,
        })
    }

    /// Whether `url` is an address on the site (scheme, host and port).
    pub fn is_on_site(&self, url: &str) -> bool {
        Url::parse(url).is_ok_and(|u| u.origin() == self.site)
    }

    async fn wait_turn(&mut self) {
        let mut delay = self.config.delay;
        if let Some(Some(robot)) = self.robots.get(&self.site) {
            if let Some(crawl_delay) = robot.delay {
                delay = delay.max(Duration::from_secs_f32(crawl_delay.clamp(0.0, 60.0)));
            }
        }
        if let Some(last) = self.last_request {
            let next = last + delay;
            let now = Instant::now();
            if next > now {
                tokio::time::sleep(next - now).await;
            }
        }
        self.last_request = Some(Instant::now());
        self.requests += 1;
    }

    /// Read the origin's robots.txt once (RFC 9309: a 4xx means no rules; a 5xx or an
    /// unreachable file means "disallow everything" until it can be read).
    async fn robots_allow(&mut self, url: &Url) -> Result<bool, FetchFailure> {
        let origin = url.origin();
        if !self.robots.contains_key(&origin) {
            let robots_url = texting_robots::get_robots_url(url.as_str()).map_err(|e| {
                FetchFailure::new(format!("no robots.txt address for {url}: {e}"), 0)
            })?;
            let robot = match self.get_with_retries(&robots_url, None).await {
                Ok(Outcome::Fetched(f)) => match Robot::new(ROBOTS_AGENT, &f.body) {
                    Ok(robot) => Some(robot),
                    Err(e) => {
                        tracing::warn!(%robots_url, error = %e, "robots.txt unreadable; treated as no rules");
                        None
                    }
                },
                Ok(Outcome::NotModified) => None,
                Err(failure) if failure.message.starts_with("HTTP 4") => None,
                Err(failure) => {
                    return Err(FetchFailure {
                        message: format!(
                            "robots.txt could not be read, so nothing is fetched: {}",
                            failure.message
                        ),
                        ..failure
                    })
                }
            };
            self.robots.insert(origin.clone(), robot);
        }
        Ok(match self.robots.get(&origin) {
            Some(Some(robot)) => robot.allowed(url.as_str()),
            _ => true,
        })
    }

    /// GET `url` politely: robots.txt first, then up to `attempts` tries.
    pub async fn get(
        &mut self,
        url: &str,
        validators: Option<&Validators>,
    ) -> Result<Outcome, FetchFailure> {
        let parsed =
            Url::parse(url).map_err(|e| FetchFailure::new(format!("bad address {url}: {e}"), 0))?;
        if !self.is_on_site(url) {
            return Err(FetchFailure::new(
                format!(
                    "{url} is outside the site ({}): refused, nothing was requested",
                    self.site.ascii_serialization()
                ),
                0,
            ));
        }
        if !self.robots_allow(&parsed).await? {
            return Err(FetchFailure {
                message: format!("robots.txt disallows {url}"),
                attempts: 0,
                disallowed: true,
            });
        }
        self.get_with_retries(url, validators).await
    }

    async fn get_with_retries(
        &mut self,
        url: &str,
        validators: Option<&Validators>,
    ) -> Result<Outcome, FetchFailure> {
        let mut last_error = String::new();
        for attempt in 1..=self.config.attempts.max(1) {
            self.wait_turn().await;
            match self.attempt(url, validators).await {
                Attempt::Done(outcome) => return Ok(outcome),
                Attempt::Fail(message) => return Err(FetchFailure::new(message, attempt)),
                Attempt::Retry(message, wait) => {
                    tracing::info!(%url, attempt, error = %message, "retrying");
                    last_error = message;
                    if attempt < self.config.attempts {
                        let backoff = self.config.backoff * 2u32.saturating_pow(attempt - 1);
                        let wait = wait.unwrap_or(backoff);
                        if wait > self.config.max_retry_after {
                            return Err(FetchFailure::new(
                                format!(
                                    "{last_error}; the server asks to wait {} s, longer than the {} s allowed",
                                    wait.as_secs(),
                                    self.config.max_retry_after.as_secs()
                                ),
                                attempt,
                            ));
                        }
                        tokio::time::sleep(wait).await;
                    }
                }
            }
        }
        Err(FetchFailure::new(last_error, self.config.attempts.max(1)))
    }

    async fn attempt(&self, url: &str, validators: Option<&Validators>) -> Attempt {
        let limit = self.config.max_body_bytes;
        let mut request = self.http.get(url);
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &v.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, lm);
            }
        }
        let response = match request.send().await {
            Ok(r) => r,
            Err(e) if e.is_builder() => return Attempt::Fail(format!("bad address: {e}")),
            Err(e) if e.is_redirect() => return Attempt::Fail(describe(&e)),
            Err(e) => return Attempt::Retry(describe(&e), None),
        };
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Attempt::Done(Outcome::NotModified);
        }
        if status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            let wait = response
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(retry_after);
            return Attempt::Retry(format!("HTTP {}", status.as_u16()), wait);
        }
        if !status.is_success() {
            return Attempt::Fail(format!("HTTP {}", status.as_u16()));
        }
        let header_text = |name: header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header_text(header::ETAG);
        let last_modified = header_text(header::LAST_MODIFIED);
        let content_type = header_text(header::CONTENT_TYPE);
        // Where the bytes came from: the address after redirects within the site.
        let from = response.url().to_string();
        match read_body(response, limit).await {
            Ok(body) => Attempt::Done(Outcome::Fetched(Fetched {
                from,
                sha256: sha256_hex(&body),
                body,
                http_status: Some(status.as_u16()),
                etag,
                last_modified,
                content_type,
            })),
            Err(BodyError::TooLarge(message)) => Attempt::Fail(message),
            // A body cut short (fewer bytes than Content-Length) or a stalled one.
            Err(BodyError::Read(e)) => {
                Attempt::Retry(format!("reading the body: {}", describe(&e)), None)
            }
        }
    }
}

/// A redirect to another origin, refused by the redirect policy.
#[derive(Debug, thiserror::Error)]
#[error("redirected outside the site to {0}: refused, not followed")]
struct OffSite(String);

#[derive(Debug, thiserror::Error)]
#[error("more than {MAX_REDIRECTS} redirects")]
struct TooManyRedirects;

fn describe(error: &reqwest::Error) -> String {
    use std::error::Error;
    let mut message = if error.is_timeout() {
        "timed out".to_string()
    } else if error.is_connect() {
        "could not connect".to_string()
    } else {
        error.to_string()
    };
    let mut source = error.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

/// Retry-After as seconds or as an HTTP date.
fn retry_after(value: &str) -> Option<Duration> {
    if let Ok(seconds) = value.trim().parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value.trim()).ok()?;
    let seconds = (when.timestamp() - chrono::Utc::now().timestamp()).max(0);
    Some(Duration::from_secs(seconds as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon"), None);
    }
}
