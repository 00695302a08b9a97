-- Run stats on each graph execution: its node executions counted by status and the credits charged for them. The
-- statement that makes a change keeps them (a node execution added or moved, a cascade, a completion's cost), so a
-- page of executions never counts rows, and the guard "no node execution queued or running" of a completion is a
-- condition on this one row: Postgres re-checks it on the row's newest version after waiting for its lock, which a
-- subquery over node_executions would not see.
ALTER TABLE graph_executions
    ADD COLUMN nodes_queued    bigint NOT NULL DEFAULT 0,
    ADD COLUMN nodes_running   bigint NOT NULL DEFAULT 0,
    ADD COLUMN nodes_completed bigint NOT NULL DEFAULT 0,
    ADD COLUMN nodes_failed    bigint NOT NULL DEFAULT 0,
    ADD COLUMN nodes_cancelled bigint NOT NULL DEFAULT 0,
    ADD COLUMN nodes_timeout   bigint NOT NULL DEFAULT 0,
    ADD COLUMN credits_charged bigint NOT NULL DEFAULT 0;

-- Existing executions: counted once from their node executions (a completion's cost is what was charged for it).
UPDATE graph_executions g
   SET nodes_queued    = c.queued,
       nodes_running   = c.running,
       nodes_completed = c.completed,
       nodes_failed    = c.failed,
       nodes_cancelled = c.cancelled,
       nodes_timeout   = c.timeout,
       credits_charged = c.cost
  FROM (SELECT graph_execution_id,
               count(*) FILTER (WHERE status = 'queued')    AS queued,
               count(*) FILTER (WHERE status = 'running')   AS running,
               count(*) FILTER (WHERE status = 'completed') AS completed,
               count(*) FILTER (WHERE status = 'failed')    AS failed,
               count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
               count(*) FILTER (WHERE status = 'timeout')   AS timeout,
               coalesce(sum(execution_cost) FILTER (WHERE status = 'completed'), 0) AS cost
          FROM node_executions
         GROUP BY graph_execution_id) c
 WHERE g.id = c.graph_execution_id;

ALTER TABLE graph_executions ADD CONSTRAINT graph_executions_stats_not_negative CHECK (
    nodes_queued >= 0 AND nodes_running >= 0 AND nodes_completed >= 0 AND nodes_failed >= 0
    AND nodes_cancelled >= 0 AND nodes_timeout >= 0 AND credits_charged >= 0);

-- A cascade (a graph execution ending failed, cancelled or timeout) finds the active node executions in its
-- statement's snapshot. One added by a transaction that committed while the cascade waited for the graph execution's
-- lock is counted in the stats but missing from that snapshot; the statement then calls this, which fails it as a
-- serialization failure, so that it runs again with a fresh snapshot and nothing is left half done.
CREATE FUNCTION execution_cascade_raced() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a node execution was added or changed while its graph execution was ending; retry'
        USING ERRCODE = 'serialization_failure';
END
$$;
