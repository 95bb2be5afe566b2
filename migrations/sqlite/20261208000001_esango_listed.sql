-- Whether a profile's code was on the register's list of organizations in consultative status
-- the last time the whole list was read (1 = yes, 0 = no). A profile that leaves the list is
-- kept, as everything fetched is, and shown as no longer listed: its organization may have
-- lost its status since. The column's changes bump the data version (the table's trigger).
alter table esango_profile add column listed integer not null default 1;
