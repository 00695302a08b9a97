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

/** A minimal map-backed graph repository, filtered by owner, that counts how often each read reaches it. */
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
    public Optional<Graph> findVersion(UUID userId, UUID graphId, int version) {
        findVersionCalls.incrementAndGet();
        Optional<Graph> found = Optional.ofNullable(owned(userId, graphId).get(version));
        duringFindVersion.run();
        return found;
    }

    @Override
    public Optional<GraphVersionState> findVersionState(UUID userId, UUID graphId, int version) {
        calls.add("findVersionState");
        return Optional.ofNullable(owned(userId, graphId).get(version))
                .map(g -> new GraphVersionState(g.active(), g.updatedAt()));
    }

    @Override
    public Optional<Graph> findActive(UUID userId, UUID graphId) {
        calls.add("findActive");
        return owned(userId, graphId).values().stream().filter(Graph::active).findFirst();
    }

    @Override
    public boolean exists(UUID userId, UUID graphId) {
        calls.add("exists");
        return !owned(userId, graphId).isEmpty();
    }

    @Override
    public OptionalInt maxVersion(UUID userId, UUID graphId) {
        calls.add("maxVersion");
        return owned(userId, graphId).keySet().stream().mapToInt(Integer::intValue).max();
    }

    @Override
    public List<GraphVersionInfo> listVersions(UUID userId, UUID graphId) {
        calls.add("listVersions");
        return List.of();
    }

    @Override
    public synchronized boolean setActiveVersion(UUID userId, UUID graphId, int version, Instant now) {
        calls.add("setActiveVersion");
        Map<Integer, Graph> versions = owned(userId, graphId);
        if (!versions.containsKey(version)) {
            return false;
        }
        versions.replaceAll((v, g) -> g.withActive(v == version, now));
        return true;
    }

    @Override
    public boolean delete(UUID userId, UUID graphId) {
        calls.add("delete");
        return !owned(userId, graphId).isEmpty() && graphs.remove(graphId) != null;
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

    /** The graph's versions when {@code userId} owns it, else none. */
    private Map<Integer, Graph> owned(UUID userId, UUID graphId) {
        Map<Integer, Graph> versions = graphs.getOrDefault(graphId, Map.of());
        return versions.values().stream().anyMatch(g -> g.userId().equals(userId)) ? versions : Map.of();
    }
}
