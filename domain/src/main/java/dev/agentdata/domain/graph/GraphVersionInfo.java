package dev.agentdata.domain.graph;

import java.time.Instant;

/** One row of a graph's version history. */
public record GraphVersionInfo(int version, boolean active, Instant createdAt) {
}
