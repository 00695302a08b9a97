package dev.agentdata.adapter.postgres.ops;

/** Fills a scratch database with tables shaped like agentdata's (uuid, jsonb, timestamptz, foreign keys). */
final class OpsFixtures {
    private OpsFixtures() {
    }

    static void fill(PgTarget target, int nodeRows) {
        ScratchDatabases.execute(target,
                "create table users (id uuid primary key, email text not null unique, prefs jsonb not null,"
                        + " created_at timestamptz not null)",
                "create table graphs (id uuid, version int, user_id uuid not null references users(id),"
                        + " name text, nodes jsonb, primary key (id, version))",
                "create table graph_executions (id uuid primary key, graph_id uuid not null, graph_version int not null,"
                        + " user_id uuid not null references users(id), status text not null, started_at timestamptz,"
                        + " ended_at timestamptz, foreign key (graph_id, graph_version) references graphs(id, version))",
                "create table node_executions (id bigserial primary key, graph_execution_id uuid not null"
                        + " references graph_executions(id) on delete cascade, node_id text not null, cost bigint,"
                        + " payload bytea)",
                "insert into users values ('00000000-0000-0000-0000-000000000001', 'a@example.com',"
                        + " '{\"email\": true, \"nested\": {\"x\": [1, 2]}}', '2026-01-01T00:00:00.123456Z')",
                "insert into graphs values ('00000000-0000-0000-0000-0000000000aa', 1,"
                        + " '00000000-0000-0000-0000-000000000001', 'Gräph ✓', '[{\"id\": \"n1\"}]')",
                "insert into graph_executions select md5(i::text)::uuid, '00000000-0000-0000-0000-0000000000aa', 1,"
                        + " '00000000-0000-0000-0000-000000000001', 'completed', now() - i * interval '1 minute',"
                        + " now() from generate_series(1, 100) i",
                "insert into node_executions (graph_execution_id, node_id, cost, payload)"
                        + " select md5((i % 100 + 1)::text)::uuid, 'node-' || i, i * 7, sha256(i::text::bytea)"
                        + " from generate_series(1, " + nodeRows + ") i");
    }
}
