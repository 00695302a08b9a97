package dev.agentdata.application.port.in.user;

import java.util.Objects;
import java.util.UUID;

/** The identity a verified token vouches for ({@code name} may be null). */
public record TokenClaims(UUID subject, String email, String name) {
    public TokenClaims {
        Objects.requireNonNull(subject, "sub");
        Objects.requireNonNull(email, "email");
    }
}
