package dev.agentdata.adapter.postgres;

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
 * Serve and the operator commands read it the same way.
 */
public record PostgresOptions(Optional<String> databaseUrl, Optional<String> schema, OptionalInt connectionLimit,
                              OptionalInt connectTimeoutSeconds, OptionalInt poolTimeoutSeconds, Path dataDir,
                              Duration startupTimeout, Duration statementTimeout) {
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
    public static final List<Setting> SETTINGS = List.of(DATABASE_URL, DB_SCHEMA, DB_CONNECTION_LIMIT,
            DB_CONNECT_TIMEOUT, DB_POOL_TIMEOUT, DB_STARTUP_TIMEOUT, DATA_DIR, DB_STATEMENT_TIMEOUT);

    public static PostgresOptions from(StorageConfiguration configuration) throws InvalidSettingException {
        return new PostgresOptions(configuration.optionalText(DATABASE_URL), configuration.optionalText(DB_SCHEMA),
                configuration.optionalNumber(DB_CONNECTION_LIMIT), configuration.optionalNumber(DB_CONNECT_TIMEOUT),
                configuration.optionalNumber(DB_POOL_TIMEOUT), Path.of(configuration.text(DATA_DIR)),
                Duration.ofSeconds(configuration.number(DB_STARTUP_TIMEOUT)),
                configuration.duration(DB_STATEMENT_TIMEOUT));
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

    /** The external database: the URL's settings, these options winning; an unreadable URL names DATABASE_URL. */
    public PostgresSettings external() throws InvalidSettingException {
        String url = databaseUrl.orElseThrow(() -> new IllegalStateException("no DATABASE_URL: the embedded database"));
        try {
            return tuned(PostgresSettings.fromUrl(url));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("DATABASE_URL is not usable: " + e.getMessage(), e);
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
