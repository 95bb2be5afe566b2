//! The CSV and JSON (and chart image) links beside a table, with the page's own filters.

use leptos::prelude::*;

use crate::i18n::i18n;

/// "Download: CSV · JSON" for `/api/v1/{path}` with `query` (the page's filters).
#[component]
pub fn Downloads(
    /// Under `/api/v1/`, without extension: `sessions`, `organizations/12`.
    path: String,
    /// The query string without `?` (may be empty).
    #[prop(optional, into)]
    query: String,
    /// The file name stem: `ecosoc-watch-sessions`.
    file: String,
    /// Also offer the chart as SVG and PNG.
    #[prop(optional)]
    images: bool,
) -> impl IntoView {
    let href = |ext: &str| {
        if query.is_empty() {
            format!("/api/v1/{path}{ext}")
        } else {
            format!("/api/v1/{path}{ext}?{query}")
        }
    };
    let images = images.then(|| {
        view! {
            <a href=href(".svg") download=format!("{file}.svg")>"SVG"</a>" · "
            <a href=href(".png") download=format!("{file}.png")>"PNG"</a>" · "
        }
    });
    view! {
        <p class="downloads">
            {i18n().t("download")}" "
            {images}
            <a href=href(".csv") download=format!("{file}.csv")>"CSV"</a>" · "
            <a href=href("") download=format!("{file}.json")>"JSON"</a>
        </p>
    }
}
