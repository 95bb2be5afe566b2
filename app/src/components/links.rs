//! Links between the record pages: an NGO name always leads to its passport, a state to its
//! page, a session to its session page.

use leptos::prelude::*;

use crate::{
    i18n::{i18n, Arg},
    model::{encode_component, Evidence, QuestionDetail, SessionKey, SessionRef},
};

/// An organization's passport, in the page's language.
pub fn org_href(id: i64) -> String {
    i18n().href(&org_path(id))
}

/// An organization's passport without a language: a feed's stable id, a citation's path.
pub fn org_path(id: i64) -> String {
    format!("/organizations/{id}")
}

/// A member state's page, in the page's language.
pub fn state_href(name: &str) -> String {
    i18n().href(&state_path(name))
}

/// A member state's page without a language.
pub fn state_path(name: &str) -> String {
    format!("/states/{}", encode_component(name).replace('+', "%20"))
}

/// A session's page, in the page's language.
pub fn session_href(key: &SessionKey) -> String {
    i18n().href(&session_path(key))
}

/// A session's page without a language.
pub fn session_path(key: &SessionKey) -> String {
    format!("/sessions/{}", key.slug())
}

#[component]
pub fn OrgLink(id: i64, name: String) -> impl IntoView {
    view! { <a href=org_href(id) class="org-link">{name}</a> }
}

#[component]
pub fn StateLink(name: String) -> impl IntoView {
    let href = state_href(&name);
    view! { <a href=href class="state-link">{i18n().country(&name)}</a> }
}

/// "2019 resumed", linked to the session page.
#[component]
pub fn SessionLink(session: SessionRef) -> impl IntoView {
    let key = SessionKey::from(&session);
    view! {
        <a href=session_href(&key) class="session-link">{session_label(&session)}</a>
    }
}

/// "2019 resumed", in the page's language.
pub fn session_label(session: &SessionRef) -> String {
    i18n().session(session.year, &session.part)
}

/// Where a piece of evidence can be read: the release paragraph (`URL#p12`) or the reports'
/// file; and how the link reads ("release ¶12", "FILE!SHEET!ROW").
pub fn source_link(evidence: &Evidence) -> (String, String) {
    if evidence.source.source == "press_release" {
        let paragraph = evidence.locator.rsplit_once('#').map_or("", |(_, p)| p);
        (evidence.locator.clone(), release_paragraph(paragraph))
    } else {
        (
            evidence.source.url.clone(),
            evidence.locator.trim_start_matches("steinert:").to_string(),
        )
    }
}

/// "release ¶12" for a release's paragraph `p12`, its number in the page's digits.
pub fn release_paragraph(paragraph: &str) -> String {
    let number = paragraph.trim_start_matches('p').to_string();
    i18n().f("release-paragraph", &[("paragraph", Arg::Number(number))])
}

/// The source line of one piece of evidence, as a link titled with the name as printed.
#[component]
pub fn SourceLine(evidence: Evidence) -> impl IntoView {
    let (href, text) = source_link(&evidence);
    view! { <a href=href class="source-line" title=evidence.name_as_printed.clone()>{text}</a> }
}

/// The asking states (each a link) with what they asked; "—" when no one asked.
#[component]
pub fn QuestionList(questions: Vec<QuestionDetail>) -> impl IntoView {
    if questions.is_empty() {
        return view! { {i18n().t("no-questions")} }.into_any();
    }
    view! {
        <ul class="questions">
            {questions.into_iter().map(|q| view! {
                <li><StateLink name=q.state/>{q.text.map(|text| i18n().f("question-text", &[("text", text.into())]))}</li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Every source line of a record, as links.
#[component]
pub fn SourceLines(evidence: Vec<Evidence>) -> impl IntoView {
    evidence
        .into_iter()
        .map(|e| view! { <SourceLine evidence=e/>" " })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_names_survive_the_address() {
        let href = state_path("Côte d'Ivoire");
        assert_eq!(href, "/states/C%C3%B4te%20d%27Ivoire");
        assert_eq!(state_path("United States"), "/states/United%20States");
    }
}
