package dev.agentdata.adapter.postgres.execution;

/**
 * The outbox part of a compiled change: a data-modifying CTE that writes the change's event rows in the change's own
 * statement (no extra round trip, no trigger), numbered from the graph execution's {@code event_seq}.
 */
final class EventInserts {
    static final String GRAPH = "'graph_execution'";
    static final String NODE = "'node_execution'";

    private EventInserts() {
    }

    /**
     * {@code name AS (INSERT INTO events ... SELECT <select> FROM <from>)}; {@code select} lists execution id, user
     * id, seq, type and payload.
     */
    static String cte(ExecutionTables t, String name, String select, String from) {
        return name + " AS (INSERT INTO " + t.events() + " (execution_id, user_id, seq, type, payload) SELECT "
                + select + " FROM " + from + ")";
    }

    /** The event of a graph execution row {@code row} whose {@code event_seq} is already the new one. */
    static String graphEvent(ExecutionTables t, String name, String row) {
        return cte(t, name, row + ".id, " + row + ".user_id, " + row + ".event_seq, " + GRAPH + ", to_jsonb(" + row
                + ")", row);
    }
}
