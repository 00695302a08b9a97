package dev.agentdata.adapter.memory.graph;

import java.time.Instant;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import dev.agentdata.domain.graph.Graph;

/** One graph as the memory table stores it: its immutable versions and which one is active. */
record GraphRow(UUID id, UUID owner, Instant createdAt, Instant updatedAt, int activeVersion,
                NavigableMap<Integer, Graph> versions) {

    static GraphRow first(Graph graph) {
        TreeMap<Integer, Graph> versions = new TreeMap<>();
        versions.put(graph.version(), graph);
        return new GraphRow(graph.id(), graph.userId(), graph.createdAt(), graph.updatedAt(), graph.version(),
                Collections.unmodifiableNavigableMap(versions));
    }

    GraphRow withVersion(Graph graph) {
        TreeMap<Integer, Graph> next = new TreeMap<>(versions);
        next.put(graph.version(), graph);
        return new GraphRow(id, owner, createdAt, graph.updatedAt(), graph.version(),
                Collections.unmodifiableNavigableMap(next));
    }

    GraphRow withActive(int version, Instant now) {
        return new GraphRow(id, owner, createdAt, now, version, versions);
    }

    /** The stored version as readers see it: active flag and the graph's {@code updated_at}. */
    Graph view(Graph version) {
        return version.withActive(version.version() == activeVersion, updatedAt);
    }

    Graph active() {
        return view(versions.get(activeVersion));
    }
}
