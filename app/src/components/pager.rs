//! Previous / next page links: plain links, so paging works without JavaScript.

use leptos::prelude::*;

#[component]
pub fn Pager(
    page: u32,
    pages: u32,
    /// The address of page N.
    href: Callback<u32, String>,
) -> impl IntoView {
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label="Pages">
                {(page > 1).then(|| view! { <a href=href.run(page - 1) rel="prev">"← Previous"</a> })}
                <span aria-current="page">{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { <a href=href.run(page + 1) rel="next">"Next →"</a> })}
            </nav>
        }
    })
}
