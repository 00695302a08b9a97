package dev.agentdata.application.port.out.storage;

import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * A meter a storage publishes at {@code /observe/metrics} without the server knowing what it measures (e.g. the
 * connection pool's gauges). A counter's name gets Prometheus's {@code _total} suffix; a gauge's is used as is.
 */
public record StorageMeter(String name, String description, Type type, Map<String, String> tags,
                           DoubleSupplier value) {
    /** How the value behaves. */
    public enum Type { GAUGE, COUNTER }

    public StorageMeter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        tags = Map.copyOf(tags);
        Objects.requireNonNull(value, "value");
    }

    public static StorageMeter gauge(String name, String description, DoubleSupplier value) {
        return new StorageMeter(name, description, Type.GAUGE, Map.of(), value);
    }

    public static StorageMeter counter(String name, String description, Map<String, String> tags,
                                       DoubleSupplier value) {
        return new StorageMeter(name, description, Type.COUNTER, tags, value);
    }
}
