package dev.agentdata.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the forward-only migrations in {@code classpath:db/migration} to the configured schema, creating it. Each
 * migration runs without the pool's statement timeout (an index on a large table may take minutes), lifted with
 * {@code SET LOCAL} so that it ends with the migration's transaction and never reaches the pool.
 */
public final class Migrations {
    private static final String LOCK = "SELECT pg_advisory_lock(hashtextextended(?, 0))";

    private Migrations() {
    }

    /**
     * Migrates on direct connections (never through a transaction pooler, which would not keep Flyway's session lock),
     * one server at a time: servers starting together queue on a session advisory lock per schema, held by a
     * connection of its own until the migrations are done, and the later ones find the schema up to date.
     */
    public static MigrateResult migrate(PostgresSettings direct, Connection lockHolder) throws SQLException {
        try (PreparedStatement lock = lockHolder.prepareStatement(LOCK);
             Statement create = lockHolder.createStatement()) {
            lock.setString(1, "agentdata migrations of " + direct.schema());
            lock.execute();
            create.execute("CREATE SCHEMA IF NOT EXISTS \"" + direct.schema() + "\"");
        }
        return Flyway.configure()
                .dataSource(direct.jdbcUrl(), direct.user(), direct.password())
                .schemas(direct.schema())
                .defaultSchema(direct.schema())
                .createSchemas(true)
                .locations("classpath:db/migration")
                .callbacks(new NoStatementTimeout())
                .load()
                .migrate();
    }

    /** Lifts the statement timeout inside each migration's transaction. */
    private static final class NoStatementTimeout implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try (Statement s = context.getConnection().createStatement()) {
                s.execute("SET LOCAL statement_timeout = 0");
            } catch (SQLException e) {
                throw new IllegalStateException("could not lift the statement timeout for a migration", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "no-statement-timeout";
        }
    }
}
