//! "Cite this" under a chart or a record: the view's citation in APA style and as BibTeX,
//! folded away until asked for (a `<details>`: no script needed).

use leptos::prelude::*;

use crate::model::Cite;

#[component]
pub fn CiteThis(cite: Cite) -> impl IntoView {
    view! {
        <details class="cite">
            <summary>"Cite this"</summary>
            <h3>"APA"</h3>
            <p class="cite-apa">{cite.apa}</p>
            <h3>"BibTeX"</h3>
            <pre class="cite-bibtex">{cite.bibtex}</pre>
            <p class="cite-note">
                "The address shows this view with the data as it is when it is opened. For a copy "
                "that does not change, download the "
                <a href="/api/v1/export.zip">"data package"</a>
                " and cite its version."
            </p>
        </details>
    }
}
