package dev.agentdata.adapter.postgres.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.agentdata.domain.execution.ExecutionEvent;
import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/** Reads an outbox row: its payload is {@code to_jsonb} of the graph or node execution row right after the change. */
final class EventPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private EventPayloads() {
    }

    /** The event of a row with {@code id, seq, type, payload, created_at, user_id}. */
    static ExecutionEvent event(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long seq = rs.getLong("seq");
        Instant at = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        Map<String, Object> row = parse(rs.getString("payload"));
        String type = rs.getString("type");
        return switch (ExecutionEvent.Type.fromWireName(type).orElseThrow(() -> new SQLException("event type " + type))) {
            case GRAPH_EXECUTION -> ExecutionEvent.ofGraph(id, seq, at, graph(row));
            case NODE_EXECUTION -> ExecutionEvent.ofNode(id, rs.getObject("user_id", UUID.class), seq, at, node(row));
        };
    }

    private static Map<String, Object> parse(String json) throws SQLException {
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new SQLException("an event payload is not a JSON object", e);
        }
    }

    private static GraphExecution graph(Map<String, Object> r) {
        ExecutionStats stats = new ExecutionStats(count(r, ExecutionStatus.QUEUED), count(r, ExecutionStatus.RUNNING),
                count(r, ExecutionStatus.COMPLETED), count(r, ExecutionStatus.FAILED),
                count(r, ExecutionStatus.CANCELLED), count(r, ExecutionStatus.TIMEOUT),
                number(r, ExecutionRows.costColumn()));
        return new GraphExecution(uuid(r, "id"), uuid(r, "graph_id"), (int) number(r, "graph_version"),
                uuid(r, "user_id"), status(r), object(r, "inputs"), object(r, "outputs"), (String) r.get("error_message"),
                instant(r, "created_at"), instant(r, "started_at"), instant(r, "ended_at"), stats);
    }

    private static NodeExecution node(Map<String, Object> r) {
        return new NodeExecution(uuid(r, "id"), uuid(r, "graph_execution_id"), (String) r.get("node_id"), status(r),
                object(r, "inputs"), object(r, "outputs"), (String) r.get("error_message"),
                number(r, "execution_cost"), instant(r, "created_at"), instant(r, "started_at"), instant(r, "ended_at"));
    }

    private static long count(Map<String, Object> r, ExecutionStatus status) {
        return number(r, ExecutionRows.statsColumn(status));
    }

    private static long number(Map<String, Object> r, String key) {
        return ((Number) r.get(key)).longValue();
    }

    private static UUID uuid(Map<String, Object> r, String key) {
        return UUID.fromString((String) r.get(key));
    }

    private static ExecutionStatus status(Map<String, Object> r) {
        String s = (String) r.get("status");
        return ExecutionStatus.fromWireName(s).orElseThrow(() -> new IllegalStateException("unknown status " + s));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> r, String key) {
        return (Map<String, Object>) r.get(key);
    }

    private static Instant instant(Map<String, Object> r, String key) {
        Object v = r.get(key);
        return v == null ? null : OffsetDateTime.parse((String) v).toInstant();
    }
}
