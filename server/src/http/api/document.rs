//! The API's OpenAPI 3.1 document: built from the routes' own `#[utoipa::path]` annotations and
//! answer types (see [`super::openapi`]) around the description and topics here; served at
//! `/api/v1/openapi.json`, and read back into the reference that the `/api` page shows.

use std::sync::LazyLock;

use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use serde::Serialize;
use utoipa::openapi::{
    path::{Operation, Parameter, ParameterIn},
    schema::{Object, Schema, SchemaType, Type},
    tag::TagBuilder,
    ComponentsBuilder, InfoBuilder, LicenseBuilder, OpenApi, OpenApiBuilder, RefOr, Required,
    ServerBuilder,
};

use app::model::{ApiParam, ApiReference, ApiRoute, ApiTopic};

use crate::http::error::ErrorEnvelope;

/// Where the API is served: the document's paths are under it.
pub const BASE: &str = "/api/v1";

pub const RATES: &str = "Deferral rates";
pub const WAITING: &str = "Time to decision";
pub const WHO_ASKS: &str = "Who asks";
pub const ORGANIZATIONS: &str = "Organizations";
pub const SESSIONS: &str = "Sessions";
pub const STATES: &str = "Member states";
pub const PRESS: &str = "Press releases";
pub const RECORD: &str = "The whole record";
pub const ABOUT: &str = "This API";

/// The topics (the document's tags) in the order the reference shows them, with what each
/// covers.
const TOPICS: [(&str, &str); 9] = [
    (
        RATES,
        "How often applications were deferred, by focus area: each rate with the numbers it \
         is made of, a 95% interval, and the rate against all other applications.",
    ),
    (
        WAITING,
        "How many of the Committee's sessions an application waits for a decision, by focus \
         area: waiting curves, medians and life tables.",
    ),
    (
        WHO_ASKS,
        "Which member states ask applicants questions, on which focus areas, and how they \
         vote. A question before a deferral is an attribution, not a cause.",
    ),
    (
        ORGANIZATIONS,
        "Every organization, found by any spelling of its name, and its whole record.",
    ),
    (
        SESSIONS,
        "The Committee's sessions with their counts, and one session with both sources side \
         by side.",
    ),
    (
        STATES,
        "Every member state that asked a question or voted, and one state's questions and \
         votes.",
    ),
    (
        PRESS,
        "What the UN press releases add to the Committee's reports, and where the two \
         disagree.",
    ),
    (
        RECORD,
        "What the database holds, and all of it as one download.",
    ),
    (ABOUT, "This description of the API, for programs."),
];

const DESCRIPTION: &str = "\
The data behind every figure on ecosoc-watch, for newsrooms, researchers and scripts: how the \
UN ECOSOC Committee on NGOs decides on applications for consultative status — by focus area, \
by asking state and over time — with the source of every number.

Every route answers GET (and HEAD), needs no key and may be read from any web site. The JSON \
answers carry what their numbers mean, the data version and how to cite them; most have a CSV \
beside them, and the charts come as SVG and PNG files. A parameter that is unknown or out of \
range gets a 400 that names it and what it allows, in `{\"error\": {\"code\", \"message\"}}`. \
An answer stays the same until the data changes: its ETag lets a client ask again cheaply.

Decisions 1998–2024 come from Christoph Valentin Steinert's ECOSOC_Status dataset (MIT \
licence), coded from the Committee's official reports; questions, votes and later sessions \
from UN meetings-coverage press releases, which are not official records.";

/// The document's frame: OpenAPI 3.1, its description and licence, the server, the topics
/// and the error envelope that every refusal refers to. The routes add the paths and the
/// schemas of their answers.
pub fn base() -> OpenApi {
    let info = InfoBuilder::new()
        .title("ecosoc-watch API")
        .version(env!("CARGO_PKG_VERSION"))
        .description(Some(DESCRIPTION))
        .license(Some(
            LicenseBuilder::new()
                .name("MIT")
                .identifier(Some("MIT"))
                .build(),
        ));
    let tags = TOPICS.map(|(name, description)| {
        TagBuilder::new()
            .name(name)
            .description(Some(description))
            .build()
    });
    OpenApiBuilder::new()
        .info(info)
        .servers(Some([ServerBuilder::new()
            .url(BASE)
            .description(Some("This site"))
            .build()]))
        .tags(Some(tags))
        .components(Some(
            ComponentsBuilder::new()
                .schema_from::<ErrorEnvelope>()
                .build(),
        ))
        .build()
}

/// The document of the served routes, built once.
pub fn document() -> &'static OpenApi {
    static DOCUMENT: LazyLock<OpenApi> = LazyLock::new(super::openapi);
    &DOCUMENT
}

/// The description of this API, for programs
///
/// The OpenAPI 3.1 document that the API page is read from: every route with its
/// parameters, their values and defaults, the formats it answers in, and the schema of every
/// JSON answer. It lists itself too.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = ABOUT,
    responses((status = 200, description = "The document.", content(("application/json"))))
)]
pub async fn openapi_json() -> Response {
    static JSON: LazyLock<String> = LazyLock::new(|| {
        document()
            .to_pretty_json()
            .expect("the document is plain data, always serializable")
    });
    ([(header::CONTENT_TYPE, "application/json")], JSON.as_str()).into_response()
}

/// The reference the `/api` page shows: the document's routes by topic.
pub fn reference() -> ApiReference {
    let document = document();
    let mut topics: Vec<ApiTopic> = document
        .tags
        .iter()
        .flatten()
        .map(|tag| ApiTopic {
            name: tag.name.clone(),
            description: tag.description.clone().unwrap_or_default(),
            routes: Vec::new(),
        })
        .collect();
    for (path, item) in &document.paths.paths {
        let Some(operation) = &item.get else { continue };
        let tag = operation.tags.iter().flatten().next();
        // The tests hold every route to one of the document's topics.
        if let Some(topic) = topics.iter_mut().find(|t| Some(&t.name) == tag) {
            topic.routes.push(route(path, operation));
        }
    }
    ApiReference {
        title: document.info.title.clone(),
        version: document.info.version.clone(),
        description: document.info.description.clone().unwrap_or_default(),
        base: BASE.to_string(),
        document: format!("{BASE}/openapi.json"),
        topics,
    }
}

fn route(path: &str, operation: &Operation) -> ApiRoute {
    let params: Vec<ApiParam> = operation
        .parameters
        .iter()
        .flatten()
        .filter_map(|p| match p {
            RefOr::T(p) => Some(param(p)),
            RefOr::Ref(_) => None,
        })
        .collect();
    let example =
        params
            .iter()
            .filter(|p| p.location == "path")
            .fold(path.to_string(), |path, p| {
                path.replace(
                    &format!("{{{}}}", p.name),
                    p.example.as_deref().unwrap_or_default(),
                )
            });
    ApiRoute {
        path: path.to_string(),
        summary: operation.summary.clone().unwrap_or_default(),
        description: operation.description.clone().unwrap_or_default(),
        formats: formats(operation),
        params,
        example,
    }
}

fn param(p: &Parameter) -> ApiParam {
    let schema = match &p.schema {
        Some(RefOr::T(Schema::Object(object))) => Some(object),
        _ => None,
    };
    ApiParam {
        name: p.name.clone(),
        location: match p.parameter_in {
            ParameterIn::Path => "path",
            ParameterIn::Query => "query",
            ParameterIn::Header => "header",
            _ => "other",
        }
        .to_string(),
        required: matches!(p.required, Required::True),
        values: schema.map_or_else(|| "text".to_string(), values),
        default: schema.and_then(|s| s.default.as_ref()).map(plain),
        example: example(p),
        description: p.description.clone().unwrap_or_default(),
    }
}

/// A parameter's example, read from its serialized form: utoipa 6 keeps the field private.
fn example(p: &Parameter) -> Option<String> {
    let serialized = serde_json::to_value(p).ok()?;
    serialized.get("example").map(plain)
}

/// What a parameter takes, in words.
fn values(schema: &Object) -> String {
    if let Some(values) = &schema.enum_values {
        let values: Vec<String> = values.iter().map(plain).collect();
        return format!("one of {}", values.join(", "));
    }
    match (&schema.schema_type, &schema.minimum, &schema.maximum) {
        (SchemaType::Type(Type::Integer), Some(min), Some(max)) => {
            format!("a whole number from {} to {}", plain(min), plain(max))
        }
        _ => match schema.max_length {
            Some(n) => format!("text of at most {n} characters"),
            None => "text".to_string(),
        },
    }
}

/// The formats a route answers in, from the media types of its 200.
fn formats(operation: &Operation) -> Vec<String> {
    let Some(RefOr::T(ok)) = operation.responses.responses.get("200") else {
        return Vec::new();
    };
    ok.content
        .keys()
        .map(|media_type| {
            match media_type.as_str() {
                "application/json" => "JSON",
                "text/csv" => "CSV",
                "image/svg+xml" => "SVG",
                "image/png" => "PNG",
                "application/zip" => "ZIP",
                other => other,
            }
            .to_string()
        })
        .collect()
}

/// A value as a person writes it: text without quotes, numbers as they are.
fn plain(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
