//! What a page shows when its answer is an error: the message a person can act on, a link
//! back, and the matching HTTP status (404 for an unknown record, 400 for a bad address).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::error::AppError;

#[component]
pub fn ErrorView(
    error: AppError,
    /// Where "back" goes, and what it is called.
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
    let heading = match &error {
        AppError::NotFound(_) => "Not found",
        AppError::BadRequest(_) => "That address is not valid",
        AppError::Database | AppError::ServerFn(_) => "Something went wrong",
    };
    let heading_view = if inline {
        view! { <h2>{heading}</h2> }.into_any()
    } else {
        view! { <Title text=heading/><h1>{heading}</h1> }.into_any()
    };
    view! {
        {heading_view}
        <p class="error" role="alert">{error.to_string()}</p>
        <p><a href=back_href>{back_label}</a></p>
    }
}
