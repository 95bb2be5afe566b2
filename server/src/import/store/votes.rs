//! Roll-call votes: one recorded vote per (session, topic), and each member state's vote in
//! it, written through the writer the press join shares ([`RecordedVoteWriter`]).

use super::Writer;
use crate::{
    db::write::{RecordedVoteRow, RecordedVoteWriter},
    import::plan::PlannedVote,
    sources::steinert::{FileKind, FILES},
};

impl Writer<'_> {
    /// Write the roll-call votes, in plan order, with each state's vote.
    pub(super) async fn votes(&mut self) -> Result<(), sqlx::Error> {
        let vote_document = self.documents[FILES
            .iter()
            .position(|f| f.kind == FileKind::RollCallVotes)
            .expect("a roll-call file")];
        let mut votes = RecordedVoteWriter::read(self.conn, "steinert").await?;
        let plan = self.plan;
        for planned in &plan.votes {
            let row = self.recorded_vote(planned, vote_document);
            votes.write(self.conn, &mut self.changes, &row).await?;
        }
        (self.stale.recorded_votes, self.stale.votes) = votes.unkept();
        Ok(())
    }

    /// One planned roll call as a row: linked to the status consideration of the
    /// organization its topic names, with each state's vote and its locator.
    fn recorded_vote(&self, planned: &PlannedVote, vote_document: i64) -> RecordedVoteRow {
        RecordedVoteRow {
            session_id: self.session_ids[&planned.session],
            topic: planned.topic.clone(),
            outcome: Some(planned.outcome.clone()),
            consideration_id: planned.organization.and_then(|org| {
                self.status_consideration
                    .get(&(org, planned.session))
                    .copied()
            }),
            source_document_id: vote_document,
            votes: planned
                .votes
                .iter()
                .map(|(state, cast, locator)| {
                    (
                        self.state_ids[*state],
                        cast.as_str().to_string(),
                        Some(locator.clone()),
                    )
                })
                .collect(),
        }
    }
}
