package dev.agentdata.domain.execution;

import java.time.Duration;
import java.time.Instant;

/** Start/end bookkeeping shared by graph and node executions. */
public record Timing(Instant startedAt, Instant endedAt) {
    public static final Timing NONE = new Timing(null, null);

    /** The timing after entering {@code to} at {@code now}: running stamps the start, a terminal status the end. */
    public Timing enter(ExecutionStatus to, Instant now) {
        Instant start = to.stampsStart() && startedAt == null ? now : startedAt;
        Instant end = to.stampsEnd() ? now : endedAt;
        return new Timing(start, end);
    }

    /** Seconds from start to end, or to {@code now} while unfinished; null until started. */
    public Double durationSeconds(Instant now) {
        if (startedAt == null) {
            return null;
        }
        Instant until = endedAt != null ? endedAt : now;
        Duration d = Duration.between(startedAt, until);
        return Math.max(0, d.toNanos()) / 1_000_000_000.0;
    }
}
