-- Jobs that must not run twice at once (the press scrape and reparse), whichever process or
-- server starts them: one row per held lock. The holder renews `heartbeat_at` while it works;
-- a lock whose heartbeat is older than the stale limit (src/jobs.rs) was left by a process
-- that is gone, and the next taker replaces it. Not part of the record: no data version bump.

create table job_lock (
    name text primary key,
    holder text not null,
    acquired_at text not null,
    heartbeat_at text not null
);
