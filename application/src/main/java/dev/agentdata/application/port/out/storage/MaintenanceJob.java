package dev.agentdata.application.port.out.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * A job the server runs every {@code interval} on the storage's behalf (Postgres: backups). {@code name} is also the
 * name of its {@link dev.agentdata.application.port.out.JobLeases lease}, so it runs once per interval across servers.
 */
public record MaintenanceJob(String name, Duration interval, Runnable work) {
    public MaintenanceJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (interval == null || interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }
}
