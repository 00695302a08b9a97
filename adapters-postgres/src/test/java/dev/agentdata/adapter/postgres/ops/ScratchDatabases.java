package dev.agentdata.adapter.postgres.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.adapter.postgres.TableSnapshots;
import dev.agentdata.adapter.postgres.TestDatabase;

/**
 * Throw-away databases named {@code agentdata_ops_*} on the test server (env {@code AGENTDATA_OPS_TEST_URL}, else
 * {@link TestDatabase#serverTarget()}: TEST_DATABASE_URL's server or the embedded one), dropped afterwards.
 */
final class ScratchDatabases implements AutoCloseable {
    private final PgTarget admin = System.getenv("AGENTDATA_OPS_TEST_URL") != null
            ? PgTarget.parse(System.getenv("AGENTDATA_OPS_TEST_URL"), null, null)
            : TestDatabase.serverTarget();

    /** The server the scratch databases live on, as a target of its own database. */
    static PgTarget server() {
        return new ScratchDatabases().admin;
    }
    private final List<String> created = new ArrayList<>();

    PgTarget create() {
        String name = "agentdata_ops_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + name);
        created.add(name);
        return admin.withDatabase(name);
    }

    static void execute(PgTarget target, String... sql) {
        try (Connection c = connect(target); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect(PgTarget target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }

    /** Every table of the public schema with its rows as text, sorted, for comparing two databases. */
    static Map<String, List<String>> snapshot(PgTarget target) {
        return TableSnapshots.snapshot(target);
    }

    /** Empties every table of a migrated storage. */
    static void truncateAll(dev.agentdata.adapter.postgres.PostgresStorage storage) {
        try (Connection c = storage.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(storage.schema().sql("TRUNCATE {schema}.users, {schema}.graphs, {schema}.graph_nodes,"
                    + " {schema}.graph_links, {schema}.graph_executions, {schema}.node_executions CASCADE"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (String name : created) {
            execute(admin, "drop database if exists " + name + " with (force)");
        }
    }
}
