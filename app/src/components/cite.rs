//! "Cite this" under a chart or a record: the view's citation in APA style and as BibTeX,
//! folded away until asked for (a `<details>`: no script needed).

use leptos::prelude::*;

use crate::{i18n::i18n, model::Cite};

#[component]
pub fn CiteThis(cite: Cite) -> impl IntoView {
    let i18n = i18n();
    view! {
        <details class="cite">
            <summary>{i18n.t("cite-this")}</summary>
            <h3>"APA"</h3>
            <p class="cite-apa">{cite.apa}</p>
            <h3>"BibTeX"</h3>
            <pre class="cite-bibtex">{cite.bibtex}</pre>
            <p class="cite-note">
                {i18n.t("cite-note-before")}{i18n.t("word-space")}
                <a href="/api/v1/export.zip">{i18n.t("cite-note-link")}</a>
                {i18n.t("word-space")}{i18n.t("cite-note-after")}
            </p>
        </details>
    }
}

/// "Cite as: …" under a measure, in the page's words: the figures' provenance
/// ([`provenance_citation`](crate::model::provenance_citation)) and the data version. The
/// answers' own `citation` is the same made for the API, in English.
#[cfg(feature = "ssr")]
pub fn cite_as(rule_set_version: Option<&str>, data_version: Option<&str>) -> String {
    let citation = crate::model::provenance_citation(rule_set_version);
    i18n().f(
        "cite-as",
        &[
            ("citation", citation.into()),
            ("version", data_version.unwrap_or_default().into()),
        ],
    )
}
