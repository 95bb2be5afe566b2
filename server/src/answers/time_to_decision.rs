//! Time to decision: Kaplan–Meier and Aalen–Johansen curves per focus area for a
//! [`WaitQuery`], with the session the data ends at, the summary in words and the provenance.

use app::model::{SessionPart, SessionRef, TimeToDecision, WaitQuery};

use crate::{
    db::{rates::Provenance, Db},
    measures::survival::WaitResult,
};

/// Kaplan–Meier and Aalen–Johansen curves per focus area for the cohort of `query`.
pub async fn time_to_decision(db: &Db, query: &WaitQuery) -> Result<TimeToDecision, sqlx::Error> {
    let inputs = db.rates_inputs().await?;
    let WaitResult {
        groups,
        left_truncated,
        decided_then_considered,
    } = inputs.waits.time_to_decision(query, &inputs.areas);
    let provenance = db.provenance().await?;
    let cite = provenance.cite_basis(db.site_url()).time_to_decision(query);
    let Provenance {
        data_version,
        rule_set_version,
        citation,
    } = provenance;
    // The considerations are ordered by session: the last is where the data ends.
    let last_session = inputs.considerations.last().map(|c| SessionRef {
        year: i64::from(c.year),
        part: SessionPart::from_order(c.part).as_str().to_string(),
        date: None,
    });
    let mut answer = TimeToDecision {
        query: query.clone(),
        groups,
        left_truncated,
        decided_then_considered,
        last_session,
        definition: query.definition(),
        summary: String::new(),
        data_version,
        citation,
        rule_set_version,
        cite,
    };
    answer.summary = app::chart::waiting::waiting_summary(&answer);
    Ok(answer)
}
