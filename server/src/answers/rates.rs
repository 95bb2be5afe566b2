//! The headline answer: deferral rates by focus area for a [`RatesQuery`], with the coverage
//! of countries, its definition and summary in words, and its provenance and citation.

use app::{
    chart,
    model::{CountryCoverage, Rates, RatesQuery},
};

use crate::{
    countries::{passes, OrgCountry},
    db::{rates::Provenance, Db},
    measures::rates_where,
};

/// Rates for `query`, restricted to its region or country when it has one; `restricted_to`
/// is that restriction in words ([`crate::countries::restriction`] checks the query).
pub async fn rates(
    db: &Db,
    query: &RatesQuery,
    restricted_to: Option<String>,
) -> Result<Rates, sqlx::Error> {
    let inputs = db.rates_inputs().await?;
    let country = |organization_id: i64| inputs.countries.get(&organization_id);
    let rows = rates_where(query, &inputs.considerations, &inputs.areas, |o| {
        passes(query, country(o))
    });
    // The coverage, counted by the same measure: every unit, those with a country the
    // releases agree on, and those whose releases disagree.
    let all_units = |keep: &dyn Fn(i64) -> bool| {
        rates_where(query, &inputs.considerations, &inputs.areas, keep)
            .iter()
            .find(|r| r.area == "all")
            .map_or(0, |r| r.denominator)
    };
    let countries = CountryCoverage {
        units: all_units(&|_| true),
        with_country: all_units(&|o| matches!(country(o), Some(OrgCountry::Agreed(_)))),
        unsettled: all_units(&|o| matches!(country(o), Some(OrgCountry::Unsettled(_)))),
        restricted_to,
    };
    let provenance = db.provenance().await?;
    let cite = provenance
        .cite_basis(db.site_url())
        .rates(query, countries.restricted_to.as_deref());
    let Provenance {
        data_version,
        rule_set_version,
        citation,
    } = provenance;
    let mut answer = Rates {
        definition: String::new(),
        query: query.clone(),
        rows,
        summary: String::new(),
        citation,
        data_version,
        rule_set_version,
        countries,
        cite,
    };
    answer.definition = chart::definition(&answer);
    answer.summary = chart::summary(&answer);
    Ok(answer)
}
