package dev.agentdata.adapter.postgres;

import java.util.concurrent.atomic.LongAdder;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;

/** HikariCP metrics hook that counts connection requests which gave up waiting for a free connection. */
public final class PoolTimeoutCounter implements MetricsTrackerFactory {
    private final LongAdder timeouts = new LongAdder();

    @Override
    public IMetricsTracker create(String poolName, com.zaxxer.hikari.metrics.PoolStats poolStats) {
        return new IMetricsTracker() {
            @Override
            public void recordConnectionTimeout() {
                timeouts.increment();
            }
        };
    }

    /** Connection acquisitions that timed out since the pool started. */
    public long count() {
        return timeouts.sum();
    }
}
