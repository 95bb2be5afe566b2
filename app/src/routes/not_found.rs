//! The page for an address that matches no route.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::NOT_FOUND);
        }
    }
    let i18n = i18n();
    view! {
        <Title text=i18n.ts("error-not-found")/>
        <h1>{i18n.ts("page-not-found")}</h1>
        <p>{i18n.ts("page-not-found-text")}{i18n.ts("word-space")}<a href=i18n.href("/")>{i18n.ts("go-to-overview")}</a></p>
    }
}
