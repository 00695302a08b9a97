package dev.agentdata.bootstrap.cli;

import java.util.Optional;

import javax.sql.DataSource;

import io.helidon.config.Config;
import org.postgresql.ds.PGSimpleDataSource;

import dev.agentdata.adapter.postgres.EmbeddedPostgresServer;
import dev.agentdata.adapter.postgres.PostgresOptions;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.PostgresStorageProvider;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.bootstrap.StorageProviders;

/**
 * The database the operator commands work on, read with the Postgres provider's own settings so the commands and
 * {@code serve} agree: {@code DATABASE_URL} in schema {@code DB_SCHEMA}, or, when no URL is set, the embedded
 * Postgres in {@code DATA_DIR}, started for the command (so not while serve runs).
 */
final class OpsDatabase {
    private OpsDatabase() {
    }

    /** Opens the configured database, starting the embedded server when no URL is set. */
    static OpenDatabase open(Config config) throws InvalidSettingException {
        String kind = StorageProviders.select(config.get("storage.kind").asString()
                .orElse(PostgresStorageProvider.KIND)).kind();
        if (!kind.equals(PostgresStorageProvider.KIND)) {
            throw new IllegalArgumentException("STORAGE is " + kind + ": there is no database to work on");
        }
        PostgresOptions options = PostgresOptions.from(postgresConfiguration(config));
        if (!options.embedded()) {
            return new OpenDatabase(PgTarget.of(options.external()), Optional.empty());
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(options.dataDir());
        PostgresSettings settings = options.tuned(server.settings(PostgresSettings.DEFAULT_SCHEMA));
        return new OpenDatabase(PgTarget.of(settings), Optional.of(server));
    }

    /** The Postgres provider's view of {@code config}: its settings, backups included. */
    static StorageConfiguration postgresConfiguration(Config config) {
        return StorageProviders.configuration(config, new PostgresStorageProvider());
    }

    /** A plain (unpooled) data source on the target, its connections in the target's schema. */
    static DataSource dataSource(PgTarget target) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {target.host()});
        ds.setPortNumbers(new int[] {target.port()});
        ds.setDatabaseName(target.database());
        if (target.user() != null) {
            ds.setUser(target.user());
        }
        if (target.password() != null) {
            ds.setPassword(target.password());
        }
        if (target.sslMode() != null) {
            ds.setSslmode(target.sslMode());
        }
        ds.setCurrentSchema(target.schema());
        ds.setApplicationName("agentdata-ops");
        return ds;
    }
}
