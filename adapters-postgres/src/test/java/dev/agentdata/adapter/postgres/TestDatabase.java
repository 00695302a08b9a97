package dev.agentdata.adapter.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.agentdata.adapter.postgres.ops.PgTarget;

/**
 * Test database access: the server named by {@code TEST_DATABASE_URL} when set, otherwise ONE embedded Postgres
 * per JVM. Each {@link #freshStorage()} gets its own randomly named schema, migrated by Flyway, so test classes
 * never see each other's rows. Its pool's connections have another schema as their {@code search_path}: the
 * {@linkplain #decoySchema() decoy}, which must stay empty.
 */
public final class TestDatabase {
    private static PostgresSettings base;
    private static String decoy;

    private TestDatabase() {
    }

    private static synchronized PostgresSettings base() {
        if (base == null) {
            String url = System.getenv("TEST_DATABASE_URL");
            if (url != null && !url.isBlank()) {
                base = PostgresSettings.fromUrl(url);
            } else {
                base = startEmbedded();
            }
        }
        return base;
    }

    private static PostgresSettings startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("agentdata-test-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("data"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server.settings("public");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test server as a target for whole scratch databases (CREATE/DROP DATABASE run in its database): the server
     * of {@code TEST_DATABASE_URL}, or the embedded one, so operator tests need no running server either.
     */
    public static PgTarget serverTarget() {
        PostgresSettings s = base();
        return PgTarget.parse(s.jdbcUrl(), s.user(), s.password()).withSchema(null);
    }

    /** The test server as a {@code DATABASE_URL} (credentials as parameters), for tests that configure a server. */
    public static String databaseUrl() {
        PgTarget t = serverTarget();
        return t.jdbcUrl() + "?user=" + t.user() + (t.password() == null ? "" : "&password=" + t.password());
    }

    /** Settings straight to the test server (no decoy search_path), in its default schema. */
    public static PostgresSettings serverSettings() {
        return base();
    }

    /** A new schema name nobody uses yet. */
    public static String freshSchemaName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code pg_dump} and {@code pg_restore} are on the PATH (backups need them; the embedded server lacks them). */
    public static boolean hasPgTools() {
        String path = System.getenv().getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator)).filter(d -> !d.isEmpty())
                .anyMatch(d -> Files.isExecutable(Path.of(d, "pg_dump")) && Files.isExecutable(Path.of(d, "pg_restore")));
    }

    /**
     * Settings for a new, not yet created schema, whose connections have the {@linkplain #decoySchema() decoy} as
     * their search_path (the driver's {@code currentSchema}).
     */
    public static PostgresSettings freshSettings() {
        PostgresSettings s = base();
        String url = s.jdbcUrl() + (s.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + decoySchema();
        return new PostgresSettings(url, s.user(), s.password(), freshSchemaName(), 20, 5, 10);
    }

    /**
     * A schema with the adapter's tables but none of its functions, the search_path of every test pool's
     * connections: a statement that does not name its schema writes there (caught by {@link #decoyTablesWithRows()})
     * or fails. One per JVM, dropped when it ends.
     */
    public static synchronized String decoySchema() {
        if (decoy == null) {
            String name = "decoy_" + freshSchemaName();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(name)));
            try (PostgresStorage storage = new PostgresStorage(base().withSchema(name).withPoolSize(2))) {
                storage.start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
                Explain.sql(storage, """
                        DO $$ DECLARE f regprocedure; BEGIN
                            FOR f IN SELECT oid FROM pg_proc WHERE pronamespace = '{schema}'::regnamespace LOOP
                                EXECUTE 'DROP FUNCTION ' || f || ' CASCADE';
                            END LOOP;
                        END $$""");
            }
            decoy = name;
        }
        return decoy;
    }

    /** The decoy's tables that hold rows: each one means a statement relied on its connection's search_path. */
    public static List<String> decoyTablesWithRows() {
        String schema = decoySchema();
        PgTarget server = serverTarget();
        try (Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            List<String> withRows = new ArrayList<>();
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM \"" + schema + "\"." + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        withRows.add(table);
                    }
                }
            }
            return withRows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A started (migrated) storage on a new schema. */
    public static PostgresStorage freshStorage() {
        return new PostgresStorage(freshSettings())
                .start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    /** Drops {@code schema} of the test server, if it exists (best effort: a leftover schema only costs space). */
    public static void dropSchema(String schema) {
        PgTarget server = serverTarget();
        try (Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (Exception ignored) {
            // best effort, as in dispose
        }
    }

    /** Drops the storage's schema and closes it. */
    public static void dispose(PostgresStorage storage) {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA \"" + storage.settings().schema() + "\" CASCADE");
        } catch (Exception ignored) {
            // best effort: a leftover schema only costs space
        } finally {
            storage.close();
        }
    }
}
