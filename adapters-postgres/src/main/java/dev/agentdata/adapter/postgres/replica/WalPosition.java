package dev.agentdata.adapter.postgres.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/** WAL positions ({@code pg_lsn}, written {@code 16/B374D848}) as the unsigned 64-bit numbers they are. */
final class WalPosition {
    static final String PRIMARY = "SELECT pg_current_wal_lsn()::text";
    static final String REPLAYED = "SELECT pg_last_wal_replay_lsn()::text";

    private WalPosition() {
    }

    static long parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("not a WAL position: " + text);
        }
        return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }

    /** The position {@code query} answers on {@code connection}; empty when it is null (not a standby). */
    static OptionalLong read(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            String text = rs.getString(1);
            return text == null ? OptionalLong.empty() : OptionalLong.of(parse(text));
        }
    }
}
