//! The site header (skip link, name, navigation, languages) and footer (sources and
//! licences, the API).

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use crate::i18n::{i18n, Lang};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.t(key);
    let link = move |path: &str, key: &str| {
        let (href, text) = (i18n.href(path), t(key));
        view! { <li><A href=href>{text}</A></li> }
    };
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <a class="site-name" href=i18n.href("/")>"ecosoc-watch"</a>
            <nav aria-label=t("nav-label")>
                <ul>
                    <li><A href=i18n.href("/") exact=true>{t("nav-overview")}</A></li>
                    {link("/organizations", "nav-organizations")}
                    {link("/time-to-decision", "nav-time-to-decision")}
                    {link("/who-asks", "nav-who-asks")}
                    {link("/sessions", "nav-sessions")}
                    {link("/states", "nav-states")}
                    {link("/methodology", "nav-methodology")}
                </ul>
            </nav>
            <LanguageSwitcher current=i18n.lang()/>
        </header>
    }
}

/// The same page in each of the six languages. A link to another language loads the page
/// anew (`rel="external"`): its words come with it.
#[component]
fn LanguageSwitcher(current: Lang) -> impl IntoView {
    let location = use_location();
    let label = i18n().t("language-label");
    let href = move |lang: Lang| {
        let path = location.pathname.get();
        let rest = match Lang::of_path(&path) {
            Some(_) => path
                .trim_start_matches('/')
                .split_once('/')
                .map(|(_, rest)| format!("/{rest}"))
                .unwrap_or_default(),
            None => path,
        };
        let search = location.search.get();
        let query = if search.is_empty() || search.starts_with('?') {
            search
        } else {
            format!("?{search}")
        };
        format!("/{}{rest}{query}", lang.code())
    };
    view! {
        <nav class="languages" aria-label=label>
            <ul>
                {Lang::ALL.into_iter().map(|lang| view! {
                    <li>
                        <a href=move || href(lang) rel="external" hreflang=lang.code() lang=lang.code()
                            aria-current=(lang == current).then_some("true")>{lang.endonym()}</a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = i18n();
    // The dataset's name is a link inside the sentence.
    let (before, after) = i18n.around("footer-sources", "dataset", &[]);
    view! {
        <footer class="site-footer">
            <p>
                {before}
                <a href="https://github.com/christophsteinert/ECOSOC_Status">"ECOSOC_Status"</a>
                {after}
            </p>
            <p>
                <a href=i18n.href("/api")>{i18n.t("footer-api-link")}</a>
                {i18n.t("footer-api")}
            </p>
        </footer>
    }
}
