//! A chart as a figure: drawn for a wide and a narrow screen (the stylesheet shows one; the
//! hidden one is hidden from assistive technology too), with its summary sentence.

use leptos::prelude::*;

#[component]
pub fn ChartFrame(
    id: &'static str,
    /// The wide drawing (SVG markup).
    wide: String,
    /// The drawing laid out for a phone's width.
    narrow: String,
    summary: String,
) -> impl IntoView {
    view! {
        <figure class="chart-figure" id=id>
            // Replaced as a whole (inner_html), never hydrated piece by piece: the browser's
            // text measurement may differ from the server's by a pixel.
            <div class="chart chart-wide" inner_html=wide></div>
            <div class="chart chart-narrow" inner_html=narrow></div>
            <figcaption>{summary}</figcaption>
        </figure>
    }
}
