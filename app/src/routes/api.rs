//! `/api`: the `/api/v1` routes for people — what each answers, in which formats, with which
//! parameters — read by the server from the API's own OpenAPI document, which it links.

// The body's views run on the server only (see `model::Rendered`); in the WASM build their
// imports are unused.
#![cfg_attr(not(feature = "ssr"), allow(unused_imports))]

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::record_body::RecordBody,
    model::{ApiParam, ApiReference, ApiRoute, ApiTopic, RecordRequest},
};

#[component]
pub fn ApiPage() -> impl IntoView {
    let request = Memo::new(|_| Ok(RecordRequest::Api));
    view! {
        <Title text="API"/>
        <h1>"API"</h1>
        <RecordBody request back_href="/" back_label="go-to-overview" inline=true/>
    }
}

/// The reference: the API's description, a link to the document, then the routes by topic.
#[cfg(feature = "ssr")]
#[component]
pub fn ApiDetails(reference: ApiReference) -> impl IntoView {
    let (document, href) = (reference.document.clone(), reference.document.clone());
    view! {
        <div class="api-intro">{paragraphs(&reference.description)}</div>
        <p id="api-document">
            "The same reference for programs: "
            <a href=href><code>{document}</code></a>
            {format!(" (OpenAPI 3.1; {} version {}).", reference.title, reference.version)}
        </p>
        <nav class="toc" aria-label="Topics">
            <ul>
                {reference.topics.iter().map(|t| view! {
                    <li><a href=format!("#{}", slug(&t.name))>{t.name.clone()}</a></li>
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
    view! {
        <section id=id class="api-topic" aria-labelledby=labelled_by>
            <h2 id=heading>{topic.name}</h2>
            {paragraphs(&topic.description)}
            {topic.routes.into_iter().map(|route| view! {
                <ApiEntry route base=base.clone()/>
            }).collect_view()}
        </section>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn ApiEntry(route: ApiRoute, base: String) -> impl IntoView {
    let example = format!("{base}{}", route.example);
    let href = example.clone();
    view! {
        <article class="api-route">
            <h3><code>{format!("GET {base}{}", route.path)}</code></h3>
            <p class="api-summary">{inline(&route.summary)}</p>
            {paragraphs(&route.description)}
            <p class="api-formats">"Formats: "{route.formats.join(", ")}</p>
            <p class="api-example">"Try: "<a href=href><code>{example}</code></a></p>
            {(!route.params.is_empty()).then(|| view! {
                <h4>"Parameters"</h4>
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
    let place = match (p.location.as_str(), p.required) {
        ("path", _) => "in the address",
        (_, true) => "required",
        _ => "optional",
    };
    let default = p.default.map(|d| format!("Default: {d}. "));
    let example = p.example.map(|e| format!("Example: {e}."));
    view! {
        <dt><code>{p.name}</code>{format!(" ({place})")}</dt>
        <dd>
            {inline(&p.description)}
            <br/>
            <span class="api-values">{format!("Values: {}. ", p.values)}{default}{example}</span>
        </dd>
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
