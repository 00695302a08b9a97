package dev.agentdata.domain.graph;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One immutable version of a graph; {@code (id, version)} identifies it, {@code active} marks the one in use. */
public record Graph(UUID id, int version, boolean active, UUID userId, Instant createdAt, Instant updatedAt,
                    GraphContent content) {
    public Graph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(createdAt, "created_at");
        Objects.requireNonNull(updatedAt, "updated_at");
        Objects.requireNonNull(content, "content");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
    }

    public Graph withActive(boolean isActive, Instant graphUpdatedAt) {
        return new Graph(id, version, isActive, userId, createdAt, graphUpdatedAt, content);
    }
}
