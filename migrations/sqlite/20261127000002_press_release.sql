-- UN press releases (press.un.org): one row per release address with its current parse, one
-- row per NGO entry of that parse, and fetches that failed. Every snapshot's bytes stay in
-- source_document (a changed page adds a row; the older one is kept).

create table press_release (
    press_release_id integer primary key,
    url text not null unique,
    lang text not null,
    title text,
    doctype text,
    symbol text,
    dated_on text,
    meeting text,
    session_id integer references session (session_id),
    -- JSON object: the counts the title or lead states.
    headline_counts text not null,
    is_placeholder integer not null,
    -- JSON array of {locator, message, text}.
    problems text not null,
    parser_version text not null,
    -- The snapshot the current parse was read from.
    source_document_id integer not null references source_document (source_document_id),
    listed_on text,
    first_fetched_at text not null,
    last_fetched_at text not null
);

create table press_record (
    press_record_id integer primary key,
    press_release_id integer not null references press_release (press_release_id),
    locator text not null,
    ngo text not null,
    name_key text not null,
    country text,
    decision text not null,
    request text not null check (request in ('status', 'reclassification', 'quadrennial_report')),
    -- JSON array of the asking states' short names, in order.
    asked_by text not null,
    question text,
    -- JSON: the recorded vote that decided this record.
    vote text,
    -- The join with the history: set by linking, null for quadrennial reports.
    organization_id integer references organization (organization_id),
    consideration_id integer references consideration (consideration_id),
    unique (press_release_id, locator)
);
create index press_record_name_key on press_record (name_key);
create index press_record_organization on press_record (organization_id);

create table fetch_failure (
    fetch_failure_id integer primary key,
    url text not null unique,
    first_failed_at text not null,
    last_failed_at text not null,
    attempts integer not null,
    error text not null
);
