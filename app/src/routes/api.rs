//! `/api`: the `/api/v1` routes for people — what each answers, in which formats, with which
//! parameters — read by the server from the API's own OpenAPI document, which it links.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::record_body::RecordBody,
    i18n::{i18n, Lang},
    model::{ApiParam, ApiReference, ApiRoute, ApiTopic, RecordRequest},
};

#[component]
pub fn ApiPage() -> impl IntoView {
    let request = Memo::new(|_| Ok(RecordRequest::Api));
    let i18n = i18n();
    view! {
        <Title text=i18n.ts("api-title")/>
        <h1>{i18n.ts("api-title")}</h1>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

/// The error envelope as the description's code writes it.
#[cfg(feature = "ssr")]
const ENVELOPE: &str = r#"{"error": {"code", "message"}}"#;

/// The document's prose (English) in the page's language: the message `key` in another
/// language, where the catalogue has it; otherwise, and in English, the document's own words.
#[cfg(feature = "ssr")]
fn prose(key: &str, english: &str) -> String {
    let i18n = i18n();
    match i18n.catalogue().get(key) {
        Some(_) if i18n.lang() != Lang::En => i18n.t(key),
        _ => english.to_string(),
    }
}

/// The API's description: the document's in English, the catalogue's in the other languages,
/// with a word that the routes below keep the document's English.
#[cfg(feature = "ssr")]
fn description(reference: &ApiReference) -> String {
    let i18n = i18n();
    if i18n.lang() == Lang::En {
        return reference.description.clone();
    }
    [
        i18n.t("api-intro-data"),
        i18n.f("api-intro-use", &[("envelope", ENVELOPE.into())]),
        i18n.t("api-intro-sources"),
        i18n.t("api-intro-english"),
    ]
    .join("\n\n")
}

/// The reference: the API's description, a link to the document, then the routes by topic.
#[cfg(feature = "ssr")]
#[component]
pub fn ApiDetails(reference: ApiReference) -> impl IntoView {
    let i18n = i18n();
    let (document, href) = (reference.document.clone(), reference.document.clone());
    let (before, after) = i18n.around(
        "api-document",
        "link",
        &[
            ("title", reference.title.as_str().into()),
            ("version", reference.version.as_str().into()),
        ],
    );
    view! {
        <div class="api-intro">{paragraphs(&description(&reference))}</div>
        <p id="api-document">
            {before}
            <a href=href><code>{document}</code></a>
            {after}
        </p>
        <nav class="toc" aria-label=i18n.t("api-topics")>
            <ul>
                {reference.topics.iter().map(|t| view! {
                    <li><a href=format!("#{}", slug(&t.name))>{prose(&format!("api-topic-{}", slug(&t.name)), &t.name)}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {reference.topics.into_iter().map(|topic| view! {
            <Topic topic base=reference.base.clone()/>
        }).collect_view()}
    }
}

#[cfg(feature = "ssr")]
#[component]
fn Topic(topic: ApiTopic, base: String) -> impl IntoView {
    let id = slug(&topic.name);
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    let name = prose(&format!("api-topic-{id}"), &topic.name);
    let description = prose(&format!("api-topic-{id}-text"), &topic.description);
    view! {
        <section id=id class="api-topic" aria-labelledby=labelled_by>
            <h2 id=heading>{name}</h2>
            {paragraphs(&description)}
            {topic.routes.into_iter().map(|route| view! {
                <ApiEntry route base=base.clone()/>
            }).collect_view()}
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn ApiEntry(route: ApiRoute, base: String) -> impl IntoView {
    let i18n = i18n();
    let example = format!("{base}{}", route.example);
    let href = example.clone();
    let formats = route.formats.join(i18n.t("sep-list").as_str());
    let (before, after) = i18n.around("api-try", "link", &[]);
    view! {
        <article class="api-route">
            <h3><code>{format!("GET {base}{}", route.path)}</code></h3>
            <p class="api-summary">{inline(&route.summary)}</p>
            {paragraphs(&route.description)}
            <p class="api-formats">{i18n.f("api-formats", &[("formats", formats.into())])}</p>
            <p class="api-example">{before}<a href=href><code>{example}</code></a>{after}</p>
            {(!route.params.is_empty()).then(|| view! {
                <h4>{i18n.t("api-parameters")}</h4>
                <dl class="api-params">
                    {route.params.into_iter().map(|p| view! { <Param p/> }).collect_view()}
                </dl>
            })}
        </article>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn Param(p: ApiParam) -> impl IntoView {
    let i18n = i18n();
    let place = match (p.location.as_str(), p.required) {
        ("path", _) => "api-place-path",
        (_, true) => "api-place-required",
        _ => "api-place-optional",
    };
    let default = p
        .default
        .map(|d| i18n.f("api-default", &[("value", d.into())]));
    let example = p
        .example
        .map(|e| i18n.f("api-example", &[("value", e.into())]));
    let takes = i18n.f("api-values", &[("values", values(&p.values).into())]);
    view! {
        <dt><code>{p.name}</code>{i18n.t(place)}</dt>
        <dd>
            {inline(&p.description)}
            <br/>
            <span class="api-values">{takes}{default}{example}</span>
        </dd>
    }
}

/// What a parameter takes, in the page's language: the document's phrase ("one of a, b", "a
/// whole number from 1 to 20", "text of at most 200 characters", "text") read back; any other
/// as it is.
#[cfg(feature = "ssr")]
fn values(text: &str) -> String {
    let i18n = i18n();
    if let Some(list) = text.strip_prefix("one of ") {
        i18n.f("api-values-one-of", &[("list", list.into())])
    } else if let Some((min, max)) = text
        .strip_prefix("a whole number from ")
        .and_then(|range| range.split_once(" to "))
    {
        // Years among them: printed as they are, never grouped.
        i18n.f(
            "api-values-whole",
            &[("min", min.into()), ("max", max.into())],
        )
    } else if let Some(n) = text
        .strip_prefix("text of at most ")
        .and_then(|rest| rest.strip_suffix(" characters"))
        .and_then(|n| n.parse::<i64>().ok())
    {
        i18n.f("api-values-text-max", &[("n", n.into())])
    } else if text == "text" {
        i18n.t("api-values-text")
    } else {
        text.to_string()
    }
}

/// An id for a heading: lower case, words joined by hyphens.
#[cfg(feature = "ssr")]
fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// Text with blank lines between paragraphs, one `<p>` each.
#[cfg(feature = "ssr")]
fn paragraphs(text: &str) -> impl IntoView {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{inline(&p)}</p> })
        .collect_view()
}

/// Text with `code` in backticks, as the document writes it (Markdown's inline code).
#[cfg(feature = "ssr")]
fn inline(text: &str) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                view! { <code>{part.to_string()}</code> }.into_any()
            } else {
                part.to_string().into_any()
            }
        })
        .collect_view()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn topic_names_become_ids() {
        assert_eq!(slug("Time to decision"), "time-to-decision");
        assert_eq!(slug("Press releases & reports"), "press-releases-reports");
    }

    #[test]
    fn paragraphs_and_code_render_escaped() {
        let html = view! { <div>{paragraphs("One `a<b`\nline.\n\nTwo.")}</div> }.to_html();
        // `<!>` marks where text ends for hydration.
        assert!(
            html.contains("<p>One <code>a&lt;b</code> line.<!></p>"),
            "{html}"
        );
        assert!(html.contains("<p>Two.<!></p>"), "{html}");
    }
}
