-- Scheduled jobs (timeout sweeper, prune, backup) run once per interval across every server on this database:
-- a server runs a job only when its one conditional upsert moves next_run_at forward (PostgresJobLeases).
-- Times are the database's own clock, so the servers' clocks need not agree.
CREATE TABLE job_leases (
    name            text PRIMARY KEY,
    next_run_at     timestamptz NOT NULL,
    last_claimed_at timestamptz NOT NULL
);
