-- The outbox of execution events. The statement that makes a change (creation, status change, cascade) writes its
-- event rows in data-modifying CTEs of that same statement, so a change and its events commit or roll back together.
-- No foreign keys: their checks would be extra work on the hot path; pruning deletes events with their execution.

-- Each execution numbers its events 1, 2, 3, ...: the counter lives on the row every change already locks and
-- updates, so numbers follow commit order with no gap.
ALTER TABLE graph_executions ADD COLUMN event_seq bigint NOT NULL DEFAULT 0;

CREATE TABLE execution_events (
    id           bigserial   NOT NULL,
    execution_id uuid        NOT NULL,
    user_id      uuid        NOT NULL,
    seq          bigint      NOT NULL,
    type         text        NOT NULL
        CONSTRAINT execution_events_type_check CHECK (type IN ('graph_execution', 'node_execution')),
    -- the graph or node execution's row right after the change (to_jsonb of it)
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- the writing transaction: ids are handed out before commit, so a reader of "everything new" cannot trust them;
    -- it reads by writer instead and moves past a writer only once pg_snapshot_xmin says every older one finished
    writer       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT execution_events_pkey PRIMARY KEY (execution_id, seq)
);
-- The user streams and the waker read what writers at or above the horizon wrote (a handful of recent rows).
CREATE INDEX execution_events_by_writer ON execution_events (writer);
