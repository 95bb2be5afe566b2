//! One member state's record: a page of its questions, its votes, the organizations it
//! questioned by area, and its who-asks measures (2016–2024 by default).

use app::model::{StateDetail, WhoAsksQuery};

use crate::db::Db;

/// One state's record: page `page` of its questions (newest first), all its votes, and
/// the organizations it questioned by focus area. `None` for a name no table knows.
pub async fn state(
    db: &Db,
    name: &str,
    page: u32,
    per_page: u32,
) -> Result<Option<StateDetail>, sqlx::Error> {
    let Some(id) = db.find_state(name).await? else {
        return Ok(None);
    };
    let Some(summary) = db.state_summaries(Some(id)).await?.pop() else {
        return Ok(None);
    };
    let page = page.max(1);
    let per_page = per_page.max(1);
    let questions = db
        .state_questions(id, &summary.name, page, per_page)
        .await?;
    let votes = db.state_votes(id).await?;
    let questioned_by_area = db.questioned_by_area(id).await?;
    let measures_query = WhoAsksQuery::default();
    let measures = super::who_asks::who_asks(db, &measures_query)
        .await?
        .states
        .into_iter()
        .find(|m| m.state == summary.name);
    let mut path = app::components::links::state_path(&summary.name);
    if page > 1 {
        path.push_str(&format!("?page={page}"));
    }
    let cite = db.cite_basis().await?.state(&summary.name, &path);
    Ok(Some(StateDetail {
        cite,
        summary,
        questions,
        page,
        per_page,
        votes,
        questioned_by_area,
        measures,
        measures_query,
    }))
}
