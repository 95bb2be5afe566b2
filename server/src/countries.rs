//! Countries and their UN M49 regions, from `server/data/m49_regions.tsv` (a reviewed copy of
//! the UN Statistics Division's table), and the country an organization is known by: the one
//! its press releases print, resolved to ISO 3166-1 alpha-3, where every release that prints
//! one agrees. Releases that disagree leave the organization without a country for the
//! measures, and the disagreement is counted, never settled silently.

use std::{
    collections::{BTreeSet, HashMap},
    sync::LazyLock,
};

use app::model::{region_name, RatesQuery};

use crate::member_states::{member_states, state_key};

const TABLE: &str = include_str!("../data/m49_regions.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub iso3: &'static str,
    /// The UNSD English name.
    pub name: &'static str,
    /// The M49 region ("Africa"), empty where M49 has none (Antarctica, Kosovo).
    pub region: &'static str,
    pub sub_region: &'static str,
}

pub struct Countries {
    by_iso3: HashMap<&'static str, Country>,
    by_key: HashMap<String, &'static str>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| Countries::parse(TABLE));

/// The table compiled into the binary.
pub fn countries() -> &'static Countries {
    &COUNTRIES
}

impl Countries {
    fn parse(table: &'static str) -> Self {
        let mut by_iso3 = HashMap::new();
        let mut by_key = HashMap::new();
        for line in table.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&'static str> = line.split('\t').collect();
            let field = |i: usize| fields.get(i).copied().unwrap_or_default().trim();
            let country = Country {
                iso3: field(0),
                name: field(2),
                region: field(3),
                sub_region: field(5),
            };
            by_key.insert(state_key(country.name), country.iso3);
            by_iso3.insert(country.iso3, country);
        }
        // A member state's short name and every spelling of member_states.tsv name it too.
        for state in member_states().iter() {
            for spelling in std::iter::once(state.name).chain(state.variants.iter().copied()) {
                by_key.insert(state_key(spelling), state.iso3);
            }
        }
        Countries { by_iso3, by_key }
    }

    pub fn get(&self, iso3: &str) -> Option<&Country> {
        self.by_iso3.get(iso3)
    }

    /// The country a release prints ("United States of America", "Türkiye", "the Sudan",
    /// "Hong Kong, China" only where a table names it so); `None` when neither table knows it.
    pub fn resolve(&self, printed: &str) -> Option<&Country> {
        self.by_key
            .get(&state_key(printed))
            .and_then(|iso3| self.by_iso3.get(iso3))
    }

    /// Whether `iso3` lies in the region named by `slug` (one of [`REGIONS`]).
    pub fn in_region(&self, iso3: &str, slug: &str) -> bool {
        let Some(name) = region_name(slug) else {
            return false;
        };
        self.get(iso3).is_some_and(|c| c.region == name)
    }
}

/// The restriction of a rates query in words, or an error naming `country` when the table
/// does not know its code.
pub fn restriction(query: &RatesQuery) -> Result<Option<String>, String> {
    if let Some(iso3) = &query.country {
        let country = countries().get(iso3).ok_or_else(|| {
            format!("parameter `country`: {iso3:?} is not a country code of the UN M49 table")
        })?;
        return Ok(Some(country.name.to_string()));
    }
    Ok(query
        .region
        .as_deref()
        .and_then(region_name)
        .map(|name| format!("{name} (UN M49 region)")))
}

/// Whether an organization with `country` passes the query's restriction (always, without one).
pub fn passes(query: &RatesQuery, country: Option<&OrgCountry>) -> bool {
    match (&query.country, &query.region) {
        (None, None) => true,
        (Some(iso3), _) => matches!(country, Some(OrgCountry::Agreed(c)) if c == iso3),
        (None, Some(slug)) => {
            matches!(country, Some(OrgCountry::Agreed(c)) if countries().in_region(c, slug))
        }
    }
}

/// What the releases say of an organization's country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgCountry {
    /// Every release that prints a country prints this one (ISO3).
    Agreed(&'static str),
    /// The releases print different countries (as resolved), or one the tables do not know.
    Unsettled(BTreeSet<String>),
}

/// Each organization's country from its press records' printed countries.
pub fn organization_countries(
    records: impl IntoIterator<Item = (i64, String)>,
) -> HashMap<i64, OrgCountry> {
    let table = countries();
    let mut seen: HashMap<i64, BTreeSet<String>> = HashMap::new();
    for (organization, printed) in records {
        let resolved = table
            .resolve(&printed)
            .map_or_else(|| format!("?{}", printed.trim()), |c| c.iso3.to_string());
        seen.entry(organization).or_default().insert(resolved);
    }
    seen.into_iter()
        .map(|(organization, found)| {
            let agreed = (found.len() == 1)
                .then(|| found.iter().next().and_then(|iso3| table.get(iso3)))
                .flatten();
            let country = match agreed {
                Some(c) => OrgCountry::Agreed(c.iso3),
                None => OrgCountry::Unsettled(found),
            };
            (organization, country)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_countries_resolve_to_their_code_and_region() {
        let table = countries();
        for (printed, iso3, region) in [
            ("United States", "USA", "Americas"),
            ("United States of America", "USA", "Americas"),
            ("Türkiye", "TUR", "Asia"),
            ("Turkey", "TUR", "Asia"),
            ("the Sudan", "SDN", "Africa"),
            ("Nigeria", "NGA", "Africa"),
            ("United Kingdom", "GBR", "Europe"),
            ("Fiji", "FJI", "Oceania"),
            ("Greenland", "GRL", "Americas"),
        ] {
            let country = table
                .resolve(printed)
                .unwrap_or_else(|| panic!("{printed}"));
            assert_eq!((country.iso3, country.region), (iso3, region), "{printed}");
        }
        assert!(table.resolve("Testland").is_none());
        assert!(table.in_region("NGA", "africa"));
        assert!(!table.in_region("NGA", "europe"));
        assert!(!table.in_region("NGA", "mars"));
    }

    #[test]
    fn every_member_state_has_a_region() {
        let table = countries();
        for state in member_states().iter() {
            let country = table.get(state.iso3).unwrap_or_else(|| {
                panic!("{} ({}) is not in m49_regions.tsv", state.name, state.iso3)
            });
            assert!(!country.region.is_empty(), "{country:?}");
        }
    }

    #[test]
    fn releases_that_agree_give_a_country_and_others_are_kept_apart() {
        let found = organization_countries([
            (1, "Nigeria".to_string()),
            (1, " nigeria ".to_string()),
            (2, "Turkey".to_string()),
            (2, "Türkiye".to_string()),
            (3, "France".to_string()),
            (3, "Belgium".to_string()),
            (4, "Testland".to_string()),
        ]);
        assert_eq!(found[&1], OrgCountry::Agreed("NGA"));
        assert_eq!(found[&2], OrgCountry::Agreed("TUR"));
        assert_eq!(
            found[&3],
            OrgCountry::Unsettled(["BEL".to_string(), "FRA".to_string()].into())
        );
        assert_eq!(
            found[&4],
            OrgCountry::Unsettled(["?Testland".to_string()].into())
        );
        assert!(!found.contains_key(&5));
    }
}
