//! Member states and their spellings, from `server/data/member_states.tsv` (a reviewed data
//! file): "Turkey" and "Türkiye", "the Sudan" and "Sudan", "United States of America." and
//! "United States" are one state each, shown by its short English name.

use std::{collections::HashMap, sync::LazyLock};

use crate::names::clean;

const TABLE: &str = include_str!("../data/member_states.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberState {
    /// The short English name the app shows ("Türkiye", "United States").
    pub name: &'static str,
    pub iso3: &'static str,
    /// Other spellings from the table.
    pub variants: Vec<&'static str>,
}

pub struct MemberStates {
    states: Vec<MemberState>,
    by_key: HashMap<String, usize>,
}

static MEMBER_STATES: LazyLock<MemberStates> = LazyLock::new(|| MemberStates::parse(TABLE));

/// The table compiled into the binary.
pub fn member_states() -> &'static MemberStates {
    &MEMBER_STATES
}

/// The matching key of a state's name: cleaned, lower case, without a leading "the" and
/// without a final full stop.
pub fn state_key(name: &str) -> String {
    let cleaned = clean(name).to_lowercase();
    let trimmed = cleaned.trim_end_matches(['.', ',', ';', ':']).trim();
    let trimmed = trimmed.strip_prefix("the ").unwrap_or(trimmed);
    trimmed.to_string()
}

impl MemberStates {
    fn parse(table: &'static str) -> Self {
        let mut states = Vec::new();
        let mut by_key = HashMap::new();
        for line in table.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default().trim();
            let iso3 = fields.next().unwrap_or_default().trim();
            let variants: Vec<&'static str> = fields
                .next()
                .unwrap_or_default()
                .split('|')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .collect();
            let index = states.len();
            for spelling in std::iter::once(name).chain(variants.iter().copied()) {
                let previous = by_key.insert(state_key(spelling), index);
                assert!(
                    previous.is_none_or(|p| p == index),
                    "member_states.tsv: {spelling:?} names two states"
                );
            }
            states.push(MemberState {
                name,
                iso3,
                variants,
            });
        }
        MemberStates { states, by_key }
    }

    /// The state a spelling names, if the table knows it.
    pub fn resolve(&self, spelling: &str) -> Option<&MemberState> {
        self.by_key
            .get(&state_key(spelling))
            .map(|&index| &self.states[index])
    }

    pub fn iter(&self) -> impl Iterator<Item = &MemberState> {
        self.states.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pages name a member state in their language through `app/locales/countries.tsv`,
    /// which finds it by the short name this table gives: the two files must agree.
    #[test]
    fn every_member_state_is_named_in_the_six_languages() {
        use app::i18n::{countries, Lang};
        for state in member_states().iter() {
            assert_eq!(
                countries::code_of(state.name),
                Some(state.iso3),
                "{}: app/locales/countries.tsv names it otherwise",
                state.name
            );
            for lang in Lang::ALL {
                assert!(
                    countries::name(state.iso3, lang).is_some(),
                    "{} {lang:?}",
                    state.name
                );
            }
        }
    }

    #[test]
    fn spellings_resolve_to_short_names() {
        let states = member_states();
        for (spelling, short) in [
            ("Turkey", "Türkiye"),
            ("Türkiye", "Türkiye"),
            ("the Sudan", "Sudan"),
            ("United States of America.", "United States"),
            (
                "United Kingdom of Great Britain and Northern Ireland",
                "United Kingdom",
            ),
            ("Iran (Islamic Republic of)", "Iran"),
            ("Islamic Republic of Iran", "Iran"),
            ("Venezuela (Bolivarian Republic of)", "Venezuela"),
            ("Côte d\u{2019}Ivoire", "Côte d'Ivoire"),
            ("Kyrgyzstan.", "Kyrgyzstan"),
            ("Russian Federation", "Russian Federation"),
        ] {
            assert_eq!(
                states.resolve(spelling).map(|s| s.name),
                Some(short),
                "{spelling}"
            );
        }
        assert!(states.resolve("Ruritania").is_none());
    }

    #[test]
    fn table_has_every_member_state_once() {
        let states = member_states();
        let count = states.iter().count();
        assert!(count >= 193, "{count}");
        let mut iso: Vec<_> = states.iter().map(|s| s.iso3).collect();
        iso.sort_unstable();
        iso.dedup();
        assert_eq!(iso.len(), count, "ISO codes are unique");
    }
}
