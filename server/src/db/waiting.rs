//! Time to decision: the measure over the cached considerations, with its provenance.

use app::model::{SessionRef, TimeToDecision, WaitQuery, WaitStanding};

use super::{rates::Provenance, Db};
use crate::measures::survival::WaitResult;

impl Db {
    /// Kaplan–Meier and Aalen–Johansen curves per focus area for the cohort of `query`.
    pub async fn time_to_decision(&self, query: &WaitQuery) -> Result<TimeToDecision, sqlx::Error> {
        let inputs = self.rates_inputs().await?;
        let WaitResult {
            groups,
            left_truncated,
            decided_then_considered,
        } = inputs.waits.time_to_decision(query, &inputs.areas);
        let provenance = self.provenance().await?;
        let cite = provenance
            .cite_basis(self.site_url())
            .time_to_decision(query);
        let Provenance {
            data_version,
            rule_set_version,
            citation,
        } = provenance;
        // The considerations are ordered by session: the last is where the data ends.
        let last_session = inputs.considerations.last().map(|c| SessionRef {
            year: i64::from(c.year),
            part: if c.part == 1 { "resumed" } else { "regular" }.to_string(),
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

    /// Where each of an organization's status applications stands against its areas' curves.
    pub async fn wait_standings(
        &self,
        organization_id: i64,
    ) -> Result<Vec<WaitStanding>, sqlx::Error> {
        let inputs = self.rates_inputs().await?;
        Ok(inputs.waits.standings(&inputs.areas, organization_id))
    }
}
