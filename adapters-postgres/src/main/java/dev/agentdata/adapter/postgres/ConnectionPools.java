package dev.agentdata.adapter.postgres;

import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds the HikariCP pool: connections fail fast with the configured timeouts; statements name their schema. Straight
 * to Postgres each connection carries the statement timeout; through a transaction pooler a connection keeps no state
 * (no server-side prepared statements, no session settings) and {@link PerStatementTimeout} bounds each statement.
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
        if (s.transactionPooler()) {
            // each statement may run on another server connection: a named prepared statement would not be there
            c.addDataSourceProperty("prepareThreshold", "0");
        } else {
            // once per pooled connection, never per request (a session setting, so not through a pooler)
            c.setConnectionInitSql("SET statement_timeout = " + s.statementTimeout().toMillis());
        }
        // Start even when the database is down; bootstrap's startup retries and readiness report it.
        c.setInitializationFailTimeout(-1);
        c.setMetricsTrackerFactory(timeouts);
        return new HikariDataSource(c);
    }
}
