-- The data version: one row whose `version` goes up with every insert, update or delete in
-- any table of the record, by triggers, so every writer — import, scrape, reparse,
-- classification, a curator, another server on the same PostgreSQL — changes it without
-- having to remember to. Cached answers, ETags and Last-Modified are read from it: one cheap
-- row instead of counting the tables. `epoch` is drawn once per database, so a rebuilt
-- database never repeats an old ETag.

create table data_version (
    id integer primary key check (id = 1),
    epoch text not null,
    version bigint not null,
    changed_at text not null
);

insert into data_version (id, epoch, version, changed_at)
values (1, substr(md5(random()::text || clock_timestamp()::text), 1, 16), 0,
        to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));

-- Once per transaction: the first statement that writes bumps the row, later ones see the
-- transaction-local mark and skip it. (Updating one row once per statement made a bulk
-- import quadratic: every update of a row inside one transaction adds a version to walk.)
-- The row is part of the writing transaction, so readers see the new version exactly when
-- they see the new data.
create function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('ecosoc_watch.data_version_bumped', true) is distinct from 'yes' then
        update data_version
        set version = version + 1,
            changed_at = to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        perform set_config('ecosoc_watch.data_version_bumped', 'yes', true);
    end if;
    return null;
end
$$;

create trigger data_version_bump after insert or update or delete or truncate on application
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on consideration
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on consideration_evidence
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on fetch_failure
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on focus_area_assignment
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on focus_area_override
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on import_run
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on member_state
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on member_state_name
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on organization
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on organization_event
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on organization_link_decision
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on organization_name
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on press_record
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on press_release
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on question
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on reconciliation_flag
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on recorded_vote
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on session
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on source_document
for each statement execute function bump_data_version();
create trigger data_version_bump after insert or update or delete or truncate on vote
for each statement execute function bump_data_version();
