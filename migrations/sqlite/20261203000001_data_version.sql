-- The data version: one row whose `version` goes up with every insert, update or delete in
-- any table of the record, by triggers, so every writer — import, scrape, reparse,
-- classification, a curator, another server on the same PostgreSQL — changes it without
-- having to remember to. Cached answers, ETags and Last-Modified are read from it: one cheap
-- row instead of counting the tables. `epoch` is drawn once per database, so a rebuilt
-- database never repeats an old ETag.

create table data_version (
    id integer primary key check (id = 1),
    epoch text not null,
    version integer not null,
    changed_at text not null
);

insert into data_version (id, epoch, version, changed_at)
values (1, lower(hex(randomblob(8))), 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- SQLite has only row-level triggers: a bulk import bumps the version once per row, inside
-- its transaction (a few hundred milliseconds on the full reports import).
create trigger data_version_application_insert after insert on application
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_application_update after update on application
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_application_delete after delete on application
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_consideration_insert after insert on consideration
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_consideration_update after update on consideration
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_consideration_delete after delete on consideration
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_consideration_evidence_insert after insert on consideration_evidence
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_consideration_evidence_update after update on consideration_evidence
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_consideration_evidence_delete after delete on consideration_evidence
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_fetch_failure_insert after insert on fetch_failure
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_fetch_failure_update after update on fetch_failure
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_fetch_failure_delete after delete on fetch_failure
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_focus_area_assignment_insert after insert on focus_area_assignment
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_focus_area_assignment_update after update on focus_area_assignment
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_focus_area_assignment_delete after delete on focus_area_assignment
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_focus_area_override_insert after insert on focus_area_override
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_focus_area_override_update after update on focus_area_override
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_focus_area_override_delete after delete on focus_area_override
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_import_run_insert after insert on import_run
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_import_run_update after update on import_run
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_import_run_delete after delete on import_run
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_member_state_insert after insert on member_state
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_member_state_update after update on member_state
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_member_state_delete after delete on member_state
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_member_state_name_insert after insert on member_state_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_member_state_name_update after update on member_state_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_member_state_name_delete after delete on member_state_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_insert after insert on organization
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_update after update on organization
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_delete after delete on organization
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_event_insert after insert on organization_event
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_event_update after update on organization_event
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_event_delete after delete on organization_event
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_link_decision_insert after insert on organization_link_decision
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_link_decision_update after update on organization_link_decision
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_link_decision_delete after delete on organization_link_decision
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_name_insert after insert on organization_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_name_update after update on organization_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_name_delete after delete on organization_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_press_record_insert after insert on press_record
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_press_record_update after update on press_record
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_press_record_delete after delete on press_record
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_press_release_insert after insert on press_release
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_press_release_update after update on press_release
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_press_release_delete after delete on press_release
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_question_insert after insert on question
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_question_update after update on question
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_question_delete after delete on question
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_reconciliation_flag_insert after insert on reconciliation_flag
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_reconciliation_flag_update after update on reconciliation_flag
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_reconciliation_flag_delete after delete on reconciliation_flag
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_recorded_vote_insert after insert on recorded_vote
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_recorded_vote_update after update on recorded_vote
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_recorded_vote_delete after delete on recorded_vote
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_session_insert after insert on session
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_session_update after update on session
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_session_delete after delete on session
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_source_document_insert after insert on source_document
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_source_document_update after update on source_document
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_source_document_delete after delete on source_document
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_vote_insert after insert on vote
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_vote_update after update on vote
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_vote_delete after delete on vote
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
