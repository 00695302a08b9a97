package dev.agentdata.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the operator commands under a root command with a given configuration, and scratch databases for them. */
final class OpsCli implements AutoCloseable {
    static final String SERVER = System.getenv().getOrDefault("AGENTDATA_OPS_TEST_SERVER",
            "postgresql://postgres@127.0.0.1:5432/");

    /** What one command line printed and returned. */
    record Run(int exit, String out, String err) {
    }

    /** Stands in for the application's root command: exposes {@code config()} like it does. */
    @Command(name = "agentdata", subcommands = {MigrateCommand.class, BackupCommand.class, RestoreCommand.class,
            PruneCommand.class})
    public static final class Root {
        private final Config config;

        Root(Config config) {
            this.config = config;
        }

        public Config config() {
            return config;
        }
    }

    private final List<String> created = new ArrayList<>();

    static Config config(Map<String, String> values) {
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(values)).build();
    }

    static Run run(Config config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Root(config));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A new empty database; its URL. */
    String createDatabase() {
        String name = "agentdata_ops_c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(SERVER + "agentdata_ops", "create database " + name);
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
            sql(SERVER + "agentdata_ops", "drop database if exists " + name + " with (force)");
        }
    }
}
