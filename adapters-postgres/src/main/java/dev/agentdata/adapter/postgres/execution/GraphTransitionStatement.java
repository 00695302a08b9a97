package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.execution.ExecutionRows.GRAPH;
import static dev.agentdata.adapter.postgres.execution.ExecutionRows.statsColumn;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeTransition;

/**
 * A {@link GraphTransition} compiled into one conditional statement: the owner, the allowed sources and the guard
 * folded into its WHERE clause; status, stamps, outputs and error in its SET. A cascading end first locks the row,
 * then ends the active node executions in a data-modifying CTE (lock order everywhere: graph execution, then node
 * executions) and moves their counts in the same row update; it fails as a serialization failure when a node
 * execution added while it waited for the lock is missing from its snapshot. Each change also writes its events
 * (cascaded node executions first, then the graph execution's) in CTEs of the same statement, numbered from the
 * row's {@code event_seq}. The statement returns the new row with the number of node executions cascaded, or no row
 * when the plan did not apply.
 */
final class GraphTransitionStatement {
    private GraphTransitionStatement() {
    }

    /** The statement for {@code plan} on execution {@code id}, of {@code owner} (none for an operator's change). */
    static BoundSql compile(ExecutionTables t, GraphTransition plan, UUID id, Optional<UUID> owner) {
        return plan.cascades() ? cascading(t, plan, id, owner) : direct(t, plan, id, owner);
    }

    private static BoundSql direct(ExecutionTables t, GraphTransition plan, UUID id, Optional<UUID> owner) {
        BoundSql sql = new BoundSql().sql("WITH changed AS (UPDATE " + t.graphExecutions() + " g SET ");
        set(sql, plan);
        sql.sql(", event_seq = g.event_seq + 1 WHERE ");
        condition(sql, plan, id, owner);
        return sql.sql(" RETURNING g.*), " + EventInserts.graphEvent(t, "event", "changed")
                + " SELECT " + GRAPH.names("changed") + ", 0 AS cascaded FROM changed");
    }

    private static BoundSql cascading(ExecutionTables t, GraphTransition plan, UUID id, Optional<UUID> owner) {
        NodeTransition cascade = plan.nodeCascade();
        String active = cascade.sources().stream().sorted().map(s -> "g." + statsColumn(s))
                .collect(Collectors.joining(" + "));
        BoundSql sql = new BoundSql().sql("WITH locked AS MATERIALIZED (SELECT g.id, g.event_seq AS base, " + active
                + " AS active FROM " + t.graphExecutions() + " g WHERE ");
        condition(sql, plan, id, owner);
        sql.sql(" FOR NO KEY UPDATE), ended AS (UPDATE " + t.graphExecutions() + " g SET ");
        set(sql, plan);
        sql.sql(", " + ExecutionSql.plus("g", statsColumn(cascade.to()), active));
        cascade.sources().stream().sorted().forEach(s -> sql.sql(", " + statsColumn(s) + " = 0"));
        // the cascaded node executions take the seqs before the graph execution's own event
        sql.sql(", event_seq = locked.base + locked.active + 1");
        sql.sql(" FROM locked WHERE g.id = locked.id RETURNING g.*)"
                + ", cascaded AS (UPDATE " + t.nodeExecutions() + " n SET ");
        ExecutionSql.setNode(sql, cascade, "n");
        // the execution's id as a value too, not only through ended: a generic plan made when no node execution was
        // active (the partial index looked empty) scanned every active one of every execution, then joined
        sql.sql(" FROM ended WHERE n.graph_execution_id = ").uuid(id);
        return sql.sql(" AND n.graph_execution_id = ended.id AND n.user_id = ended.user_id AND n.status IN "
                + ExecutionSql.statuses(cascade.sources()) + " RETURNING n.*), "
                + EventInserts.cte(t, "node_events", "c.graph_execution_id, ended.user_id, locked.base"
                        + " + row_number() OVER (ORDER BY c.seq), " + EventInserts.NODE + ", to_jsonb(c)",
                        "cascaded c, ended, locked") + ", "
                + EventInserts.graphEvent(t, "graph_event", "ended")
                + " SELECT " + GRAPH.names("ended") + ", CASE WHEN c.n = locked.active THEN c.n"
                + " ELSE " + t.cascadeRaced() + " END AS cascaded"
                + " FROM ended, locked, (SELECT count(*) AS n FROM cascaded) c");
    }

    private static void set(BoundSql sql, GraphTransition plan) {
        ExecutionSql.setChange(sql, plan.to(), plan.at(), plan.outputs(), plan.errorMessage(), "g");
    }

    private static void condition(BoundSql sql, GraphTransition plan, UUID id, Optional<UUID> owner) {
        sql.sql("g.id = ").uuid(id).sql(ExecutionSql.CHECKS);
        owner.ifPresent(o -> sql.sql("g.user_id = ").uuid(o).sql(" AND "));
        sql.sql("g.status IN " + ExecutionSql.statuses(plan.sources()));
        plan.guard().ifPresent(guard -> sql.sql(" AND " + ExecutionSql.guard(guard, "g")));
        sql.sql(ExecutionSql.END_CHECKS);
    }
}
