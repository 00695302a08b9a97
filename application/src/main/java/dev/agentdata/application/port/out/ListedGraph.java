package dev.agentdata.application.port.out;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A graph as its store listing knows it: the owner (who submitted it) and the graph version the listing publishes,
 * empty while no version is approved and active.
 */
public record ListedGraph(UUID ownerId, OptionalInt publishedVersion) {
    public ListedGraph {
        Objects.requireNonNull(ownerId, "owner_id");
        Objects.requireNonNull(publishedVersion, "published_version");
    }
}
