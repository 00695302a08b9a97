package dev.agentdata.adapter.postgres.execution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import dev.agentdata.adapter.postgres.JsonColumns;

/**
 * The columns of a table as a domain value fills them: their names for a statement, and one value's parameters in
 * that same order, so a column and its parameter can never drift apart.
 *
 * @param <T> the domain value one row stores
 */
final class Columns<T> {
    private record Column<T>(String name, Function<T, SqlParameter> parameter) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    /** The column lists made so far, by alias ("" for none); the columns are all added before the first. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    Columns<T> uuid(String name, Function<T, UUID> get) {
        return add(name, v -> (ps, i) -> ps.setObject(i, get.apply(v)));
    }

    Columns<T> text(String name, Function<T, String> get) {
        return add(name, v -> (ps, i) -> ps.setString(i, get.apply(v)));
    }

    Columns<T> integer(String name, ToIntFunction<T> get) {
        return add(name, v -> (ps, i) -> ps.setInt(i, get.applyAsInt(v)));
    }

    Columns<T> bigint(String name, ToLongFunction<T> get) {
        return add(name, v -> (ps, i) -> ps.setLong(i, get.applyAsLong(v)));
    }

    Columns<T> jsonb(String name, Function<T, Map<String, Object>> get) {
        return add(name, v -> (ps, i) -> ps.setObject(i, JsonColumns.jsonb(get.apply(v))));
    }

    Columns<T> timestamp(String name, Function<T, Instant> get) {
        return add(name, v -> (ps, i) -> JsonColumns.setInstant(ps, i, get.apply(v)));
    }

    private Columns<T> add(String name, Function<T, SqlParameter> parameter) {
        if (!names.isEmpty()) {
            throw new IllegalStateException("columns are added before their names are used");
        }
        columns.add(new Column<>(name, parameter));
        return this;
    }

    /** {@code a, b, c}. */
    String names() {
        return names.computeIfAbsent("", a -> columns.stream().map(Column::name).collect(Collectors.joining(", ")));
    }

    /** {@code x.a, x.b, x.c}; remembered per alias (a statement is compiled on every request, its columns never change). */
    String names(String alias) {
        return names.computeIfAbsent(alias, a -> columns.stream().map(c -> a + "." + c.name())
                .collect(Collectors.joining(", ")));
    }

    /** The parameters that store {@code value}, one per column, in column order. */
    List<SqlParameter> parameters(T value) {
        List<SqlParameter> parameters = new ArrayList<>(columns.size());
        for (Column<T> c : columns) {
            parameters.add(c.parameter().apply(value));
        }
        return parameters;
    }
}
