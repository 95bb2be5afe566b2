//! `ecosoc-watch precompress`: the built site's static files compressed once, at build time, at
//! the highest levels (brotli quality 11 with a 16 MB window, gzip level 9), written beside
//! each file as `FILE.br` and `FILE.gz`. The server sends them to clients that accept them
//! (`ServeDir::precompressed_br`), so no request compresses the front end again.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use anyhow::Context;

/// Files and answers smaller than this are sent as they are: compression would save less
/// than a packet.
pub const MIN_SIZE: usize = 1024;

/// What compresses: text and WebAssembly. Images and fonts are compressed already.
const EXTENSIONS: &[&str] = &[
    "js", "wasm", "css", "svg", "html", "json", "txt", "xml", "map",
];

/// One file and its sizes as sent: raw, gzip, brotli (`None`: not written, no smaller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compressed {
    pub path: PathBuf,
    pub raw: u64,
    pub gzip: Option<u64>,
    pub brotli: Option<u64>,
}

/// Compress every file under `root` that is worth it; the files it wrote, by path.
pub fn site(root: &Path) -> anyhow::Result<Vec<Compressed>> {
    let mut files = Vec::new();
    collect(root, &mut files)?;
    files.sort();
    files.iter().map(|path| file(path)).collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect(&path, files)?;
        } else if kind.is_file()
            && entry.metadata()?.len() >= MIN_SIZE as u64
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Compress one file into `FILE.gz` and `FILE.br`; a compressed copy that is no smaller is
/// not kept (and an older one removed), so the server sends the file itself.
fn file(path: &Path) -> anyhow::Result<Compressed> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let gzip = gzip(&bytes)?;
    let brotli = brotli(&bytes, 11, 24)?;
    Ok(Compressed {
        path: path.to_path_buf(),
        raw: bytes.len() as u64,
        gzip: keep(path, "gz", &gzip, bytes.len())?,
        brotli: keep(path, "br", &brotli, bytes.len())?,
    })
}

/// `bytes` gzipped at level 9.
pub fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bytes)?;
    gzip.finish()
}

/// `bytes` in brotli at `quality` (0–11) with a window of 2^`window` bytes (10–24).
pub fn brotli(bytes: &[u8], quality: i32, window: i32) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: window,
        size_hint: bytes.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

/// Write `FILE.extension` (whole or not at all) when `compressed` is smaller than `raw`.
fn keep(
    path: &Path,
    extension: &str,
    compressed: &[u8],
    raw: usize,
) -> anyhow::Result<Option<u64>> {
    let mut target = path.as_os_str().to_owned();
    target.push(".");
    target.push(extension);
    let target = PathBuf::from(target);
    if compressed.len() >= raw {
        match std::fs::remove_file(&target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", target.display())),
        }
        return Ok(None);
    }
    // Written aside, then renamed: a server reading the folder meanwhile sees the old copy or
    // the new one, never half of one.
    let mut partial = target.clone().into_os_string();
    partial.push(".partial");
    std::fs::write(&partial, compressed)
        .and_then(|()| std::fs::rename(&partial, &target))
        .with_context(|| format!("writing {}", target.display()))?;
    Ok(Some(compressed.len() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn files_worth_it_are_written_beside_themselves_and_decompress_to_the_same_bytes() {
        let root = tempfile::tempdir().unwrap();
        let pkg = root.path().join("pkg");
        std::fs::create_dir(&pkg).unwrap();
        let script = "function f(x) { return x + 1; }\n".repeat(200);
        std::fs::write(pkg.join("app.js"), &script).unwrap();
        std::fs::write(pkg.join("tiny.css"), "a{}").unwrap();
        std::fs::write(pkg.join("photo.png"), vec![7u8; 4096]).unwrap();
        // Random bytes do not compress: no copy is kept.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 32) as u8
            })
            .collect();
        std::fs::write(pkg.join("noise.wasm"), &noise).unwrap();

        let written = site(root.path()).unwrap();
        let names: Vec<_> = written
            .iter()
            .map(|c| c.path.file_name().unwrap().to_str().unwrap().to_string())
            .collect();
        assert_eq!(
            names,
            ["app.js", "noise.wasm"],
            "only text and wasm of 1 KB or more"
        );
        let js = &written[0];
        assert!(js.brotli.unwrap() < js.gzip.unwrap() && js.gzip.unwrap() < js.raw);

        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(pkg.join("app.js.gz")).unwrap())
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, script);
        let mut unbrotlied = String::new();
        brotli::Decompressor::new(std::fs::File::open(pkg.join("app.js.br")).unwrap(), 4096)
            .read_to_string(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, script);

        let noise = &written[1];
        assert_eq!((noise.gzip, noise.brotli), (None, None), "{noise:?}");
        assert!(!pkg.join("noise.wasm.gz").exists() && !pkg.join("tiny.css.br").exists());

        // Again: the same files and sizes; the .br and .gz copies are not taken as inputs.
        let again = site(root.path()).unwrap();
        assert_eq!(again, written);
    }
}
