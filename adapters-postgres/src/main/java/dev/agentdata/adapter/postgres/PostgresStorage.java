package dev.agentdata.adapter.postgres;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.flywaydb.core.api.output.MigrateResult;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;

import dev.agentdata.adapter.postgres.apikey.PostgresApiKeyRepository;
import dev.agentdata.adapter.postgres.credit.PostgresCreditLedger;
import dev.agentdata.adapter.postgres.execution.PostgresExecutionEventLog;
import dev.agentdata.adapter.postgres.execution.PostgresExecutionRepository;
import dev.agentdata.adapter.postgres.graph.PostgresGraphRepository;
import dev.agentdata.adapter.postgres.ops.PostgresExecutionMaintenance;
import dev.agentdata.adapter.postgres.ops.PostgresJobLeases;
import dev.agentdata.adapter.postgres.store.PostgresStoreRepository;
import dev.agentdata.adapter.postgres.user.PostgresUserRepository;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.application.port.out.storage.StorageMeter;
import dev.agentdata.application.port.out.storage.StoragePorts;

/**
 * The Postgres adapter as one object, for {@link PostgresStorageProvider} and the tests:
 * {@code new PostgresStorage(settings)} builds the pool, the DbClient and every port without touching the
 * database; {@link #start(StartupRetry)} waits for the database and migrates it; {@link #close()} releases the
 * pool. {@link #open} does both steps; {@link #openEmbedded} also starts the embedded server it then owns.
 */
public final class PostgresStorage implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PostgresStorage.class.getName());

    private final PostgresSettings settings;
    private final PostgresSettings direct;
    private final SqlSchema schema;
    private final PoolTimeoutCounter poolTimeouts = new PoolTimeoutCounter();
    private final HikariDataSource dataSource;
    private final DatabaseCircuit circuit;
    private final UnitOfWorkConnections jdbc;
    private final DbClient dbClient;
    private final Readiness readiness;
    private final PostgresTransactions transactions;
    private final PostgresStoreRepository store;
    private final PostgresUserRepository users;
    private final PostgresGraphRepository graphs;
    private final PostgresExecutionRepository executions;
    private final PostgresCreditLedger credits;
    private final PostgresApiKeyRepository apiKeys;
    private final PostgresExecutionMaintenance executionMaintenance;
    private final PostgresJobLeases jobLeases;
    private final PostgresExecutionEventLog events;
    private volatile AutoCloseable ownedServer;

    public PostgresStorage(PostgresSettings settings) {
        this(settings, settings);
    }

    /**
     * Requests reach the database as {@code settings} say (perhaps through PgBouncer); migrations reach it as
     * {@code direct} says (the primary itself, in the same schema).
     */
    public PostgresStorage(PostgresSettings settings, PostgresSettings direct) {
        if (!direct.schema().equals(settings.schema()) || direct.transactionPooler()) {
            throw new IllegalArgumentException("the direct connection must reach the primary in the same schema");
        }
        this.settings = settings;
        this.direct = direct;
        this.schema = new SqlSchema(settings.schema());
        this.dataSource = ConnectionPools.create(settings, poolTimeouts);
        DataSource requests = settings.transactionPooler()
                ? PerStatementTimeout.apply(dataSource, settings.statementTimeout()) : dataSource;
        this.circuit = new DatabaseCircuit(requests, settings);
        this.jdbc = new UnitOfWorkConnections(circuit);
        this.dbClient = JdbcClientBuilder.create().connectionPool(jdbc.dbClientPool()).build();
        jdbc.attach(dbClient);
        this.readiness = new Readiness(dataSource, Duration.ofSeconds(2));
        this.transactions = new PostgresTransactions(jdbc);
        this.store = new PostgresStoreRepository(jdbc, schema);
        this.users = new PostgresUserRepository(jdbc, schema);
        this.graphs = new PostgresGraphRepository(jdbc, schema);
        this.executions = new PostgresExecutionRepository(jdbc, schema);
        this.credits = new PostgresCreditLedger(jdbc, schema);
        this.apiKeys = new PostgresApiKeyRepository(jdbc, schema);
        this.executionMaintenance = new PostgresExecutionMaintenance(requests, schema);
        this.jobLeases = new PostgresJobLeases(jdbc, schema);
        this.events = new PostgresExecutionEventLog(jdbc, schema);
    }

    /** Builds, waits for the database with {@link StartupRetry#defaults()} and migrates. */
    public static PostgresStorage open(PostgresSettings settings) {
        return open(settings, StartupRetry.defaults());
    }

    /**
     * Waits for the database as {@code retry} allows, then builds and migrates; nothing is left open on failure. The
     * pool is built only once the database answers, so a refusal leaves no pool retrying in the background.
     */
    public static PostgresStorage open(PostgresSettings settings, StartupRetry retry) {
        return open(settings, settings, retry);
    }

    /** As {@link #open(PostgresSettings, StartupRetry)}, migrating through {@code direct} (see the constructor). */
    public static PostgresStorage open(PostgresSettings settings, PostgresSettings direct, StartupRetry retry) {
        retry.awaitConnection(() -> connectDirectly(direct));
        retry.awaitConnection(() -> connectDirectly(settings));
        PostgresStorage storage = new PostgresStorage(settings, direct);
        try {
            return storage.migrate();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /**
     * The embedded default: starts (or reuses) the Postgres whose data lives in {@code dataDir}, then opens
     * storage on it in {@code schema}; {@link #close()} also stops that server.
     */
    public static PostgresStorage openEmbedded(Path dataDir, String schema) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        try {
            PostgresStorage storage = open(server.settings(schema));
            storage.ownedServer = server;
            return storage;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Waits for the database (bounded, logged retries of what can heal), then applies the migrations to the schema.
     * The wait asks the driver directly, not the pool, so a refusal arrives at once with PostgreSQL's own message
     * instead of as the pool's timeout.
     */
    public PostgresStorage start(StartupRetry retry) {
        retry.awaitConnection(() -> connectDirectly(direct));
        retry.awaitConnection(() -> connectDirectly(settings));
        return migrate();
    }

    private PostgresStorage migrate() {
        MigrateResult result;
        try (Connection lockHolder = connectDirectly(direct)) {
            result = Migrations.migrate(direct, lockHolder);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        if (result.migrationsExecuted == 0) {
            LOG.log(Level.INFO, "database schema \"{0}\" is up to date", settings.schema());
        } else {
            LOG.log(Level.INFO, "database schema \"{0}\" migrated to version {1} ({2} migrations applied)",
                    settings.schema(), result.targetSchemaVersion, result.migrationsExecuted);
        }
        return this;
    }

    private static Connection connectDirectly(PostgresSettings settings) throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", Integer.toString(settings.connectTimeoutSeconds()));
        properties.setProperty("ApplicationName", "agentdata");
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    /** Whether a {@code SELECT 1} answers within two seconds: the readiness check (the circuit learns from it too). */
    public boolean isReachable() {
        boolean reachable = readiness.isReachable();
        circuit.observed(reachable);
        return reachable;
    }

    /** Connection requests that timed out waiting for the pool, since it started. */
    public long poolTimeouts() {
        return poolTimeouts.count();
    }

    /** Whether requests are refused at once because the database is known to be down (its circuit is open). */
    public boolean isKnownDown() {
        return circuit.isOpen();
    }

    public PoolStats poolStats() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolStats(0, 0, 0, 0, settings.poolSize());
        }
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection(), settings.poolSize());
    }

    /** Every port of this storage. */
    public StoragePorts ports() {
        return new StoragePorts(users, graphs, executions, store, credits, apiKeys, transactions,
                executionMaintenance, jobLeases, events);
    }

    /** The connection pool's gauges and its timeout counter. */
    public List<StorageMeter> meters() {
        return PoolMeters.of(dataSource, poolTimeouts);
    }

    public StoreRepository store() {
        return store;
    }

    public UserRepository users() {
        return users;
    }

    public GraphRepository graphs() {
        return graphs;
    }

    public ExecutionRepository executions() {
        return executions;
    }

    public CreditLedger credits() {
        return credits;
    }

    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Pooled connections; inside a unit of work use {@link #jdbc()} so the unit's connection is used. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Connection access that joins the current unit of work, for adapters added later (credits, store, ...). */
    public UnitOfWorkConnections jdbc() {
        return jdbc;
    }

    public DbClient dbClient() {
        return dbClient;
    }

    public PostgresSettings settings() {
        return settings;
    }

    /** How migrations, backups and restores reach the primary: {@link #settings()} unless those go through PgBouncer. */
    public PostgresSettings directSettings() {
        return direct;
    }

    /** The schema the adapters' statements name, for adapters and tests built on {@link #jdbc()}. */
    public SqlSchema schema() {
        return schema;
    }

    @Override
    public void close() {
        circuit.close();
        readiness.close();
        dataSource.close();
        AutoCloseable server = ownedServer;
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not stop embedded Postgres: {0}", e.getMessage());
            }
        }
    }
}
