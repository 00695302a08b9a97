package dev.agentdata.adapter.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import dev.agentdata.adapter.postgres.ops.PgTarget;

/**
 * Test database access: the server named by {@code TEST_DATABASE_URL} when set, otherwise ONE embedded Postgres
 * per JVM. Each {@link #freshStorage()} gets its own randomly named schema, migrated by Flyway, so test classes
 * never see each other's rows.
 */
public final class TestDatabase {
    private static PostgresSettings base;

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

    /** Settings for a new, not yet created schema. */
    public static PostgresSettings freshSettings() {
        return base().withSchema(freshSchemaName()).withPoolSize(20).withTimeouts(5, 10);
    }

    /** A started (migrated) storage on a new schema. */
    public static PostgresStorage freshStorage() {
        return new PostgresStorage(freshSettings()).start(new StartupRetry(3, Duration.ofMillis(100), Duration.ofSeconds(1)));
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
