-- The domain of ../shared/docs/measures.md (Units). SQLite flavour; migrations/postgres holds
-- the same schema with PostgreSQL types. Keep the two in step: a test compares them.
-- Timestamps are RFC 3339 text in UTC; dates are ISO text (YYYY-MM-DD).

-- Every fetched or read byte, kept forever and content-hashed.
create table source_document (
    source_document_id integer primary key,
    source text not null check (source in ('steinert', 'press_release', 'esango', 'test')),
    url text not null,
    file_name text,
    fetched_at text not null,
    sha256 text not null,
    http_status integer,
    etag text,
    last_modified text,
    content_type text,
    byte_len integer not null,
    body blob not null,
    unique (url, sha256)
);

-- One run of an importer or scraper, for "last update" and for the audit trail.
create table import_run (
    import_run_id integer primary key,
    source text not null,
    started_at text not null,
    finished_at text,
    status text not null check (status in ('running', 'succeeded', 'failed')),
    summary text
);

create table member_state (
    member_state_id integer primary key,
    name text not null unique,
    iso3 text unique
);

-- Spellings of a member state ("Turkey", "Türkiye", "the Sudan", ...), matched on name_key.
create table member_state_name (
    member_state_name_id integer primary key,
    member_state_id integer not null references member_state (member_state_id),
    name text not null,
    name_key text not null unique
);

create table organization (
    organization_id integer primary key,
    name text not null,
    created_at text not null
);

-- Every spelling of an organization, exactly as printed, and why it was linked.
create table organization_name (
    organization_name_id integer primary key,
    organization_id integer not null references organization (organization_id),
    name text not null unique,
    name_key text not null,
    link_rule text not null check (link_rule in ('new', 'normalised', 'name_change', 'merger', 'fuzzy', 'curator')),
    link_score double precision,
    linked_to_name text,
    source_document_id integer references source_document (source_document_id)
);
create index organization_name_key on organization_name (name_key);
create index organization_name_org on organization_name (organization_id);

-- A curator's decision on two names: kept by name, so it survives re-import.
create table organization_link_decision (
    organization_link_decision_id integer primary key,
    name_key_a text not null,
    name_key_b text not null,
    action text not null check (action in ('merge', 'split')),
    reason text not null,
    curator text not null,
    created_at text not null,
    unique (name_key_a, name_key_b)
);

-- A session: (year, regular|resumed) with the report's adoption date.
create table session (
    session_id integer primary key,
    year integer not null,
    part text not null check (part in ('regular', 'resumed')),
    adopted_on text,
    unique (year, part)
);

-- One request by an organization for status or for reclassification.
create table application (
    application_id integer primary key,
    organization_id integer not null references organization (organization_id),
    kind text not null check (kind in ('status', 'reclassification', 'status_withdrawal')),
    seq integer not null,
    unique (organization_id, kind, seq)
);

-- One application at one session, as one source reports it. Two sources that disagree
-- give two rows; neither overwrites the other.
create table consideration (
    consideration_id integer primary key,
    application_id integer not null references application (application_id),
    session_id integer not null references session (session_id),
    source text not null,
    decision text not null check (decision in (
        'recommended', 'recommended_special', 'recommended_general', 'recommended_roster',
        'deferred', 'closed', 'rejected', 'withdrawn', 'reclassified', 'quadrennial_noted')),
    -- 1 = new application, 0 = previously deferred, null = the source does not say.
    is_new integer,
    source_document_id integer not null references source_document (source_document_id),
    unique (application_id, session_id, source)
);
create index consideration_session on consideration (session_id);

-- Each source row behind a consideration (a report row can appear in two of the dataset's lists).
create table consideration_evidence (
    consideration_evidence_id integer primary key,
    consideration_id integer not null references consideration (consideration_id),
    source_document_id integer not null references source_document (source_document_id),
    locator text not null,
    name_as_printed text not null,
    unique (locator)
);

-- One member state asking one application something at one consideration.
create table question (
    question_id integer primary key,
    consideration_id integer not null references consideration (consideration_id),
    member_state_id integer not null references member_state (member_state_id),
    seq integer not null,
    text text,
    source_document_id integer not null references source_document (source_document_id),
    unique (consideration_id, member_state_id, seq)
);

create table recorded_vote (
    recorded_vote_id integer primary key,
    session_id integer not null references session (session_id),
    topic text not null,
    outcome text,
    consideration_id integer references consideration (consideration_id),
    source text not null,
    source_document_id integer not null references source_document (source_document_id),
    unique (session_id, topic, source)
);

create table vote (
    vote_id integer primary key,
    recorded_vote_id integer not null references recorded_vote (recorded_vote_id),
    member_state_id integer not null references member_state (member_state_id),
    vote text not null check (vote in ('in_favour', 'against', 'abstaining', 'absent')),
    locator text,
    unique (recorded_vote_id, member_state_id)
);

-- Name changes and mergers, as the reports record them.
create table organization_event (
    organization_event_id integer primary key,
    organization_id integer not null references organization (organization_id),
    kind text not null check (kind in ('name_change', 'merger')),
    session_id integer references session (session_id),
    old_name text not null,
    new_name text not null,
    other_name text,
    source_document_id integer not null references source_document (source_document_id),
    locator text not null unique
);

-- Where a source disagrees with itself in a session: flagged with the numbers, never fixed.
create table reconciliation_flag (
    reconciliation_flag_id integer primary key,
    session_id integer not null references session (session_id),
    source text not null,
    kind text not null,
    item_count integer not null,
    detail text not null,
    unique (session_id, source, kind)
);

-- Focus areas by rule (with the reason as JSON) and the rule-set version that made them.
create table focus_area_assignment (
    focus_area_assignment_id integer primary key,
    organization_id integer not null references organization (organization_id),
    area text not null check (area in ('women', 'lgbti', 'minority', 'human_rights', 'other')),
    reason text not null,
    rule_set_version text not null,
    assigned_at text not null,
    unique (organization_id, area, rule_set_version)
);

-- A curator's addition or removal of an area; survives re-classification.
create table focus_area_override (
    focus_area_override_id integer primary key,
    organization_id integer not null references organization (organization_id),
    area text not null check (area in ('women', 'lgbti', 'minority', 'human_rights', 'other')),
    action text not null check (action in ('add', 'remove')),
    reason text not null,
    curator text not null,
    created_at text not null
);
