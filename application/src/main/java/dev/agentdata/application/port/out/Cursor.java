package dev.agentdata.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * The sort key of the last item of a page, as strings (e.g. {@code [created_at micros, id]}); the adapter
 * that made it also reads it. The HTTP layer signs and encodes it, so a client can neither forge nor edit it.
 */
public record Cursor(List<String> values) {
    public Cursor {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(values);
    }

    public static Cursor of(String... values) {
        return new Cursor(List.of(values));
    }

    public String get(int i) {
        return values.get(i);
    }
}
