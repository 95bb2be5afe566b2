//! Where an organization's applications stand against the time-to-decision curves (the
//! answer itself is [`crate::answers::time_to_decision`]).

use app::model::WaitStanding;

use super::Db;

impl Db {
    /// Where each of an organization's status applications stands against its areas' curves.
    pub async fn wait_standings(
        &self,
        organization_id: i64,
    ) -> Result<Vec<WaitStanding>, sqlx::Error> {
        let inputs = self.rates_inputs().await?;
        Ok(inputs.waits.standings(&inputs.areas, organization_id))
    }
}
