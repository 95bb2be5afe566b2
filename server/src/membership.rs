//! The Committee on NGOs' membership by year, from `server/data/committee_membership.tsv` (a
//! reviewed data file: one row per state per stretch of a term, with its source and whether
//! that source was read). A state's figures count only the sessions it sat in.

use app::i18n::year_arg;
use std::{collections::BTreeMap, sync::LazyLock};

use crate::member_states::member_states;

const TABLE: &str = include_str!("../data/committee_membership.tsv");

/// The Committee's seats; the tests check every year of the file against it.
pub const SEATS: usize = 19;

/// Years the file knowingly leaves a seat empty, with the members it has: no source read so
/// far names the fourth Latin American and Caribbean member of 2007 (Dominica first votes in
/// February 2008; see committee_membership.md). A test fails when the file changes either way.
pub const KNOWN_GAPS: [(i32, usize); 1] = [(2007, 18)];

/// One state's seat for a stretch of years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub from: i32,
    pub to: i32,
    /// The short name of `member_states.tsv`.
    pub state: &'static str,
    pub regional_group: &'static str,
    pub source: &'static str,
    pub source_url: &'static str,
    /// The source's text was read when the row was written.
    pub checked: bool,
    pub note: &'static str,
}

#[derive(Debug)]
pub struct Membership {
    seats: Vec<Seat>,
}

static MEMBERSHIP: LazyLock<Membership> = LazyLock::new(|| {
    Membership::parse(TABLE).unwrap_or_else(|e| panic!("committee_membership.tsv: {e}"))
});

/// The file compiled into the binary.
pub fn membership() -> &'static Membership {
    &MEMBERSHIP
}

impl Membership {
    /// Read the file; every problem names its line.
    pub fn parse(table: &'static str) -> Result<Self, String> {
        let mut seats = Vec::new();
        for (number, line) in table.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let line_no = number + 1;
            let fields: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            if fields.len() < 7 {
                return Err(format!(
                    "line {line_no}: {} fields, expected from_year, to_year, state, regional_group, source, source_url, checked[, note]",
                    fields.len()
                ));
            }
            if fields[0] == "from_year" {
                continue; // the header
            }
            let year = |i: usize| {
                fields[i]
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1946..=2100).contains(y))
                    .ok_or_else(|| format!("line {line_no}: {:?} is not a year", fields[i]))
            };
            let (from, to) = (year(0)?, year(1)?);
            if from > to {
                return Err(format!("line {line_no}: {from} is after {to}"));
            }
            let state = member_states()
                .resolve(fields[2])
                .filter(|s| s.name == fields[2])
                .ok_or_else(|| {
                    format!(
                        "line {line_no}: {:?} is not a short name of member_states.tsv",
                        fields[2]
                    )
                })?
                .name;
            let checked = match fields[6] {
                "checked" => true,
                "unchecked" => false,
                other => {
                    return Err(format!(
                        "line {line_no}: checked must be checked or unchecked, not {other:?}"
                    ))
                }
            };
            if fields[4].is_empty() {
                return Err(format!("line {line_no}: no source"));
            }
            seats.push(Seat {
                from,
                to,
                state,
                regional_group: fields[3],
                source: fields[4],
                source_url: fields[5],
                checked,
                note: fields.get(7).copied().unwrap_or_default(),
            });
        }
        Ok(Membership { seats })
    }

    pub fn seats(&self) -> &[Seat] {
        &self.seats
    }

    /// The first and last year the file covers.
    pub fn span(&self) -> Option<(i32, i32)> {
        let first = self.seats.iter().map(|s| s.from).min()?;
        let last = self.seats.iter().map(|s| s.to).max()?;
        Some((first, last))
    }

    /// The seats of `year`.
    pub fn members(&self, year: i32) -> impl Iterator<Item = &Seat> {
        self.seats
            .iter()
            .filter(move |s| (s.from..=s.to).contains(&year))
    }

    /// Whether `state` sat on the Committee in `year`; `None` for a year the file does not
    /// cover (then nobody's membership is known).
    pub fn is_member(&self, year: i32, state: &str) -> Option<bool> {
        let mut members = self.members(year).peekable();
        members.peek()?;
        Some(members.any(|s| s.state == state))
    }

    /// Members per year, for the methodology page and the tests.
    pub fn counts(&self) -> BTreeMap<i32, usize> {
        let mut counts = BTreeMap::new();
        if let Some((first, last)) = self.span() {
            for year in first..=last {
                counts.insert(year, self.members(year).count());
            }
        }
        counts
    }

    /// Where the file's rows come from, in one sentence.
    pub fn source_note(&self) -> String {
        let unchecked = self.seats.iter().filter(|s| !s.checked).count();
        let (first, last) = self.span().unwrap_or_default();
        // The page words it again in its language (`I18n::reworded`).
        app::i18n::english(
            "methodology-membership-source",
            &[
                ("first", year_arg(first)),
                ("last", year_arg(last)),
                ("rows", year_arg(self.seats.len())),
                ("unchecked", year_arg(unchecked)),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_year_from_1998_has_nineteen_members_each_once_but_the_known_gaps() {
        let membership = membership();
        let (first, last) = membership.span().expect("the file has rows");
        assert!(first <= 1998, "the file starts in {first}");
        for year in 1998..=last {
            let mut members: Vec<&str> = membership.members(year).map(|s| s.state).collect();
            let count = members.len();
            members.sort_unstable();
            members.dedup();
            assert_eq!(members.len(), count, "{year}: a state sits twice");
            let expected = KNOWN_GAPS
                .iter()
                .find(|(y, _)| *y == year)
                .map_or(SEATS, |(_, n)| *n);
            assert_eq!(count, expected, "{year}: {members:?}");
        }
    }

    #[test]
    fn rows_name_known_states_and_their_source() {
        for seat in membership().seats() {
            assert!(!seat.source.is_empty(), "{seat:?}");
            assert!(
                seat.source_url.is_empty()
                    || seat.source_url.starts_with("https://")
                    || seat.source_url.starts_with("http://"),
                "{seat:?}"
            );
            assert!(
                [
                    "African",
                    "Asia-Pacific",
                    "Eastern European",
                    "Latin American and Caribbean",
                    "Western European and other"
                ]
                .contains(&seat.regional_group),
                "{seat:?}"
            );
        }
    }

    #[test]
    fn bad_rows_are_refused_with_their_line() {
        for (table, says) in [
            (
                "2019\t2022\tRuritania\tAfrican\tx\t\tchecked\n",
                "Ruritania",
            ),
            ("2023\t2022\tCuba\tAfrican\tx\t\tchecked\n", "after"),
            ("2019\t2022\tCuba\tAfrican\tx\t\tmaybe\n", "checked"),
            ("2019\t2022\tCuba\tAfrican\t\t\tchecked\n", "no source"),
            ("20x9\t2022\tCuba\tAfrican\tx\t\tchecked\n", "not a year"),
            ("2019\t2022\tCuba\n", "fields"),
        ] {
            let error = Membership::parse(table).expect_err(table);
            assert!(
                error.starts_with("line 1") && error.contains(says),
                "{error}"
            );
        }
    }

    #[test]
    fn membership_is_unknown_outside_the_file() {
        let membership = Membership::parse(
            "2019\t2022\tCuba\tLatin American and Caribbean\tE/2018/x\t\tchecked\n",
        )
        .expect("a row");
        assert_eq!(membership.is_member(2020, "Cuba"), Some(true));
        assert_eq!(membership.is_member(2020, "China"), Some(false));
        assert_eq!(membership.is_member(2023, "Cuba"), None);
    }
}
