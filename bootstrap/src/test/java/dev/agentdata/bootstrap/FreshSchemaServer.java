package dev.agentdata.bootstrap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The real server on the external Postgres named by TEST_DATABASE_URL, in a schema of its own that closing drops;
 * the test is skipped without that database.
 */
public record FreshSchemaServer(RunningServer server, String schema) implements AutoCloseable {

    /** Starts on a new schema named after {@code prefix}, with {@code settings} (environment names) on top. */
    public static FreshSchemaServer start(String prefix, String jwtSecret, Map<String, String> settings) {
        String url = System.getenv("TEST_DATABASE_URL");
        assumeTrue(url != null && !url.isBlank(), "TEST_DATABASE_URL not set");
        String schema = prefix + Long.toHexString(System.nanoTime());
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", url, "DB_SCHEMA", schema, "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", jwtSecret));
        env.putAll(settings);
        return new FreshSchemaServer(RunningServer.start(AppConfig.from(ConfigLoader.load(env))), schema);
    }

    /** A connection of its own to TEST_DATABASE_URL, outside the server's pool. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("TEST_DATABASE_URL"));
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } finally {
            server.close();
        }
    }
}
