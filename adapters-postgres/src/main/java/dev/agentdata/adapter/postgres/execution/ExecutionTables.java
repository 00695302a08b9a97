package dev.agentdata.adapter.postgres.execution;

import dev.agentdata.adapter.postgres.SqlSchema;

/**
 * The execution tables (and their event outbox), and the function a cascade calls when it lost a race, named in the configured schema: built
 * once per repository, then written into each compiled statement.
 */
record ExecutionTables(String graphExecutions, String nodeExecutions, String cascadeRaced, String events,
                       String graphNodes) {
    static ExecutionTables in(SqlSchema schema) {
        return new ExecutionTables(schema.sql("{schema}.graph_executions"), schema.sql("{schema}.node_executions"),
                schema.sql("{schema}.execution_cascade_raced()"), schema.sql("{schema}.execution_events"),
                schema.sql("{schema}.graph_nodes"));
    }
}

