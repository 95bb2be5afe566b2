//! The ecosoc-watch user interface: routes, components, server functions and the types they
//! share. Built twice: with `ssr` into the server binary (first paint, no-JS) and with
//! `hydrate` into the WASM front end that takes over the server-rendered page.
//!
//! Server-only code sits behind `ssr`, browser-only code behind `hydrate`; never both at once.

// The pages' view types nest deeply (tachys encodes the whole tree in the type): the search
// page's results overflowed the default limit of 128 in the wasm release build.
#![recursion_limit = "256"]

pub mod chart;
pub mod components;
pub mod error;
pub mod i18n;
pub mod model;
pub mod routes;
pub mod server_fns;

#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, Meta, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    ParamSegment, SsrMode, StaticSegment,
};

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    content_security_policy();
    #[cfg(feature = "ssr")]
    let i18n = i18n::request_i18n();
    #[cfg(not(feature = "ssr"))]
    let i18n = i18n::i18n();
    view! {
        <!DOCTYPE html>
        <html lang=i18n.locale().code() dir=i18n.lang().dir()>
            <head>
                <meta charset="utf-8"/>
                // The page's words, for the front end (see `i18n`): data, never run.
                <script type="text/plain" id="i18n" inner_html=i18n.catalogue().to_script()></script>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                // The stylesheet under its content-hashed name in a release build.
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// A page may run only its own scripts: the front end from `/pkg` and the inline hydration
/// scripts that carry this response's nonce (leptos_axum draws a new one per page); no
/// inline styles or event attributes, no plugins, no framing, forms only to this site.
#[cfg(feature = "ssr")]
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Send [`page_policy`] with the nonce this page's scripts were given.
#[cfg(feature = "ssr")]
fn content_security_policy() {
    use http::{header::CONTENT_SECURITY_POLICY, HeaderValue};
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    // A nonce is URL-safe base64, always a valid header value.
    if let Ok(value) = HeaderValue::from_str(&page_policy(&nonce)) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

/// The application: page shell, navigation and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = page_i18n();
    provide_context(i18n);
    let t = move |key: &str| i18n.t(key);

    // Effects run only in the browser, so this turns true once the page has hydrated.
    // Browser tests wait for it before they touch a reactive control.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));

    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "ecosoc-watch".to_string() } else { format!("{page} · ecosoc-watch") }
        }/>
        <Meta name="description" content=t("site-description")/>
        <Link rel="icon" href="data:,"/>
        <Router>
            <components::nav::SiteHeader/>
            <main id="main" data-hydrated=move || hydrated.get().to_string()>
                <Routes fallback=routes::not_found::NotFound>
                    // Async: the whole page, data included, is in the first response, so it
                    // works without JavaScript (out-of-order streaming would need JS to place it).
                    <Route path=ParamSegment("lang") view=routes::home::HomePage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("organizations")) view=routes::organizations::OrganizationsPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("organizations"), ParamSegment("id")) view=routes::organization::OrganizationPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("sessions")) view=routes::sessions::SessionsPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("sessions"), ParamSegment("key")) view=routes::session::SessionPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("states")) view=routes::states::StatesPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("states"), ParamSegment("name")) view=routes::state::StatePage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("time-to-decision")) view=routes::waiting::TimeToDecisionPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("who-asks")) view=routes::who_asks::WhoAsksPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("methodology")) view=routes::methodology::MethodologyPage ssr=SsrMode::Async/>
                    <Route path=(ParamSegment("lang"), StaticSegment("api")) view=routes::api::ApiPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <components::nav::SiteFooter/>
        </Router>
    }
}

/// The words of the page: on the server its address's language, in the browser the
/// catalogue the server put in the page.
fn page_i18n() -> i18n::I18n {
    #[cfg(feature = "ssr")]
    return i18n::request_i18n();
    #[cfg(not(feature = "ssr"))]
    i18n::I18n::new(i18n::client::catalogue())
}

/// Entry point of the WASM front end: hydrate the server-rendered body.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
