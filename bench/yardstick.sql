-- The yardstick of issue 9: the execution lifecycle's work as six statements, one per call, each its own autocommit
-- transaction, replayed with pgbench -n -M prepared (bench/lifecycle.sh). Columns adapted to our schema (ids are
-- uuids without a default, so the INSERTs take gen_random_uuid(); created_at has no default; node_executions carries user_id since V9); nothing added.
-- Variables: :uid (a user that exists), :gid (a graph with version 1).

-- 1. create
INSERT INTO graph_executions (id, graph_id, graph_version, user_id, status, inputs, created_at) VALUES (gen_random_uuid(), :gid, 1, :uid, 'queued', '{}'::jsonb, now()) RETURNING id AS ge \gset
-- 2. running
UPDATE graph_executions SET status = 'running', started_at = now() WHERE id = :ge AND status = 'queued';
-- 3. add node execution
INSERT INTO node_executions (id, graph_execution_id, user_id, node_id, status, inputs, created_at) VALUES (gen_random_uuid(), :ge, :uid, 'in', 'queued', '{"value": 1}'::jsonb, now()) RETURNING id AS ne \gset
-- 4. node running
UPDATE node_executions SET status = 'running', started_at = now() WHERE id = :ne AND status = 'queued';
-- 5. node completed
UPDATE node_executions SET status = 'completed', outputs = '{"result": 1}'::jsonb, ended_at = now() WHERE id = :ne AND status = 'running';
-- 6. completed
UPDATE graph_executions SET status = 'completed', outputs = '{"out": 1}'::jsonb, ended_at = now() WHERE id = :ge AND status = 'running';
