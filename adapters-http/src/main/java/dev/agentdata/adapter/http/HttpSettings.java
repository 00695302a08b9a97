package dev.agentdata.adapter.http;

import java.time.Clock;
import java.util.Objects;

/**
 * Settings of the HTTP adapter: the JWT secret (also the root of the cursor key), the body limit, the clock, and
 * how many bytes of large bodies may be read at once ({@link dev.agentdata.adapter.http.limit.BodyMemoryBudget}).
 */
public record HttpSettings(String jwtSecret, long maxPayloadBytes, Clock clock, long bodyMemoryBytes) {
    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_BODY_MEMORY_BYTES = 32L * 1024 * 1024;

    /** As the canonical constructor, with the default body memory budget. */
    public HttpSettings(String jwtSecret, long maxPayloadBytes, Clock clock) {
        this(jwtSecret, maxPayloadBytes, clock, DEFAULT_BODY_MEMORY_BYTES);
    }

    public HttpSettings {
        Objects.requireNonNull(jwtSecret, "jwt_secret");
        if (jwtSecret.isBlank()) {
            throw new IllegalArgumentException("jwt_secret must not be blank");
        }
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("max_payload_bytes must be positive");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
        if (bodyMemoryBytes < 1) {
            throw new IllegalArgumentException("body_memory_bytes must be positive");
        }
    }

    public static HttpSettings of(String jwtSecret) {
        return new HttpSettings(jwtSecret, DEFAULT_MAX_PAYLOAD_BYTES, Clock.systemUTC());
    }
}
