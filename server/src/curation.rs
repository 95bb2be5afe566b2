//! Curators' decisions on organization links: list the doubtful ones, merge two names that
//! are one NGO, split two that are not. A decision is kept by name key with its reason and
//! author, so it survives every later import, and it takes effect at once by re-linking from
//! the stored snapshots (no network).

use serde::Serialize;

use crate::{
    db::{now_utc, Db},
    import::steinert::{relink_from_snapshots, ImportError, ImportSummary},
    linking::CuratorAction,
    names::name_key,
};

#[derive(Debug, thiserror::Error)]
pub enum CurationError {
    #[error("no organization has a spelling {0:?}; search with `ecosoc-watch orgs search`")]
    UnknownName(String),
    #[error("the two names are the same after normalisation ({0:?}): nothing to merge or split")]
    SameKey(String),
    #[error("a reason is required, so that the next curator knows why")]
    NoReason,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Relink(#[from] ImportError),
}

/// A link worth a second look: fuzzy links, weakest first, then the variant rule's (a dropped
/// bracket can be a national section's place, a dropped legal form a second organization).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct DoubtfulLink {
    pub organization_id: i64,
    pub name: String,
    pub linked_to: Option<String>,
    pub rule: String,
    pub score: Option<f64>,
}

pub async fn doubtful_links(db: &Db, limit: i64) -> Result<Vec<DoubtfulLink>, sqlx::Error> {
    sqlx::query_as(
        "select organization_id, name, linked_to_name as linked_to, link_rule as rule, \
           link_score as score from organization_name \
         where link_rule in ('fuzzy', 'variant') order by link_rule, link_score, name limit $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// A focus area the organization is not in, which a state's question speaks of or which
/// the organization declares on its iCSO / esango profile: for a curator to read, never an
/// assignment (the rules are measured on names; a question's words are the asking state's,
/// and a declared list is the organization's own account, unmeasured here).
#[derive(Debug, Clone, Serialize)]
pub struct AreaHint {
    pub organization_id: i64,
    pub name: String,
    pub area: String,
    /// `question` or `declared`.
    pub evidence: &'static str,
    /// The rules' phrases the question matched, or the declared field.
    pub matched: Vec<String>,
    /// The question, or the declared field.
    pub text: String,
    /// Where it was read (the release, the profile), when stored.
    pub source: Option<String>,
}

/// Per organization and area, the first question whose words put it in an area it is not
/// in, then the first declared field that does.
pub async fn area_hints(db: &Db) -> Result<Vec<AreaHint>, sqlx::Error> {
    let rows: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "select o.organization_id, o.name, q.text, d.url from question q \
         join consideration c on c.consideration_id = q.consideration_id \
         join application a on a.application_id = c.application_id \
         join organization o on o.organization_id = a.organization_id \
         left join source_document d on d.source_document_id = q.source_document_id \
         where q.text is not null order by o.organization_id, q.question_id",
    )
    .fetch_all(db.pool())
    .await?;
    let areas = db.effective_areas().await?;
    // An area is hinted once per organization, and never one it is in.
    let mut hinted: std::collections::HashSet<(i64, String)> = Default::default();
    let mut first = |id: i64, area: &str| {
        let has = areas
            .get(&id)
            .is_some_and(|a| a.iter().any(|e| e.area == area));
        !has && hinted.insert((id, area.to_string()))
    };
    let mut hints: Vec<AreaHint> = Vec::new();
    for (organization_id, name, question, source) in rows {
        for reason in crate::classify::rules()
            .classify(&[question.as_str()])
            .reasons
        {
            if !first(organization_id, &reason.area) {
                continue;
            }
            hints.push(AreaHint {
                organization_id,
                name: name.clone(),
                area: reason.area,
                evidence: "question",
                matched: reason.matched,
                text: question.clone(),
                source: source.clone(),
            });
        }
    }
    for declared in db.declared_areas(None).await? {
        if !first(declared.organization_id, &declared.area) {
            continue;
        }
        hints.push(AreaHint {
            organization_id: declared.organization_id,
            name: declared.name,
            area: declared.area,
            evidence: "declared",
            matched: vec![declared.field.clone()],
            text: declared.field,
            source: Some(declared.profile_url),
        });
    }
    hints.sort_by_key(|h| h.organization_id);
    Ok(hints)
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Decision {
    pub name_key_a: String,
    pub name_key_b: String,
    pub action: String,
    pub reason: String,
    pub curator: String,
    pub created_at: String,
}

pub async fn decisions(db: &Db) -> Result<Vec<Decision>, sqlx::Error> {
    sqlx::query_as(
        "select name_key_a, name_key_b, action, reason, curator, created_at from organization_link_decision \
         order by organization_link_decision_id",
    )
    .fetch_all(db.pool())
    .await
}

async fn known_key(db: &Db, name: &str) -> Result<String, CurationError> {
    let key = name_key(name);
    let found: i64 =
        sqlx::query_scalar("select count(*) from organization_name where name_key = $1")
            .bind(&key)
            .fetch_one(db.pool())
            .await?;
    if found == 0 {
        return Err(CurationError::UnknownName(name.to_string()));
    }
    Ok(key)
}

/// Record a merge or split of two spellings and re-link. A later decision on the same pair
/// replaces the earlier one.
pub async fn decide(
    db: &Db,
    a: &str,
    b: &str,
    action: CuratorAction,
    reason: &str,
    curator: &str,
) -> Result<ImportSummary, CurationError> {
    if reason.trim().is_empty() {
        return Err(CurationError::NoReason);
    }
    let (ka, kb) = (known_key(db, a).await?, known_key(db, b).await?);
    if ka == kb {
        return Err(CurationError::SameKey(ka));
    }
    let (ka, kb) = if ka <= kb { (ka, kb) } else { (kb, ka) };
    let action = match action {
        CuratorAction::Merge => "merge",
        CuratorAction::Split => "split",
    };
    let mut tx = db.pool().begin().await?;
    sqlx::query("delete from organization_link_decision where name_key_a = $1 and name_key_b = $2")
        .bind(&ka)
        .bind(&kb)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "insert into organization_link_decision (name_key_a, name_key_b, action, reason, curator, created_at) \
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&ka)
    .bind(&kb)
    .bind(action)
    .bind(reason.trim())
    .bind(curator)
    .bind(now_utc())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(%ka, %kb, action, curator, "curator decision recorded; re-linking");
    Ok(relink_from_snapshots(db).await?)
}
