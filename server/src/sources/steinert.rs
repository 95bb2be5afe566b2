//! Christoph Valentin Steinert's ECOSOC_Status dataset (MIT): the Committee's decisions
//! 1998–2024, coded from its official reports, as twelve `.xlsx` files pinned by sha256.
//! See `../shared/docs/sources.md` §1.
//!
//! [`parse_file`] reads one workbook's first sheet into [`Row`]s, checking the header and
//! every date; any problem is an error naming the file, sheet and row.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};

use super::fetch::MAX_FILE_BYTES;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The upstream commit the files and their sums are pinned at.
pub const UPSTREAM_COMMIT: &str = "ec62da1cfe1cf9462c8b007bb0f620502da158a1";

/// How to cite the reports dataset (the text is the app's, which pages show too).
pub fn citation() -> String {
    app::model::STEINERT_CITATION.to_string()
}

/// The folder that holds the twelve files upstream; `--from` may name another base.
pub fn upstream_base_url() -> String {
    format!(
        "https://raw.githubusercontent.com/christophsteinert/ECOSOC_Status/{UPSTREAM_COMMIT}/rawdata/"
    )
}

/// The citable address of one file at the pinned commit.
pub fn upstream_url(file_name: &str) -> String {
    format!("{}{file_name}", upstream_base_url())
}

/// What a file lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileKind {
    /// 1: all applications granted status in the session.
    Granted,
    /// 2: old name → new name.
    NameChanges,
    /// 3: closed without prejudice after three reminders went unanswered.
    Closed,
    /// 4: applications withdrawn.
    ApplicationWithdrawn,
    /// 5: status declined (rejected).
    Declined,
    /// 6: an organization's own request to withdraw its status.
    StatusWithdrawnOwnRequest,
    /// 7: applications deferred again (previously deferred).
    DeferredPreviously,
    /// 8: roll-call votes, one row per member state.
    RollCallVotes,
    /// 9: new applications granted at their first consideration.
    NewGranted,
    /// 10: new applications deferred.
    NewDeferred,
    /// 11: requests for reclassification deferred.
    ReclassificationDeferred,
    /// 12: two organizations merged into a new one.
    Mergers,
}

pub struct FileSpec {
    pub name: &'static str,
    pub kind: FileKind,
    /// sha256 of the file at [`UPSTREAM_COMMIT`].
    pub sha256: &'static str,
    /// The header row, as upstream spells it.
    pub columns: &'static [&'static str],
}

const NAME_SESSION: &[&str] = &["NGO_name", "Session_number"];
const NAME_SESSION_INFO: &[&str] = &["NGO_name", "Session_number", "info"];

pub const FILES: [FileSpec; 12] = [
    FileSpec {
        name: "1_ecosoc_status_granted.xlsx",
        kind: FileKind::Granted,
        sha256: "13b66468ec2b9baf68547c53de9c80e81617c47331c4fbef07577d2d7c4d5e45",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "2_name_changes.xlsx",
        kind: FileKind::NameChanges,
        sha256: "87e3196ffe532b5a58a2a0fefb330f89fa127ba0c51cbe323c225a8b6c2f9ed1",
        columns: &["Old_name", "New_name", "Session_number"],
    },
    FileSpec {
        name: "3_ecosoc_closedrequests_failedrespond.xlsx",
        kind: FileKind::Closed,
        sha256: "f82b6e3f82391b8d24b4d33d659b30c34da806f6577d614afb61911e3b0cbcda",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "4_ecosoc_application_withdrawn.xlsx",
        kind: FileKind::ApplicationWithdrawn,
        sha256: "13678fd78e614a01ba424bd694af6fca464c3c575234432fb6cbd90c97082705",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "5_ecosoc_status_declined.xlsx",
        kind: FileKind::Declined,
        sha256: "d3da64c5868f97a2a05123bd7566dbbdc152d8831e7de76d876f0845c98aeacc",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "6_ecosoc_status_withdrawn_ownrequest.xlsx",
        kind: FileKind::StatusWithdrawnOwnRequest,
        sha256: "6fc9a5f7ee9b1cbf983d513a6cac2c6bb01bd1031c977896ccff555e069fa984",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "7_applications_deferred.xlsx",
        kind: FileKind::DeferredPreviously,
        sha256: "9e705a9c114b39911d33ec823098f154903f339541445a7171d478b692559f94",
        columns: NAME_SESSION_INFO,
    },
    FileSpec {
        name: "8_roll_call_votes.xlsx",
        kind: FileKind::RollCallVotes,
        sha256: "c3cfc2aff2b2518b438b1dcdc6945c4b6f0ad813ddf1f6f8969c66b76f32bc8b",
        columns: &[
            "Vote_topic",
            "Country",
            "Country_vote",
            "Vote_outcome",
            "Session_number",
        ],
    },
    FileSpec {
        name: "9_newapplications_status_directly_granted.xlsx",
        kind: FileKind::NewGranted,
        sha256: "f41cef8436cce42758d6dcc34a50d6eba036735250c4a7598a045fd08d918cf9",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "10_newapplications_deferred.xlsx",
        kind: FileKind::NewDeferred,
        sha256: "a86ded7a58a6ce08bcc4b1bc23f635f2a1f5e73bd72ee1a71a6819dcd35d4fe0",
        columns: NAME_SESSION,
    },
    FileSpec {
        name: "11_deferred_status_reclassification.xlsx",
        kind: FileKind::ReclassificationDeferred,
        sha256: "a6dca21faebd444bc972b67bc4efa4a78d0a175277270085dadfb0a57fee2ff2",
        columns: NAME_SESSION_INFO,
    },
    FileSpec {
        name: "12_mergers_organizations.xlsx",
        kind: FileKind::Mergers,
        sha256: "3ffe6f157df12791483993acee76ffb8ae9226d0d165b923766f3df716721066",
        columns: &["Old_name1", "Old_name2", "New_name", "Session_number"],
    },
];

/// A problem in a file, with the place it was found. Row numbers are the spreadsheet's own
/// (1 = the header row).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}, sheet {sheet:?}, row {row}: {message}")]
pub struct ParseError {
    pub file: String,
    pub sheet: String,
    pub row: u32,
    pub message: String,
}

/// One member state's vote in a roll call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VoteCast {
    InFavour,
    Against,
    Abstaining,
    Absent,
}

impl VoteCast {
    pub fn as_str(self) -> &'static str {
        match self {
            VoteCast::InFavour => "in_favour",
            VoteCast::Against => "against",
            VoteCast::Abstaining => "abstaining",
            VoteCast::Absent => "absent",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text.trim().to_lowercase().as_str() {
            "in favor" | "in favour" | "yes" => Some(VoteCast::InFavour),
            "against" | "no" => Some(VoteCast::Against),
            // "abstent" is a spelling in the upstream file.
            "abstaining" | "abstention" | "abstent" | "abstained" => Some(VoteCast::Abstaining),
            "absent" => Some(VoteCast::Absent),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// An organization listed under the file's decision category.
    Listed {
        name: String,
        date: NaiveDate,
        info: Option<String>,
    },
    NameChange {
        old: String,
        new: String,
        date: NaiveDate,
    },
    Merger {
        old1: String,
        old2: String,
        new: String,
        date: NaiveDate,
    },
    Vote {
        topic: String,
        country: String,
        vote: VoteCast,
        outcome: String,
        date: NaiveDate,
    },
}

impl Record {
    pub fn date(&self) -> NaiveDate {
        match self {
            Record::Listed { date, .. }
            | Record::NameChange { date, .. }
            | Record::Merger { date, .. }
            | Record::Vote { date, .. } => *date,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The spreadsheet row number (1-based; the header is row 1).
    pub row: u32,
    pub record: Record,
}

/// A row that is not a record: blank, or a transcription artefact such as a list heading
/// ("Here is your list ...:"), or a name cell left empty. Kept so that nothing is dropped
/// silently: the import reports each one with its place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub row: u32,
    pub date: Option<NaiveDate>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFile {
    pub sheet: String,
    pub rows: Vec<Row>,
    pub skipped: Vec<Skipped>,
}

/// Excel's serial dates count days from 1899-12-30.
pub fn excel_serial_to_date(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    epoch.checked_add_days(chrono::Days::new(serial.floor() as u64))
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn cell_date(cell: &Data) -> Result<NaiveDate, String> {
    let serial = match cell {
        Data::Int(i) => *i as f64,
        Data::Float(f) => *f,
        Data::DateTime(d) => d.as_f64(),
        Data::String(s) => {
            let s = s.trim();
            if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                return Ok(date);
            }
            s.parse::<f64>().map_err(|_| {
                format!("Session_number {s:?} is neither an Excel serial date nor an ISO date")
            })?
        }
        Data::Empty => return Err("Session_number is empty".to_string()),
        other => return Err(format!("Session_number {other:?} is not a date")),
    };
    excel_serial_to_date(serial)
        .ok_or_else(|| format!("Session_number {serial} is out of the range of Excel dates"))
        .and_then(|date| {
            if (1990..=2100).contains(&date.year()) {
                Ok(date)
            } else {
                Err(format!(
                    "Session_number {serial} is {date}, outside 1990–2100"
                ))
            }
        })
}

/// What a workbook may unpack to. The dataset's files unpack to a few MB each; the pinned ones
/// are checked by sha256, but `--allow-unverified` reads whatever the source holds.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
/// The cells of a sheet's bounding box: calamine allocates the whole box, so one cell at
/// XFD1048576 would ask for 17 billion. The largest sheet of the dataset has about 60,000.
pub const MAX_CELLS: u64 = 5_000_000;

/// Unpack every part of the archive into nothing, counting the bytes as they come (not as the
/// archive declares them): a zip bomb is an error before calamine reads any part.
pub fn check_archive(bytes: &[u8], max_unpacked: u64) -> Result<(), String> {
    use std::io::Read;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file is {} bytes, over the limit of {MAX_FILE_BYTES}",
            bytes.len()
        ));
    }
    let unreadable = |e: zip::result::ZipError| format!("not a readable .xlsx workbook: {e}");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(unreadable)?;
        let name = entry.name().map_err(unreadable)?.into_owned();
        let room = max_unpacked - unpacked;
        unpacked += std::io::copy(&mut entry.take(room + 1), &mut std::io::sink())
            .map_err(|e| format!("{name} cannot be unpacked: {e}"))?;
        if unpacked > max_unpacked {
            return Err(format!(
                "the workbook unpacks to more than {max_unpacked} bytes (at {name}): not read"
            ));
        }
    }
    Ok(())
}

/// Count the sheet's cells and its bounding box by streaming them, before calamine builds the
/// box in memory.
fn check_cells<RS: std::io::Read + std::io::Seek>(
    workbook: &mut Xlsx<RS>,
    sheet: &str,
) -> Result<(), String> {
    let unreadable = |e: calamine::XlsxError| format!("the sheet cannot be read: {e}");
    let mut cells = workbook.worksheet_cells_reader(sheet).map_err(unreadable)?;
    let (mut rows, mut columns, mut count) = (0u64, 0u64, 0u64);
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        rows = rows.max(u64::from(row) + 1);
        columns = columns.max(u64::from(column) + 1);
        count += 1;
        if count > MAX_CELLS || rows * columns > MAX_CELLS {
            return Err(format!(
                "the sheet spans more than {MAX_CELLS} cells (a cell at row {}, column {}): not read",
                u64::from(row) + 1,
                u64::from(column) + 1
            ));
        }
    }
    Ok(())
}

/// Parse one workbook of the dataset.
pub fn parse_file(spec: &FileSpec, bytes: &[u8]) -> Result<ParsedFile, ParseError> {
    let (sheet, range) = open_sheet(spec, bytes)?;
    let at = Place {
        spec,
        sheet: &sheet,
    };
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    if first_col != 0 {
        return Err(at.error(first_row + 1, "the table does not start in column A".into()));
    }
    let mut rows = range.rows();
    check_header(at, first_row, rows.next())?;
    let (rows, skipped) = parse_rows(at, first_row, rows)?;
    Ok(ParsedFile {
        sheet,
        rows,
        skipped,
    })
}

/// A place in a workbook that a [`ParseError`] names: the file and its sheet.
#[derive(Clone, Copy)]
struct Place<'a> {
    spec: &'a FileSpec,
    sheet: &'a str,
}

impl Place<'_> {
    /// An error at spreadsheet row `row` (0 for the workbook or sheet as a whole).
    fn error(&self, row: u32, message: String) -> ParseError {
        ParseError {
            file: self.spec.name.to_string(),
            sheet: self.sheet.to_string(),
            row,
            message,
        }
    }
}

/// Open the workbook's first sheet, once the archive and the sheet are known to be within
/// bounds; returns the sheet's name and its cells.
fn open_sheet(spec: &FileSpec, bytes: &[u8]) -> Result<(String, Range<Data>), ParseError> {
    let workbook_at = Place { spec, sheet: "" };
    check_archive(bytes, MAX_UNPACKED_BYTES).map_err(|message| workbook_at.error(0, message))?;
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| workbook_at.error(0, format!("not a readable .xlsx workbook: {e}")))?;
    let sheet = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| workbook_at.error(0, "the workbook has no sheet".to_string()))?;
    let at = Place {
        spec,
        sheet: &sheet,
    };
    check_cells(&mut workbook, &sheet).map_err(|message| at.error(0, message))?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| at.error(0, format!("the sheet cannot be read: {e}")))?;
    Ok((sheet, range))
}

/// Check that the header row (0-based `first_row`) names the spec's columns in order, in
/// any case.
fn check_header(at: Place, first_row: u32, header: Option<&[Data]>) -> Result<(), ParseError> {
    let header: Vec<String> = header
        .ok_or_else(|| at.error(1, "the sheet is empty".to_string()))?
        .iter()
        .map(|c| cell_text(c).trim().to_string())
        .collect();
    for (i, expected) in at.spec.columns.iter().enumerate() {
        let found = header.get(i).map(String::as_str).unwrap_or("");
        if !found.eq_ignore_ascii_case(expected) {
            return Err(at.error(
                first_row + 1,
                format!(
                    "unexpected columns: expected {:?}, found {:?} (column {} should be {expected:?})",
                    at.spec.columns,
                    header,
                    i + 1
                ),
            ));
        }
    }
    Ok(())
}

/// Read the rows below the header (0-based `first_row`) into records, keeping the rows that
/// are not records as skipped.
fn parse_rows<'r>(
    at: Place,
    first_row: u32,
    rows: impl Iterator<Item = &'r [Data]>,
) -> Result<(Vec<Row>, Vec<Skipped>), ParseError> {
    let mut parsed = Vec::new();
    let mut skipped = Vec::new();
    // Roll-call files name the topic, outcome and session once per vote: later rows of the
    // same vote leave them blank, so they are carried down.
    let mut carried: Option<(String, String, NaiveDate)> = None;
    for (offset, cells) in rows.enumerate() {
        let row = first_row + 2 + offset as u32;
        if cells.iter().all(|c| cell_text(c).trim().is_empty()) {
            skipped.push(Skipped {
                row,
                date: None,
                reason: "blank row".to_string(),
            });
            continue;
        }
        let cells = Cells { at, row, cells };
        let record = match at.spec.kind {
            FileKind::NameChanges => cells.name_change()?,
            FileKind::Mergers => cells.merger()?,
            FileKind::RollCallVotes => cells.vote(&mut carried)?,
            _ => match cells.listed(&mut skipped)? {
                Some(record) => record,
                None => continue,
            },
        };
        parsed.push(Row { row, record });
    }
    Ok((parsed, skipped))
}

/// The cells of one row that is not blank, and where it is.
struct Cells<'a> {
    at: Place<'a>,
    /// The spreadsheet row number (1-based).
    row: u32,
    cells: &'a [Data],
}

impl Cells<'_> {
    /// An error at this row.
    fn error(&self, message: String) -> ParseError {
        self.at.error(self.row, message)
    }

    /// Column `i`'s text, trimmed; empty when the row is shorter.
    fn text(&self, i: usize) -> String {
        self.cells
            .get(i)
            .map(cell_text)
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// Column `i`'s date.
    fn date(&self, i: usize) -> Result<NaiveDate, ParseError> {
        cell_date(self.cells.get(i).unwrap_or(&Data::Empty)).map_err(|m| self.error(m))
    }

    /// Column `i`'s text, which must not be empty.
    fn required(&self, i: usize, column: &str) -> Result<String, ParseError> {
        let value = self.text(i);
        if value.is_empty() {
            Err(self.error(format!("{column} is empty")))
        } else {
            Ok(value)
        }
    }

    /// A row of the name changes file.
    fn name_change(&self) -> Result<Record, ParseError> {
        Ok(Record::NameChange {
            old: self.required(0, "Old_name")?,
            new: self.required(1, "New_name")?,
            date: self.date(2)?,
        })
    }

    /// A row of the mergers file.
    fn merger(&self) -> Result<Record, ParseError> {
        Ok(Record::Merger {
            old1: self.required(0, "Old_name1")?,
            old2: self.required(1, "Old_name2")?,
            new: self.required(2, "New_name")?,
            date: self.date(3)?,
        })
    }

    /// A row of the roll-call file: one state's vote, under the topic, outcome and date
    /// `carried` down from the vote's first row.
    fn vote(
        &self,
        carried: &mut Option<(String, String, NaiveDate)>,
    ) -> Result<Record, ParseError> {
        let country = self.required(1, "Country")?;
        let cast = self.text(2);
        let vote = VoteCast::parse(&cast).ok_or_else(|| {
            self.error(format!(
                "Country_vote {cast:?} is not in favor/against/abstaining/absent"
            ))
        })?;
        let topic = self.text(0);
        if !topic.is_empty() {
            *carried = Some((topic, self.text(3), self.date(4)?));
        }
        let (topic, outcome, date) = carried
            .clone()
            .ok_or_else(|| self.error("a vote row without a Vote_topic above it".to_string()))?;
        Ok(Record::Vote {
            topic,
            country,
            vote,
            outcome,
            date,
        })
    }

    /// A row of a decision list: an organization listed, or `None` (and a skipped row) when
    /// the name is empty or is a list heading.
    fn listed(&self, skipped: &mut Vec<Skipped>) -> Result<Option<Record>, ParseError> {
        let name = self.text(0);
        let date = self.date(1)?;
        if name.is_empty() || name.ends_with(':') {
            skipped.push(Skipped {
                row: self.row,
                date: Some(date),
                reason: if name.is_empty() {
                    "NGO_name is empty".to_string()
                } else {
                    format!("not an organization but a list heading: {name:?}")
                },
            });
            return Ok(None);
        }
        let info = if self.at.spec.columns.len() > 2 {
            Some(self.text(2)).filter(|s| !s.is_empty())
        } else {
            None
        };
        Ok(Some(Record::Listed { name, date, info }))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_citation_names_the_pinned_commit() {
        let short = &super::UPSTREAM_COMMIT[..7];
        assert!(
            super::citation().contains(&format!("commit {short};")),
            "{}",
            super::citation()
        );
    }

    use super::*;

    #[test]
    fn excel_serials_become_dates() {
        assert_eq!(
            excel_serial_to_date(45457.0),
            NaiveDate::from_ymd_opt(2024, 6, 14)
        );
        assert_eq!(
            excel_serial_to_date(43868.0),
            NaiveDate::from_ymd_opt(2020, 2, 7)
        );
        assert_eq!(excel_serial_to_date(f64::NAN), None);
        assert_eq!(excel_serial_to_date(-3.0), None);
    }

    #[test]
    fn vote_spellings() {
        assert_eq!(VoteCast::parse("in favor "), Some(VoteCast::InFavour));
        assert_eq!(VoteCast::parse("abstent"), Some(VoteCast::Abstaining));
        assert_eq!(VoteCast::parse("maybe"), None);
    }

    #[test]
    fn workbooks_beyond_the_bounds_are_refused_before_parsing() {
        use std::io::Write;
        // A zip whose one part unpacks to 2 MB of zeros, against a 1 MB bound.
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/sharedStrings.xml", deflated).unwrap();
        zip.write_all(&vec![0u8; 2_000_000]).unwrap();
        let bomb = zip.finish().unwrap().into_inner();
        assert!(bomb.len() < 100_000);
        let refused = check_archive(&bomb, 1_000_000).unwrap_err();
        assert!(refused.contains("more than 1000000 bytes"), "{refused}");
        assert!(check_archive(&bomb, 3_000_000).is_ok());

        // One cell far away: a bounding box of 17 billion cells, refused, not allocated.
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "Name").unwrap();
        sheet.write_string(1_048_575, 16_383, "far").unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let error = parse_file(&FILES[0], &bytes).unwrap_err();
        assert!(error.message.contains("spans more than"), "{error}");
    }

    #[test]
    fn garbage_is_a_clear_error_not_a_panic() {
        let spec = &FILES[0];
        let error = parse_file(spec, b"this is not a zip file").expect_err("garbage");
        assert_eq!(error.file, spec.name);
        assert!(error.message.contains("not a readable .xlsx"), "{error}");
        // A truncated zip is no better.
        let error = parse_file(spec, b"PK\x03\x04\x14\x00\x00\x00").expect_err("truncated");
        assert!(error.to_string().contains(spec.name));
    }
}
