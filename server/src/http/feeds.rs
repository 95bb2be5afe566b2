//! Atom feeds (RFC 4287) to follow the record: the decisions on one NGO
//! (`/feeds/organizations/12.atom`), the questions one member state asked
//! (`/feeds/states/Cuba.atom`), the decisions on a focus area's NGOs in the latest sessions
//! (`/feeds/areas/lgbti.atom`) and one session's decisions (`/feeds/sessions/2024-regular.atom`).
//!
//! Every entry links the UN source of its line and the page that shows it. Dates are the
//! record's own: an entry is dated by its session's adoption date where the reports give
//! one, otherwise by when the data last changed — the same instant as the feed's `updated`.

use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

use app::{
    chart::escape_xml,
    components::links::{org_path, session_path, state_path},
    model::{
        area_label, decision_label, ApplicationDetail, ConsiderationDetail, SessionApplication,
        SessionKey, SessionRef, FOCUS_AREAS,
    },
};

use super::{
    api::records::{organization_detail, session_detail, state_detail},
    error::ApiError,
    AppState,
};
use crate::db::Db;

/// At most this many entries per feed, newest first: more than any session has held (a
/// regular session considers some 400–600 applications), so a session's feed is whole.
const MAX_ENTRIES: usize = 1000;
/// An area's feed covers this many of the latest sessions.
const AREA_SESSIONS: usize = 4;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organizations/{file}", get(organization))
        .route("/states/{file}", get(state))
        .route("/areas/{file}", get(area))
        .route("/sessions/{file}", get(session))
}

/// One feed, before it is written out.
struct Feed {
    /// The page the feed follows (path), also the feed's id with the site's address.
    page: String,
    /// The feed's own path.
    path: String,
    title: String,
    entries: Vec<Entry>,
}

struct Entry {
    /// Stable: the page, and a fragment naming the record.
    id: String,
    title: String,
    /// RFC 3339, or `None` for the data version's date.
    date: Option<String>,
    /// The UN source of the line, when one is held.
    source: Option<String>,
    /// The page that shows the record (path).
    page: String,
    summary: String,
}

/// `12.atom` → `12`; any other name is not a feed.
fn stem(file: &str) -> Result<&str, ApiError> {
    file.strip_suffix(".atom")
        .ok_or_else(|| ApiError::NotFound(format!("no feed {file}: feeds end in .atom")))
}

async fn organization(State(db): State<Db>, Path(file): Path<String>) -> Response {
    respond(&db, organization_feed(&db, &file).await).await
}

async fn organization_feed(db: &Db, file: &str) -> Result<Feed, ApiError> {
    let detail = organization_detail(db, stem(file)?).await?;
    let id = detail.id;
    let page = org_path(id);
    let mut entries: Vec<Entry> = detail
        .applications
        .iter()
        .flat_map(|app| app.primary().into_iter().map(move |c| (app, c)))
        .map(|(app, c)| decision_entry(&page, &detail.name, app, c))
        .collect();
    entries.sort_by(|a, b| b.id.cmp(&a.id));
    Ok(Feed {
        path: format!("/feeds/organizations/{id}.atom"),
        title: format!("{}: decisions of the UN Committee on NGOs", detail.name),
        page,
        entries,
    })
}

fn session_words(s: &SessionRef) -> String {
    format!("{} {} session", s.year, s.part)
}

/// One decision on one application at one session.
fn decision_entry(
    page: &str,
    name: &str,
    app: &ApplicationDetail,
    c: &ConsiderationDetail,
) -> Entry {
    let asked: Vec<&str> = c.questions.iter().map(|q| q.state.as_str()).collect();
    let questions = if asked.is_empty() {
        String::new()
    } else {
        format!(" Questions from: {}.", asked.join(", "))
    };
    Entry {
        // Sortable: year, part, application.
        id: format!(
            "#{}-{}-application-{}",
            c.session.year, c.session.part, app.id
        ),
        title: format!(
            "{}: {} ({})",
            session_words(&c.session),
            decision_label(&c.decision),
            app.kind.replace('_', " ")
        ),
        date: c.session.date.clone(),
        source: c.evidence.first().map(|e| e.source.url.clone()),
        page: page.to_string(),
        summary: format!(
            "{name}, application for {}: {} at the {} (source: {}).{questions}",
            app.kind.replace('_', " "),
            decision_label(&c.decision).to_lowercase(),
            session_words(&c.session),
            source_name(&c.source),
        ),
    }
}

fn source_name(source: &str) -> &'static str {
    if source == "steinert" {
        "the Committee's report"
    } else {
        "a UN press release"
    }
}

async fn state(State(db): State<Db>, Path(file): Path<String>) -> Response {
    respond(&db, state_feed(&db, &file).await).await
}

async fn state_feed(db: &Db, file: &str) -> Result<Feed, ApiError> {
    let detail = state_detail(db, stem(file)?, 1, MAX_ENTRIES as u32).await?;
    let page = state_path(&detail.summary.name);
    let entries = detail
        .questions
        .iter()
        .map(|q| Entry {
            id: format!(
                "#{}-{}-organization-{}",
                q.session.year, q.session.part, q.organization_id
            ),
            title: format!(
                "{}: question to {}",
                session_words(&q.session),
                q.organization
            ),
            date: q.session.date.clone(),
            source: q.source.clone(),
            page: org_path(q.organization_id),
            summary: format!(
                "{} asked {}: {} Decision at that session: {}.",
                detail.summary.name,
                q.organization,
                q.text
                    .as_deref()
                    .unwrap_or("(the question is not recorded)"),
                decision_label(&q.decision).to_lowercase()
            ),
        })
        .collect();
    Ok(Feed {
        path: format!("/feeds/states/{}.atom", path_segment(&detail.summary.name)),
        title: format!(
            "{}: questions in the UN Committee on NGOs",
            detail.summary.name
        ),
        page,
        entries,
    })
}

/// A state's name as one path segment (the page's own encoding).
fn path_segment(name: &str) -> String {
    state_path(name).trim_start_matches("/states/").to_string()
}

async fn session(State(db): State<Db>, Path(file): Path<String>) -> Response {
    respond(&db, session_feed(&db, &file).await).await
}

async fn session_feed(db: &Db, file: &str) -> Result<Feed, ApiError> {
    let detail = session_detail(db, stem(file)?).await?;
    let key = detail.session.clone();
    let page = session_path(&key);
    let entries = detail
        .applications
        .iter()
        .map(|a| application_entry(&key, detail.date.as_deref(), a))
        .collect();
    Ok(Feed {
        path: format!("/feeds/sessions/{}.atom", key.slug()),
        title: format!("UN Committee on NGOs, {} session: decisions", key.label()),
        page,
        entries,
    })
}

/// One application considered at a session, with both sources' decisions when they differ.
fn application_entry(key: &SessionKey, date: Option<&str>, a: &SessionApplication) -> Entry {
    let decision = match (&a.reports_decision, &a.press_decision) {
        (Some(r), Some(p)) if r != p => format!(
            "{} (report); {} (press release)",
            decision_label(r),
            decision_label(p).to_lowercase()
        ),
        (Some(d), _) | (None, Some(d)) => decision_label(d).to_string(),
        (None, None) => "considered".to_string(),
    };
    let areas: Vec<&str> = a.areas.iter().map(|x| area_label(x)).collect();
    let areas = if areas.is_empty() {
        String::new()
    } else {
        format!(" Focus areas: {}.", areas.join(", "))
    };
    Entry {
        id: format!(
            "#{}-{}-organization-{}-{}",
            key.year, key.part, a.organization_id, a.kind
        ),
        title: format!("{}: {decision}", a.organization),
        date: date.map(str::to_string),
        source: a.evidence.first().map(|e| e.source.url.clone()),
        page: org_path(a.organization_id),
        summary: format!(
            "{} (printed as “{}”), application for {}: {decision} at the {} session.{areas}",
            a.organization,
            a.name_as_printed,
            a.kind.replace('_', " "),
            key.label()
        ),
    }
}

async fn area(State(db): State<Db>, Path(file): Path<String>) -> Response {
    respond(&db, area_feed(&db, &file).await).await
}

async fn area_feed(db: &Db, file: &str) -> Result<Feed, ApiError> {
    let area = stem(file)?;
    if !FOCUS_AREAS.contains(&area) {
        return Err(ApiError::NotFound(format!(
            "no focus area {area}: one of {}",
            FOCUS_AREAS.join(", ")
        )));
    }
    let mut entries = Vec::new();
    for key in db.latest_sessions(AREA_SESSIONS).await? {
        let Some(detail) = db.session_detail(&key).await? else {
            continue;
        };
        entries.extend(
            detail
                .applications
                .iter()
                .filter(|a| a.areas.iter().any(|x| x == area))
                .map(|a| {
                    let mut entry = application_entry(&key, detail.date.as_deref(), a);
                    // One feed over several sessions: the session goes in the title.
                    entry.title = format!("{} {}: {}", key.year, key.part, entry.title);
                    entry.id = format!("{}{}", session_path(&key), entry.id);
                    entry
                }),
        );
    }
    Ok(Feed {
        path: format!("/feeds/areas/{area}.atom"),
        title: format!(
            "{}: decisions of the UN Committee on NGOs in the latest {AREA_SESSIONS} sessions",
            area_label(area)
        ),
        page: format!("/organizations?area={area}"),
        entries,
    })
}

/// The feed as Atom, dated by the data version; an error as the API's JSON envelope.
async fn respond(db: &Db, feed: Result<Feed, ApiError>) -> Response {
    let feed = match feed {
        Ok(feed) => feed,
        Err(error) => return error.into_response(),
    };
    let updated = match db.data_version().await {
        Ok(version) => version.changed_at,
        Err(error) => return ApiError::from(error).into_response(),
    };
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        atom(&feed, db.site_url(), &updated),
    )
        .into_response()
}

/// A date as Atom wants it: a full RFC 3339 instant (a bare date is taken at midnight UTC).
fn instant(date: &str) -> String {
    if date.len() == 10 {
        format!("{date}T00:00:00Z")
    } else {
        date.to_string()
    }
}

fn atom(feed: &Feed, site: &str, updated: &str) -> String {
    let x = escape_xml;
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <id>{site}{page}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n\
         <author><name>ecosoc-watch</name><uri>{site}/</uri></author>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{site}{path}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{site}{page}\"/>\n\
         <rights>Data: Steinert, ECOSOC_Status (MIT licence); UN press releases; \
         ecosoc-watch (MIT licence)</rights>\n",
        site = x(site),
        page = x(&feed.page),
        path = x(&feed.path),
        title = x(&feed.title),
        updated = x(&instant(updated)),
    );
    for entry in feed.entries.iter().take(MAX_ENTRIES) {
        let id = if entry.id.starts_with('#') {
            format!("{site}{}{}", feed.page, entry.id)
        } else {
            format!("{site}{}", entry.id)
        };
        let source = entry
            .source
            .as_deref()
            .map(|url| {
                format!(
                    "<link rel=\"via\" type=\"text/html\" href=\"{}\"/>\n",
                    x(url)
                )
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "<entry>\n<id>{id}</id>\n<title>{title}</title>\n<updated>{date}</updated>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{site}{page}\"/>\n{source}\
             <summary>{summary}</summary>\n</entry>\n",
            id = x(&id),
            title = x(&entry.title),
            date = x(&instant(entry.date.as_deref().unwrap_or(updated))),
            site = x(site),
            page = x(&entry.page),
            summary = x(&entry.summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_without_a_date_takes_the_feed_s_and_text_is_escaped() {
        let feed = Feed {
            page: "/organizations/7".into(),
            path: "/feeds/organizations/7.atom".into(),
            title: "A & B <Trust>".into(),
            entries: vec![Entry {
                id: "#2024-regular-application-3".into(),
                title: "2024 regular session: Deferred".into(),
                date: None,
                source: Some("https://press.un.org/en/2024/ngo900.doc.htm#p4".into()),
                page: "/organizations/7".into(),
                summary: "A \"quoted\" name".into(),
            }],
        };
        let xml = atom(&feed, "https://example.org", "2026-12-03T07:44:27Z");
        assert!(xml.contains("<title>A &amp; B &lt;Trust&gt;</title>"));
        assert!(
            xml.contains("<id>https://example.org/organizations/7#2024-regular-application-3</id>")
        );
        assert_eq!(
            xml.matches("<updated>2026-12-03T07:44:27Z</updated>")
                .count(),
            2
        );
        assert_eq!(instant("2024-02-02"), "2024-02-02T00:00:00Z");
    }
}
