package dev.agentdata.adapter.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.postgresql.util.PGobject;

/** Binding and reading of the column types the repositories share: jsonb maps, timestamptz instants, uuids. */
public final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    public static PGobject jsonb(Map<String, ?> value) throws SQLException {
        if (value == null) {
            return null;
        }
        PGobject o = new PGobject();
        o.setType("jsonb");
        try {
            o.setValue(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value is not JSON-serialisable", e);
        }
        return o;
    }

    public static Map<String, Object> map(ResultSet rs, String column) throws SQLException {
        String json = rs.getString(column);
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new SQLException("column " + column + " does not hold a JSON object", e);
        }
    }

    /** Postgres keeps microseconds; every stored instant is truncated to them first. */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Binds an instant, or null, as an untyped parameter that the server reads as the column's type: binding a
     * value as timestamptz but a null as another type changed the statement's parameter types between calls and made
     * the driver re-prepare the transition UPDATEs on every call.
     */
    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, java.sql.Types.OTHER);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC).toString(), java.sql.Types.OTHER);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Epoch microseconds, the form instants take in cursors. */
    public static String toCursorValue(Instant instant) {
        Instant t = micros(instant);
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, t));
    }

    public static Instant fromCursorValue(String micros) {
        try {
            long v = Long.parseLong(micros);
            return Instant.EPOCH.plus(v, ChronoUnit.MICROS);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
