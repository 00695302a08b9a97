-- Operations: the stuck-execution sweeper and the prune job read only these small partial indexes,
-- never the whole graph_executions table.
CREATE INDEX graph_executions_running_since ON graph_executions (started_at) WHERE status = 'running';
CREATE INDEX graph_executions_queued_since ON graph_executions (created_at) WHERE status = 'queued';
CREATE INDEX graph_executions_finished_by_end ON graph_executions (ended_at)
    WHERE status IN ('completed', 'failed', 'cancelled', 'timeout');
