package dev.agentdata.adapter.memory.replica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.agentdata.application.port.out.WritePositions;

/**
 * Write positions that one server keeps in its memory, for one server with replicas and no Redis. It starts without
 * an epoch, so the first read after a start waits (on the primary) until the replicas have replayed what the primary
 * had then: writes of a process that ran before this one are covered too.
 */
public final class InMemoryWritePositions implements WritePositions {
    /** Past this many users, positions that have expired are dropped. */
    private static final int TIDY_ABOVE = 100_000;

    private final Clock clock;
    private final Map<UUID, Kept> positions = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong(-1);

    public InMemoryWritePositions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void remember(UUID userId, long position, Duration keep) {
        Instant until = clock.instant().plus(keep);
        positions.merge(userId, new Kept(position, until), (old, now) ->
                new Kept(Long.compareUnsigned(old.position(), now.position()) >= 0 ? old.position() : now.position(),
                        until));
        if (positions.size() > TIDY_ABOVE) {
            Instant at = clock.instant();
            positions.values().removeIf(kept -> kept.until().isBefore(at));
        }
    }

    @Override
    public OptionalLong floor(UUID userId) {
        long start = epoch.get();
        if (start == -1) {
            return OptionalLong.empty();
        }
        Kept kept = positions.get(userId);
        boolean expired = kept == null || kept.until().isBefore(clock.instant());
        if (expired || Long.compareUnsigned(kept.position(), start) < 0) {
            return OptionalLong.of(start);
        }
        return OptionalLong.of(kept.position());
    }

    @Override
    public void startEpoch(long position) {
        epoch.accumulateAndGet(position, (old, now) -> old == -1 || Long.compareUnsigned(now, old) > 0 ? now : old);
    }

    /** A user's position and until when it counts. */
    private record Kept(long position, Instant until) {
    }
}
