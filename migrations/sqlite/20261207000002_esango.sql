-- iCSO / esango profiles: an organization's own account of itself (headquarters, status,
-- declared areas of expertise), one row per profile code, read from its stored snapshot.
-- Matched to our organizations by the name key of its spelling (a relink keeps the match).
-- Both tables bump the data version (see 20261203000001_data_version.sql).
create table esango_profile (
    esango_profile_id integer primary key,
    profile_code text not null unique,
    source_document_id integer not null references source_document (source_document_id),
    name text not null,
    name_key text not null,
    status text,
    status_year integer,
    headquarters text,
    parser_version integer not null,
    fetched_at text not null
);
create index esango_profile_name_key on esango_profile (name_key);

-- The two-level "Areas of expertise & Fields of activity", in the profile's order.
create table esango_expertise (
    esango_expertise_id integer primary key,
    esango_profile_id integer not null references esango_profile (esango_profile_id) on delete cascade,
    position integer not null,
    heading text not null,
    field text,
    unique (esango_profile_id, position)
);

create trigger data_version_esango_profile_insert after insert on esango_profile
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_esango_profile_update after update on esango_profile
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_esango_profile_delete after delete on esango_profile
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;

create trigger data_version_esango_expertise_insert after insert on esango_expertise
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_esango_expertise_update after update on esango_expertise
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_esango_expertise_delete after delete on esango_expertise
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
