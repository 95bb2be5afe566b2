//! The site header (skip link, name, navigation) and footer (sources and licences, the API).

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="site-name" href="/">"ecosoc-watch"</a>
            <nav aria-label="Main">
                <ul>
                    <li><A href="/" exact=true>"Overview"</A></li>
                    <li><A href="/organizations">"Organizations"</A></li>
                    <li><A href="/time-to-decision">"Time to decision"</A></li>
                    <li><A href="/who-asks">"Who asks"</A></li>
                    <li><A href="/sessions">"Sessions"</A></li>
                    <li><A href="/states">"Member states"</A></li>
                    <li><A href="/methodology">"Methodology"</A></li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Decisions 1998–2024 from Christoph Valentin Steinert's "
                <a href="https://github.com/christophsteinert/ECOSOC_Status">"ECOSOC_Status"</a>
                " dataset (MIT licence), coded from the Committee's official reports. "
                "Meetings coverage from UN press releases, which are not official records."
            </p>
            <p>
                <a href="/api">"The API"</a>
                ": every figure as JSON, CSV, SVG or PNG, for newsrooms and scripts."
            </p>
        </footer>
    }
}
