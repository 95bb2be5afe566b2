//! Who asks: per member state, its questions, their deferrals, its over-representation by
//! focus area and its votes, with the Committee's membership and the provenance.

use app::model::{WhoAsks, WhoAsksQuery};

use crate::{
    db::{rates::Provenance, Db},
    measures::who_asks::who_asks as measure,
    membership::membership,
};

/// Per member state, its questions, their deferrals, its over-representation by focus area
/// and its votes, for `query`.
pub async fn who_asks(db: &Db, query: &WhoAsksQuery) -> Result<WhoAsks, sqlx::Error> {
    let inputs = db.rates_inputs().await?;
    let press = db.press_inputs().await?;
    let membership = membership();
    let (states, coverage) = measure(
        query,
        &press,
        &inputs.considerations,
        &inputs.areas,
        |year, state| membership.is_member(year, state),
    );
    let provenance = db.provenance().await?;
    let cite = provenance.cite_basis(db.site_url()).who_asks(query);
    let Provenance {
        data_version,
        rule_set_version,
        citation,
    } = provenance;
    let mut answer = WhoAsks {
        query: query.clone(),
        states,
        coverage,
        definition: query.definition(),
        summary: String::new(),
        membership_source: membership.source_note(),
        data_version,
        citation,
        rule_set_version,
        cite,
    };
    answer.summary = app::chart::who_asks::summary(&answer);
    Ok(answer)
}
