package dev.agentdata.adapter.postgres;

import static dev.agentdata.application.port.out.storage.SettingFormat.BOOLEAN;
import static dev.agentdata.application.port.out.storage.SettingFormat.DURATION;
import static dev.agentdata.application.port.out.storage.SettingFormat.POSITIVE_NUMBER;
import static dev.agentdata.application.port.out.storage.SettingFormat.SQL_IDENTIFIER;
import static dev.agentdata.application.port.out.storage.SettingFormat.TEXT;
import static dev.agentdata.application.port.out.storage.SettingFormat.WHOLE_NUMBER;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

/**
 * Where the Postgres storage lives, as the operator configures it: {@code databaseUrl} empty means the embedded
 * server in {@code dataDir}. Schema, pool size and timeouts left empty fall back to the URL's own parameters, then to
 * {@link PostgresSettings}' defaults; {@code startupTimeout} bounds the wait for a database that is not there yet.
 * When {@code databaseUrl} reaches PgBouncer in transaction mode ({@code ?pgbouncer=true} or {@code pgbouncer}),
 * {@code directUrl} reaches the primary itself, for what needs a session: migrations, backups, restores.
 * Serve and the operator commands read it the same way.
 */
public record PostgresOptions(Optional<String> databaseUrl, Optional<String> schema, OptionalInt connectionLimit,
                              OptionalInt connectTimeoutSeconds, OptionalInt poolTimeoutSeconds, Path dataDir,
                              Duration startupTimeout, Duration statementTimeout, boolean pgbouncer,
                              Optional<String> directUrl) {
    public static final Setting DATABASE_URL = new Setting("DATABASE_URL", "db.url", "",
            "external Postgres, `postgresql://` or `jdbc:postgresql://` form; unset: the embedded one", TEXT);
    public static final Setting DB_SCHEMA = new Setting("DB_SCHEMA", "db.schema", "",
            "schema for tables and migrations (unset: the URL's `schema` parameter, else `public`)", SQL_IDENTIFIER);
    public static final Setting DB_CONNECTION_LIMIT = new Setting("DB_CONNECTION_LIMIT", "db.connection-limit", "",
            "connection pool size (unset: the URL's `connection_limit`, else 10)", POSITIVE_NUMBER);
    public static final Setting DB_CONNECT_TIMEOUT = new Setting("DB_CONNECT_TIMEOUT", "db.connect-timeout", "",
            "seconds to open a connection (unset: the URL's `connect_timeout`, else 5)", POSITIVE_NUMBER);
    public static final Setting DB_POOL_TIMEOUT = new Setting("DB_POOL_TIMEOUT", "db.pool-timeout", "",
            "seconds to wait for a pooled connection (unset: the URL's `pool_timeout`, else 10)", POSITIVE_NUMBER);
    public static final Setting DB_STARTUP_TIMEOUT = new Setting("DB_STARTUP_TIMEOUT", "db.startup-timeout",
            Long.toString(StartupRetry.DEFAULT_MAX_WAIT.toSeconds()),
            "seconds to keep retrying at start-up while the database refuses connections, times out or is starting"
                    + " up (`0`: one attempt); a missing database or role or bad credentials fail at once",
            WHOLE_NUMBER);
    public static final Setting DATA_DIR = new Setting("DATA_DIR", "db.data-dir", "./data/postgres",
            "embedded Postgres data directory", TEXT);
    public static final Setting DB_STATEMENT_TIMEOUT = new Setting("DB_STATEMENT_TIMEOUT", "db.statement-timeout",
            "30s", "a statement running longer (waiting on a lock included) is cancelled and the request gets a 503 "
                    + "problem; migrations have no limit", DURATION);
    public static final Setting DB_PGBOUNCER = new Setting("DB_PGBOUNCER", "db.pgbouncer", "false",
            "`DATABASE_URL` reaches PgBouncer in transaction pooling mode (as `?pgbouncer=true` on it does): no "
                    + "server-side prepared statements or session settings; `DIRECT_URL` is then required", BOOLEAN);
    public static final Setting DIRECT_URL = new Setting("DIRECT_URL", "db.direct-url", "",
            "the primary itself, not through PgBouncer (same forms as `DATABASE_URL`), for migrations, backups and "
                    + "restores; required with PgBouncer", TEXT);
    public static final List<Setting> SETTINGS = List.of(DATABASE_URL, DB_SCHEMA, DB_CONNECTION_LIMIT,
            DB_CONNECT_TIMEOUT, DB_POOL_TIMEOUT, DB_STARTUP_TIMEOUT, DATA_DIR, DB_STATEMENT_TIMEOUT, DB_PGBOUNCER,
            DIRECT_URL);

    public static PostgresOptions from(StorageConfiguration configuration) throws InvalidSettingException {
        return new PostgresOptions(configuration.optionalText(DATABASE_URL), configuration.optionalText(DB_SCHEMA),
                configuration.optionalNumber(DB_CONNECTION_LIMIT), configuration.optionalNumber(DB_CONNECT_TIMEOUT),
                configuration.optionalNumber(DB_POOL_TIMEOUT), Path.of(configuration.text(DATA_DIR)),
                Duration.ofSeconds(configuration.number(DB_STARTUP_TIMEOUT)),
                configuration.duration(DB_STATEMENT_TIMEOUT), configuration.flag(DB_PGBOUNCER),
                configuration.optionalText(DIRECT_URL));
    }

    /** How long start-up waits for a database that may still come: {@code DB_STARTUP_TIMEOUT}. */
    public StartupRetry startupRetry() {
        return StartupRetry.within(startupTimeout);
    }

    /**
     * The one line that tells the operator why start-up gave up on the database named {@code what}, from a failure
     * of {@link #startupRetry()}: PostgreSQL's own reason, and the setting to look at.
     */
    public String startupFailure(String what, RuntimeException failure) {
        if (failure instanceof UnusableDatabaseException) {
            return what + " cannot be used: " + failure.getMessage() + " (waiting will not fix this: check "
                    + DATABASE_URL.variable() + ")";
        }
        String reason = failure.getCause() instanceof SQLException sql ? StartupRetry.oneLine(sql)
                : failure.getMessage();
        return what + " did not answer within " + startupTimeout.toSeconds() + " s (" + DB_STARTUP_TIMEOUT.variable()
                + "): " + reason;
    }

    public boolean embedded() {
        return databaseUrl.isEmpty();
    }

    /**
     * The external database as requests reach it: the URL's settings, these options winning, through PgBouncer when
     * the URL or {@code DB_PGBOUNCER} says so; an unreadable URL names DATABASE_URL, a pooler without
     * {@code DIRECT_URL} names that.
     */
    public PostgresSettings external() throws InvalidSettingException {
        String url = databaseUrl.orElseThrow(() -> new IllegalStateException("no DATABASE_URL: the embedded database"));
        PostgresSettings settings = parsed(DATABASE_URL, url);
        settings = tuned(settings.withTransactionPooler(settings.transactionPooler() || pgbouncer));
        if (settings.transactionPooler() && directUrl.isEmpty()) {
            throw new InvalidSettingException(DIRECT_URL.variable() + " is required when " + DATABASE_URL.variable()
                    + " goes through PgBouncer (?pgbouncer=true or " + DB_PGBOUNCER.variable() + "=true): migrations,"
                    + " backups and restores need a direct connection to the primary");
        }
        return settings;
    }

    /**
     * The external database for what needs a session of its own (migrations, backups, restores): {@code DIRECT_URL}
     * in the same schema when requests go through PgBouncer, else the same database as {@link #external()}.
     */
    public PostgresSettings direct() throws InvalidSettingException {
        PostgresSettings pooled = external();
        if (!pooled.transactionPooler()) {
            return pooled;
        }
        PostgresSettings direct = parsed(DIRECT_URL, directUrl.orElseThrow());
        if (direct.transactionPooler()) {
            throw new InvalidSettingException(DIRECT_URL.variable() + " must reach the primary itself, not PgBouncer");
        }
        return tuned(direct).withSchema(pooled.schema()).withPoolSize(2);
    }

    private static PostgresSettings parsed(Setting setting, String url) throws InvalidSettingException {
        try {
            return PostgresSettings.fromUrl(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting.variable() + " is not usable: " + e.getMessage(), e);
        }
    }

    /** {@code base} with the schema, pool size and timeouts (statement timeout included) these options set. */
    public PostgresSettings tuned(PostgresSettings base) {
        PostgresSettings tuned = schema.map(base::withSchema).orElse(base);
        if (connectionLimit.isPresent()) {
            tuned = tuned.withPoolSize(connectionLimit.getAsInt());
        }
        return tuned.withTimeouts(connectTimeoutSeconds.orElse(tuned.connectTimeoutSeconds()),
                poolTimeoutSeconds.orElse(tuned.poolTimeoutSeconds())).withStatementTimeout(statementTimeout);
    }
}
