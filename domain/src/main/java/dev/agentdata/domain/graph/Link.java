package dev.agentdata.domain.graph;

import java.util.Objects;
import java.util.UUID;

/** A wire from an output port of one node to an input port of another. */
public record Link(UUID id, String sourceId, String sinkId, String sourceName, String sinkName, boolean isStatic) {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "source_id");
        Objects.requireNonNull(sinkId, "sink_id");
        Objects.requireNonNull(sourceName, "source_name");
        Objects.requireNonNull(sinkName, "sink_name");
    }
}
