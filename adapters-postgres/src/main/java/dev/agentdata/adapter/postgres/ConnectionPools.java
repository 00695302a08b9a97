package dev.agentdata.adapter.postgres;

import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds the HikariCP pool: connections carry the statement timeout and fail fast with the configured timeouts;
 * statements name their schema.
 */
final class ConnectionPools {
    private ConnectionPools() {
    }

    static HikariDataSource create(PostgresSettings s, PoolTimeoutCounter timeouts) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("agentdata");
        c.setJdbcUrl(s.jdbcUrl());
        if (s.user() != null) {
            c.setUsername(s.user());
        }
        if (s.password() != null) {
            c.setPassword(s.password());
        }
        c.setMaximumPoolSize(s.poolSize());
        c.setMinimumIdle(Math.min(2, s.poolSize()));
        c.setConnectionTimeout(TimeUnit.SECONDS.toMillis(s.poolTimeoutSeconds()));
        c.setValidationTimeout(TimeUnit.SECONDS.toMillis(Math.min(s.connectTimeoutSeconds(), 5)));
        c.addDataSourceProperty("connectTimeout", String.valueOf(s.connectTimeoutSeconds()));
        c.addDataSourceProperty("socketTimeout", "0");
        c.addDataSourceProperty("tcpKeepAlive", "true");
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        c.addDataSourceProperty("ApplicationName", "agentdata");
        // once per pooled connection, never per request; through PgBouncer in transaction mode session settings do not
        // stick, and the statement timeout will need SET LOCAL in each unit of work or setQueryTimeout instead
        c.setConnectionInitSql("SET statement_timeout = " + s.statementTimeout().toMillis());
        // Start even when the database is down; bootstrap's startup retries and readiness report it.
        c.setInitializationFailTimeout(-1);
        c.setMetricsTrackerFactory(timeouts);
        return new HikariDataSource(c);
    }
}
