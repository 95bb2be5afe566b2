-- A new link rule, `variant`: names the same but for an article, "of", a legal form or a last
-- bracketed acronym or place, never listed at the same session (server/src/linking.rs).
alter table organization_name drop constraint organization_name_link_rule_check;
alter table organization_name add constraint organization_name_link_rule_check
    check (link_rule in ('new', 'normalised', 'name_change', 'merger', 'variant', 'fuzzy', 'curator'));
