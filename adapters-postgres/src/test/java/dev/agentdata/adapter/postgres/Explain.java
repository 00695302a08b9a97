package dev.agentdata.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs EXPLAIN ANALYZE on a statement with bound parameters and keeps the plan in target/explain-plans.txt; runs
 * test SQL. Both resolve {@code {schema}} to the storage's schema, as the adapter does (the pool sets no search_path).
 */
public final class Explain {
    private Explain() {
    }

    public static String plan(PostgresStorage storage, String title, String template, Object... params) {
        String sql = storage.schema().sql(template);
        String plan = storage.jdbc().call(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                return String.join("\n", lines);
            }
        });
        return record(title, sql, plan);
    }

    /** Keeps {@code plan} of {@code sql} in target/explain-plans.txt under {@code title}; returns it. */
    public static String record(String title, String sql, String plan) {
        try {
            Files.writeString(Path.of("target", "explain-plans.txt"), "### " + title + "\n" + sql + "\n" + plan + "\n\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan;
    }

    /**
     * Runs set-up SQL (seeds, truncates) without the pool's statement timeout: seeding 200,000 rows outlasts it on a
     * loaded build machine, and set-up is not what the timeout protects. The connection gets its timeout back.
     */
    public static void sql(PostgresStorage storage, String template) {
        storage.jdbc().call(c -> {
            try (Statement s = c.createStatement()) {
                String timeout;
                try (ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
                    rs.next();
                    timeout = rs.getString(1);
                }
                s.execute("SET statement_timeout = 0");
                try {
                    s.execute(storage.schema().sql(template));
                } finally {
                    s.execute("SET statement_timeout = '" + timeout + "'");
                }
            }
            return null;
        });
    }
}
