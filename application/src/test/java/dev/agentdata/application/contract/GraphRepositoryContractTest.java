package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ActiveVersion;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.GraphVersionState;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;
import dev.agentdata.domain.user.User;

/** What every {@link dev.agentdata.application.port.out.GraphRepository} must do. */
public abstract class GraphRepositoryContractTest extends StorageContractSupport {

    @Test
    void insertVersion_thenFindVersionAndFindActive_returnIt() {
        User owner = newUser();
        Graph g = newGraph(owner.id(), T0);

        assertThat(storage.graphs().findVersion(owner.id(), g.id(), 1)).contains(g);
        assertThat(storage.graphs().findActive(owner.id(), g.id())).contains(g);
        assertThat(storage.graphs().exists(owner.id(), g.id())).isTrue();
        assertThat(storage.graphs().maxVersion(owner.id(), g.id())).hasValue(1);
    }

    @Test
    void findVersionState_isTheActiveFlagAndUpdatedAtOfFindVersion_andEmptyOnceDeleted() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        storage.graphs().insertVersion(graphVersion(v1.id(), 2, owner.id(), at(10)));

        for (int version : new int[] {1, 2}) {
            Graph stored = storage.graphs().findVersion(owner.id(), v1.id(), version).orElseThrow();
            assertThat(storage.graphs().findVersionState(owner.id(), v1.id(), version))
                    .contains(new GraphVersionState(stored.active(), stored.updatedAt()));
        }
        assertThat(storage.graphs().findVersionState(owner.id(), v1.id(), 3)).isEmpty();
        storage.graphs().delete(owner.id(), v1.id());
        assertThat(storage.graphs().findVersionState(owner.id(), v1.id(), 1)).isEmpty();
    }

    @Test
    void unknownGraph_lookups_areEmpty() {
        User owner = newUser();
        UUID id = UUID.randomUUID();

        assertThat(storage.graphs().findVersion(owner.id(), id, 1)).isEmpty();
        assertThat(storage.graphs().findActive(owner.id(), id)).isEmpty();
        assertThat(storage.graphs().exists(owner.id(), id)).isFalse();
        assertThat(storage.graphs().maxVersion(owner.id(), id)).isEmpty();
        assertThat(storage.graphs().listVersions(owner.id(), id)).isEmpty();
        assertThat(storage.graphs().setActiveVersion(owner.id(), id, 1, T0)).isFalse();
        assertThat(storage.graphs().delete(owner.id(), id)).isFalse();
    }

    @Test
    void anotherUsersGraph_readsAsAbsent_throughEveryLookup() {
        User owner = newUser();
        Graph g = newGraph(owner.id(), T0);
        assertThat(storage.graphs().findVersionContent(owner.id(), g.id(), 1)).contains(g);
        assertThat(storage.graphs().findActive(owner.id(), g.id())).contains(g);
        UUID stranger = newUser().id();

        assertThat(storage.graphs().findVersion(stranger, g.id(), 1)).isEmpty();
        assertThat(storage.graphs().findVersionContent(stranger, g.id(), 1)).isEmpty();
        assertThat(storage.graphs().findVersionState(stranger, g.id(), 1)).isEmpty();
        assertThat(storage.graphs().findActive(stranger, g.id())).isEmpty();
        assertThat(storage.graphs().findActiveVersion(stranger, g.id())).isEmpty();
        assertThat(storage.graphs().exists(stranger, g.id())).isFalse();
        assertThat(storage.graphs().maxVersion(stranger, g.id())).isEmpty();
        assertThat(storage.graphs().listVersions(stranger, g.id())).isEmpty();
        assertThat(storage.graphs().findVersion(owner.id(), g.id(), 1)).contains(g);
    }

    @Test
    void anotherUsersSetActiveVersion_isFalse_andLeavesTheActiveVersionAlone() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        Graph v2 = graphVersion(v1.id(), 2, owner.id(), at(10));
        storage.graphs().insertVersion(v2);

        assertThat(storage.graphs().setActiveVersion(newUser().id(), v1.id(), 1, at(20))).isFalse();

        assertThat(storage.graphs().findActive(owner.id(), v1.id())).contains(v2);
        assertThat(storage.graphs().findActiveVersion(owner.id(), v1.id())).contains(new ActiveVersion(2, at(10)));
        assertThat(storage.graphs().listVersions(owner.id(), v1.id())).extracting(GraphVersionInfo::active)
                .containsExactly(true, false);
    }

    @Test
    void anotherUsersDelete_isFalse_andDeletesNothing() {
        User owner = newUser();
        Graph g = newGraph(owner.id(), T0);
        GraphExecution run = newExecution(g, at(1));
        newNode(run, "in", at(2));

        assertThat(storage.graphs().delete(newUser().id(), g.id())).isFalse();

        assertThat(storage.graphs().findActive(owner.id(), g.id())).contains(g);
        assertThat(storage.executions().find(owner.id(), run.id())).isPresent();
        assertThat(nodesOf(run)).hasSize(1);
        assertThat(storage.graphs().countByOwner(owner.id())).isEqualTo(1);
    }

    @Test
    void givenSecondVersion_onlyItIsActive_andVersionsListNewestFirst() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        Graph v2 = graphVersion(v1.id(), 2, owner.id(), at(10));

        storage.graphs().insertVersion(v2);

        assertThat(storage.graphs().findVersion(owner.id(), v1.id(), 1).orElseThrow().active()).isFalse();
        assertThat(storage.graphs().findVersion(owner.id(), v1.id(), 1).orElseThrow().content()).isEqualTo(v1.content());
        assertThat(storage.graphs().findActive(owner.id(), v1.id())).contains(v2);
        assertThat(storage.graphs().findVersion(owner.id(), v1.id(), 3)).isEmpty();
        assertThat(storage.graphs().maxVersion(owner.id(), v1.id())).hasValue(2);
        assertThat(storage.graphs().listVersions(owner.id(), v1.id())).containsExactly(
                new GraphVersionInfo(2, true, at(10)), new GraphVersionInfo(1, false, T0));
    }

    @Test
    void findActiveVersion_isTheActiveVersionAndTheGraphsUpdatedAt_orEmpty() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        storage.graphs().insertVersion(graphVersion(v1.id(), 2, owner.id(), at(10)));
        storage.graphs().setActiveVersion(owner.id(), v1.id(), 1, at(20));

        assertThat(storage.graphs().findActiveVersion(owner.id(), v1.id())).contains(new ActiveVersion(1, at(20)));
        assertThat(storage.graphs().findActiveVersion(owner.id(), v1.id()).orElseThrow().updatedAt())
                .isEqualTo(storage.graphs().findActive(owner.id(), v1.id()).orElseThrow().updatedAt());
        assertThat(storage.graphs().findActiveVersion(owner.id(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void setActiveVersion_makesItTheOnlyActiveOne_andTouchesUpdatedAt() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        storage.graphs().insertVersion(graphVersion(v1.id(), 2, owner.id(), at(10)));

        assertThat(storage.graphs().setActiveVersion(owner.id(), v1.id(), 1, at(20))).isTrue();

        Graph active = storage.graphs().findActive(owner.id(), v1.id()).orElseThrow();
        assertThat(active.version()).isEqualTo(1);
        assertThat(active.active()).isTrue();
        assertThat(storage.graphs().findVersion(owner.id(), v1.id(), 2).orElseThrow().active()).isFalse();
        assertThat(storage.graphs().listVersions(owner.id(), v1.id())).extracting(GraphVersionInfo::active).containsExactly(false, true);
        GraphSummary summary = storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items().getFirst();
        assertThat(summary.version()).isEqualTo(1);
        assertThat(summary.updatedAt()).isEqualTo(at(20));
    }

    @Test
    void missingVersion_setActiveVersion_isFalseAndChangesNothing() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);

        assertThat(storage.graphs().setActiveVersion(owner.id(), v1.id(), 2, at(5))).isFalse();

        assertThat(storage.graphs().findActive(owner.id(), v1.id())).contains(v1);
    }

    @Test
    void delete_removesEveryVersionAndEveryExecution() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        Graph v2 = graphVersion(v1.id(), 2, owner.id(), at(1));
        storage.graphs().insertVersion(v2);
        GraphExecution e1 = newExecution(v1, at(2));
        GraphExecution e2 = newExecution(v2, at(3));
        newNode(e1, "in", at(4));
        Graph other = newGraph(owner.id(), at(5));
        GraphExecution kept = newExecution(other, at(6));

        assertThat(storage.graphs().delete(owner.id(), v1.id())).isTrue();

        assertThat(storage.graphs().findVersion(owner.id(), v1.id(), 1)).isEmpty();
        assertThat(storage.graphs().findVersion(owner.id(), v1.id(), 2)).isEmpty();
        assertThat(storage.graphs().findActive(owner.id(), v1.id())).isEmpty();
        assertThat(storage.graphs().listVersions(owner.id(), v1.id())).isEmpty();
        assertThat(storage.executions().find(owner.id(), e1.id())).isEmpty();
        assertThat(storage.executions().find(owner.id(), e2.id())).isEmpty();
        assertThat(nodesOf(e1)).isEmpty();
        assertThat(storage.executions().find(owner.id(), kept.id())).contains(kept);
        assertThat(storage.graphs().findActive(owner.id(), other.id())).contains(other);
        assertThat(storage.graphs().countByOwner(owner.id())).isEqualTo(1);
        assertThat(storage.graphs().delete(owner.id(), v1.id())).isFalse();
    }

    @Test
    void listByOwner_ordersByUpdatedAtThenIdDescending_andShowsOnlyTheOwnersGraphs() {
        User owner = newUser();
        User stranger = newUser();
        List<Graph> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mine.add(newGraph(owner.id(), at(i / 2)));
        }
        newGraph(stranger.id(), at(100));

        List<UUID> ids = storage.graphs().listByOwner(owner.id(), PageRequest.first(100)).items().stream()
                .map(GraphSummary::id).toList();

        assertThat(ids).containsExactlyElementsOf(newestFirst(mine));
        assertThat(storage.graphs().countByOwner(owner.id())).isEqualTo(6);
        assertThat(storage.graphs().countByOwner(stranger.id())).isEqualTo(1);
        assertThat(storage.graphs().countByOwner(UUID.randomUUID())).isZero();
    }

    @Test
    void newVersion_movesTheGraphToTheFrontOfTheList() {
        User owner = newUser();
        Graph old = newGraph(owner.id(), T0);
        newGraph(owner.id(), at(10));

        storage.graphs().insertVersion(graphVersion(old.id(), 2, owner.id(), at(20)));

        GraphSummary first = storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items().getFirst();
        assertThat(first.id()).isEqualTo(old.id());
        assertThat(first.version()).isEqualTo(2);
        assertThat(first.name()).isEqualTo("graph v2");
        assertThat(first.updatedAt()).isEqualTo(at(20));
    }

    @Test
    void listByOwner_pagesThroughEveryGraphExactlyOnce() {
        User owner = newUser();
        List<Graph> mine = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            mine.add(newGraph(owner.id(), at(i % 4)));
        }

        List<UUID> seen = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        int pages = 0;
        do {
            Page<GraphSummary> page = storage.graphs().listByOwner(owner.id(), new PageRequest(3, after, false));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            page.items().forEach(s -> seen.add(s.id()));
            after = page.next();
            pages++;
        } while (after.isPresent() && pages < 20);

        assertThat(seen).containsExactlyElementsOf(newestFirst(mine));
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void listByOwner_exactPageFit_hasNoNextCursor() {
        User owner = newUser();
        newGraph(owner.id(), T0);
        newGraph(owner.id(), at(1));

        Page<GraphSummary> page = storage.graphs().listByOwner(owner.id(), PageRequest.first(2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void listByOwner_withoutExecutions_hasZeroCountAndNullStatistics() {
        User owner = newUser();
        newGraph(owner.id(), T0);

        GraphSummary s = storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items().getFirst();

        assertThat(s.executionCount()).isZero();
        assertThat(s.lastExecutionAt()).isNull();
        assertThat(s.successRate()).isNull();
    }

    @Test
    void listByOwner_statisticsCoverEveryVersion_andIgnoreOtherGraphs() {
        User owner = newUser();
        Graph v1 = newGraph(owner.id(), T0);
        Graph v2 = graphVersion(v1.id(), 2, owner.id(), at(1));
        storage.graphs().insertVersion(v2);
        newExecution(v1, at(10), ExecutionStatus.COMPLETED);
        newExecution(v2, at(30), ExecutionStatus.COMPLETED);
        newExecution(v2, at(20), ExecutionStatus.FAILED);
        newExecution(v2, at(25), ExecutionStatus.COMPLETED);
        Graph other = newGraph(owner.id(), at(0));
        newExecution(other, at(99), ExecutionStatus.RUNNING);

        List<GraphSummary> items = storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items();

        GraphSummary s = items.stream().filter(x -> x.id().equals(v1.id())).findFirst().orElseThrow();
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.executionCount()).isEqualTo(4);
        assertThat(s.lastExecutionAt()).isEqualTo(at(30));
        assertThat(s.successRate()).isEqualTo(0.75);
        assertThat(s.updatedAt()).isEqualTo(at(1));
        GraphSummary o = items.stream().filter(x -> x.id().equals(other.id())).findFirst().orElseThrow();
        assertThat(o.executionCount()).isEqualTo(1);
        assertThat(o.successRate()).isEqualTo(0.0);
    }

    @Test
    void executions_doNotChangeUpdatedAt() {
        User owner = newUser();
        Graph g = newGraph(owner.id(), T0);
        newExecution(g, at(50), ExecutionStatus.COMPLETED);

        GraphSummary s = storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items().getFirst();

        assertThat(s.updatedAt()).isEqualTo(T0);
    }

    /** Ids in list order: updated_at descending, then id descending (as Postgres orders uuids: by text). */
    private static List<UUID> newestFirst(List<Graph> graphs) {
        return graphs.stream()
                .sorted(Comparator.comparing(Graph::updatedAt, Comparator.<Instant>reverseOrder())
                        .thenComparing(g -> g.id().toString(), Comparator.reverseOrder()))
                .map(Graph::id)
                .toList();
    }
}
