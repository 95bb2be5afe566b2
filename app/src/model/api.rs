//! The API reference page's types: what the server reads out of the `/api/v1` OpenAPI document
//! for people — routes by topic, their parameters and formats. On the server, also the pieces
//! the query types describe their parameters with ([`params`]), from the same limits and lists
//! their parsers check.

use serde::{Deserialize, Serialize};

/// The API as its reference page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiReference {
    pub title: String,
    pub version: String,
    /// Paragraphs separated by blank lines; `code` in backticks.
    pub description: String,
    /// The address every route is under: `/api/v1`.
    pub base: String,
    /// The machine-readable document (OpenAPI 3.1).
    pub document: String,
    /// In the document's order of tags.
    pub topics: Vec<ApiTopic>,
}

/// The routes of one tag of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiTopic {
    pub name: String,
    pub description: String,
    pub routes: Vec<ApiRoute>,
}

/// One route (every route answers GET and HEAD).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiRoute {
    /// As the document writes it, under the base: `/organizations/{id}`.
    pub path: String,
    pub summary: String,
    /// Paragraphs separated by blank lines; `code` in backticks.
    pub description: String,
    pub params: Vec<ApiParam>,
    /// The formats of its answer: JSON, CSV, SVG, PNG, ZIP.
    pub formats: Vec<String>,
    /// A complete address to try, under the base: the path with its examples filled in.
    pub example: String,
}

/// One parameter of a route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiParam {
    pub name: String,
    /// `path` (part of the address) or `query` (after the `?`).
    pub location: String,
    pub required: bool,
    /// What it takes, in words: "one of a, b", "a whole number from 1 to 20", "text".
    pub values: String,
    pub default: Option<String>,
    pub example: Option<String>,
    pub description: String,
}

/// Builders for the parameters of the OpenAPI document: the query types implement
/// `utoipa::IntoParams` with them beside their parsers, so a parameter's name, values and
/// default are read from the same constants that the parser checks.
#[cfg(feature = "ssr")]
pub mod params {
    use std::ops::RangeInclusive;

    use serde_json::json;
    use utoipa::openapi::{
        path::{Parameter, ParameterBuilder, ParameterIn},
        schema::{ObjectBuilder, Type},
        Required,
    };

    /// A query parameter, which may always be left out.
    pub fn query(name: &str, description: &str, schema: ObjectBuilder) -> ParameterBuilder {
        ParameterBuilder::new()
            .name(name)
            .parameter_in(ParameterIn::Query)
            .required(Required::False)
            .description(Some(description))
            .schema(Some(schema.build()))
    }

    /// A path segment, with the example that the reference page and the tests fill in.
    pub fn path(name: &str, description: &str, schema: ObjectBuilder, example: &str) -> Parameter {
        ParameterBuilder::new()
            .name(name)
            .parameter_in(ParameterIn::Path)
            .required(Required::True)
            .description(Some(description))
            .schema(Some(schema.build()))
            .example(Some(json!(example)))
            .build()
    }

    /// Text that is one of `values`; `default` when left out.
    pub fn one_of<'a>(
        values: impl IntoIterator<Item = &'a str>,
        default: Option<&str>,
    ) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(values))
            .default(default.map(|d| json!(d)))
    }

    /// A whole number within `range`.
    pub fn whole(range: RangeInclusive<u32>, default: Option<u32>) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .minimum(Some(*range.start()))
            .maximum(Some(*range.end()))
            .default(default.map(|d| json!(d)))
    }

    /// A session year within `range`.
    pub fn year(range: RangeInclusive<i32>, default: Option<i32>) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .minimum(Some(*range.start()))
            .maximum(Some(*range.end()))
            .default(default.map(|d| json!(d)))
    }

    /// Free text of at most `max_chars` characters.
    pub fn text(max_chars: usize) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .max_length(Some(max_chars))
    }

    /// Text that matches `pattern` (an ECMA-262 regular expression).
    pub fn matching(pattern: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(pattern))
    }

    /// `by`: how an answer is grouped (focus area, the only grouping so far).
    pub fn by() -> Parameter {
        query(
            "by",
            "How the answer is grouped: by focus area, the only grouping so far.",
            one_of(
                [super::super::BY_FOCUS_AREA],
                Some(super::super::BY_FOCUS_AREA),
            ),
        )
        .build()
    }
}
