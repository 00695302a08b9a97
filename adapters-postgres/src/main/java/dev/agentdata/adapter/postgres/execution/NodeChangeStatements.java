package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.execution.ExecutionRows.NODE;
import static dev.agentdata.adapter.postgres.execution.ExecutionRows.statsColumn;

import java.util.UUID;

import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;

/**
 * Node-execution plans compiled into one conditional statement each. Both update the graph execution's row (its
 * stats) in the same statement, after checking the owner and the guard on it: that row update is what serialises
 * them against the graph execution's own changes, and it comes first, before any node execution row is locked.
 * Each writes the change's event in a CTE of the same statement, numbered from the graph execution's
 * {@code event_seq}, and returns the node execution's new row, or no row when the plan did not apply.
 */
final class NodeChangeStatements {
    private NodeChangeStatements() {
    }

    /**
     * The node is added only when its id is a node of the execution's graph version (versions never change, so the
     * primary-key probe of {@code graph_nodes} needs no lock) and the guard holds.
     */
    static BoundSql add(ExecutionTables t, UUID owner, NodeCreation creation) {
        NodeExecution node = creation.node();
        String counted = statsColumn(node.status());
        return new BoundSql()
                .sql("WITH parent AS (UPDATE " + t.graphExecutions() + " g SET " + ExecutionSql.plus("g", counted, "1"))
                .sql(", event_seq = g.event_seq + 1")
                .sql(" WHERE g.id = ").uuid(node.graphExecutionId())
                .sql(ExecutionSql.CHECKS + "g.user_id = ").uuid(owner)
                .sql(" AND " + ExecutionSql.guard(creation.guard(), "g"))
                .sql(" AND EXISTS (SELECT 1 FROM " + t.graphNodes() + " gn WHERE gn.graph_id = g.graph_id"
                        + " AND gn.graph_version = g.graph_version AND gn.id = ").text(node.nodeId())
                .sql(")" + ExecutionSql.END_CHECKS + " RETURNING g.id, g.user_id, g.event_seq)")
                .sql(", added AS (INSERT INTO " + t.nodeExecutions() + " (user_id, " + NODE.names() + ") SELECT parent.user_id, ")
                .values(NODE, node)
                .sql(" FROM parent RETURNING *), " + EventInserts.cte(t, "event", "added.graph_execution_id,"
                        + " parent.user_id, parent.event_seq, " + EventInserts.NODE + ", to_jsonb(added)", "added, parent"))
                .sql(" SELECT " + NODE.names("added") + " FROM added");
    }

    /**
     * Locks the graph execution ({@code parent}, guard and owner checked): that lock serialises every change of its
     * node executions. Then changes the node execution ({@code moved}) and moves its count ({@code counted}). With one
     * source status (every move but a failure, a cancel or a timeout) the status it leaves is that one, and the update
     * itself re-checks it on the newest row version. With several, {@code before} first locks the node execution as it
     * is now, to read which of them it leaves.
     */
    static BoundSql transition(ExecutionTables t, UUID owner, UUID executionId, UUID nodeExecutionId,
                               NodeTransition plan) {
        BoundSql sql = new BoundSql()
                .sql("WITH parent AS MATERIALIZED (SELECT g.id FROM " + t.graphExecutions() + " g WHERE g.id = ")
                .uuid(executionId)
                .sql(ExecutionSql.CHECKS + "g.user_id = ").uuid(owner)
                .sql(" AND " + ExecutionSql.guard(plan.guard(), "g") + ExecutionSql.END_CHECKS + " FOR NO KEY UPDATE)");
        if (plan.sources().size() == 1) {
            String from = plan.sources().iterator().next().wireName();
            sql.sql(", moved AS (UPDATE " + t.nodeExecutions() + " n SET ");
            ExecutionSql.setNode(sql, plan, "n");
            sql.sql(" FROM parent WHERE n.id = ").uuid(nodeExecutionId).sql(ExecutionSql.CHECKS + "n.user_id = ").uuid(owner)
                    .sql(" AND n.graph_execution_id = parent.id AND n.status = '" + from + "'" + ExecutionSql.END_CHECKS
                            + " RETURNING " + NODE.names("n") + ", '" + from + "'::text AS from_status)");
        } else {
            sql.sql(", before AS MATERIALIZED (SELECT n.id, n.status FROM " + t.nodeExecutions() + " n"
                            + " CROSS JOIN parent WHERE n.id = ").uuid(nodeExecutionId)
                    .sql(ExecutionSql.CHECKS + "n.graph_execution_id = parent.id AND n.user_id = ").uuid(owner)
                    .sql(" AND n.status IN " + ExecutionSql.statuses(plan.sources()) + ExecutionSql.END_CHECKS
                            + " FOR UPDATE OF n)")
                    .sql(", moved AS (UPDATE " + t.nodeExecutions() + " n SET ");
            ExecutionSql.setNode(sql, plan, "n");
            sql.sql(" FROM before WHERE n.id = before.id AND n.user_id = ").uuid(owner)
                    .sql(" RETURNING " + NODE.names("n") + ", before.status AS from_status)");
        }
        sql.sql(", counted AS (UPDATE " + t.graphExecutions() + " g SET ")
                .sql(ExecutionSql.plus("g", statsColumn(plan.to()), "1"));
        plan.sources().stream().sorted().forEach(s -> sql.sql(", " + ExecutionSql.minus("g", statsColumn(s),
                "(moved.from_status = '" + s.wireName() + "')::int")));
        if (plan.charge() > 0) {
            String cost = ExecutionRows.costColumn();
            sql.sql(", " + cost + " = g." + cost + " + ").bigint(plan.charge());
        }
        return sql.sql(", event_seq = g.event_seq + 1 FROM moved WHERE g.id = moved.graph_execution_id"
                        + " RETURNING g.id, g.user_id, g.event_seq), ")
                .sql(EventInserts.cte(t, "event", "moved.graph_execution_id, counted.user_id, counted.event_seq, "
                        + EventInserts.NODE + ", to_jsonb(moved) - 'from_status'",
                        "moved JOIN counted ON counted.id = moved.graph_execution_id"))
                .sql(" SELECT " + NODE.names("moved")
                        + " FROM moved JOIN counted ON counted.id = moved.graph_execution_id");
    }
}
