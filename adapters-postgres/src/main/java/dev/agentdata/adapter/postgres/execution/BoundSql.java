package dev.agentdata.adapter.postgres.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.adapter.postgres.JsonColumns;

/**
 * SQL text built together with its parameters: each value is appended where its placeholder goes, so a compiled
 * statement binds in the order it reads, whatever parts a plan includes.
 */
final class BoundSql {
    private final StringBuilder text = new StringBuilder();
    private final List<SqlParameter> parameters = new ArrayList<>();

    BoundSql sql(String part) {
        text.append(part);
        return this;
    }

    BoundSql uuid(UUID value) {
        return parameter((ps, i) -> ps.setObject(i, value));
    }

    BoundSql integer(int value) {
        return parameter((ps, i) -> ps.setInt(i, value));
    }

    BoundSql bigint(long value) {
        return parameter((ps, i) -> ps.setLong(i, value));
    }

    BoundSql text(String value) {
        return parameter((ps, i) -> ps.setString(i, value));
    }

    BoundSql jsonb(Map<String, Object> value) {
        return parameter((ps, i) -> ps.setObject(i, JsonColumns.jsonb(value)));
    }

    BoundSql timestamp(Instant value) {
        return parameter((ps, i) -> JsonColumns.setInstant(ps, i, value));
    }

    /** One placeholder per column of {@code columns}, bound from {@code value}. */
    <T> BoundSql values(Columns<T> columns, T value) {
        List<SqlParameter> values = columns.parameters(value);
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ", ");
            parameter(values.get(i));
        }
        return this;
    }

    private BoundSql parameter(SqlParameter p) {
        text.append('?');
        parameters.add(p);
        return this;
    }

    /** The same statement behind {@code prefix} (e.g. an EXPLAIN), with the same parameters. */
    BoundSql prefixedWith(String prefix) {
        BoundSql prefixed = new BoundSql().sql(prefix).sql(text.toString());
        prefixed.parameters.addAll(parameters);
        return prefixed;
    }

    String text() {
        return text.toString();
    }

    /** The statement prepared on {@code c} with every parameter bound; the caller closes it. */
    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        try {
            for (int i = 0; i < parameters.size(); i++) {
                parameters.get(i).bind(ps, i + 1);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
