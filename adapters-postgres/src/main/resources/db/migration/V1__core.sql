-- Core schema: users, versioned graphs with their nodes and links, graph and node executions.
-- Objects are unqualified: Flyway runs this in the configured schema (search_path).

CREATE TABLE users (
    id                                  uuid        PRIMARY KEY,
    email                               text        NOT NULL,
    email_verified                      boolean     NOT NULL DEFAULT true,
    name                                text,
    created_at                          timestamptz NOT NULL DEFAULT now(),
    updated_at                          timestamptz NOT NULL DEFAULT now(),
    metadata                            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    integrations                        bytea,
    timezone                            text        NOT NULL DEFAULT 'UTC',
    locale                              text        NOT NULL DEFAULT 'en-US',
    max_emails_per_day                  integer     NOT NULL DEFAULT 3
        CONSTRAINT users_max_emails_per_day_range CHECK (max_emails_per_day BETWEEN 0 AND 100),
    notify_on_agent_run                 boolean     NOT NULL DEFAULT true,
    notify_on_zero_balance              boolean     NOT NULL DEFAULT true,
    notify_on_low_balance               boolean     NOT NULL DEFAULT true,
    notify_on_block_execution_failed    boolean     NOT NULL DEFAULT true,
    notify_on_continuous_agent_error    boolean     NOT NULL DEFAULT true,
    notify_on_daily_summary             boolean     NOT NULL DEFAULT true,
    notify_on_weekly_summary            boolean     NOT NULL DEFAULT true,
    notify_on_monthly_summary           boolean     NOT NULL DEFAULT true,
    notify_on_agent_approved            boolean     NOT NULL DEFAULT true,
    notify_on_agent_rejected            boolean     NOT NULL DEFAULT true,
    claim_email                         text,
    claim_name                          text,
    CONSTRAINT users_email_key UNIQUE (email)
);

-- One row per graph version; (id, version) identifies it. updated_at is the graph's and is kept equal on
-- all of its versions. Deleting a user deletes their graphs and executions.
CREATE TABLE graphs (
    id          uuid        NOT NULL,
    version     integer     NOT NULL CONSTRAINT graphs_version_positive CHECK (version >= 1),
    is_active   boolean     NOT NULL,
    user_id     uuid        NOT NULL CONSTRAINT graphs_user_fkey REFERENCES users (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    description text,
    is_template boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT graphs_pkey PRIMARY KEY (id, version)
);
-- At most one active version per graph.
CREATE UNIQUE INDEX graphs_one_active_version ON graphs (id) WHERE is_active;
-- "My graphs" pages: keyset on (updated_at, id) over active versions only.
CREATE INDEX graphs_active_by_owner ON graphs (user_id, updated_at DESC, id DESC) WHERE is_active;

CREATE TABLE graph_nodes (
    graph_id      uuid    NOT NULL,
    graph_version integer NOT NULL,
    id            text    NOT NULL,
    position      integer NOT NULL,
    block_id      text    NOT NULL,
    label         text    NOT NULL DEFAULT '',
    input_default jsonb   NOT NULL DEFAULT '{}'::jsonb,
    metadata      jsonb   NOT NULL DEFAULT '{}'::jsonb,
    node_type     text    NOT NULL DEFAULT 'standard'
        CONSTRAINT graph_nodes_node_type_check CHECK (node_type IN ('standard', 'input', 'output', 'webhook')),
    CONSTRAINT graph_nodes_pkey PRIMARY KEY (graph_id, graph_version, id),
    CONSTRAINT graph_nodes_position_key UNIQUE (graph_id, graph_version, position),
    CONSTRAINT graph_nodes_graph_fkey FOREIGN KEY (graph_id, graph_version)
        REFERENCES graphs (id, version) ON DELETE CASCADE
);

CREATE TABLE graph_links (
    graph_id      uuid    NOT NULL,
    graph_version integer NOT NULL,
    id            uuid    NOT NULL,
    position      integer NOT NULL,
    source_id     text    NOT NULL,
    sink_id       text    NOT NULL,
    source_name   text    NOT NULL,
    sink_name     text    NOT NULL,
    is_static     boolean NOT NULL DEFAULT false,
    CONSTRAINT graph_links_pkey PRIMARY KEY (graph_id, graph_version, id),
    CONSTRAINT graph_links_position_key UNIQUE (graph_id, graph_version, position),
    -- No foreign keys to graph_nodes: validation guarantees both ends exist, versions never change, and
    -- two per-row lookups would double the cost of writing a 10,000-link version.
    CONSTRAINT graph_links_graph_fkey FOREIGN KEY (graph_id, graph_version)
        REFERENCES graphs (id, version) ON DELETE CASCADE
);
CREATE INDEX graph_links_sink ON graph_links (graph_id, graph_version, sink_id);

-- Deleting a graph version removes its executions (and, through them, their node executions).
CREATE TABLE graph_executions (
    id            uuid        PRIMARY KEY,
    graph_id      uuid        NOT NULL,
    graph_version integer     NOT NULL,
    user_id       uuid        NOT NULL
        CONSTRAINT graph_executions_user_fkey REFERENCES users (id) ON DELETE CASCADE,
    status        text        NOT NULL
        CONSTRAINT graph_executions_status_check
            CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled', 'timeout')),
    inputs        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    outputs       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    error_message text,
    created_at    timestamptz NOT NULL,
    started_at    timestamptz,
    ended_at      timestamptz,
    CONSTRAINT graph_executions_graph_fkey FOREIGN KEY (graph_id, graph_version)
        REFERENCES graphs (id, version) ON DELETE CASCADE
);
-- Execution pages, newest first, keyset on (created_at, id); with and without a status filter.
CREATE INDEX graph_executions_by_user ON graph_executions (user_id, created_at DESC, id DESC);
CREATE INDEX graph_executions_by_user_status ON graph_executions (user_id, status, created_at DESC, id DESC);
CREATE INDEX graph_executions_by_user_graph ON graph_executions (user_id, graph_id, created_at DESC, id DESC);
-- Graph statistics (index-only: count, completed count, last execution) and the foreign key on delete.
CREATE INDEX graph_executions_by_graph ON graph_executions (graph_id, graph_version) INCLUDE (status, created_at);

CREATE TABLE node_executions (
    id                 uuid        PRIMARY KEY,
    seq                bigint      GENERATED ALWAYS AS IDENTITY,
    graph_execution_id uuid        NOT NULL
        CONSTRAINT node_executions_graph_execution_fkey REFERENCES graph_executions (id) ON DELETE CASCADE,
    node_id            text        NOT NULL,
    status             text        NOT NULL
        CONSTRAINT node_executions_status_check
            CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled', 'timeout')),
    inputs             jsonb       NOT NULL DEFAULT '{}'::jsonb,
    outputs            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    error_message      text,
    execution_cost     bigint      NOT NULL DEFAULT 0 CONSTRAINT node_executions_cost_check CHECK (execution_cost >= 0),
    created_at         timestamptz NOT NULL,
    started_at         timestamptz,
    ended_at           timestamptz
);
-- Node executions of a graph execution in creation (insertion) order; also serves the foreign key.
CREATE INDEX node_executions_by_graph_execution ON node_executions (graph_execution_id, seq);
-- hasActiveNodes and the cascade touch only queued/running rows.
CREATE INDEX node_executions_active ON node_executions (graph_execution_id) WHERE status IN ('queued', 'running');
