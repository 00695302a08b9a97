package dev.agentdata.adapter.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.agentdata.adapter.postgres.ops.PgTarget;

/** Whole-database snapshots for comparing two databases, e.g. a backup's source and its restored copy. */
public final class TableSnapshots {
    private TableSnapshots() {
    }

    /** Every table of the public schema, listed from information_schema, with its rows as text, sorted. */
    public static Map<String, List<String>> snapshot(PgTarget target) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
                Statement st = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String t : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select x::text from public.\"" + t + "\" x order by 1")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                tables.put(t, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
