//! A polite HTTP client for one site: the project's User-Agent, robots.txt honoured (and
//! its Crawl-delay, when longer than ours), at most one request per `delay`, conditional
//! requests, retries with exponential backoff on timeouts, connection errors, 5xx and 429
//! (waiting what Retry-After asks, within a cap), then a failure the caller records.

use std::time::{Duration, Instant};

use reqwest::{header, StatusCode};
use texting_robots::Robot;

use crate::sources::fetch::{sha256_hex, Fetched, USER_AGENT};

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
}

impl Default for PoliteConfig {
    fn default() -> Self {
        PoliteConfig {
            delay: Duration::from_secs(1),
            timeout: Duration::from_secs(30),
            attempts: 4,
            backoff: Duration::from_secs(2),
            max_retry_after: Duration::from_secs(300),
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

enum Attempt {
    Done(Outcome),
    /// Worth another try, after at least this long.
    Retry(String, Option<Duration>),
    Fail(String),
}

pub struct PoliteClient {
    http: reqwest::Client,
    config: PoliteConfig,
    last_request: Option<Instant>,
    /// robots.txt of the site, once read; `None` inside means "allow everything".
    robots: Option<Option<Robot>>,
    /// Requests sent (each attempt counts), for the summary.
    pub requests: u32,
}

impl PoliteClient {
    pub fn new(config: PoliteConfig) -> Self {
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .build()
            .expect("a TLS backend compiled in (rustls)");
        PoliteClient {
            http,
            config,
            last_request: None,
            robots: None,
            requests: 0,
        }
    }

    async fn wait_turn(&mut self) {
        let mut delay = self.config.delay;
        if let Some(Some(robot)) = &self.robots {
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

    /// Read the site's robots.txt once (RFC 9309: a 4xx means no rules; a 5xx or an
    /// unreachable file means "disallow everything" until it can be read).
    async fn robots_allow(&mut self, url: &str) -> Result<bool, FetchFailure> {
        if self.robots.is_none() {
            let robots_url = texting_robots::get_robots_url(url).map_err(|e| FetchFailure {
                message: format!("no robots.txt address for {url}: {e}"),
                attempts: 0,
                disallowed: false,
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
            self.robots = Some(robot);
        }
        Ok(match &self.robots {
            Some(Some(robot)) => robot.allowed(url),
            _ => true,
        })
    }

    /// GET `url` politely: robots.txt first, then up to `attempts` tries.
    pub async fn get(
        &mut self,
        url: &str,
        validators: Option<&Validators>,
    ) -> Result<Outcome, FetchFailure> {
        if !self.robots_allow(url).await? {
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
                Attempt::Fail(message) => {
                    return Err(FetchFailure {
                        message,
                        attempts: attempt,
                        disallowed: false,
                    })
                }
                Attempt::Retry(message, wait) => {
                    tracing::info!(%url, attempt, error = %message, "retrying");
                    last_error = message;
                    if attempt < self.config.attempts {
                        let backoff = self.config.backoff * 2u32.saturating_pow(attempt - 1);
                        let wait = wait.unwrap_or(backoff);
                        if wait > self.config.max_retry_after {
                            return Err(FetchFailure {
                                message: format!(
                                    "{last_error}; the server asks to wait {} s, longer than the {} s allowed",
                                    wait.as_secs(),
                                    self.config.max_retry_after.as_secs()
                                ),
                                attempts: attempt,
                                disallowed: false,
                            });
                        }
                        tokio::time::sleep(wait).await;
                    }
                }
            }
        }
        Err(FetchFailure {
            message: last_error,
            attempts: self.config.attempts.max(1),
            disallowed: false,
        })
    }

    async fn attempt(&self, url: &str, validators: Option<&Validators>) -> Attempt {
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
        match response.bytes().await {
            Ok(body) => Attempt::Done(Outcome::Fetched(Fetched {
                from: url.to_string(),
                sha256: sha256_hex(&body),
                body: body.to_vec(),
                http_status: Some(status.as_u16()),
                etag,
                last_modified,
                content_type,
            })),
            // A body cut short (fewer bytes than Content-Length) or a stalled one.
            Err(e) => Attempt::Retry(format!("reading the body: {}", describe(&e)), None),
        }
    }
}

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
