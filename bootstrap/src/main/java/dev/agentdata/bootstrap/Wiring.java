package dev.agentdata.bootstrap;

import java.util.function.BooleanSupplier;

import io.helidon.metrics.api.MeterRegistry;

/** The composition root: builds storage, services and the HTTP adapter by hand, and closes them in reverse. */
public final class Wiring implements AutoCloseable {
    private final AppConfig config;

    private Wiring(AppConfig config) {
        this.config = config;
    }

    public static Wiring create(AppConfig config) {
        return new Wiring(config);
    }

    public HttpParts httpParts() {
        return HttpParts.none();
    }

    /** Readiness of the database, or {@code null} when the storage has none. */
    public BooleanSupplier databaseReadiness() {
        return null;
    }

    /** Registers this wiring's meters (graph cache counters) in {@code registry}. */
    public void registerMeters(MeterRegistry registry) {
    }

    public AppConfig config() {
        return config;
    }

    @Override
    public void close() {
    }
}
