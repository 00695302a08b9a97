package dev.agentdata.adapter.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.GraphVersionState;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/** A minimal map-backed graph repository that counts how often each read reaches it. */
final class RecordingGraphRepository implements GraphRepository {
    final Map<UUID, Map<Integer, Graph>> graphs = new ConcurrentHashMap<>();
    final AtomicInteger findVersionCalls = new AtomicInteger();
    final List<String> calls = new ArrayList<>();
    volatile Runnable duringFindVersion = () -> { };

    @Override
    public synchronized void insertVersion(Graph graph) {
        calls.add("insertVersion");
        Map<Integer, Graph> versions = graphs.computeIfAbsent(graph.id(), id -> new ConcurrentHashMap<>());
        versions.replaceAll((v, g) -> g.withActive(false, graph.updatedAt()));
        versions.put(graph.version(), graph.withActive(true, graph.updatedAt()));
    }

    @Override
    public Optional<Graph> findVersion(UUID graphId, int version) {
        findVersionCalls.incrementAndGet();
        Optional<Graph> found = Optional.ofNullable(graphs.getOrDefault(graphId, Map.of()).get(version));
        duringFindVersion.run();
        return found;
    }

    @Override
    public Optional<GraphVersionState> findVersionState(UUID graphId, int version) {
        calls.add("findVersionState");
        return Optional.ofNullable(graphs.getOrDefault(graphId, Map.of()).get(version))
                .map(g -> new GraphVersionState(g.active(), g.updatedAt()));
    }

    @Override
    public Optional<Graph> findActive(UUID graphId) {
        calls.add("findActive");
        return graphs.getOrDefault(graphId, Map.of()).values().stream().filter(Graph::active).findFirst();
    }

    @Override
    public Optional<UUID> findOwner(UUID graphId) {
        calls.add("findOwner");
        return findActive(graphId).map(Graph::userId);
    }

    @Override
    public OptionalInt maxVersion(UUID graphId) {
        calls.add("maxVersion");
        return graphs.getOrDefault(graphId, Map.of()).keySet().stream().mapToInt(Integer::intValue).max();
    }

    @Override
    public List<GraphVersionInfo> listVersions(UUID graphId) {
        calls.add("listVersions");
        return List.of();
    }

    @Override
    public synchronized boolean setActiveVersion(UUID graphId, int version, Instant now) {
        calls.add("setActiveVersion");
        Map<Integer, Graph> versions = graphs.get(graphId);
        if (versions == null || !versions.containsKey(version)) {
            return false;
        }
        versions.replaceAll((v, g) -> g.withActive(v == version, now));
        return true;
    }

    @Override
    public boolean delete(UUID graphId) {
        calls.add("delete");
        return graphs.remove(graphId) != null;
    }

    @Override
    public Page<GraphSummary> listByOwner(UUID userId, PageRequest page) {
        calls.add("listByOwner");
        return new Page<>(List.of(), Optional.empty(), java.util.OptionalLong.empty());
    }

    @Override
    public long countByOwner(UUID userId) {
        calls.add("countByOwner");
        return 7;
    }
}
