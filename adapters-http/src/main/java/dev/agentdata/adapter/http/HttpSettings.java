package dev.agentdata.adapter.http;

import java.time.Clock;
import java.util.Objects;

/** Settings of the HTTP adapter: the JWT secret (also the root of the cursor key), the body limit and the clock. */
public record HttpSettings(String jwtSecret, long maxPayloadBytes, Clock clock) {
    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 16L * 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(jwtSecret, "jwt_secret");
        if (jwtSecret.isBlank()) {
            throw new IllegalArgumentException("jwt_secret must not be blank");
        }
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("max_payload_bytes must be positive");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static HttpSettings of(String jwtSecret) {
        return new HttpSettings(jwtSecret, DEFAULT_MAX_PAYLOAD_BYTES, Clock.systemUTC());
    }
}
