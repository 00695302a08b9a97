package dev.agentdata.bootstrap.cli;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import io.helidon.config.Config;
import org.postgresql.ds.PGSimpleDataSource;

import dev.agentdata.adapter.postgres.DataDirectoryInUseException;
import dev.agentdata.adapter.postgres.EmbeddedPostgresServer;
import dev.agentdata.adapter.postgres.PostgresOptions;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.PostgresStorageProvider;
import dev.agentdata.adapter.postgres.UnusableDatabaseException;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.bootstrap.Main;
import dev.agentdata.bootstrap.StartupException;
import dev.agentdata.bootstrap.StorageProviders;

/**
 * The database the operator commands work on, read with the Postgres provider's own settings so the commands and
 * {@code serve} agree: {@code DATABASE_URL} in schema {@code DB_SCHEMA}, or, when no URL is set, the embedded
 * Postgres in {@code DATA_DIR}, started for the command (so not while serve runs).
 */
final class OpsDatabase {
    private OpsDatabase() {
    }

    /**
     * Opens the configured database, starting the embedded server when no URL is set, and waits for it as serve
     * does ({@code DB_STARTUP_TIMEOUT}); a database that cannot be used is a {@link StartupException} with exit code
     * {@link Main#STORAGE_ERROR} saying why and what to do.
     */
    static OpenDatabase open(Config config) throws InvalidSettingException {
        String kind = StorageProviders.select(config.get("storage.kind").asString()
                .orElse(PostgresStorageProvider.KIND)).kind();
        if (!kind.equals(PostgresStorageProvider.KIND)) {
            throw new StartupException("STORAGE is " + kind + ": there is no database to work on");
        }
        PostgresOptions options = PostgresOptions.from(postgresConfiguration(config));
        if (!options.embedded()) {
            PgTarget target = PgTarget.of(options.direct());
            await(options, target, "the database at " + target.host() + ":" + target.port() + "/" + target.database());
            return new OpenDatabase(target, Optional.empty());
        }
        EmbeddedPostgresServer server = startEmbedded(options.dataDir());
        try {
            PgTarget target = PgTarget.of(options.tuned(server.settings(PostgresSettings.DEFAULT_SCHEMA)));
            await(options, target, "the embedded database");
            return new OpenDatabase(target, Optional.of(server));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static EmbeddedPostgresServer startEmbedded(Path dataDir) {
        try {
            return EmbeddedPostgresServer.start(dataDir);
        } catch (DataDirectoryInUseException e) {
            throw new StartupException(e.getMessage() + ": stop it first (a running serve backs up on a schedule"
                    + " with BACKUP_INTERVAL_HOURS), or set DATABASE_URL to work on a database server",
                    Main.STORAGE_ERROR, e);
        } catch (RuntimeException e) {
            throw new StartupException("the embedded database in " + dataDir.toAbsolutePath().normalize()
                    + " did not start: " + e.getMessage(), Main.STORAGE_ERROR, e);
        }
    }

    private static void await(PostgresOptions options, PgTarget target, String what) {
        try {
            options.startupRetry().awaitConnection(dataSource(target));
        } catch (UnusableDatabaseException | StorageUnavailableException e) {
            throw new StartupException(options.startupFailure(what, e), Main.STORAGE_ERROR, e);
        }
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
