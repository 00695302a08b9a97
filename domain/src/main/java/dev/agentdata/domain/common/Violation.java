package dev.agentdata.domain.common;

import java.util.Objects;

/** One broken rule with the path of the offending value, e.g. {@code links[3].sink_name}. */
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
