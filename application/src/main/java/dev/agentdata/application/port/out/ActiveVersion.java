package dev.agentdata.application.port.out;

import java.time.Instant;

/**
 * Which version of a graph is active now, and the graph's {@code updated_at}: the two things about a graph that
 * change. Everything else of that version is immutable and may come from memory.
 */
public record ActiveVersion(int version, Instant updatedAt) {
}
