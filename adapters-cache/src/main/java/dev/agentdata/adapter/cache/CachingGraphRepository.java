package dev.agentdata.adapter.cache;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.agentdata.application.port.out.ActiveVersion;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.GraphVersionState;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/**
 * Caffeine decorator of {@link GraphRepository} that keeps {@code findVersion} results in memory.
 * <p>
 * A version's content never changes, but its {@code active} flag and its graph's {@code updated_at} do, and another
 * server may change them or delete the graph: a hit is only the nodes and links, its existence, flag and timestamp are
 * re-read ({@link GraphRepository#findVersionState}, one small row). Every write to a graph drops that graph's cached
 * versions, once when the write is made and again when the unit of work
 * around it ends (see {@link CachingTransactions}); inside that unit the graph bypasses the cache, so no reader ever
 * sees a value that was not committed. A value loaded while any graph was being dropped is not kept (the epoch
 * check), and no lock is held while the delegate is called, so the decorator adds no lock ordering of its own.
 * The cache is bounded by weight: one per version plus its nodes and links. Versions are keyed by graph id and
 * version (a graph has one owner); a hit asked for by another user than its owner answers empty, as the owner-filtered
 * delegate would, without a statement.
 */
public final class CachingGraphRepository implements GraphRepository {
    private static final long ACTIVE_HINTS = 100_000;
    private final GraphRepository delegate;
    private final Cache<UUID, Map<Integer, Graph>> versions;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder invalidations = new LongAdder();
    private final AtomicLong epoch = new AtomicLong();
    private final ThreadLocal<UnitOfWork> unit = new ThreadLocal<>();
    /** Graph id to the version last read as active: only a hint ({@link #findActiveHint}), dropped on every write. */
    private final Cache<UUID, Integer> activeHints = Caffeine.newBuilder().maximumSize(ACTIVE_HINTS)
            .executor(Runnable::run).build();

    public CachingGraphRepository(GraphRepository delegate, long maximumWeight) {
        if (maximumWeight < 1) {
            throw new IllegalArgumentException("maximum_weight must be >= 1, was " + maximumWeight);
        }
        this.delegate = delegate;
        this.versions = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .<UUID, Map<Integer, Graph>>weigher((id, byVersion) -> weight(byVersion))
                .<UUID, Map<Integer, Graph>>evictionListener((id, byVersion, cause) -> {
                    if (byVersion != null) {
                        evictions.add(byVersion.size());
                    }
                })
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<Graph> findVersion(UUID userId, UUID graphId, int version) {
        Graph hit = cached(graphId, version);
        if (hit == null) {
            return load(userId, graphId, version);
        }
        if (!hit.userId().equals(userId)) {
            return Optional.empty();
        }
        // the content cannot change, but another server may have deleted the graph or moved its active version
        Optional<GraphVersionState> now = delegate.findVersionState(userId, graphId, version);
        if (now.isEmpty()) {
            invalidate(graphId);
            return Optional.empty();
        }
        return Optional.of(hit.withActive(now.get().active(), now.get().updatedAt()));
    }

    /**
     * A hit is answered from memory: the caller uses only the nodes, links and owner, which never change. A version
     * is cached under its graph id, whoever asks: another user than its owner gets nothing, as from the delegate.
     */
    @Override
    public Optional<Graph> findVersionContent(UUID userId, UUID graphId, int version) {
        Graph hit = cached(graphId, version);
        if (hit == null) {
            return load(userId, graphId, version);
        }
        return hit.userId().equals(userId) ? Optional.of(hit) : Optional.empty();
    }

    /** The cached version, counted as a hit; null (counted as a miss) when it must be loaded. */
    private Graph cached(UUID graphId, int version) {
        UnitOfWork current = unit.get();
        if (current != null && current.touched.contains(graphId)) {
            return null;
        }
        Map<Integer, Graph> cached = versions.getIfPresent(graphId);
        Graph hit = cached == null ? null : cached.get(version);
        if (hit != null) {
            hits.increment();
            return hit;
        }
        misses.increment();
        return null;
    }

    private Optional<Graph> load(UUID userId, UUID graphId, int version) {
        UnitOfWork current = unit.get();
        if (current != null && current.touched.contains(graphId)) {
            return delegate.findVersion(userId, graphId, version);
        }
        long epochBeforeLoad = epoch.get();
        Optional<Graph> loaded = delegate.findVersion(userId, graphId, version);
        loaded.ifPresent(graph -> versions.asMap().compute(graphId, (id, byVersion) -> {
            if (epoch.get() != epochBeforeLoad) {
                return byVersion;
            }
            Map<Integer, Graph> next = byVersion == null ? new HashMap<>() : new HashMap<>(byVersion);
            next.put(version, graph);
            return Map.copyOf(next);
        }));
        return loaded;
    }

    @Override
    public void insertVersion(Graph graph) {
        touch(graph.id());
        delegate.insertVersion(graph);
        invalidate(graph.id());
    }

    @Override
    public boolean setActiveVersion(UUID userId, UUID graphId, int version, Instant now) {
        touch(graphId);
        boolean changed = delegate.setActiveVersion(userId, graphId, version, now);
        invalidate(graphId);
        return changed;
    }

    @Override
    public boolean delete(UUID userId, UUID graphId) {
        touch(graphId);
        boolean deleted = delegate.delete(userId, graphId);
        invalidate(graphId);
        return deleted;
    }

    /**
     * Which version is active (and the graph's {@code updated_at}) is read from the delegate every time; only the
     * version's immutable content comes from the cache. Inside a unit of work that wrote the graph, all of it is read.
     */
    @Override
    public Optional<Graph> findActive(UUID userId, UUID graphId) {
        UnitOfWork current = unit.get();
        if (current != null && current.touched.contains(graphId)) {
            return delegate.findActive(userId, graphId);
        }
        // the active version and updated_at were just read fresh: only the immutable content may come from memory
        long epochBeforeRead = epoch.get();
        Optional<ActiveVersion> active = delegate.findActiveVersion(userId, graphId);
        active.ifPresent(a -> {
            if (epoch.get() == epochBeforeRead) {
                activeHints.put(graphId, a.version());
            }
        });
        return active.flatMap(a -> findVersionContent(userId, graphId, a.version())
                .map(g -> g.withActive(true, a.updatedAt())));
    }

    /**
     * From memory when this server has read the graph's active version before and still holds its content: the
     * version may have been deactivated or the graph deleted by another server since, which the caller's write
     * re-checks ({@code createWhileActive}). This server's own writes drop the hint. A hint of another user's graph
     * answers empty, as the owner-filtered delegate would. Otherwise {@link #findActive}.
     */
    @Override
    public Optional<Graph> findActiveHint(UUID userId, UUID graphId) {
        UnitOfWork current = unit.get();
        if (current == null || !current.touched.contains(graphId)) {
            Integer hinted = activeHints.getIfPresent(graphId);
            Graph hit = hinted == null ? null : cached(graphId, hinted);
            if (hit != null) {
                return hit.userId().equals(userId) ? Optional.of(hit) : Optional.empty();
            }
        }
        return findActive(userId, graphId);
    }

    @Override
    public Optional<ActiveVersion> findActiveVersion(UUID userId, UUID graphId) {
        return delegate.findActiveVersion(userId, graphId);
    }

    @Override
    public boolean exists(UUID userId, UUID graphId) {
        return delegate.exists(userId, graphId);
    }

    @Override
    public OptionalInt maxVersion(UUID userId, UUID graphId) {
        return delegate.maxVersion(userId, graphId);
    }

    @Override
    public List<GraphVersionInfo> listVersions(UUID userId, UUID graphId) {
        return delegate.listVersions(userId, graphId);
    }

    @Override
    public Page<GraphSummary> listByOwner(UUID userId, PageRequest page) {
        return delegate.listByOwner(userId, page);
    }

    @Override
    public long countByOwner(UUID userId) {
        return delegate.countByOwner(userId);
    }

    /** Current counters; pending maintenance runs first so the figures are settled. */
    public GraphCacheStats stats() {
        versions.cleanUp();
        long size = versions.asMap().values().stream().mapToLong(Map::size).sum();
        return new GraphCacheStats(hits.sum(), misses.sum(), evictions.sum(), invalidations.sum(), size);
    }

    /** Wraps the unit-of-work port so that graphs written in a unit are dropped again once it ends. */
    public CachingTransactions transactions(Transactions transactions) {
        return new CachingTransactions(transactions, this);
    }

    void enterUnit() {
        UnitOfWork current = unit.get();
        if (current == null) {
            unit.set(new UnitOfWork());
        } else {
            current.depth++;
        }
    }

    void exitUnit() {
        UnitOfWork current = unit.get();
        if (current == null) {
            return;
        }
        if (current.depth > 0) {
            current.depth--;
            return;
        }
        unit.remove();
        current.touched.forEach(this::invalidate);
    }

    private void touch(UUID graphId) {
        UnitOfWork current = unit.get();
        if (current != null) {
            current.touched.add(graphId);
        }
        invalidate(graphId);
    }

    private void invalidate(UUID graphId) {
        epoch.incrementAndGet();
        activeHints.invalidate(graphId);
        Map<Integer, Graph> removed = versions.asMap().remove(graphId);
        if (removed != null) {
            invalidations.add(removed.size());
        }
    }

    private static int weight(Map<Integer, Graph> byVersion) {
        long total = 0;
        for (Graph graph : byVersion.values()) {
            total += 1L + graph.content().nodes().size() + graph.content().links().size();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** Graphs written by the current thread's unit of work, and how deeply units are nested. */
    private static final class UnitOfWork {
        private final Set<UUID> touched = new HashSet<>();
        private int depth;
    }
}
