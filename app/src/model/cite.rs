//! "Cite this": how to cite one view of the data — a chart with its filters, an NGO's,
//! a session's or a member state's record — in APA style and as BibTeX, with the data
//! version and the exact address of the view. Built on the server (which knows its public
//! address), carried by the page's answer and by the same `/api/v1` answer.

use serde::{Deserialize, Serialize};

/// The citation of one view. Fields in alphabetical order, so that an answer built as a map
/// and one built from this type give the same bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Cite {
    /// APA style (7th edition, data set).
    pub apa: String,
    /// A BibTeX `@misc` entry.
    pub bibtex: String,
    /// When the data the view shows last changed (RFC 3339, UTC), or empty before any import.
    pub data_version: String,
    /// The focus-area rule set the view's areas come from.
    pub rule_set_version: String,
    /// The view's address, with its filters: what a reader opens to see the same thing.
    pub url: String,
}

/// What every citation names besides the view: the site's public address and the versions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CiteBasis {
    /// Without a trailing slash: `https://ecosoc-watch.example.org`.
    pub site_url: String,
    pub data_version: Option<String>,
    pub rule_set_version: Option<String>,
}

/// How to cite the reports dataset: a bibliographic reference, kept in its own words on
/// every page. The commit is the one the importer pins (a server test checks it).
pub const STEINERT_CITATION: &str = "Steinert, Christoph Valentin. ECOSOC_Status: decisions of \
    the UN Committee on NGOs, coded from its official reports (MIT licence), commit ec62da1; \
    via ecosoc-watch.";

/// What the figures are cited as: ecosoc-watch with its focus-area rule set, and the reports
/// dataset it is built on (kept as written). In the page's words on a page, English in the
/// API (whose answers carry it as `citation`).
#[cfg(feature = "ssr")]
pub fn provenance_citation(rule_set_version: Option<&str>) -> String {
    let i18n = crate::i18n::i18n();
    let rules = rule_set_version.unwrap_or("none");
    format!(
        "ecosoc-watch{}{}{}{STEINERT_CITATION}",
        i18n.t("sep-list"),
        i18n.f("cite-version-rules", &[("rules", rules.into())]),
        i18n.t("sep-clause"),
    )
}

/// Who the data sets are by; the sources they are built on are named in `note`.
const AUTHOR: &str = "ecosoc-watch contributors";
const BUILT_ON: &str = "Built on Steinert, C. V., ECOSOC_Status (MIT licence), and UN press \
                        releases (press.un.org)";

impl CiteBasis {
    /// The citation of the view titled `title` at `path` (with its query string, if any).
    /// On a page, the title and the frame are in the page's language and the address leads
    /// to the view in that language; in the API, English and the address without one.
    pub fn cite(&self, title: &str, path: &str) -> Cite {
        let i18n = crate::i18n::i18n();
        let path = match crate::i18n::context_i18n() {
            Some(page) => page.href(path),
            None => path.to_string(),
        };
        let url = format!("{}{}", self.site_url.trim_end_matches('/'), path);
        let data_version = self.data_version.clone().unwrap_or_default();
        let rule_set_version = self
            .rule_set_version
            .clone()
            .unwrap_or_else(|| "none".to_string());
        // The year of the data, not of the visit: the same data cites the same way.
        let year = data_version.get(..4).unwrap_or("n.d.").to_string();
        let rules = ("rules", rule_set_version.as_str().into());
        let version = if data_version.is_empty() {
            i18n.f("cite-version-rules", &[rules])
        } else {
            i18n.f(
                "cite-version",
                &[("data", data_version.as_str().into()), rules],
            )
        };
        let apa = i18n.f(
            "cite-apa",
            &[
                ("author", AUTHOR.into()),
                ("year", year.as_str().into()),
                ("title", title.into()),
                ("version", version.as_str().into()),
                ("url", url.as_str().into()),
            ],
        );
        let key = format!(
            "ecosocwatch{}{}",
            year.replace('.', ""),
            key_part(&format!("{title} {path}"))
        );
        let bibtex = format!(
            "@misc{{{key},\n  author = {{{{{AUTHOR}}}}},\n  title = {{{}}},\n  year = {{{}}},\n  \
             howpublished = {{\\url{{{}}}}},\n  note = {{{}. {BUILT_ON}}},\n}}\n",
            bibtex_text(title),
            bibtex_text(&year),
            url,
            bibtex_text(&upper_first(&version)),
        );
        Cite {
            url,
            data_version,
            rule_set_version,
            apa,
            bibtex,
        }
    }
}

/// The citations of the views, each titled as a reader would name it, at the page's address.
impl CiteBasis {
    /// The home chart with its filters; `place` is the region or country it is restricted to.
    pub fn rates(&self, query: &super::RatesQuery, place: Option<&str>) -> Cite {
        use crate::i18n::year_arg;
        let i18n = crate::i18n::i18n();
        let mut args = vec![
            (
                "measure",
                i18n.t(&format!("measure-{}", query.measure.as_str()))
                    .into(),
            ),
            ("from", year_arg(query.from)),
            ("to", year_arg(query.to)),
        ];
        let key = match place {
            Some(place) => {
                args.push(("place", place.into()));
                "cite-title-rates-in"
            }
            None => "cite-title-rates",
        };
        let title = i18n.f(key, &args);
        self.cite(&title, &format!("/?{}", query.to_query_string()))
    }

    pub fn time_to_decision(&self, query: &super::WaitQuery) -> Cite {
        use crate::i18n::year_arg;
        let title = crate::i18n::i18n().f(
            "cite-title-time-to-decision",
            &[("from", year_arg(query.from)), ("to", year_arg(query.to))],
        );
        self.cite(
            &title,
            &format!("/time-to-decision?{}", query.to_query_string()),
        )
    }

    pub fn who_asks(&self, query: &super::WhoAsksQuery) -> Cite {
        use crate::i18n::year_arg;
        let i18n = crate::i18n::i18n();
        let mut args = vec![("from", year_arg(query.from)), ("to", year_arg(query.to))];
        let key = match query.area.as_deref() {
            Some(area) => {
                args.push(("area", i18n.area_phrase(area).into()));
                "cite-title-who-asks-area"
            }
            None => "cite-title-who-asks",
        };
        let title = i18n.f(key, &args);
        self.cite(&title, &format!("/who-asks?{}", query.to_query_string()))
    }

    pub fn organization(&self, id: i64, name: &str) -> Cite {
        let title = crate::i18n::i18n().f("cite-title-organization", &[("name", name.into())]);
        self.cite(&title, &format!("/organizations/{id}"))
    }

    pub fn sessions(&self) -> Cite {
        let title = crate::i18n::i18n().t("cite-title-sessions");
        self.cite(&title, "/sessions")
    }

    pub fn session(&self, key: &super::SessionKey) -> Cite {
        let i18n = crate::i18n::i18n();
        let session = i18n.session(key.year, &key.part);
        let title = i18n.f("cite-title-session", &[("session", session.into())]);
        self.cite(&title, &format!("/sessions/{}", key.slug()))
    }

    /// A member state's page: its address spells the name as a URL path segment.
    pub fn state(&self, name: &str, path: &str) -> Cite {
        let i18n = crate::i18n::i18n();
        let title = i18n.f("cite-title-state", &[("name", i18n.country(name).into())]);
        self.cite(&title, path)
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A short, stable key suffix: a hash of the title and address (FNV-1a, 32 bits), so two
/// views cited in one paper get two keys.
fn key_part(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

/// Text as BibTeX reads it: its special characters escaped, a dash range as `--`.
fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '–' => out.push_str("--"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn basis() -> CiteBasis {
        CiteBasis {
            site_url: "https://example.org/".into(),
            data_version: Some("2026-12-03T07:44:27Z".into()),
            rule_set_version: Some("2026.11.3".into()),
        }
    }

    #[test]
    fn a_citation_names_the_view_its_address_and_the_versions() {
        let cite = basis().cite(
            "Deferral rates by focus area, 2010–2024",
            "/?from=2010&to=2024",
        );
        assert_eq!(cite.url, "https://example.org/?from=2010&to=2024");
        assert_eq!(
            cite.apa,
            "ecosoc-watch contributors. (2026). Deferral rates by focus area, 2010–2024 \
             (data version 2026-12-03T07:44:27Z, focus-area rules 2026.11.3) [Data set]. \
             ecosoc-watch. https://example.org/?from=2010&to=2024"
        );
        assert!(cite.bibtex.starts_with("@misc{ecosocwatch2026"));
        assert!(cite
            .bibtex
            .contains("title = {Deferral rates by focus area, 2010--2024}"));
        assert!(cite
            .bibtex
            .contains("howpublished = {\\url{https://example.org/?from=2010&to=2024}}"));
        assert!(cite
            .bibtex
            .contains("author = {{ecosoc-watch contributors}}"));
        assert!(cite
            .bibtex
            .contains("note = {Data version 2026-12-03T07:44:27Z, focus-area rules 2026.11.3."));
    }

    #[test]
    fn bibtex_escapes_what_an_ngo_name_may_hold_and_keys_differ_per_view() {
        let cite = basis().cite("Record of A & B {100%} #1_x", "/organizations/7");
        assert!(
            cite.bibtex
                .contains("title = {Record of A \\& B \\{100\\%\\} \\#1\\_x}"),
            "{}",
            cite.bibtex
        );
        let braces = |s: &str| s.matches('{').count() as i64 - s.matches('}').count() as i64;
        let unescaped = cite.bibtex.replace("\\{", "").replace("\\}", "");
        assert_eq!(braces(&unescaped), 0, "balanced: {}", cite.bibtex);
        let other = basis().cite("Record of A & B {100%} #1_x", "/organizations/8");
        let key = |c: &Cite| c.bibtex.lines().next().unwrap().to_string();
        assert_ne!(key(&cite), key(&other));
    }

    #[test]
    fn without_an_import_the_citation_says_so_instead_of_inventing_a_version() {
        let cite = CiteBasis {
            site_url: "http://127.0.0.1:3000".into(),
            ..CiteBasis::default()
        }
        .cite("Sessions", "/sessions");
        assert!(cite
            .apa
            .starts_with("ecosoc-watch contributors. (n.d.). Sessions (focus-area rules none)"));
        assert!(cite.bibtex.contains("year = {n.d.}"));
        assert_eq!(cite.data_version, "");
    }
}
