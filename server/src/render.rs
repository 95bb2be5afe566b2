//! PNG versions of the charts: the same SVG the page shows, rasterised with resvg using the
//! machine's fonts (Debian's fonts-dejavu-core or Liberation are enough). Without any font,
//! a PNG is still drawn but its text is missing; the API then says so in a header.

use std::sync::{Arc, LazyLock};

use resvg::{tiny_skia, usvg};

static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = usvg::fontdb::Database::new();
    db.load_system_fonts();
    // The charts ask for "sans-serif": map it to a family this machine has.
    let has = |family: &str| {
        db.faces()
            .any(|face| face.families.iter().any(|(name, _)| name == family))
    };
    if let Some(family) = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"]
        .into_iter()
        .find(|f| has(f))
    {
        db.set_sans_serif_family(family);
    }
    Arc::new(db)
});

/// Whether any font was found for the text of rasterised charts.
pub fn fonts_available() -> bool {
    !FONTS.is_empty()
}

/// Rasterise an SVG document at `scale` (2.0 gives a sharp image on most screens).
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: FONTS.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("invalid SVG: {e}"))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or("the image would be empty")?;
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the image is too large")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("PNG encoding: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_svg_becomes_a_png_of_twice_its_size() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="0" y="0" width="20" height="20" fill="#CC79A7"/><text x="22" y="15" font-family="sans-serif" font-size="12">Hi</text></svg>"##;
        let png = svg_to_png(svg, 2.0).expect("png");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // Width and height from the IHDR chunk.
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((width, height), (80, 40));
        assert!(svg_to_png("<not svg", 1.0).is_err());
    }

    /// The columns of `text` drawn alone at 40 px with the charts' fonts where a pixel is
    /// dark enough to pass `inked`.
    fn columns(text: &str, inked: impl Fn(tiny_skia::PremultipliedColorU8) -> bool) -> Vec<u32> {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60"><text x="300" y="45" text-anchor="middle" font-family="{}" font-size="40">{text}</text></svg>"#,
            app::chart::FONT_STACK
        );
        let options = usvg::Options {
            fontdb: FONTS.clone(),
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(&svg, &options).expect("an SVG");
        let mut pixmap = tiny_skia::Pixmap::new(600, 60).expect("a pixmap");
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        (0..600)
            .filter(|x| (0..60).any(|y| pixmap.pixel(*x, y).is_some_and(&inked)))
            .collect()
    }

    /// The gaps between the inked columns of `text`: none where its letters join.
    fn gaps(text: &str) -> usize {
        let dark = columns(text, |p| p.red() < 160);
        dark.windows(2).filter(|w| w[1] - w[0] > 1).count()
    }

    fn mean(columns: &[u32]) -> u32 {
        columns.iter().sum::<u32>() / columns.len().max(1) as u32
    }

    /// Arabic in a chart's PNG is shaped (its letters join into one stroke) and runs right
    /// to left (its first letter is on the right).
    /// Needs an Arabic font (`scripts/setup.sh` installs Noto Sans Arabic).
    #[test]
    fn arabic_is_shaped_and_runs_right_to_left() {
        let has_arabic = FONTS
            .faces()
            .any(|f| f.families.iter().any(|(name, _)| name.contains("Arabic")));
        if !has_arabic {
            // CI runs the setup script, so there a missing font is a failure.
            assert!(
                std::env::var_os("CI").is_none(),
                "no Arabic font: scripts/setup.sh installs it"
            );
            eprintln!("no Arabic font on this machine: run scripts/setup.sh; not checked");
            return;
        }
        // Seen, joining on both sides: shaped, one unbroken stroke; apart, three shapes.
        assert_eq!(gaps("سلم"), 0, "the letters of a word join");
        assert_eq!(gaps("س ل م"), 2, "letters apart stay apart");
        // The first letter red, the second blue: read right to left, the red is on the right.
        red_right_of_blue(
            r##"<tspan fill="#ff0000">ح</tspan> <tspan fill="#0000ff">ق</tspan>"##,
            "letters",
        );
        // A mixed label, isolated as the charts write it ("حقوق مجتمع LGBTI"; FSI: its first
        // letter is Arabic): its Arabic word first, on the right; its Latin word on the left.
        red_right_of_blue(
            "\u{2068}<tspan fill=\"#ff0000\">حق</tspan> <tspan fill=\"#0000ff\">AB</tspan>\u{2069}",
            "words",
        );
    }

    /// The red part of `markup` is drawn, and right of the blue part.
    fn red_right_of_blue(markup: &str, what: &str) {
        let red = columns(markup, |p| p.red() > 128 && p.blue() < 100);
        let blue = columns(markup, |p| p.blue() > 128 && p.red() < 100);
        assert!(!red.is_empty() && !blue.is_empty(), "both {what} drawn");
        assert!(
            mean(&red) > mean(&blue),
            "{what}: red {} blue {}",
            mean(&red),
            mean(&blue)
        );
    }
}
