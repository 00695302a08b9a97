package dev.agentdata.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** One page of a keyset-paginated list; {@code next} is empty when no item follows. */
public record Page<T>(List<T> items, Optional<Cursor> next, OptionalLong total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), next, total);
    }

    public Page<T> withTotal(long count) {
        return new Page<>(items, next, OptionalLong.of(count));
    }
}
