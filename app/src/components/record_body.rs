//! A record page's body: rendered on the server (see `model::Rendered`), inserted as it is
//! on first paint and after every client-side navigation; or the error page with its status.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::error_view::ErrorView, error::AppError, i18n::i18n, model::RecordRequest,
    server_fns::record_page,
};

#[component]
pub fn RecordBody(
    /// What to show, from the page's address; an error when the address is not valid.
    request: Memo<Result<RecordRequest, AppError>>,
    back_href: &'static str,
    back_label: &'static str,
    /// The page has its own `h1` and title: the body (or its error) goes below them.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let i18n = i18n();
    let locale = i18n.locale();
    let body = Resource::new(
        move || request.get(),
        move |request| async move { record_page(request?, locale).await },
    );
    view! {
        // A Transition keeps the previous body on screen while the next one loads.
        <Transition fallback=move || view! { <p aria-busy="true">{i18n.ts("loading")}</p> }>
            {move || Suspend::new(async move {
                match body.await {
                    Ok(rendered) => view! {
                        {(!inline).then(|| view! { <Title text=rendered.title.clone()/> })}
                        <div class="record-body" inner_html=rendered.html></div>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error back_href back_label inline/> }.into_any(),
                }
            })}
        </Transition>
    }
}
