package dev.agentdata.adapter.postgres;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the forward-only migrations in {@code classpath:db/migration} to the configured schema, creating it. */
public final class Migrations {
    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
