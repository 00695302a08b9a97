package dev.agentdata.adapter.postgres.graph;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;

/** Postgres-specific graph behaviour beyond the contract: batched nodes, version bookkeeping, stats pages. */
class GraphRepositoryBehaviourTest {
    private static PostgresStorage storage;
    private static GraphRepository graphs;
    private static ExecutionRepository executions;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        graphs = storage.graphs();
        executions = storage.executions();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void givenStoredVersion_findVersion_returnsNodesAndLinksInOrder() {
        Graph g = Fixtures.graph(UUID.randomUUID(), 1, Fixtures.newUser(storage), 50, at(0));
        graphs.insertVersion(g);
        Graph found = graphs.findVersion(g.userId(), g.id(), 1).orElseThrow();
        assertThat(found).isEqualTo(g);
        assertThat(graphs.exists(g.userId(), g.id())).isTrue();
        assertThat(graphs.maxVersion(g.userId(), g.id())).hasValue(1);
    }

    @Test
    void givenSecondVersion_insertVersion_makesItTheOnlyActiveOneAndMovesUpdatedAt() {
        UUID id = UUID.randomUUID();
        UUID owner = Fixtures.newUser(storage);
        graphs.insertVersion(Fixtures.graph(id, 1, owner, 2, at(0)));
        graphs.insertVersion(Fixtures.graph(id, 2, owner, 3, at(10)));
        assertThat(graphs.findActive(owner, id)).map(Graph::version).contains(2);
        assertThat(graphs.findVersion(owner, id, 1).orElseThrow().active()).isFalse();
        assertThat(graphs.findVersion(owner, id, 1).orElseThrow().updatedAt()).isEqualTo(at(10));
        assertThat(graphs.listVersions(owner, id)).extracting(v -> v.version() + ":" + v.active()).containsExactly("2:true", "1:false");
        assertThat(graphs.maxVersion(owner, id)).hasValue(2);
    }

    @Test
    void givenVersions_setActiveVersion_switchesAndRejectsUnknownVersion() {
        UUID id = UUID.randomUUID();
        UUID owner = Fixtures.newUser(storage);
        graphs.insertVersion(Fixtures.graph(id, 1, owner, 2, at(0)));
        graphs.insertVersion(Fixtures.graph(id, 2, owner, 2, at(1)));
        assertThat(graphs.setActiveVersion(owner, id, 1, at(20))).isTrue();
        assertThat(graphs.findActive(owner, id).orElseThrow()).satisfies(g -> {
            assertThat(g.version()).isEqualTo(1);
            assertThat(g.updatedAt()).isEqualTo(at(20));
        });
        assertThat(graphs.setActiveVersion(owner, id, 7, at(30))).isFalse();
        assertThat(graphs.findActive(owner, id).orElseThrow().version()).isEqualTo(1);
        assertThat(graphs.setActiveVersion(owner, UUID.randomUUID(), 1, at(30))).isFalse();
    }

    @Test
    void givenGraphWithExecutions_delete_removesVersionsAndExecutions() {
        UUID owner = Fixtures.newUser(storage);
        Graph g = Fixtures.graph(UUID.randomUUID(), 1, owner, 3, at(0));
        graphs.insertVersion(g);
        GraphExecution e = Fixtures.execution(g, owner, at(1));
        executions.create(e);
        assertThat(graphs.delete(owner, g.id())).isTrue();
        assertThat(graphs.findVersion(owner, g.id(), 1)).isEmpty();
        assertThat(executions.find(owner, e.id())).isEmpty();
        assertThat(graphs.delete(owner, g.id())).isFalse();
        assertThat(graphs.maxVersion(owner, g.id())).isEmpty();
        assertThat(graphs.listVersions(owner, g.id())).isEmpty();
    }

    @Test
    void givenOwnerGraphs_listByOwner_pagesNewestUpdatedFirstWithStats() {
        UUID owner = Fixtures.newUser(storage);
        List<Graph> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Graph g = Fixtures.graph(UUID.randomUUID(), 1, owner, 1, at(i < 4 ? 100 : 100 + i));
            graphs.insertVersion(g);
            made.add(g);
        }
        graphs.insertVersion(Fixtures.graph(made.get(0).id(), 2, owner, 1, at(500)));
        Graph stats = made.get(1);
        for (int i = 0; i < 4; i++) {
            GraphExecution e = Fixtures.execution(stats, Fixtures.newUser(storage), at(1000 + i));
            executions.create(e);
            if (i < 3) {
                executions.transition(e.userId(), e.id(), GraphTransition.to(ExecutionStatus.FAILED, at(2000), null, "x"));
            }
        }
        List<GraphSummary> all = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        do {
            Page<GraphSummary> p = graphs.listByOwner(owner, new PageRequest(3, cursor, true));
            assertThat(p.items()).hasSizeLessThanOrEqualTo(3);
            all.addAll(p.items());
            cursor = p.next();
        } while (cursor.isPresent());
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThat(all.getFirst().id()).isEqualTo(made.get(0).id());
        assertThat(all.getFirst().version()).isEqualTo(2);
        for (int i = 1; i < all.size(); i++) {
            GraphSummary a = all.get(i - 1);
            GraphSummary b = all.get(i);
            assertThat(a.updatedAt().isAfter(b.updatedAt())
                    || a.updatedAt().equals(b.updatedAt()) && a.id().toString().compareTo(b.id().toString()) > 0).isTrue();
        }
        GraphSummary s = all.stream().filter(x -> x.id().equals(stats.id())).findFirst().orElseThrow();
        assertThat(s.executionCount()).isEqualTo(4);
        assertThat(s.lastExecutionAt()).isEqualTo(at(1003));
        assertThat(s.successRate()).isEqualTo(0.0);
        assertThat(all.stream().filter(x -> x.executionCount() == 0)).allSatisfy(x -> assertThat(x.successRate()).isNull());
        assertThat(graphs.countByOwner(owner)).isEqualTo(7);
    }
}
