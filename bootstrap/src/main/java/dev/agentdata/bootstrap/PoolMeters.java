package dev.agentdata.bootstrap;

import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import io.helidon.metrics.api.FunctionalCounter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;

/**
 * Gauges of the Postgres connection pool (connections in use, idle, open, requests waiting for one) and the
 * counter of requests that timed out waiting.
 */
final class PoolMeters {
    private PoolMeters() {
    }

    static void register(MeterRegistry registry, DataSource dataSource, LongSupplier timeouts) {
        registry.getOrCreate(FunctionalCounter.builder("agentdata.db.pool.timeouts", timeouts, LongSupplier::getAsLong)
                .description("Connection requests that timed out waiting for a free pooled connection"));
        if (!(dataSource instanceof HikariDataSource hikari)) {
            return;
        }
        gauge(registry, hikari, "agentdata_db_pool_active", "Connections in use", HikariPoolMXBean::getActiveConnections);
        gauge(registry, hikari, "agentdata_db_pool_idle", "Idle connections", HikariPoolMXBean::getIdleConnections);
        gauge(registry, hikari, "agentdata_db_pool_total", "Open connections", HikariPoolMXBean::getTotalConnections);
        gauge(registry, hikari, "agentdata_db_pool_pending", "Requests waiting for a connection",
                HikariPoolMXBean::getThreadsAwaitingConnection);
        registry.getOrCreate(Gauge.builder("agentdata_db_pool_max", hikari, h -> h.getMaximumPoolSize())
                .description("Pool size limit"));
    }

    private static void gauge(MeterRegistry registry, HikariDataSource hikari, String name, String description,
                              ToIntFunction<HikariPoolMXBean> value) {
        registry.getOrCreate(Gauge.builder(name, hikari, h -> {
            HikariPoolMXBean pool = h.getHikariPoolMXBean();
            return pool == null ? 0 : value.applyAsInt(pool);
        }).description(description));
    }
}
