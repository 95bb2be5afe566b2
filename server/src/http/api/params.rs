//! The parameters that belong to one or two routes — paging, the choice of a table or a chart,
//! the record a path names — described for the OpenAPI document from the limits the handlers
//! check. The query types describe theirs beside their parsers, in `app::model`.

use app::model::{api::params::*, MAX_PAGE};
use utoipa::{
    openapi::path::{Parameter, ParameterIn},
    IntoParams,
};

use super::MAX_LIST_PAGE;

/// `labels` of the rates' CSV and JSON: a label column per language asked for.
pub struct LabelLanguages;

impl IntoParams for LabelLanguages {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![query(
            "labels",
            "Languages to add a label column in, comma-separated UN language codes (ar, zh, \
             en, fr, ru, es): `labels=fr,ar` adds `label_fr` and `label_ar` to the CSV and \
             `labels` to each JSON row. The codes stay as they are.",
            matching(r"^((ar|zh|en|fr|ru|es)(,|$))*$"),
        )
        .example(Some(serde_json::json!("fr,ar")))
        .build()]
    }
}

/// `lang` of the rates chart files: the language of their words.
pub struct ChartLanguage;

impl IntoParams for ChartLanguage {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![query(
            "lang",
            "The language of the chart's words: a UN language code, or `ar-u-nu-arab` for \
             Arabic with Arabic-Indic digits.",
            one_of(
                ["ar", "zh", "en", "fr", "ru", "es", "ar-u-nu-arab"],
                Some("en"),
            ),
        )
        .build()]
    }
}

/// `page` and `per_page` of a long list.
pub struct PageParams;

impl IntoParams for PageParams {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![
            query(
                "page",
                "Which page of the list.",
                whole(1..=MAX_PAGE, Some(1)),
            )
            .build(),
            query(
                "per_page",
                "How many rows a page has.",
                whole(1..=MAX_LIST_PAGE, Some(MAX_LIST_PAGE)),
            )
            .build(),
        ]
    }
}

/// `page` of a member state's questions.
pub struct StatePage;

impl IntoParams for StatePage {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![query(
            "page",
            "Which page of its questions, newest first.",
            whole(1..=MAX_PAGE, Some(1)),
        )
        .build()]
    }
}

/// `problems`: only the releases that could not be read whole.
pub struct ProblemsOnly;

impl IntoParams for ProblemsOnly {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![query(
            "problems",
            "1: only the releases with passages that could not be read; 0: every release.",
            one_of(["0", "1"], Some("0")),
        )
        .build()]
    }
}

/// `table` of the time-to-decision CSV.
pub struct WaitTable;

impl IntoParams for WaitTable {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![query(
            "table",
            "life: the life table, one row per focus area and session; summary: one row per \
             focus area (medians, the share still waiting after 4 and 8 sessions, the log-rank \
             test).",
            one_of(["life", "summary"], Some("life")),
        )
        .build()]
    }
}

/// `chart` of the who-asks chart files.
pub struct WhoAsksChart;

impl IntoParams for WhoAsksChart {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![query(
            "chart",
            "questions: the states that asked most, by focus area; ratios: how each state's \
             questions fall by focus area against each area's share of the considerations.",
            one_of(["questions", "ratios"], Some("questions")),
        )
        .build()]
    }
}

/// `{id}` of `/organizations/{id}`.
pub struct OrganizationId;

impl IntoParams for OrganizationId {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![path(
            "id",
            "The organization's number, as a search gives it; add `.csv` (`12.csv`) for its \
             considerations as CSV.",
            matching(r"^[0-9]+(\.csv)?$"),
            "1",
        )]
    }
}

/// `{table}` of `/methodology/{table}`.
pub struct MethodologyTable;

impl IntoParams for MethodologyTable {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let names: Vec<&str> = super::methodology::TABLES.iter().map(|(n, _)| *n).collect();
        vec![path(
            "table",
            "Which table of the methodology page, as CSV.",
            one_of(names, None),
            "rules.csv",
        )]
    }
}

/// `{key}` of `/sessions/{key}`.
pub struct SessionSlug;

impl IntoParams for SessionSlug {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![path(
            "key",
            "The session: its year, then regular (around January) or resumed (around May); add \
             `.csv` (`2019-resumed.csv`) for its applications as CSV.",
            matching(r"^[0-9]{4}-(regular|resumed)(\.csv)?$"),
            "2019-resumed",
        )]
    }
}

/// `{name}` of `/states/{name}`.
pub struct StateName;

impl IntoParams for StateName {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        vec![path(
            "name",
            "The member state's short English name (Cuba, United States); add `.csv` \
             (`Cuba.csv`) for that page of its questions as CSV.",
            text(100 + ".csv".len()),
            "Cuba",
        )]
    }
}
