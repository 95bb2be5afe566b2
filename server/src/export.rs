//! The whole record as a Frictionless Data Package (<https://specs.frictionlessdata.io/>):
//! one CSV per table, `datapackage.json` with a schema for every column (type, description,
//! primary and foreign keys, from the reviewed `server/data/export_schema.toml`), a README
//! with the methodology in short, the sources and their licences, and a `CITATION.cff`. The
//! version is a hash of the data and the focus-area rule set; nothing else in it changes
//! between two exports of the same data (rows ordered by key, no export time, the zip's
//! entries dated 1980-01-01), so the same data gives the same bytes.
//!
//! `ecosoc-watch export --out DIR` writes the files; `GET /api/v1/export.zip` serves them
//! zipped (kept per data version like every answer).

use std::{
    collections::BTreeMap,
    io::{Cursor, Write},
    path::Path,
    sync::LazyLock,
};

use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::{any::AnyRow, Row};

use crate::db::Db;

const SCHEMA: &str = include_str!("../data/export_schema.toml");

#[derive(Debug, Deserialize)]
pub struct Schema {
    pub table: Vec<Table>,
}

#[derive(Debug, Deserialize)]
pub struct Table {
    pub name: String,
    pub description: String,
    pub primary_key: String,
    pub column: Vec<Column>,
    #[serde(default)]
    pub foreign_key: Vec<ForeignKey>,
}

#[derive(Debug, Deserialize)]
pub struct Column {
    pub name: String,
    /// `integer`, `number`, `string` or `boolean` (Frictionless table schema types).
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
}

#[derive(Debug, Deserialize)]
pub struct ForeignKey {
    pub column: String,
    pub table: String,
    pub references: String,
}

static PARSED: LazyLock<Schema> =
    LazyLock::new(|| toml::from_str(SCHEMA).unwrap_or_else(|e| panic!("export_schema.toml: {e}")));

/// The reviewed schema compiled into the binary.
pub fn schema() -> &'static Schema {
    &PARSED
}

/// The package's files by name, and its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub version: String,
    pub files: BTreeMap<String, Vec<u8>>,
    /// Rows per table, in export order.
    pub rows: Vec<(String, usize)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("writing a CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("export_schema.toml: {0}")]
    Schema(String),
    #[error("writing the zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// One cell as text: empty for null.
fn cell(row: &AnyRow, column: &Column) -> Result<String, ExportError> {
    let name = column.name.as_str();
    Ok(match column.kind.as_str() {
        "integer" => row
            .try_get::<Option<i64>, _>(name)?
            .map(|v| v.to_string())
            .unwrap_or_default(),
        "number" => row
            .try_get::<Option<f64>, _>(name)?
            .map(|v| v.to_string())
            .unwrap_or_default(),
        "boolean" => row
            .try_get::<Option<bool>, _>(name)?
            .map(|v| v.to_string())
            .unwrap_or_default(),
        "string" => row.try_get::<Option<String>, _>(name)?.unwrap_or_default(),
        other => {
            return Err(ExportError::Schema(format!(
                "column {name}: type {other:?} is not integer, number, boolean or string"
            )))
        }
    })
}

/// Build the package from the database.
pub async fn build(db: &Db) -> Result<Package, ExportError> {
    let schema = schema();
    let mut files = BTreeMap::new();
    let mut rows = Vec::new();
    for table in &schema.table {
        // Names come from the reviewed schema file, never from a request.
        let columns: Vec<&str> = table.column.iter().map(|c| c.name.as_str()).collect();
        let sql = format!(
            "select {} from {} order by {}",
            columns.join(", "),
            table.name,
            table.primary_key
        );
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        writer.write_record(&columns)?;
        let fetched = sqlx::query(&sql).fetch_all(db.pool()).await?;
        for row in &fetched {
            let record = table
                .column
                .iter()
                .map(|c| cell(row, c))
                .collect::<Result<Vec<_>, _>>()?;
            writer.write_record(&record)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| ExportError::Io(e.into_error()))?;
        files.insert(format!("data/{}.csv", table.name), bytes);
        rows.push((table.name.clone(), fetched.len()));
    }
    let rule_set = crate::classify::rules().version.clone();
    let mut hash = Sha256::new();
    for (name, bytes) in &files {
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update(bytes);
    }
    hash.update(rule_set.as_bytes());
    let version = format!("{:x}", hash.finalize())[..16].to_string();
    files.insert(
        "datapackage.json".into(),
        datapackage(schema, &version, &rule_set),
    );
    files.insert(
        "README.md".into(),
        readme(&version, &rule_set, &rows).into_bytes(),
    );
    files.insert("CITATION.cff".into(), citation(&version).into_bytes());
    Ok(Package {
        version,
        files,
        rows,
    })
}

fn datapackage(schema: &Schema, version: &str, rule_set: &str) -> Vec<u8> {
    let resources: Vec<serde_json::Value> = schema
        .table
        .iter()
        .map(|t| {
            let fields: Vec<serde_json::Value> = t
                .column
                .iter()
                .map(|c| json!({"name": c.name, "type": c.kind, "description": c.description}))
                .collect();
            let foreign_keys: Vec<serde_json::Value> = t
                .foreign_key
                .iter()
                .map(|f| {
                    json!({"fields": f.column, "reference": {"resource": f.table, "fields": f.references}})
                })
                .collect();
            json!({
                "name": t.name,
                "path": format!("data/{}.csv", t.name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": t.description,
                "schema": {
                    "fields": fields,
                    "primaryKey": t.primary_key,
                    "foreignKeys": foreign_keys,
                    "missingValues": [""],
                },
            })
        })
        .collect();
    let package = json!({
        "profile": "tabular-data-package",
        "name": "ecosoc-watch",
        "title": "ecosoc-watch: decisions of the UN ECOSOC Committee on NGOs, with their sources",
        "version": version,
        "description": format!(
            "Every application for consultative status the Committee considered, with each \
             decision, question and recorded vote and the source line it comes from. Focus areas \
             by rule set {rule_set}."
        ),
        "homepage": env!("CARGO_PKG_REPOSITORY"),
        "licenses": [{
            "name": "MIT",
            "path": "https://opensource.org/licenses/MIT",
            "title": "The reports dataset (Steinert's ECOSOC_Status) is MIT-licensed; UN press releases are public UN material"
        }],
        "sources": [
            {
                "title": "ECOSOC_Status by Christoph Valentin Steinert (MIT)",
                "path": format!(
                    "https://github.com/christophsteinert/ECOSOC_Status/tree/{}",
                    crate::sources::steinert::UPSTREAM_COMMIT
                )
            },
            {
                "title": "UN meetings coverage and press releases, Committee on NGOs",
                "path": "https://press.un.org/en/committee-non-governmental-organizations"
            }
        ],
        "resources": resources,
    });
    let mut bytes = serde_json::to_vec_pretty(&package).expect("a package serialises");
    bytes.push(b'\n');
    bytes
}

fn readme(version: &str, rule_set: &str, rows: &[(String, usize)]) -> String {
    let tables: String = rows
        .iter()
        .map(|(name, n)| format!("| `data/{name}.csv` | {n} |\n"))
        .collect();
    format!(
        "# ecosoc-watch data package, version {version}\n\n\
         The decisions of the UN ECOSOC Committee on Non-Governmental Organizations on applications \
         for consultative status, 1998 on, as ecosoc-watch holds them: every consideration (one \
         application at one session) with its decision and the source line it comes from, the \
         questions member states asked and their recorded votes as the UN press releases report \
         them, and each organization's focus areas with the rule (set {rule_set}) or curator \
         decision behind them. `datapackage.json` describes every column, key and link between the \
         tables (Frictionless Data Package).\n\n\
         ## Tables\n\n| file | rows |\n| --- | --- |\n{tables}\n\
         ## Method in short\n\n\
         - Two sources are kept side by side and never merged silently: the Committee's reports \
           as coded in Steinert's ECOSOC_Status dataset (`source = steinert`) and the UN press \
           releases (`source = press_release`). Where they disagree, both rows are here.\n\
         - A deferral is a decision to consider the application again at a later session; a \
           closure for non-response is not a deferral.\n\
         - A question before a deferral is an attribution, not a cause: the Committee decides by \
           consensus, and other states may have asked too.\n\
         - Focus areas come from reviewed rules over every name an organization has had; they \
           can be wrong, and the reason for each is in `focus_area_assignment.reason`.\n\
         - Timestamps of our own processing are left out, so the same data gives the same \
           package; the version above is a hash of the data and the rule set.\n\n\
         ## Sources and licences\n\n\
         - ECOSOC_Status by Christoph Valentin Steinert, MIT licence, \
           https://github.com/christophsteinert/ECOSOC_Status (commit {commit}).\n\
         - UN press releases, https://press.un.org — public UN material, not an official record.\n\
         - ecosoc-watch's own work (linking, focus areas, this package): MIT licence.\n\n\
         ## Cite as\n\n\
         ecosoc-watch data package, version {version}; focus-area rules {rule_set}. Built on \
         Steinert, C. V., ECOSOC_Status (MIT), and UN press releases. See CITATION.cff.\n",
        commit = crate::sources::steinert::UPSTREAM_COMMIT,
    )
}

fn citation(version: &str) -> String {
    format!(
        "cff-version: 1.2.0\n\
         message: \"If you use this data, please cite it as below, and cite the sources it is built on.\"\n\
         type: dataset\n\
         title: \"ecosoc-watch: decisions of the UN ECOSOC Committee on NGOs, with their sources\"\n\
         version: \"{version}\"\n\
         authors:\n  - name: \"ecosoc-watch contributors\"\n\
         license: MIT\n\
         references:\n\
         \x20 - type: dataset\n\
         \x20   title: \"ECOSOC_Status\"\n\
         \x20   authors:\n\
         \x20     - family-names: \"Steinert\"\n\
         \x20       given-names: \"Christoph Valentin\"\n\
         \x20   license: MIT\n\
         \x20   url: \"https://github.com/christophsteinert/ECOSOC_Status\"\n"
    )
}

impl Package {
    /// Write every file under `dir` (created when missing).
    pub fn write_dir(&self, dir: &Path) -> Result<(), ExportError> {
        for (name, bytes) in &self.files {
            let path = dir.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, bytes)?;
        }
        Ok(())
    }

    /// The files as one zip under a folder named after the version; entries dated 1980-01-01
    /// so the same data gives the same bytes.
    pub fn zip(&self) -> Result<Vec<u8>, ExportError> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        let folder = format!("ecosoc-watch-{}", self.version);
        for (name, bytes) in &self.files {
            zip.start_file(format!("{folder}/{name}"), options)?;
            zip.write_all(bytes)?;
        }
        Ok(zip.finish()?.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_names_each_table_once_with_its_key_among_its_columns() {
        let schema = schema();
        let mut names: Vec<&str> = schema.table.iter().map(|t| t.name.as_str()).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        for table in &schema.table {
            assert!(
                table.column.iter().any(|c| c.name == table.primary_key),
                "{}",
                table.name
            );
            for column in &table.column {
                assert!(
                    ["integer", "number", "string", "boolean"].contains(&column.kind.as_str()),
                    "{}.{}",
                    table.name,
                    column.name
                );
                assert!(
                    !column.name.ends_with("_at"),
                    "{}.{}: a processing time",
                    table.name,
                    column.name
                );
                assert!(
                    !column.description.trim().is_empty(),
                    "{}.{}",
                    table.name,
                    column.name
                );
            }
            // A foreign key names a column of this table and the key of an earlier table.
            let position = |name: &str| schema.table.iter().position(|t| t.name == name);
            for fk in &table.foreign_key {
                assert!(table.column.iter().any(|c| c.name == fk.column), "{fk:?}");
                let target = position(&fk.table).unwrap_or_else(|| panic!("{fk:?}"));
                assert!(
                    target < position(&table.name).expect("itself"),
                    "{fk:?} comes later"
                );
                assert_eq!(schema.table[target].primary_key, fk.references, "{fk:?}");
            }
        }
    }
}
