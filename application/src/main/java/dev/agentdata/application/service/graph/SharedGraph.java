package dev.agentdata.application.service.graph;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A graph offered to others: its owner and the versions of it anyone may read and execute (possibly none now). */
public record SharedGraph(UUID ownerId, Set<Integer> versions) {
    public SharedGraph {
        Objects.requireNonNull(ownerId, "owner_id");
        versions = Set.copyOf(versions);
    }

    public boolean shares(int version) {
        return versions.contains(version);
    }
}
