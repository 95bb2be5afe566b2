//! What a page shows when its answer is an error: the message a person can act on, a link
//! back, and the matching HTTP status (404 for an unknown record, 400 for a bad address).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{error::AppError, i18n::i18n};

#[component]
pub fn ErrorView(
    error: AppError,
    /// Where "back" goes (an address without its language), and the message key of its name.
    back_href: &'static str,
    back_label: &'static str,
    /// Inside a page that has its own heading: an `h2`, and no page title.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let status = http::StatusCode::from_u16(error.status())
            .unwrap_or(http::StatusCode::SERVICE_UNAVAILABLE);
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(status);
        }
    }
    let i18n = i18n();
    let heading = i18n.t(match &error {
        AppError::NotFound(_) => "error-not-found",
        AppError::BadRequest(_) => "error-bad-request",
        AppError::Database | AppError::ServerFn(_) => "error-failed",
    });
    // The server's explanation of a bad address or a missing record names what was asked
    // for (parameters, values), in English: another language's page says so in its words
    // and marks it English. A database failure is said in the page's language.
    let message = match &error {
        AppError::Database => view! { {i18n.t("error-database")} }.into_any(),
        other if i18n.lang() == crate::i18n::Lang::En => view! { {other.to_string()} }.into_any(),
        other => view! {
            {i18n.t("error-detail-english")}" "<span lang="en" dir="ltr">{other.to_string()}</span>
        }
        .into_any(),
    };
    let heading_view = if inline {
        view! { <h2>{heading.clone()}</h2> }.into_any()
    } else {
        view! { <Title text=heading.clone()/><h1>{heading.clone()}</h1> }.into_any()
    };
    view! {
        {heading_view}
        <p class="error" role="alert">{message}</p>
        <p><a href=i18n.href(back_href)>{i18n.t(back_label)}</a></p>
    }
}
