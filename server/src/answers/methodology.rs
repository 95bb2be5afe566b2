//! What the methodology page shows besides its text: the focus-area rules in force, what
//! each source holds per year, how the spellings were joined, the Committee's membership
//! and when the releases are read.

use app::model::{MembershipYear, Methodology};

use crate::{classify::rules, db::Db};

/// The methodology page's answer.
pub async fn methodology(db: &Db) -> Result<Methodology, sqlx::Error> {
    let set = rules();
    let membership = crate::membership::membership();
    Ok(Methodology {
        rule_set_version: set.version.clone(),
        rules: set.rule_lines(),
        exceptions: set.exception_lines(),
        known: set.known_lines(),
        incomplete_releases: db.incomplete_releases().await?,
        coverage: db.coverage().await?,
        link_rules: db.link_rule_counts().await?,
        last_scrape: db.last_run("press_release").await?,
        scrape_schedule: crate::scrape::schedule::describe(),
        membership: membership
            .counts()
            .into_iter()
            .map(|(year, members)| MembershipYear {
                year,
                members: members as i64,
                unchecked: membership.members(year).filter(|s| !s.checked).count() as i64,
            })
            .collect(),
        membership_source: membership.source_note(),
    })
}
