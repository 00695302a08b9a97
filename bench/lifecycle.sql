-- One execution lifecycle as the Postgres adapter issues it behind the six HTTP requests of bench/lifecycle.sh
-- (statements from adapters-postgres PostgresUserRepository, PostgresGraphRepository, PostgresExecutionRepository
-- and the services' units of work; default configuration, i.e. the graph cache in front of findVersion).
-- Variables: :uid (the token's user), :gid (the graph, version 1). Run with -M prepared (pgjdbc prepares too).
-- pgjdbc sends BEGIN in the same round trip as a unit's first statement: \startpipeline does the same here.
-- Authentication costs no SQL here: the token's claims were applied once, before the run, and the server
-- remembers applied claims for 10 s (CachingUserIdentities); the load re-sends the same token.

-- ids the service would take from its IdGenerator
SELECT gen_random_uuid() AS ge, gen_random_uuid() AS ne \gset

-- 1. POST /graphs/{id}/executions: findActive (graph row, nodes, links; not cached); insert
\startpipeline
BEGIN;
SELECT id, version, is_active, user_id, name, description, is_template, created_at, updated_at FROM graphs WHERE id = :gid AND is_active;
\endpipeline
SELECT id, block_id, label, input_default, metadata, node_type FROM graph_nodes WHERE graph_id = :gid AND graph_version = 1 ORDER BY position;
SELECT id, source_id, sink_id, source_name, sink_name, is_static FROM graph_links WHERE graph_id = :gid AND graph_version = 1 ORDER BY position;
INSERT INTO graph_executions (id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at) VALUES (:ge, :gid, 1, :uid, 'queued', '{}'::jsonb, '{}'::jsonb, NULL, now(), NULL, NULL);
COMMIT;

-- 2. POST /executions/{id}/status running: lock FOR UPDATE; conditional UPDATE ... RETURNING
\startpipeline
BEGIN;
SELECT id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at FROM graph_executions WHERE id = :ge FOR UPDATE;
\endpipeline
UPDATE graph_executions SET status = 'running', started_at = COALESCE(started_at, now()), ended_at = COALESCE(NULL::timestamptz, ended_at), outputs = COALESCE(NULL::jsonb, outputs), error_message = COALESCE(NULL::text, error_message) WHERE id = :ge AND status = ANY('{queued}'::text[]) RETURNING id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at;
COMMIT;

-- 3. POST /executions/{id}/node-executions: lock FOR SHARE; findVersion (cache hit: no SQL); insert
\startpipeline
BEGIN;
SELECT id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at FROM graph_executions WHERE id = :ge FOR SHARE;
\endpipeline
INSERT INTO node_executions (id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at) VALUES (:ne, :ge, 'in', 'queued', '{"value": 1}'::jsonb, '{}'::jsonb, NULL, 0, now(), NULL, NULL);
COMMIT;

-- 4. POST .../node-executions/{id}/status running: lock FOR SHARE; read node; conditional UPDATE ... RETURNING
\startpipeline
BEGIN;
SELECT id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at FROM graph_executions WHERE id = :ge FOR SHARE;
\endpipeline
SELECT id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at FROM node_executions WHERE id = :ne AND graph_execution_id = :ge;
UPDATE node_executions SET status = 'running', started_at = COALESCE(started_at, now()), ended_at = COALESCE(NULL::timestamptz, ended_at), outputs = COALESCE(NULL::jsonb, outputs), error_message = COALESCE(NULL::text, error_message), execution_cost = COALESCE(NULL::bigint, execution_cost) WHERE id = :ne AND graph_execution_id = :ge AND status = ANY('{queued}'::text[]) RETURNING id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at;
COMMIT;

-- 5. POST .../node-executions/{id}/status completed: as 4 (no cost: the charger does nothing)
\startpipeline
BEGIN;
SELECT id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at FROM graph_executions WHERE id = :ge FOR SHARE;
\endpipeline
SELECT id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at FROM node_executions WHERE id = :ne AND graph_execution_id = :ge;
UPDATE node_executions SET status = 'completed', started_at = COALESCE(started_at, NULL::timestamptz), ended_at = COALESCE(now(), ended_at), outputs = COALESCE('{"result": 1}'::jsonb, outputs), error_message = COALESCE(NULL::text, error_message), execution_cost = COALESCE(NULL::bigint, execution_cost) WHERE id = :ne AND graph_execution_id = :ge AND status = ANY('{running}'::text[]) RETURNING id, graph_execution_id, node_id, status, inputs, outputs, error_message, execution_cost, created_at, started_at, ended_at;
COMMIT;

-- 6. POST /executions/{id}/status completed: lock FOR UPDATE; no active nodes?; conditional UPDATE ... RETURNING
\startpipeline
BEGIN;
SELECT id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at FROM graph_executions WHERE id = :ge FOR UPDATE;
\endpipeline
SELECT EXISTS (SELECT 1 FROM node_executions WHERE graph_execution_id = :ge::uuid AND status IN ('queued', 'running')) AS active;
UPDATE graph_executions SET status = 'completed', started_at = COALESCE(started_at, NULL::timestamptz), ended_at = COALESCE(now(), ended_at), outputs = COALESCE('{"out": 1}'::jsonb, outputs), error_message = COALESCE(NULL::text, error_message) WHERE id = :ge AND status = ANY('{running}'::text[]) RETURNING id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, created_at, started_at, ended_at;
COMMIT;
