-- A new link rule, `variant`: names the same but for an article, "of", a legal form or a last
-- bracketed acronym or place, never listed at the same session (server/src/linking.rs).
-- SQLite cannot change a check constraint: the table is rebuilt, with its indexes and its
-- data-version triggers (nothing references organization_name).
create table organization_name_new (
    organization_name_id integer primary key,
    organization_id integer not null references organization (organization_id),
    name text not null unique,
    name_key text not null,
    link_rule text not null check (link_rule in ('new', 'normalised', 'name_change', 'merger', 'variant', 'fuzzy', 'curator')),
    link_score double precision,
    linked_to_name text,
    source_document_id integer references source_document (source_document_id)
);
insert into organization_name_new
select organization_name_id, organization_id, name, name_key, link_rule, link_score,
       linked_to_name, source_document_id
from organization_name;
drop table organization_name;
alter table organization_name_new rename to organization_name;
create index organization_name_key on organization_name (name_key);
create index organization_name_org on organization_name (organization_id);
create trigger data_version_organization_name_insert after insert on organization_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_name_update after update on organization_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
create trigger data_version_organization_name_delete after delete on organization_name
begin update data_version set version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); end;
