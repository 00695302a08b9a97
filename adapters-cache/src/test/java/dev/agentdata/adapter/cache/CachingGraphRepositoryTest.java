package dev.agentdata.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;

class CachingGraphRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private final RecordingGraphRepository delegate = new RecordingGraphRepository();
    private final CachingGraphRepository cache = new CachingGraphRepository(delegate, 1_000);

    private static Graph graph(UUID id, int version, Instant at) {
        return new Graph(id, version, true, OWNER, at, at, new GraphContent("g" + version, null, false, List.of(), List.of()));
    }

    @Test
    void givenCachedVersion_findVersionAgain_doesNotReachDelegate() {
        UUID id = UUID.randomUUID();
        delegate.insertVersion(graph(id, 1, T0));

        assertThat(cache.findVersion(OWNER, id, 1)).isPresent();
        assertThat(cache.findVersion(OWNER, id, 1)).isPresent();
        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::version).isEqualTo(1);

        assertThat(delegate.findVersionCalls).hasValue(1);
        assertThat(cache.stats()).extracting(GraphCacheStats::hits, GraphCacheStats::misses, GraphCacheStats::size)
                .containsExactly(2L, 1L, 1L);
    }

    @Test
    void givenCachedVersion_anotherServerMovingTheActiveVersion_isSeenAtTheNextRead() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active).isEqualTo(true);
        Instant later = T0.plusSeconds(60);

        delegate.insertVersion(graph(id, 2, later));

        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active, Graph::updatedAt)
                .containsExactly(false, later);
        assertThat(delegate.findVersionCalls).as("the content still came from the cache").hasValue(1);
    }

    @Test
    void givenCachedVersion_anotherServerDeletingTheGraph_isSeenAtTheNextRead() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        assertThat(cache.findVersion(OWNER, id, 1)).isPresent();

        delegate.delete(OWNER, id);

        assertThat(cache.findVersion(OWNER, id, 1)).isEmpty();
        assertThat(cache.stats().size()).isZero();
    }

    @Test
    void givenCachedVersion_findVersionContent_asksTheDelegateNothing() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        assertThat(cache.findVersionContent(OWNER, id, 1)).isPresent();
        delegate.calls.clear();

        assertThat(cache.findVersionContent(OWNER, id, 1)).get().extracting(Graph::version).isEqualTo(1);

        assertThat(delegate.findVersionCalls).hasValue(1);
        assertThat(delegate.calls).isEmpty();
    }

    @Test
    void givenCachedVersion_anotherUser_getsNothing_andTheOwnerStillGetsTheHit() {
        UUID id = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        assertThat(cache.findVersionContent(OWNER, id, 1)).isPresent();
        delegate.calls.clear();

        assertThat(cache.findVersionContent(stranger, id, 1)).isEmpty();
        assertThat(cache.findVersion(stranger, id, 1)).isEmpty();
        assertThat(delegate.calls).as("a cached version's owner is known without asking").isEmpty();
        assertThat(cache.findActive(stranger, id)).isEmpty();

        assertThat(cache.findVersionContent(OWNER, id, 1)).get().extracting(Graph::userId).isEqualTo(OWNER);
        assertThat(cache.findActive(OWNER, id)).get().extracting(Graph::version).isEqualTo(1);
        assertThat(delegate.findVersionCalls).hasValue(1);
        assertThat(cache.stats().size()).isEqualTo(1);
    }

    @Test
    void anotherUsersWrites_changeNothing() {
        UUID id = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        cache.insertVersion(graph(id, 2, T0.plusSeconds(1)));

        assertThat(cache.setActiveVersion(stranger, id, 1, T0.plusSeconds(2))).isFalse();
        assertThat(cache.delete(stranger, id)).isFalse();

        assertThat(cache.findActive(OWNER, id)).get().extracting(Graph::version, Graph::updatedAt)
                .containsExactly(2, T0.plusSeconds(1));
    }

    @Test
    void missingVersion_isNotCached() {
        UUID id = UUID.randomUUID();

        assertThat(cache.findVersion(OWNER, id, 1)).isEmpty();
        delegate.insertVersion(graph(id, 1, T0));

        assertThat(cache.findVersion(OWNER, id, 1)).isPresent();
        assertThat(delegate.findVersionCalls).hasValue(2);
    }

    @Test
    void delete_evictsEveryVersionOfThatGraphOnly() {
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        cache.insertVersion(graph(id, 2, T0));
        cache.insertVersion(graph(other, 1, T0));
        cache.findVersion(OWNER, id, 1);
        cache.findVersion(OWNER, id, 2);
        cache.findVersion(OWNER, other, 1);

        assertThat(cache.delete(OWNER, id)).isTrue();

        assertThat(cache.findVersion(OWNER, id, 1)).isEmpty();
        assertThat(cache.findVersion(OWNER, id, 2)).isEmpty();
        assertThat(cache.findVersion(OWNER, other, 1)).isPresent();
        assertThat(cache.stats().invalidations()).isEqualTo(2);
        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @Test
    void setActiveVersion_dropsStaleActiveFlags() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        cache.insertVersion(graph(id, 2, T0.plusSeconds(1)));
        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active).isEqualTo(false);

        cache.setActiveVersion(OWNER, id, 1, T0.plusSeconds(2));

        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active, Graph::updatedAt)
                .containsExactly(true, T0.plusSeconds(2));
    }

    @Test
    void insertVersion_dropsCachedVersionsOfThatGraph() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active).isEqualTo(true);

        cache.insertVersion(graph(id, 2, T0.plusSeconds(1)));

        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active).isEqualTo(false);
    }

    @Test
    void insideUnitOfWork_writtenGraphBypassesCache_andIsDroppedAgainAtTheEnd() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        cache.insertVersion(graph(id, 2, T0));
        Transactions tx = cache.transactions(new DirectTransactions());

        tx.run(() -> {
            cache.setActiveVersion(OWNER, id, 1, T0.plusSeconds(5));
            cache.findVersion(OWNER, id, 1);
            cache.findVersion(OWNER, id, 1);
        });

        assertThat(cache.stats().size()).isZero();
        assertThat(cache.stats().hits()).isZero();
    }

    @Test
    void givenFailingUnitOfWork_writtenGraphIsStillDropped() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        Transactions tx = cache.transactions(new DirectTransactions());

        assertThatThrownBy(() -> tx.run(() -> {
            tx.run(() -> cache.setActiveVersion(OWNER, id, 1, T0));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        cache.findVersion(OWNER, id, 1);
        cache.findVersion(OWNER, id, 1);

        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @Test
    void givenWriteWhileLoading_loadedValueIsNotKept() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));
        cache.insertVersion(graph(id, 2, T0));
        delegate.duringFindVersion = () -> {
            delegate.duringFindVersion = () -> { };
            cache.setActiveVersion(OWNER, id, 1, T0.plusSeconds(9));
        };

        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active).isEqualTo(false);

        assertThat(cache.findVersion(OWNER, id, 1)).get().extracting(Graph::active).isEqualTo(true);
        assertThat(cache.stats().hits()).isZero();
    }

    @Test
    void beyondMaximumWeight_versionsAreEvicted() {
        CachingGraphRepository small = new CachingGraphRepository(delegate, 10);
        for (int i = 0; i < 50; i++) {
            UUID id = UUID.randomUUID();
            delegate.insertVersion(graph(id, 1, T0));
            small.findVersion(OWNER, id, 1);
        }

        GraphCacheStats stats = small.stats();
        assertThat(stats.size()).isLessThanOrEqualTo(10);
        assertThat(stats.evictions()).isEqualTo(50 - stats.size());
    }

    @Test
    void findActive_readsWhichVersionIsActiveEveryTime_andTheContentFromTheCache() {
        UUID id = UUID.randomUUID();
        delegate.insertVersion(graph(id, 1, T0));
        delegate.insertVersion(graph(id, 2, T0.plusSeconds(1)));

        assertThat(cache.findActive(OWNER, id)).get().extracting(Graph::version).isEqualTo(2);
        assertThat(cache.findActive(OWNER, id)).get().extracting(Graph::version).isEqualTo(2);
        assertThat(delegate.findVersionCalls).hasValue(1);

        delegate.setActiveVersion(OWNER, id, 1, T0.plusSeconds(5));   // as another server would: this cache hears nothing
        Graph active = cache.findActive(OWNER, id).orElseThrow();
        assertThat(active.version()).isEqualTo(1);
        assertThat(active.active()).isTrue();
        assertThat(active.updatedAt()).isEqualTo(T0.plusSeconds(5));
        delegate.setActiveVersion(OWNER, id, 2, T0.plusSeconds(6));
        assertThat(cache.findActive(OWNER, id).orElseThrow().updatedAt()).isEqualTo(T0.plusSeconds(6));

        delegate.delete(OWNER, id);
        assertThat(cache.findActive(OWNER, id)).isEmpty();
    }

    @Test
    void findActiveHint_answersFromMemoryAfterAFreshRead_isDroppedByThisServersWrites_andMayBeOutdatedByOthers() {
        UUID id = UUID.randomUUID();
        delegate.insertVersion(graph(id, 1, T0));
        assertThat(cache.findActiveHint(OWNER, id)).get().extracting(Graph::version).as("no hint yet: a fresh read")
                .isEqualTo(1);
        delegate.calls.clear();

        assertThat(cache.findActiveHint(OWNER, id)).get().extracting(Graph::version).isEqualTo(1);
        assertThat(delegate.calls).as("answered from memory").isEmpty();

        delegate.insertVersion(graph(id, 2, T0.plusSeconds(1)));   // another server: this cache hears nothing
        assertThat(cache.findActiveHint(OWNER, id)).get().extracting(Graph::version).as("outdated: the insert re-checks")
                .isEqualTo(1);
        assertThat(cache.findActive(OWNER, id)).get().extracting(Graph::version).isEqualTo(2);
        assertThat(cache.findActiveHint(OWNER, id)).get().extracting(Graph::version).as("the fresh read moved the hint")
                .isEqualTo(2);

        cache.setActiveVersion(OWNER, id, 1, T0.plusSeconds(2));    // this server's write drops the hint
        delegate.calls.clear();
        assertThat(cache.findActiveHint(OWNER, id)).get().extracting(Graph::version).isEqualTo(1);
        assertThat(delegate.calls).as("read fresh after the write").isNotEmpty();

        assertThat(cache.findActiveHint(UUID.randomUUID(), id)).as("another user's hint: nothing").isEmpty();
        cache.delete(OWNER, id);
        assertThat(cache.findActiveHint(OWNER, id)).isEmpty();
    }

    @Test
    void otherReadsAndCounts_areDelegated() {
        UUID id = UUID.randomUUID();
        cache.insertVersion(graph(id, 1, T0));

        assertThat(cache.findActive(OWNER, id)).isPresent();
        assertThat(cache.exists(OWNER, id)).isTrue();
        assertThat(cache.maxVersion(OWNER, id)).hasValue(1);
        assertThat(cache.listVersions(OWNER, id)).isEmpty();
        assertThat(cache.listByOwner(OWNER, PageRequest.first(5)).items()).isEmpty();
        assertThat(cache.countByOwner(OWNER)).isEqualTo(7);
        assertThat(delegate.calls).contains("findActive", "exists", "maxVersion", "listVersions",
                "listByOwner", "countByOwner");
    }

    /** Runs work in place, as a unit of work would, joining nested calls. */
    private static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
