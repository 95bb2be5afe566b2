//! Previous / next page links: plain links, so paging works without JavaScript.

use leptos::prelude::*;

use crate::i18n::i18n;

#[component]
pub fn Pager(
    page: u32,
    pages: u32,
    /// The address of page N.
    href: Callback<u32, String>,
) -> impl IntoView {
    let i18n = i18n();
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=i18n.ts("common-pages")>
                {(page > 1).then(|| view! { <a href=href.run(page - 1) rel="prev">{i18n.ts("common-previous")}</a> })}
                <span aria-current="page">{i18n.f("common-page-of", &[("page", page.into()), ("pages", pages.into())])}</span>
                {(page < pages).then(|| view! { <a href=href.run(page + 1) rel="next">{i18n.ts("common-next")}</a> })}
            </nav>
        }
    })
}
