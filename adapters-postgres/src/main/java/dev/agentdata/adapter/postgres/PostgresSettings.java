package dev.agentdata.adapter.postgres;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach Postgres: a JDBC URL without credentials, the credentials, the schema every connection and
 * migration uses, the pool size, the connect / pool-wait timeouts in seconds, the statement timeout (past it a
 * statement is cancelled; migrations have none) and whether the URL reaches a transaction pooler such as PgBouncer
 * (then connections keep no state of their own: no server-side prepared statements, no session settings).
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize,
                               int connectTimeoutSeconds, int poolTimeoutSeconds, Duration statementTimeout,
                               boolean transactionPooler) {
    public static final String DEFAULT_SCHEMA = "public";
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final int DEFAULT_CONNECT_TIMEOUT = 5;
    public static final int DEFAULT_POOL_TIMEOUT = 10;
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    /** As the canonical constructor, with the default statement timeout. */
    public PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize,
                            int connectTimeoutSeconds, int poolTimeoutSeconds) {
        this(jdbcUrl, user, password, schema, poolSize, connectTimeoutSeconds, poolTimeoutSeconds,
                DEFAULT_STATEMENT_TIMEOUT, false);
    }

    /** As the canonical constructor, on a connection straight to Postgres (no transaction pooler). */
    public PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize,
                            int connectTimeoutSeconds, int poolTimeoutSeconds, Duration statementTimeout) {
        this(jdbcUrl, user, password, schema, poolSize, connectTimeoutSeconds, poolTimeoutSeconds, statementTimeout,
                false);
    }

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc:postgresql:");
        }
        schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
        if (!schema.matches("[A-Za-z_][A-Za-z0-9_$]{0,62}")) {
            throw new IllegalArgumentException("schema must be a plain SQL identifier");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be >= 1");
        }
        if (connectTimeoutSeconds < 1 || poolTimeoutSeconds < 1) {
            throw new IllegalArgumentException("timeouts must be >= 1 second");
        }
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("statementTimeout must be >= 1 ms");
        }
    }

    /** Settings for a URL in any accepted form, with default schema, pool size and timeouts unless the URL sets them. */
    public static PostgresSettings fromUrl(String databaseUrl) {
        return DatabaseUrlParser.parse(databaseUrl);
    }

    /**
     * Settings from the platform's variables: {@code DATABASE_URL} (required), then {@code DB_SCHEMA},
     * {@code DB_CONNECTION_LIMIT}, {@code DB_CONNECT_TIMEOUT}, {@code DB_POOL_TIMEOUT}, which win over the URL's
     * own parameters.
     */
    public static PostgresSettings fromEnvironment(Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL is not set");
        }
        PostgresSettings s = fromUrl(url);
        return new PostgresSettings(s.jdbcUrl, s.user, s.password,
                env.getOrDefault("DB_SCHEMA", s.schema),
                intOr(env, "DB_CONNECTION_LIMIT", s.poolSize),
                intOr(env, "DB_CONNECT_TIMEOUT", s.connectTimeoutSeconds),
                intOr(env, "DB_POOL_TIMEOUT", s.poolTimeoutSeconds), s.statementTimeout,
                s.transactionPooler || Boolean.parseBoolean(env.getOrDefault("DB_PGBOUNCER", "false")));
    }

    public PostgresSettings withSchema(String newSchema) {
        return new PostgresSettings(jdbcUrl, user, password, newSchema, poolSize, connectTimeoutSeconds,
                poolTimeoutSeconds, statementTimeout, transactionPooler);
    }

    public PostgresSettings withPoolSize(int newPoolSize) {
        return new PostgresSettings(jdbcUrl, user, password, schema, newPoolSize, connectTimeoutSeconds,
                poolTimeoutSeconds, statementTimeout, transactionPooler);
    }

    public PostgresSettings withTimeouts(int connectSeconds, int poolSeconds) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, connectSeconds, poolSeconds,
                statementTimeout, transactionPooler);
    }

    public PostgresSettings withStatementTimeout(Duration newStatementTimeout) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, connectTimeoutSeconds,
                poolTimeoutSeconds, newStatementTimeout, transactionPooler);
    }

    /** These settings through a transaction pooler ({@code true}) or straight to Postgres. */
    public PostgresSettings withTransactionPooler(boolean throughPooler) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, connectTimeoutSeconds,
                poolTimeoutSeconds, statementTimeout, throughPooler);
    }

    private static int intOr(Map<String, String> env, String key, int fallback) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer");
        }
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", schema=" + schema + ", poolSize=" + poolSize + ", connectTimeoutSeconds=" + connectTimeoutSeconds
                + ", poolTimeoutSeconds=" + poolTimeoutSeconds + ", statementTimeout=" + statementTimeout
                + ", transactionPooler=" + transactionPooler + "]";
    }
}
