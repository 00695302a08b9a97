-- One execution lifecycle as the Postgres adapter issues it behind the six HTTP requests of bench/lifecycle.sh
-- (statements from adapters-postgres PostgresGraphRepository and PostgresExecutionRepository, whose lifecycle changes
-- are each ONE conditional statement in autocommit; only starting an execution keeps a unit of work; default
-- configuration, i.e. the graph cache in front of findVersion).
-- Variables: :uid (the token's user), :gid (the graph, version 1). Run with -M prepared (pgjdbc prepares too).
-- pgjdbc sends BEGIN in the same round trip as a unit's first statement: \startpipeline does the same here.
-- Authentication costs no SQL here: the token's claims were applied once, before the run, and the server
-- remembers applied claims for 10 s (CachingUserIdentities); the load re-sends the same token.

-- ids the service would take from its IdGenerator
SELECT gen_random_uuid() AS ge, gen_random_uuid() AS ne \gset

-- 1. POST /graphs/{id}/executions: findActive (graph row, nodes, links; not cached); insert with empty run stats
\startpipeline
BEGIN;
SELECT id, version, is_active, user_id, name, description, is_template, created_at, updated_at FROM graphs WHERE id = :gid AND is_active;
\endpipeline
SELECT id, block_id, label, input_default, metadata, node_type FROM graph_nodes WHERE graph_id = :gid AND graph_version = 1 AND user_id = :uid ORDER BY position;
SELECT id, source_id, sink_id, source_name, sink_name, is_static FROM graph_links WHERE graph_id = :gid AND graph_version = 1 AND user_id = :uid ORDER BY position;
INSERT INTO graph_executions (id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at, nodes_queued, nodes_running, nodes_completed, nodes_failed, nodes_cancelled, nodes_timeout, credits_charged) VALUES (:ge, :gid, 1, :uid, 'queued', '{}'::jsonb, '{}'::jsonb, NULL, now(), NULL, NULL, 0, 0, 0, 0, 0, 0, 0);
COMMIT;

-- 2. POST /executions/{id}/status running: one conditional UPDATE (owner and allowed sources folded in)
UPDATE graph_executions g SET status = 'running', started_at = COALESCE(g.started_at, now()) WHERE g.id = :ge AND g.user_id = :uid AND g.status IN ('queued') RETURNING g.id, g.graph_id, g.graph_version, g.user_id, g.status, g.inputs, g.outputs, g.error_message, g.created_at, g.started_at, g.ended_at, g.nodes_queued, g.nodes_running, g.nodes_completed, g.nodes_failed, g.nodes_cancelled, g.nodes_timeout, g.credits_charged, 0 AS cascaded;

-- 3. POST /executions/{id}/node-executions: the owner's execution (its graph version: findVersion is a cache hit,
--    the node_id check comes before the state check); one statement: the guarded stats update, then the insert
SELECT id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at, nodes_queued, nodes_running, nodes_completed, nodes_failed, nodes_cancelled, nodes_timeout, credits_charged FROM graph_executions WHERE id = :ge AND user_id = :uid;
WITH parent AS (UPDATE graph_executions g SET nodes_queued = g.nodes_queued + 1 WHERE g.id = :ge AND g.user_id = :uid AND g.status IN ('queued', 'running') RETURNING g.id, g.user_id) INSERT INTO node_executions (user_id, id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at) SELECT parent.user_id, :ne, :ge, 'in', 'queued', '{"value": 1}'::jsonb, '{}'::jsonb, NULL, 0, now(), NULL, NULL FROM parent RETURNING id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at;

-- 4. POST .../node-executions/{id}/status running: one statement: lock the execution (guard, owner), then the node
--    (the status it leaves), change it, move its count
WITH parent AS MATERIALIZED (SELECT g.id FROM graph_executions g WHERE g.id = :ge AND g.user_id = :uid AND g.status IN ('queued', 'running') FOR NO KEY UPDATE), before AS MATERIALIZED (SELECT n.id, n.status FROM node_executions n JOIN parent ON n.graph_execution_id = parent.id WHERE n.id = :ne AND n.user_id = :uid AND n.status IN ('queued') FOR UPDATE OF n), moved AS (UPDATE node_executions n SET status = 'running', started_at = COALESCE(n.started_at, now()) FROM before WHERE n.id = before.id AND n.user_id = :uid RETURNING n.id, n.graph_execution_id, n.node_id, n.status, n.inputs, n.outputs, n.error_message, n.execution_cost, n.created_at, n.started_at, n.ended_at, before.status AS from_status), counted AS (UPDATE graph_executions g SET nodes_running = g.nodes_running + 1, nodes_queued = g.nodes_queued - (moved.from_status = 'queued')::int FROM moved WHERE g.id = moved.graph_execution_id RETURNING g.id) SELECT moved.id, moved.graph_execution_id, moved.node_id, moved.status, moved.inputs, moved.outputs, moved.error_message, moved.execution_cost, moved.created_at, moved.started_at, moved.ended_at FROM moved JOIN counted ON counted.id = moved.graph_execution_id;

-- 5. POST .../node-executions/{id}/status completed: as 4 (no cost: nothing charged, no unit of work)
WITH parent AS MATERIALIZED (SELECT g.id FROM graph_executions g WHERE g.id = :ge AND g.user_id = :uid AND g.status IN ('queued', 'running') FOR NO KEY UPDATE), before AS MATERIALIZED (SELECT n.id, n.status FROM node_executions n JOIN parent ON n.graph_execution_id = parent.id WHERE n.id = :ne AND n.user_id = :uid AND n.status IN ('running') FOR UPDATE OF n), moved AS (UPDATE node_executions n SET status = 'completed', ended_at = now(), outputs = '{"result": 1}'::jsonb FROM before WHERE n.id = before.id AND n.user_id = :uid RETURNING n.id, n.graph_execution_id, n.node_id, n.status, n.inputs, n.outputs, n.error_message, n.execution_cost, n.created_at, n.started_at, n.ended_at, before.status AS from_status), counted AS (UPDATE graph_executions g SET nodes_completed = g.nodes_completed + 1, nodes_running = g.nodes_running - (moved.from_status = 'running')::int FROM moved WHERE g.id = moved.graph_execution_id RETURNING g.id) SELECT moved.id, moved.graph_execution_id, moved.node_id, moved.status, moved.inputs, moved.outputs, moved.error_message, moved.execution_cost, moved.created_at, moved.started_at, moved.ended_at FROM moved JOIN counted ON counted.id = moved.graph_execution_id;

-- 6. POST /executions/{id}/status completed: one conditional UPDATE, the "no active node" guard on the row's stats
UPDATE graph_executions g SET status = 'completed', ended_at = now(), outputs = '{"out": 1}'::jsonb WHERE g.id = :ge AND g.user_id = :uid AND g.status IN ('running') AND g.nodes_queued = 0 AND g.nodes_running = 0 RETURNING g.id, g.graph_id, g.graph_version, g.user_id, g.status, g.inputs, g.outputs, g.error_message, g.created_at, g.started_at, g.ended_at, g.nodes_queued, g.nodes_running, g.nodes_completed, g.nodes_failed, g.nodes_cancelled, g.nodes_timeout, g.credits_charged, 0 AS cascaded;
