package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.TransitionGuard;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.execution.TransitionOutcome.Applied;
import dev.agentdata.domain.execution.TransitionOutcome.Blocked;
import dev.agentdata.domain.execution.TransitionOutcome.NotFound;
import dev.agentdata.domain.execution.TransitionOutcome.Refused;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.User;

/** What every {@link dev.agentdata.application.port.out.ExecutionRepository} must do with graph executions. */
public abstract class ExecutionRepositoryContractTest extends StorageContractSupport {

    private Graph graph() {
        return newGraph(newUser().id(), T0);
    }

    private TransitionOutcome<GraphExecution> transition(GraphExecution e, ExecutionStatus to, Instant at) {
        return storage.executions().transition(e.userId(), e.id(), GraphTransition.to(to, at, null, null));
    }

    @Test
    void create_thenFind_returnsItToItsOwnerOnly() {
        GraphExecution e = newExecution(graph(), at(1));

        assertThat(storage.executions().find(e.userId(), e.id())).contains(e);
        assertThat(e.stats()).isEqualTo(ExecutionStats.NONE);
        assertThat(storage.executions().find(e.userId(), UUID.randomUUID())).isEmpty();
        assertThat(storage.executions().find(newUser().id(), e.id())).isEmpty();
        assertThat(storage.executions().findForOperator(e.id())).contains(e);
    }

    @Test
    void create_ofADeletedGraphsVersion_storesNothing() {
        Graph g = graph();
        storage.graphs().delete(g.userId(), g.id());
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), g.id(), g.version(), g.userId(), Map.of(), at(1));

        assertThat(storage.executions().create(e)).isFalse();
        assertThat(storage.executions().findForOperator(e.id())).isEmpty();
        GraphExecution ofMissingVersion = GraphExecution.queued(UUID.randomUUID(), graph().id(), 2, g.userId(),
                Map.of(), at(1));
        assertThat(storage.executions().create(ofMissingVersion)).isFalse();
        assertThat(storage.executions().findForOperator(ofMissingVersion.id())).isEmpty();
    }

    @Test
    void createWhileActive_storesOnlyARunOfTheActiveVersion() {
        Graph v1 = graph();
        GraphExecution onV1 = GraphExecution.queued(UUID.randomUUID(), v1.id(), 1, v1.userId(), Map.of(), at(1));
        assertThat(storage.executions().createWhileActive(onV1)).isTrue();
        storage.graphs().insertVersion(graphVersion(v1.id(), 2, v1.userId(), at(2)));

        GraphExecution again = GraphExecution.queued(UUID.randomUUID(), v1.id(), 1, v1.userId(), Map.of(), at(3));
        assertThat(storage.executions().createWhileActive(again)).as("v1 is no longer active").isFalse();
        assertThat(storage.executions().findForOperator(again.id())).isEmpty();
        assertThat(storage.executions().create(again)).as("a run of an inactive version, asked for by number")
                .isTrue();
        GraphExecution onV2 = GraphExecution.queued(UUID.randomUUID(), v1.id(), 2, v1.userId(), Map.of(), at(3));
        assertThat(storage.executions().createWhileActive(onV2)).isTrue();
        assertThat(storage.executions().find(v1.userId(), onV2.id())).contains(onV2);

        storage.graphs().delete(v1.userId(), v1.id());
        GraphExecution ofDeleted = GraphExecution.queued(UUID.randomUUID(), v1.id(), 2, v1.userId(), Map.of(), at(4));
        assertThat(storage.executions().createWhileActive(ofDeleted)).isFalse();
        assertThat(storage.executions().findForOperator(ofDeleted.id())).isEmpty();
    }

    @Test
    void create_byAnUnknownUser_storesNothing() {
        Graph g = graph();
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), g.id(), g.version(), UUID.randomUUID(), Map.of(),
                at(1));

        assertThat(storage.executions().create(e)).isFalse();
        assertThat(storage.executions().findForOperator(e.id())).isEmpty();
    }

    @Test
    void transition_followsTheStatusTable_andARefusalNamesTheCurrentStatus() {
        Graph g = graph();
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                GraphExecution e = newExecution(g, at(1), from);

                TransitionOutcome<GraphExecution> result = transition(e, to, at(2));

                if (from.canMoveTo(to)) {
                    assertThat(result).as(from + " -> " + to).isInstanceOf(Applied.class);
                } else {
                    assertThat(result).as(from + " -> " + to).isEqualTo(new Refused<>(from, to));
                }
                ExecutionStatus expected = from.canMoveTo(to) ? to : from;
                assertThat(reload(e).status()).as(from + " -> " + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void transition_stampsStartedAndEnded_andReplacesOnlyGivenOutputsAndError() {
        GraphExecution e = newExecution(graph(), at(1));

        GraphExecution running = storage.executions().transition(e.userId(), e.id(),
                GraphTransition.to(ExecutionStatus.RUNNING, at(2), Map.of("partial", "yes"), null)).orElseThrow().value();
        GraphExecution done = storage.executions().transition(e.userId(), e.id(),
                GraphTransition.to(ExecutionStatus.FAILED, at(3), null, "boom")).orElseThrow().value();

        assertThat(running.startedAt()).isEqualTo(at(2));
        assertThat(running.endedAt()).isNull();
        assertThat(done.startedAt()).isEqualTo(at(2));
        assertThat(done.endedAt()).isEqualTo(at(3));
        assertThat(done.outputs()).isEqualTo(Map.of("partial", "yes"));
        assertThat(done.errorMessage()).isEqualTo("boom");
        assertThat(reload(e)).isEqualTo(done);
        assertThat(done).isEqualTo(e.transitionTo(ExecutionStatus.RUNNING, at(2), Map.of("partial", "yes"), null)
                .transitionTo(ExecutionStatus.FAILED, at(3), null, "boom"));
    }

    @Test
    void unknownOrAnotherUsersExecution_transition_isNotFound_andChangesNothing() {
        GraphExecution e = newExecution(graph(), at(1));
        UUID stranger = newUser().id();

        assertThat(storage.executions().transition(e.userId(), UUID.randomUUID(),
                GraphTransition.to(ExecutionStatus.RUNNING, T0, null, null))).isInstanceOf(NotFound.class);
        assertThat(storage.executions().transition(stranger, e.id(),
                GraphTransition.to(ExecutionStatus.RUNNING, at(2), null, null))).isEqualTo(new NotFound<>("execution", e.id()));
        assertThat(reload(e)).isEqualTo(e);
    }

    @Test
    void operatorTransition_ignoresTheOwner_andHonoursANarrowedSource() {
        GraphExecution queued = newExecution(graph(), at(1));
        GraphExecution running = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        GraphTransition timeoutIfQueued = GraphTransition.to(ExecutionStatus.TIMEOUT, at(5), null, "stuck")
                .onlyFrom(ExecutionStatus.QUEUED);

        assertThat(storage.executions().transitionForOperator(running.id(), timeoutIfQueued))
                .isEqualTo(new Refused<>(ExecutionStatus.RUNNING, ExecutionStatus.TIMEOUT));
        GraphExecution timedOut = storage.executions().transitionForOperator(queued.id(), timeoutIfQueued)
                .orElseThrow().value();

        assertThat(timedOut).extracting(GraphExecution::status, GraphExecution::errorMessage, GraphExecution::endedAt)
                .containsExactly(ExecutionStatus.TIMEOUT, "stuck", at(5));
        assertThat(reload(running).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(storage.executions().transitionForOperator(UUID.randomUUID(), timeoutIfQueued))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void givenActiveNodes_complete_isBlocked_fromEitherActiveStatus() {
        for (ExecutionStatus from : ExecutionStatus.activeStatuses()) {
            GraphExecution e = newExecution(graph(), at(1), from);
            newNode(e, at(2), ExecutionStatus.RUNNING);

            assertThat(transition(e, ExecutionStatus.COMPLETED, at(3)))
                    .isEqualTo(new Blocked<>(from, TransitionGuard.NO_ACTIVE_NODES));
            assertThat(reload(e).status()).isEqualTo(from);
        }
    }

    @Test
    void sixteenThreadsRacingTheSameTransition_exactlyOneWins() throws Exception {
        GraphExecution e = newExecution(graph(), at(1));

        List<TransitionOutcome<GraphExecution>> results = race(16, () -> transition(e, ExecutionStatus.RUNNING, at(2)));

        assertThat(results).filteredOn(r -> r instanceof Applied).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof Applied))
                .allMatch(r -> r.equals(new Refused<>(ExecutionStatus.RUNNING, ExecutionStatus.RUNNING)));
        assertThat(reload(e).status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void sixteenThreadsRacingToDifferentEnds_exactlyOneWins() throws Exception {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        List<ExecutionStatus> ends = List.of(ExecutionStatus.COMPLETED, ExecutionStatus.FAILED,
                ExecutionStatus.CANCELLED, ExecutionStatus.TIMEOUT);
        AtomicInteger n = new AtomicInteger();

        List<TransitionOutcome<GraphExecution>> results = race(16,
                () -> transition(e, ends.get(n.getAndIncrement() % 4), at(2)));

        List<GraphExecution> winners = results.stream()
                .flatMap(r -> r instanceof Applied<GraphExecution> a ? Stream.of(a.value()) : Stream.<GraphExecution>empty()).toList();
        assertThat(winners).hasSize(1);
        assertThat(reload(e)).isEqualTo(winners.getFirst());
        assertThat(results).filteredOn(r -> r instanceof Refused)
                .allMatch(r -> ((Refused<?>) r).current() == winners.getFirst().status());
    }

    @Test
    void find_readsTheExecutionInsideAUnitOfWork() {
        GraphExecution e = newExecution(graph(), at(1));

        Optional<GraphExecution> inside = storage.transactions().inTransaction(() -> storage.executions().find(e.userId(), e.id()));
        Optional<GraphExecution> missing = storage.transactions()
                .inTransaction(() -> storage.executions().find(e.userId(), UUID.randomUUID()));

        assertThat(inside).contains(e);
        assertThat(missing).isEmpty();
    }

    @Test
    void list_isNewestFirst_completeOverPages_underEveryFilter() {
        User owner = newUser();
        Graph g1 = newGraph(owner.id(), T0);
        Graph g2 = newGraph(owner.id(), T0);
        List<GraphExecution> mine = new ArrayList<>();
        ExecutionStatus[] statuses = {ExecutionStatus.QUEUED, ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED};
        for (int i = 0; i < 23; i++) {
            Graph g = i % 3 == 0 ? g2 : g1;
            mine.add(newExecution(g, at(i / 3), statuses[i % 2 == 0 ? 1 : (i / 2) % 3]));
        }
        Graph strangers = newGraph(newUser().id(), T0);
        newExecution(strangers, at(5), ExecutionStatus.RUNNING);

        assertListed(owner.id(), Optional.empty(), Optional.empty(), mine, x -> true);
        assertListed(owner.id(), Optional.of(ExecutionStatus.RUNNING), Optional.empty(), mine,
                x -> x.status() == ExecutionStatus.RUNNING);
        assertListed(owner.id(), Optional.empty(), Optional.of(g1.id()), mine, x -> x.graphId().equals(g1.id()));
        assertListed(owner.id(), Optional.of(ExecutionStatus.RUNNING), Optional.of(g2.id()), mine,
                x -> x.status() == ExecutionStatus.RUNNING && x.graphId().equals(g2.id()));
        assertListed(owner.id(), Optional.of(ExecutionStatus.FAILED), Optional.empty(), mine, x -> false);
    }

    private void assertListed(UUID userId, Optional<ExecutionStatus> status, Optional<UUID> graphId,
                              List<GraphExecution> all, Predicate<GraphExecution> matches) {
        ExecutionFilter filter = new ExecutionFilter(userId, status, graphId);
        List<UUID> expected = all.stream().filter(matches)
                .sorted(Comparator.comparing(GraphExecution::createdAt, Comparator.<Instant>reverseOrder())
                        .thenComparing(x -> x.id().toString(), Comparator.reverseOrder()))
                .map(GraphExecution::id).toList();
        List<UUID> seen = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        int pages = 0;
        do {
            Page<GraphExecution> page = storage.executions().list(filter, new PageRequest(4, after, false));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            page.items().forEach(x -> seen.add(x.id()));
            after = page.next();
            pages++;
        } while (after.isPresent() && pages < 50);

        assertThat(seen).as(status + " " + graphId).containsExactlyElementsOf(expected);
        assertThat(storage.executions().count(filter)).as(status + " " + graphId).isEqualTo(expected.size());
    }
}
