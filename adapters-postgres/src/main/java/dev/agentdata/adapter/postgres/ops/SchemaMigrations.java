package dev.agentdata.adapter.postgres.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The operator's view of the Flyway migrations in {@code classpath:db/migration}: apply the pending ones, or list
 * every migration with its state (applied, pending, failed, ...), against the target's schema.
 */
public final class SchemaMigrations {
    private final Flyway flyway;

    public SchemaMigrations(PgTarget target) {
        Objects.requireNonNull(target, "target");
        this.flyway = Flyway.configure()
                .dataSource(target.jdbcUrl() + (target.sslMode() == null ? "" : "?sslmode=" + target.sslMode()),
                        target.user(), target.password())
                .schemas(target.schema())
                .defaultSchema(target.schema())
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load();
    }

    /** Applies every pending migration; returns how many it applied. */
    public int migrate() {
        try {
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new BackupException("migration failed: " + e.getMessage(), e);
        }
    }

    /** Every known migration, applied ones first, with its state. */
    public List<MigrationRow> info() {
        try {
            return Arrays.stream(flyway.info().all())
                    .map(i -> new MigrationRow(i.getVersion() == null ? "" : i.getVersion().getVersion(),
                            i.getDescription(), i.getState().getDisplayName(),
                            i.getInstalledOn() == null ? null : i.getInstalledOn().toInstant()))
                    .toList();
        } catch (FlywayException e) {
            throw new BackupException("cannot read migration state: " + e.getMessage(), e);
        }
    }
}
