-- The execution lifecycle's inserts check nothing and fire nothing (issue 9): pg_stat_statements counted each
-- foreign-key check and the run-count trigger as a statement of its own, 12 per lifecycle instead of 8.
-- What they gave moves elsewhere:
-- - the create statement itself locks the graph version and the user FOR KEY SHARE (the locks the FK checks took)
--   and inserts nothing when either is gone, and bumps the store listing's run_count in the same statement;
-- - a node execution is inserted FROM the update of its parent row, so it never lacks one;
-- - the cascades run as statement-level AFTER DELETE triggers, only on the rare delete paths.
ALTER TABLE graph_executions DROP CONSTRAINT graph_executions_user_fkey;
ALTER TABLE graph_executions DROP CONSTRAINT graph_executions_graph_fkey;
ALTER TABLE node_executions DROP CONSTRAINT node_executions_graph_execution_fkey;
DROP TRIGGER graph_executions_store_runs_added ON graph_executions;
DROP FUNCTION store_count_runs_added();

-- Deleting a user deletes their executions (as ON DELETE CASCADE did).
CREATE FUNCTION users_delete_executions() RETURNS trigger LANGUAGE plpgsql
    SET search_path = "${flyway:defaultSchema}" AS $$
BEGIN
    DELETE FROM graph_executions e USING removed r WHERE e.user_id = r.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_delete_executions AFTER DELETE ON users
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION users_delete_executions();

-- Deleting a graph version deletes its executions.
CREATE FUNCTION graphs_delete_executions() RETURNS trigger LANGUAGE plpgsql
    SET search_path = "${flyway:defaultSchema}" AS $$
BEGIN
    DELETE FROM graph_executions e USING removed r WHERE e.graph_id = r.id AND e.graph_version = r.version;
    RETURN NULL;
END
$$;
CREATE TRIGGER graphs_delete_executions AFTER DELETE ON graphs
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION graphs_delete_executions();

-- Deleting an execution deletes its node executions and its events (before this, a graph delete left its events).
CREATE FUNCTION graph_executions_delete_dependents() RETURNS trigger LANGUAGE plpgsql
    SET search_path = "${flyway:defaultSchema}" AS $$
BEGIN
    DELETE FROM node_executions n USING removed r WHERE n.graph_execution_id = r.id;
    DELETE FROM execution_events v USING removed r WHERE v.execution_id = r.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER graph_executions_delete_dependents AFTER DELETE ON graph_executions
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION graph_executions_delete_dependents();

-- Events a graph delete left behind before this migration.
DELETE FROM execution_events v WHERE NOT EXISTS (SELECT 1 FROM graph_executions e WHERE e.id = v.execution_id);
