package dev.agentdata.adapter.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;

/**
 * Keyset paging, newest first, over a timestamp and an id (both descending; ids compared as text, like
 * Postgres compares uuids). The cursor is {@code [epoch micros, id]}.
 */
public final class Keyset {
    private Keyset() {
    }

    public static <T> Page<T> newestFirst(Collection<T> candidates, Function<T, Instant> time, Function<T, UUID> id,
                                          PageRequest request) {
        Comparator<T> order = Comparator.<T>comparingLong(t -> micros(time.apply(t)))
                .thenComparing(t -> id.apply(t).toString()).reversed();
        var stream = candidates.stream();
        if (request.after().isPresent()) {
            Cursor c = request.after().get();
            long afterMicros = Long.parseLong(c.get(0));
            String afterId = c.get(1);
            stream = stream.filter(t -> {
                long m = micros(time.apply(t));
                return m < afterMicros || (m == afterMicros && id.apply(t).toString().compareTo(afterId) < 0);
            });
        }
        List<T> sorted = stream.sorted(order).limit(request.limit() + 1L).toList();
        if (sorted.size() <= request.limit()) {
            return new Page<>(sorted, Optional.empty(), OptionalLong.empty());
        }
        List<T> items = sorted.subList(0, request.limit());
        T last = items.getLast();
        Cursor next = Cursor.of(Long.toString(micros(time.apply(last))), id.apply(last).toString());
        return new Page<>(items, Optional.of(next), OptionalLong.empty());
    }

    /** {@code t} in microseconds since the epoch, the time part of a cursor. */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }
}
