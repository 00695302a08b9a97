package dev.agentdata.adapter.http.common;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentdata.application.port.out.Page;

/** A page on the wire: {@code items}, {@code next_cursor} (null on the last page) and {@code total} when asked. */
public record PageResponse<T>(List<T> items, String nextCursor,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {

    public static <D, T> PageResponse<T> from(Page<D> page, Function<? super D, T> map, CursorCodec codec, String list) {
        return new PageResponse<>(page.items().stream().<T>map(map).toList(),
                page.next().map(c -> codec.encode(list, c)).orElse(null),
                page.total().isPresent() ? page.total().getAsLong() : null);
    }
}
