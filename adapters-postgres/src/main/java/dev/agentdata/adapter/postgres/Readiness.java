package dev.agentdata.adapter.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

/** The readiness probe: a {@code SELECT 1} through the pool that must answer within a short deadline. */
final class Readiness {
    private final DataSource dataSource;
    private final Duration deadline;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    Readiness(DataSource dataSource, Duration deadline) {
        this.dataSource = dataSource;
        this.deadline = deadline;
    }

    boolean isReachable() {
        Future<Boolean> probe = executor.submit(this::selectOne);
        try {
            return probe.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            probe.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean selectOne() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, deadline.toSeconds()));
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    void close() {
        executor.shutdownNow();
    }
}
