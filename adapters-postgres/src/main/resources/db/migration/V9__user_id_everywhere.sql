-- Sharding-ready (docs/scaling.md): every user-owned table carries the owner's user_id, the column a distributed
-- Postgres (Citus) would shard by, so that a graph's nodes and links and an execution's node executions live beside
-- their parent row and every user-facing statement names the shard it needs. Filled from the parents here; the adapter
-- writes it from now on. No new foreign keys: the parent's key already ties each row to its owner, and a foreign-key
-- check is one more statement on the hot path.
ALTER TABLE graph_nodes ADD COLUMN user_id uuid;
UPDATE graph_nodes n SET user_id = g.user_id FROM graphs g WHERE g.id = n.graph_id AND g.version = n.graph_version;
ALTER TABLE graph_nodes ALTER COLUMN user_id SET NOT NULL;

ALTER TABLE graph_links ADD COLUMN user_id uuid;
UPDATE graph_links l SET user_id = g.user_id FROM graphs g WHERE g.id = l.graph_id AND g.version = l.graph_version;
ALTER TABLE graph_links ALTER COLUMN user_id SET NOT NULL;

ALTER TABLE node_executions ADD COLUMN user_id uuid;
UPDATE node_executions n SET user_id = g.user_id FROM graph_executions g WHERE g.id = n.graph_execution_id;
ALTER TABLE node_executions ALTER COLUMN user_id SET NOT NULL;
