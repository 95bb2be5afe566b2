//! The site header (skip link, name, navigation, languages) and footer (sources and
//! licences, the API).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{i18n, Locale};
#[cfg(feature = "ssr")]
use crate::i18n::{Digits, Lang};

/// A message as the server renders it; nothing in the front end, for an element outside
/// the routes that is hydrated but never rebuilt (its markup stays the server's).
fn server_text(key: &str) -> String {
    #[cfg(feature = "ssr")]
    return crate::chart::escape_xml(&i18n().t(key));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = key;
        String::new()
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = i18n();
    let t = move |key: &str| i18n.ts(key);
    let link = move |path: &str, key: &str| {
        let (href, text) = (i18n.href(path), t(key));
        view! { <li><A href=href>{text}</A></li> }
    };
    view! {
        // Outside the routes, hydrated and never rebuilt: its words are the server's.
        <a class="skip-link" href="#main" inner_html=server_text("skip-to-content")></a>
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
            <LanguageSwitcher current=i18n.locale()/>
        </header>
    }
}

/// The same page in each of the six languages and, on an Arabic page, in the other digits
/// (`ar-u-nu-arab`, see `i18n`). A link to another language loads the page anew
/// (`rel="external"`): its words come with it. The links are the server's markup (the front
/// end hydrates the list as one element and never rebuilds it: it is outside the routes);
/// after a navigation in the browser, one listener on the list reads where the reader is
/// when a link is clicked, so an older link still leads to the current page.
#[component]
fn LanguageSwitcher(current: Locale) -> impl IntoView {
    let label = i18n().t("language-label");
    #[cfg(feature = "ssr")]
    let links = {
        use crate::chart::escape_xml;
        let here = leptos_router::hooks::use_location();
        let (path, search) = (here.pathname.get_untracked(), here.search.get_untracked());
        let link = |locale: Locale, text: &str, marked: bool| {
            let code = locale.code();
            format!(
                r#"<li><a href="{}" rel="external" hreflang="{code}" lang="{code}"{}>{}</a></li>"#,
                escape_xml(&same_page_in(locale, &path, &search)),
                if marked {
                    r#" aria-current="true""#
                } else {
                    ""
                },
                escape_xml(text)
            )
        };
        // The page's own language keeps its digits.
        let mut links: String = Lang::ALL
            .into_iter()
            .map(|lang| {
                let here = lang == current.lang;
                let locale = if here { current } else { Locale::of(lang) };
                link(locale, lang.endonym(), here)
            })
            .collect();
        // Arabic's other digits, named in the digits they lead to.
        if let Some(other) = current.other_digits() {
            let key = match other.digits {
                Digits::ArabicIndic => "digits-arabic-indic",
                Digits::Western => "digits-western",
            };
            links.push_str(&link(other, &i18n().t(key), false));
        }
        links
    };
    #[cfg(not(feature = "ssr"))]
    let links = {
        let _ = current;
        String::new()
    };
    view! {
        <nav class="languages" aria-label=label>
            <ul inner_html=links on:click=follow_in></ul>
        </nav>
    }
}

/// This page's address in `locale`: `/fr/organizations?q=x` → `/ar/organizations?q=x`.
fn same_page_in(locale: Locale, path: &str, search: &str) -> String {
    let rest = match Locale::of_path(path) {
        Some(_) => path
            .trim_start_matches('/')
            .split_once('/')
            .map(|(_, rest)| format!("/{rest}"))
            .unwrap_or_default(),
        None => path.to_string(),
    };
    let search = search.trim_start_matches('?');
    let query = if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    };
    format!("/{}{rest}{query}", locale.code())
}

/// Go to the page the reader is on now, in the language of the link clicked (its own
/// address may be older than the page).
fn follow_in(ev: leptos::ev::MouseEvent) {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        // The list holds only links, and a link only its text: the target is the link.
        let locale = ev
            .target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok())
            .and_then(|a| a.get_attribute("hreflang"))
            .and_then(|code| Locale::parse(&code));
        let location = window().location();
        if let (Some(locale), Ok(path), Ok(search)) =
            (locale, location.pathname(), location.search())
        {
            ev.prevent_default();
            let _ = location.set_href(&same_page_in(locale, &path, &search));
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = ev;
}

/// The footer: one piece of markup made from the catalogue on the server. The front end
/// hydrates it as one element and never rebuilds it (it is outside the routes), so it
/// carries none of its words or code.
#[component]
pub fn SiteFooter() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let html = {
        use crate::chart::escape_xml;
        let i18n = i18n();
        // The dataset's name is a link inside the sentence.
        let (before, after) = i18n.around("footer-sources", "dataset", &[]);
        format!(
            r#"<p>{}<a href="https://github.com/christophsteinert/ECOSOC_Status">ECOSOC_Status</a>{}</p><p><a href="{}">{}</a>{}</p>"#,
            escape_xml(&before),
            escape_xml(&after),
            escape_xml(&i18n.href("/api")),
            escape_xml(i18n.ts("footer-api-link")),
            escape_xml(i18n.ts("footer-api")),
        )
    };
    // Hydrated, never built, in the browser: the server's markup stays as it is.
    #[cfg(not(feature = "ssr"))]
    let html = String::new();
    view! { <footer class="site-footer" inner_html=html></footer> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switcher_keeps_the_page_and_its_query() {
        let to = Locale::of;
        assert_eq!(
            same_page_in(to(Lang::Ar), "/fr/organizations/12", ""),
            "/ar/organizations/12"
        );
        assert_eq!(
            same_page_in(to(Lang::Zh), "/fr", "from=2015&to=2020"),
            "/zh?from=2015&to=2020"
        );
        assert_eq!(
            same_page_in(to(Lang::En), "/ru/who-asks", "?area=women"),
            "/en/who-asks?area=women"
        );
        assert_eq!(
            same_page_in(to(Lang::Es), "/organizations", ""),
            "/es/organizations"
        );
        let digits = to(Lang::Ar)
            .other_digits()
            .expect("Arabic offers its digits");
        assert_eq!(
            same_page_in(digits, "/ar/sessions", "?page=2"),
            "/ar-u-nu-arab/sessions?page=2"
        );
        assert_eq!(
            same_page_in(to(Lang::Fr), "/ar-u-nu-arab/states/Cuba", ""),
            "/fr/states/Cuba"
        );
    }
}
