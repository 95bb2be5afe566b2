//! Kept answers compressed once, for the clients that ask: brotli when the client accepts it,
//! else gzip. A kept answer is the same bytes for every client until the data changes, so its
//! compressed copy is made at the first request that asks for it and kept beside it; pages,
//! which carry a fresh nonce each time, are compressed per response by the outer layer.

use axum::{
    body::Bytes,
    http::{header, HeaderMap},
};

use crate::precompress::MIN_SIZE;

/// Brotli's quality for answers: made on a request's path, so fast rather than the smallest
/// (the front end's files get 11 at build time).
const BROTLI_QUALITY: i32 = 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }
}

/// The encoding to answer a request with: brotli, else gzip, when `Accept-Encoding` accepts
/// it (a q-value of 0 refuses; `*` accepts what is not named).
pub fn accepted(headers: &HeaderMap) -> Option<Encoding> {
    let (mut brotli, mut gzip, mut any) = (None, None, None);
    for item in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let accepts = Some(q > 0.0);
        match name.as_str() {
            "br" => brotli = accepts,
            "gzip" | "x-gzip" => gzip = accepts,
            "*" => any = accepts,
            _ => {}
        }
    }
    let any = any.unwrap_or(false);
    if brotli.unwrap_or(any) {
        Some(Encoding::Brotli)
    } else if gzip.unwrap_or(any) {
        Some(Encoding::Gzip)
    } else {
        None
    }
}

/// Whether an answer with these headers is text worth compressing (not a PNG or a zip).
pub fn compressible(headers: &HeaderMap, size: usize) -> bool {
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    size >= MIN_SIZE
        && !headers.contains_key(header::CONTENT_ENCODING)
        && (kind.starts_with("text/")
            || kind.starts_with("application/json")
            || kind.starts_with("application/problem+json")
            || kind.starts_with("image/svg+xml")
            || kind.contains("xml"))
}

/// The compressed copies of one kept answer, each made once when first asked for, on the
/// blocking pool (brotli on a large answer takes milliseconds; the async workers go on
/// serving); `None` when compressing failed or did not make it smaller.
#[derive(Debug, Default)]
pub struct Copies {
    brotli: tokio::sync::OnceCell<Option<Bytes>>,
    gzip: tokio::sync::OnceCell<Option<Bytes>>,
}

impl Copies {
    pub async fn get(&self, encoding: Encoding, body: Bytes) -> Option<Bytes> {
        let copy = match encoding {
            Encoding::Brotli => &self.brotli,
            Encoding::Gzip => &self.gzip,
        };
        copy.get_or_init(|| async move {
            let compressed = tokio::task::spawn_blocking(move || {
                let compressed = match encoding {
                    Encoding::Brotli => crate::precompress::brotli(&body, BROTLI_QUALITY, 22),
                    Encoding::Gzip => crate::precompress::gzip(&body),
                };
                compressed.map(|c| (c.len() < body.len()).then(|| Bytes::from(c)))
            })
            .await;
            match compressed {
                Ok(Ok(copy)) => copy,
                Ok(Err(error)) => {
                    tracing::error!(%error, "an answer could not be compressed; sent as it is");
                    None
                }
                Err(error) => {
                    tracing::error!(%error, "compressing an answer failed; sent as it is");
                    None
                }
            }
        })
        .await
        .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accept(value: &'static str) -> Option<Encoding> {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
        accepted(&headers)
    }

    #[test]
    fn brotli_first_then_gzip_as_the_client_accepts() {
        assert_eq!(accept("gzip, deflate, br, zstd"), Some(Encoding::Brotli));
        assert_eq!(accept("gzip"), Some(Encoding::Gzip));
        assert_eq!(accept("br;q=0, gzip;q=0.5"), Some(Encoding::Gzip));
        assert_eq!(accept("*"), Some(Encoding::Brotli));
        assert_eq!(accept("br;q=0, *"), Some(Encoding::Gzip));
        assert_eq!(accept("identity"), None);
        assert_eq!(accept("gzip;q=0"), None);
        assert_eq!(accepted(&HeaderMap::new()), None);
    }

    #[tokio::test]
    async fn text_of_a_kilobyte_or_more_is_compressed_once_and_decompresses_to_itself() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        assert!(compressible(&headers, 4096) && !compressible(&headers, 100));
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
        assert!(!compressible(&headers, 4096));

        let body = "{\"rows\": [1, 2, 3]}\n".repeat(200);
        let copies = Copies::default();
        let gzip = copies
            .get(Encoding::Gzip, Bytes::from(body.clone()))
            .await
            .expect("smaller");
        assert!(gzip.len() < body.len());
        let again = copies
            .get(Encoding::Gzip, Bytes::from_static(b"another body"))
            .await
            .expect("kept");
        assert_eq!(again, gzip, "made once");
        let mut unzipped = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzip[..]), &mut unzipped)
            .unwrap();
        assert_eq!(unzipped, body);
        let brotli = copies
            .get(Encoding::Brotli, Bytes::from(body.clone()))
            .await
            .expect("smaller");
        let mut unbrotlied = String::new();
        std::io::Read::read_to_string(
            &mut brotli::Decompressor::new(&brotli[..], 4096),
            &mut unbrotlied,
        )
        .unwrap();
        assert_eq!(unbrotlied, body);
    }
}
