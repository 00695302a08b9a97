package dev.agentdata.adapter.postgres.execution;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionGuard;

/** The SQL fragments every compiled execution plan shares: status lists, guards on the graph execution's row, sets. */
final class ExecutionSql {
    /** Status lists made so far (at most one per subset of the statuses): a statement is compiled on every request. */
    private static final Map<Set<ExecutionStatus>, String> STATUS_LISTS = new ConcurrentHashMap<>();
    /** Each guard on the alias every compiled change uses, made once (after STATUS_LISTS, which it uses). */
    private static final Map<TransitionGuard, String> GUARDS_ON_G = new EnumMap<>(TransitionGuard.class);

    static {
        for (TransitionGuard guard : TransitionGuard.values()) {
            GUARDS_ON_G.put(guard, guardOf(guard, "g"));
        }
    }

    private ExecutionSql() {
    }

    /** {@code ('queued', 'running')}, in the table's order; never empty (a plan without sources is not run). */
    static String statuses(Set<ExecutionStatus> statuses) {
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("no statuses");
        }
        return STATUS_LISTS.computeIfAbsent(EnumSet.copyOf(statuses), set -> set.stream()
                .map(s -> "'" + s.wireName() + "'").collect(Collectors.joining(", ", "(", ")")));
    }

    /** {@code guard} as a condition on the graph execution's row {@code g}, which Postgres re-checks after a wait. */
    static String guard(TransitionGuard guard, String g) {
        return "g".equals(g) ? GUARDS_ON_G.get(guard) : guardOf(guard, g);
    }

    private static String guardOf(TransitionGuard guard, String g) {
        return switch (guard) {
            case NO_ACTIVE_NODES -> ExecutionStatus.activeStatuses().stream().sorted()
                    .map(s -> g + "." + ExecutionRows.statsColumn(s) + " = 0").collect(Collectors.joining(" AND "));
            case GRAPH_NOT_ENDED -> g + ".status IN " + statuses(ExecutionStatus.activeStatuses());
        };
    }

    /**
     * Opens the checks on a row a statement finds by its primary key: {@code key = ? AND CASE WHEN <checks> THEN true
     * ELSE false END}. Written plainly, Postgres uses the checks to choose an index too, and with the generic plans it
     * keeps for a statement pgjdbc has prepared on the server (from the fifth run on, planned once without the
     * values) it chose badly: {@code graph_executions_by_user_status} or the partial {@code queued_since} index, reading
     * every queued entry of the owner, dead ones included (349 buffers and 4 ms in {@code bench/lifecycle.sh}'s second
     * run, for an update the primary key does in 4 buffers). A {@code CASE} is opaque to index matching and to the
     * proofs that pick a partial index, so the key finds the row and the checks filter it; like any condition of the
     * WHERE clause they are re-checked on the newest row version after a lock wait.
     */
    static final String CHECKS = " AND CASE WHEN ";

    /** Closes {@link #CHECKS}: a row whose checks are false or null does not match. */
    static final String END_CHECKS = " THEN true ELSE false END";

    /** {@code <column> = g.<column> + amount}. */
    static String plus(String g, String column, String amount) {
        return column + " = " + g + "." + column + " + " + amount;
    }

    /** {@code <column> = g.<column> - amount}. */
    static String minus(String g, String column, String amount) {
        return column + " = " + g + "." + column + " - " + amount;
    }

    /**
     * The SET list of a change to {@code to} at {@code at} of the row {@code alias}: status, the stamps entering it
     * sets, and the outputs and error message when given (otherwise the stored ones stay).
     */
    static void setChange(BoundSql sql, ExecutionStatus to, Instant at, Map<String, Object> outputs,
                          String errorMessage, String alias) {
        sql.sql("status = '" + to.wireName() + "'");
        if (to.stampsStart()) {
            sql.sql(", started_at = COALESCE(" + alias + ".started_at, ").timestamp(at).sql(")");
        }
        if (to.stampsEnd()) {
            sql.sql(", ended_at = ").timestamp(at);
        }
        if (outputs != null) {
            sql.sql(", outputs = ").jsonb(outputs);
        }
        if (errorMessage != null) {
            sql.sql(", error_message = ").text(errorMessage);
        }
    }

    /** {@link #setChange} for a node execution's {@code plan}, with its cost when given. */
    static void setNode(BoundSql sql, NodeTransition plan, String alias) {
        setChange(sql, plan.to(), plan.at(), plan.outputs(), plan.errorMessage(), alias);
        if (plan.cost() != null) {
            sql.sql(", execution_cost = ").bigint(plan.cost());
        }
    }
}
