package dev.agentdata.adapter.postgres;

import java.util.ArrayList;
import java.util.List;

import dev.agentdata.adapter.postgres.ops.BackupSettings;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.adapter.postgres.ops.ScheduledBackups;
import dev.agentdata.adapter.postgres.replica.ReplicaRouter;
import dev.agentdata.adapter.postgres.replica.ReplicaSettings;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageMeter;
import dev.agentdata.application.port.out.storage.StorageOpenException;
import dev.agentdata.application.port.out.storage.StorageProvider;

/**
 * {@code STORAGE=postgres}, the default: the database at {@code DATABASE_URL}, or without one the embedded server in
 * {@code DATA_DIR}, which this provider starts and stops. Opening waits for the database and migrates it; the
 * opened storage checks readiness, publishes the pool's meters and, when configured, backs itself up.
 */
public final class PostgresStorageProvider implements StorageProvider {
    public static final String KIND = "postgres";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Setting> settings() {
        List<Setting> settings = new ArrayList<>(PostgresOptions.SETTINGS);
        settings.addAll(ReplicaSettings.SETTINGS);
        settings.addAll(BackupSettings.SETTINGS);
        return List.copyOf(settings);
    }

    @Override
    public OpenedStorage open(StorageConfiguration configuration, StorageContext context)
            throws InvalidSettingException, StorageOpenException {
        configuration.validate(settings());
        PostgresOptions options = PostgresOptions.from(configuration);
        BackupSettings backups = BackupSettings.from(configuration);
        if (!options.embedded()) {
            PostgresSettings settings = options.external();
            ReplicaSettings replicas = ReplicaSettings.from(configuration, settings);
            PostgresStorage storage = start(settings, options.direct(), options, "the database at " + settings.jdbcUrl());
            return withReplicas(opened(storage, backups, context, describeExternal(settings), () -> { }), storage,
                    replicas, context);
        }
        if (configuration.optionalText(ReplicaSettings.DATABASE_READ_URL).isPresent()) {
            throw new InvalidSettingException(ReplicaSettings.DATABASE_READ_URL.name()
                    + " needs DATABASE_URL: replicas stream from an external primary, not the embedded one");
        }
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(options.dataDir());
        } catch (DataDirectoryInUseException e) {
            throw new StorageOpenException(e.getMessage() + ": stop it, or set DATA_DIR to another directory", e);
        } catch (RuntimeException e) {
            throw new StorageOpenException("embedded Postgres did not start in " + options.dataDir() + ": "
                    + e.getMessage(), e);
        }
        try {
            PostgresSettings settings = options.tuned(server.settings(PostgresSettings.DEFAULT_SCHEMA));
            return opened(start(settings, settings, options, "the embedded database"), backups, context,
                    "embedded postgres, data dir " + options.dataDir().toAbsolutePath().normalize() + ", schema "
                            + settings.schema(), server::close);
        } catch (RuntimeException | StorageOpenException e) {
            server.close();
            throw e;
        }
    }

    /** How the start-up line names an external database: host, port, database and schema, never credentials. */
    static String describeExternal(PostgresSettings settings) {
        PgTarget target = PgTarget.of(settings);
        return "external postgres at " + target.host() + ":" + target.port() + "/" + target.database() + ", schema "
                + settings.schema() + (settings.transactionPooler() ? ", through PgBouncer" : "");
    }

    private static PostgresStorage start(PostgresSettings settings, PostgresSettings direct, PostgresOptions options,
                                         String what) throws StorageOpenException {
        try {
            return PostgresStorage.open(settings, direct, options.startupRetry());
        } catch (UnusableDatabaseException | StorageUnavailableException e) {
            throw new StorageOpenException(options.startupFailure(what, e), e);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StorageOpenException(what + " cannot be used: " + e.getMessage()
                    + (cause == e ? "" : " (" + cause.getMessage() + ")"), e);
        }
    }

    /** The storage reading its callers' own data from {@code replicas} when any is configured; else unchanged. */
    private static OpenedStorage withReplicas(OpenedStorage storage, PostgresStorage postgres,
                                              ReplicaSettings replicas, StorageContext context) {
        if (!replicas.configured()) {
            return storage;
        }
        ReplicaRouter router;
        try {
            router = ReplicaRouter.start(postgres.jdbc(), postgres.settings(), replicas, context.writePositions());
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        List<StorageMeter> meters = new ArrayList<>(storage.meters());
        meters.addAll(router.meters());
        return OpenedStorage.of(storage.ports(), storage.description() + ", " + replicas.replicas().size()
                        + " read replica(s)", () -> {
                    try {
                        router.close();
                    } finally {
                        storage.close();
                    }
                })
                .withReadiness(storage.readiness().orElseThrow())
                .withMeters(meters)
                .withJobs(storage.jobs())
                .withReplicaReads(router);
    }

    private static OpenedStorage opened(PostgresStorage storage, BackupSettings backupSettings, StorageContext context,
                                        String description, AutoCloseable afterPool) {
        ScheduledBackups backups = new ScheduledBackups(backupSettings, PgTarget.of(storage.directSettings()),
                context.clock());
        List<StorageMeter> meters = new ArrayList<>(storage.meters());
        meters.addAll(backups.meters());
        return OpenedStorage.of(storage.ports(), description, () -> {
                    try {
                        storage.close();
                    } finally {
                        afterPool.close();
                    }
                })
                .withReadiness(storage::isReachable)
                .withMeters(meters)
                .withJobs(backups.job().stream().toList());
    }
}
