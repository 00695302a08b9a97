package dev.agentdata.bootstrap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.bootstrap.Main;

/** Runs the operator commands through {@link Main} with a given configuration, and scratch databases for them. */
final class OpsCli implements AutoCloseable {
    /** {@code postgresql://user@host:port/}: AGENTDATA_OPS_TEST_SERVER, else TEST_DATABASE_URL's server or the embedded one. */
    static final String SERVER;
    /** A database on {@link #SERVER} to run CREATE/DROP DATABASE from. */
    static final String MAINTENANCE;

    static {
        String given = System.getenv("AGENTDATA_OPS_TEST_SERVER");
        if (given != null) {
            SERVER = given;
            MAINTENANCE = "postgres";
        } else {
            PgTarget t = TestDatabase.serverTarget();
            SERVER = "postgresql://" + t.user() + "@" + t.host() + ":" + t.port() + "/";
            MAINTENANCE = t.database();
        }
    }

    /** What one command line printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private final List<String> created = new ArrayList<>();

    static Config config(Map<String, String> values) {
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(values)).build();
    }

    static Run run(Config config, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(config, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A new empty database; its URL. */
    String createDatabase() {
        String name = "agentdata_ops_c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(SERVER + MAINTENANCE, "create database " + name);
        created.add(name);
        return SERVER + name;
    }

    static void sql(String url, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:" + url.replace("postgres@", ""), "postgres", null);
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String url, String query) {
        try (Connection c = DriverManager.getConnection("jdbc:" + url.replace("postgres@", ""), "postgres", null);
             Statement st = c.createStatement(); var rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (String name : created) {
            sql(SERVER + MAINTENANCE, "drop database if exists " + name + " with (force)");
        }
    }
}
