package dev.agentdata.domain.execution;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change of an execution as it was recorded with the change: the graph execution (created or moved; without
 * node executions) or one of its node executions, as it was right after the change.
 *
 * @param id the global event id (ordered by allocation, not necessarily by commit)
 * @param seq the execution's own numbering, 1, 2, 3, ... in commit order without a gap
 * @param graph the graph execution after the change, when {@code type} is {@link Type#GRAPH_EXECUTION}
 * @param node the node execution after the change, when {@code type} is {@link Type#NODE_EXECUTION}
 */
public record ExecutionEvent(long id, UUID executionId, UUID userId, long seq, Type type, Instant createdAt,
                             GraphExecution graph, NodeExecution node) {
    /** What changed. */
    public enum Type {
        GRAPH_EXECUTION("graph_execution"), NODE_EXECUTION("node_execution");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<Type> fromWireName(String name) {
            for (Type t : values()) {
                if (t.wireName.equals(name)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public ExecutionEvent {
        Objects.requireNonNull(executionId, "execution_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "created_at");
        if ((type == Type.GRAPH_EXECUTION) != (graph != null) || (type == Type.NODE_EXECUTION) != (node != null)) {
            throw new IllegalArgumentException("an event carries exactly the execution its type names");
        }
    }

    public static ExecutionEvent ofGraph(long id, long seq, Instant createdAt, GraphExecution graph) {
        return new ExecutionEvent(id, graph.id(), graph.userId(), seq, Type.GRAPH_EXECUTION, createdAt, graph, null);
    }

    public static ExecutionEvent ofNode(long id, UUID userId, long seq, Instant createdAt, NodeExecution node) {
        return new ExecutionEvent(id, node.graphExecutionId(), userId, seq, Type.NODE_EXECUTION, createdAt, null, node);
    }

    /** Whether this event made its graph execution terminal: the last one of its execution. */
    public boolean endsExecution() {
        return type == Type.GRAPH_EXECUTION && graph.status().isTerminal();
    }
}
