package dev.agentdata.adapter.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.agentdata.application.port.out.JobLeases;

/** Job leases of one memory storage, which serves exactly one server: the next due instant of each job, in process. */
public final class InMemoryJobLeases implements JobLeases {
    private final Clock clock;
    private final Map<String, Instant> nextRunAt = new ConcurrentHashMap<>();

    public InMemoryJobLeases(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean claim(String job, Duration interval) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(interval, "interval");
        AtomicBoolean claimed = new AtomicBoolean();
        nextRunAt.compute(job, (name, due) -> {
            Instant now = clock.instant();
            if (due != null && now.isBefore(due)) {
                return due;
            }
            claimed.set(true);
            return now.plus(interval);
        });
        return claimed.get();
    }
}
