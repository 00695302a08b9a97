package dev.agentdata.adapter.postgres;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import dev.agentdata.application.port.out.storage.StorageMeter;

/**
 * Gauges of the connection pool (connections in use, idle, open, requests waiting for one, the limit) and the
 * counter of requests that timed out waiting, under the names dashboards already use.
 */
final class PoolMeters {
    private PoolMeters() {
    }

    static List<StorageMeter> of(HikariDataSource hikari, PoolTimeoutCounter timeouts) {
        return List.of(
                StorageMeter.counter("agentdata.db.pool.timeouts",
                        "Connection requests that timed out waiting for a free pooled connection", Map.of(),
                        timeouts::count),
                gauge(hikari, "agentdata_db_pool_active", "Connections in use", HikariPoolMXBean::getActiveConnections),
                gauge(hikari, "agentdata_db_pool_idle", "Idle connections", HikariPoolMXBean::getIdleConnections),
                gauge(hikari, "agentdata_db_pool_total", "Open connections", HikariPoolMXBean::getTotalConnections),
                gauge(hikari, "agentdata_db_pool_pending", "Requests waiting for a connection",
                        HikariPoolMXBean::getThreadsAwaitingConnection),
                StorageMeter.gauge("agentdata_db_pool_max", "Pool size limit", hikari::getMaximumPoolSize));
    }

    private static StorageMeter gauge(HikariDataSource hikari, String name, String description,
                                      ToIntFunction<HikariPoolMXBean> value) {
        return StorageMeter.gauge(name, description, () -> {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            return pool == null ? 0 : value.applyAsInt(pool);
        });
    }
}
