package dev.agentdata.application.service.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.execution.ExecutionStateException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Execution use cases, on each storage adapter that runs them. */
public abstract class ExecutionServiceTest extends UseCaseTest {
    private final UserContext ada = app.newActor();
    private final UserContext bob = app.newActor();

    private GraphExecution move(UserContext actor, GraphExecution e, ExecutionStatus to) {
        return app.transitions.transition(actor, new TransitionCommand(e.id(), to, null, null));
    }

    private NodeExecution moveNode(NodeExecution n, ExecutionStatus to, Long cost) {
        return app.nodes.transition(ada, new NodeTransitionCommand(n.graphExecutionId(), n.id(), to, null, null, cost));
    }

    @Test
    void start_withoutVersion_queuesARunOfTheActiveVersion() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("g"));
        app.graphCommands.update(ada, g.id(), WiredServices.inputToOutput("g2"));

        GraphExecution e = app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", "x")));

        assertThat(e.status()).isEqualTo(ExecutionStatus.QUEUED);
        assertThat(e.graphVersion()).isEqualTo(2);
        assertThat(e.userId()).isEqualTo(ada.userId());
        assertThat(app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.of(1), Map.of("in", "x")))
                .graphVersion()).isEqualTo(1);
    }

    @Test
    void missingVersion_start_isNotFound() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("g"));

        assertThatThrownBy(() -> app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.of(7), Map.of("in", 1))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void graphDeletedBetweenTheReadAndTheInsert_start_isNotFound_andStoresNothing() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("g"));
        // the real repository, with the graph deleted right before the insert (after the service read the version)
        java.util.concurrent.atomic.AtomicBoolean deleted = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutionRepository racing = (ExecutionRepository) Proxy.newProxyInstance(
                ExecutionRepository.class.getClassLoader(), new Class<?>[] {ExecutionRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("create") && deleted.compareAndSet(false, true)) {
                        app.graphCommands.delete(ada, g.id());
                    }
                    try {
                        return method.invoke(app.executionRepo, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StartExecutionService starts = new StartExecutionService(racing, app.access, app.blocks, app.ids, app.clock);

        assertThatThrownBy(() -> starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(),
                Map.of("in", "x")))).isInstanceOf(NotFoundException.class);
        assertThat(app.executionQueries.list(ada, new ExecutionQuery(null, null), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anOutdatedActiveHint_start_insertsARunOfTheVersionActiveNow() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("g"));
        Graph v1 = app.graphRepo.findActive(ada.userId(), g.id()).orElseThrow();
        app.graphCommands.update(ada, g.id(), WiredServices.inputToOutput("g2"));
        // a cache that still holds version 1 as active, as after another server's activation of version 2
        GraphRepository outdated = (GraphRepository) Proxy.newProxyInstance(
                GraphRepository.class.getClassLoader(), new Class<?>[] {GraphRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findActiveHint")) {
                        return Optional.of(v1);
                    }
                    try {
                        return method.invoke(app.graphRepo, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StartExecutionService starts = new StartExecutionService(app.executionRepo, new GraphAccess(outdated),
                app.blocks, app.ids, app.clock);

        GraphExecution e = starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", "x")));

        assertThat(e.graphVersion()).isEqualTo(2);
        assertThat(app.executionQueries.get(ada, e.id()).execution().graphVersion()).isEqualTo(2);
        assertThat(app.executionQueries.list(ada, new ExecutionQuery(null, null), PageRequest.first(10)).items())
                .hasSize(1);
    }

    @Test
    void unfedRequiredInput_start_isValidationErrorWithItsPath() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("g"));

        assertThatThrownBy(() -> app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.violations())
                        .extracting(Violation::path).containsExactly("nodes[0].input_default.value"));
        assertThat(app.executionQueries.list(ada, new ExecutionQuery(null, null), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void givenRunningExecution_completeThenMore_isIllegalWithCurrentStatus() {
        GraphExecution e = app.startedRun(ada);
        move(ada, e, ExecutionStatus.RUNNING);

        GraphExecution done = app.transitions.transition(ada,
                new TransitionCommand(e.id(), ExecutionStatus.COMPLETED, Map.of("answer", "42"), null));

        assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(done.outputs()).isEqualTo(Map.of("answer", "42"));
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.endedAt()).isNotNull();
        assertThatThrownBy(() -> move(ada, e, ExecutionStatus.RUNNING))
                .isInstanceOfSatisfying(IllegalTransitionException.class, ex -> {
                    assertThat(ex.from()).isEqualTo(ExecutionStatus.COMPLETED);
                    assertThat(ex.to()).isEqualTo(ExecutionStatus.RUNNING);
                });
    }

    @Test
    void givenActiveNode_complete_isStateConflict_andNothingChanges() {
        GraphExecution e = app.startedRun(ada);
        move(ada, e, ExecutionStatus.RUNNING);
        app.nodes.add(ada, e.id(), "in", Map.of());

        assertThatThrownBy(() -> move(ada, e, ExecutionStatus.COMPLETED)).isInstanceOf(ExecutionStateException.class);
        assertThat(app.executionQueries.get(ada, e.id()).execution().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void givenRunningExecution_cancel_endsCancelled_andCascadesToActiveNodes() {
        GraphExecution e = app.startedRun(ada);
        move(ada, e, ExecutionStatus.RUNNING);
        NodeExecution done = app.nodes.add(ada, e.id(), "in", Map.of());
        moveNode(done, ExecutionStatus.RUNNING, null);
        moveNode(done, ExecutionStatus.COMPLETED, 0L);
        NodeExecution running = app.nodes.add(ada, e.id(), "out", Map.of());
        moveNode(running, ExecutionStatus.RUNNING, null);
        app.nodes.add(ada, e.id(), "out", Map.of());

        GraphExecution cancelled = app.transitions.cancel(ada, e.id());

        assertThat(cancelled.status()).isEqualTo(ExecutionStatus.CANCELLED);
        ExecutionDetails details = app.executionQueries.get(ada, e.id());
        assertThat(details.nodeExecutions()).extracting(NodeExecution::status)
                .containsExactly(ExecutionStatus.COMPLETED, ExecutionStatus.CANCELLED, ExecutionStatus.CANCELLED);
        assertThatThrownBy(() -> app.transitions.cancel(ada, e.id())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anotherUsersExecution_isNotFound_forEveryUseCase() {
        GraphExecution e = app.startedRun(ada);
        NodeExecution n = app.nodes.add(ada, e.id(), "in", Map.of());

        assertThatThrownBy(() -> app.executionQueries.get(bob, e.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> move(bob, e, ExecutionStatus.RUNNING)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.transitions.cancel(bob, e.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.nodes.add(bob, e.id(), "in", Map.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.nodes.transition(bob, new NodeTransitionCommand(e.id(), n.id(),
                ExecutionStatus.RUNNING, null, null, null))).isInstanceOf(NotFoundException.class);
        assertThat(app.executionQueries.list(bob, new ExecutionQuery(null, null), PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> app.transitions.cancel(ada, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownNodeId_addNode_isValidationError_evenWhenTheExecutionEnded() {
        GraphExecution e = app.startedRun(ada);
        app.transitions.cancel(ada, e.id());

        assertThatThrownBy(() -> app.nodes.add(ada, e.id(), "ghost", Map.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        ex -> assertThat(ex.violations().getFirst().path()).isEqualTo("node_id"));
        assertThatThrownBy(() -> app.nodes.add(ada, e.id(), "in", Map.of())).isInstanceOf(ExecutionStateException.class);
    }

    @Test
    void badCost_transitionNode_isValidationError() {
        GraphExecution e = app.startedRun(ada);
        NodeExecution n = app.nodes.add(ada, e.id(), "in", Map.of());

        assertThatThrownBy(() -> moveNode(n, ExecutionStatus.RUNNING, 5L))
                .isInstanceOfSatisfying(ValidationException.class,
                        ex -> assertThat(ex.violations().getFirst().path()).isEqualTo("execution_cost"));
        assertThatThrownBy(() -> moveNode(n, ExecutionStatus.COMPLETED, -1L))
                .isInstanceOfSatisfying(ValidationException.class,
                        ex -> assertThat(ex.violations().getFirst().path()).isEqualTo("execution_cost"));
    }

    @Test
    void givenEndedExecution_transitionNode_isStateConflict() {
        GraphExecution e = app.startedRun(ada);
        NodeExecution n = app.nodes.add(ada, e.id(), "in", Map.of());
        move(ada, e, ExecutionStatus.RUNNING);
        moveNode(n, ExecutionStatus.RUNNING, null);
        moveNode(n, ExecutionStatus.COMPLETED, null);
        move(ada, e, ExecutionStatus.COMPLETED);

        assertThatThrownBy(() -> moveNode(n, ExecutionStatus.FAILED, null)).isInstanceOf(ExecutionStateException.class);
    }

    @Test
    void illegalNodeTransition_isIllegalTransitionFromTheCurrentStatus() {
        GraphExecution e = app.startedRun(ada);
        NodeExecution n = app.nodes.add(ada, e.id(), "in", Map.of());

        assertThatThrownBy(() -> moveNode(n, ExecutionStatus.COMPLETED, null))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        ex -> assertThat(ex.from()).isEqualTo(ExecutionStatus.QUEUED));
        assertThatThrownBy(() -> app.nodes.transition(ada, new NodeTransitionCommand(e.id(), UUID.randomUUID(),
                ExecutionStatus.RUNNING, null, null, null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void completedNode_isCharged_andAFailingChargeUndoesTheTransition() {
        GraphExecution e = app.startedRun(ada);
        NodeExecution paid = app.nodes.add(ada, e.id(), "in", Map.of());
        moveNode(paid, ExecutionStatus.RUNNING, null);

        NodeExecution done = moveNode(paid, ExecutionStatus.COMPLETED, 7L);

        assertThat(app.charged).containsExactly(done);
        NodeExecution unpaid = app.nodes.add(ada, e.id(), "out", Map.of());
        moveNode(unpaid, ExecutionStatus.RUNNING, null);
        app.charger = (ex, n) -> {
            throw new IllegalStateException("no credits");
        };
        assertThatThrownBy(() -> moveNode(unpaid, ExecutionStatus.COMPLETED, 9L)).hasMessage("no credits");
        assertThat(app.executionRepo.findNode(ada.userId(), e.id(), unpaid.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void sixteenConcurrentCancels_exactlyOneWins_theRestAreIllegal() throws Exception {
        GraphExecution e = app.startedRun(ada);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<GraphExecution>>> futures = new ArrayList<>();
        Callable<Optional<GraphExecution>> cancel = () -> {
            go.await();
            try {
                return Optional.of(app.transitions.cancel(ada, e.id()));
            } catch (IllegalTransitionException ex) {
                return Optional.empty();
            }
        };
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit(cancel));
        }
        go.countDown();
        int wins = 0;
        for (Future<Optional<GraphExecution>> f : futures) {
            wins += f.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(wins).isEqualTo(1);
    }

    @Test
    void list_filtersNewestFirst_withTotalWhenAsked() {
        GraphExecution first = app.startedRun(ada);
        clock.advanceMillis(1);
        GraphExecution second = app.startedRun(ada);
        move(ada, second, ExecutionStatus.RUNNING);
        clock.advanceMillis(1);
        GraphExecution third = app.startedRun(ada);

        Page<GraphExecution> all = app.executionQueries.list(ada, new ExecutionQuery(null, null),
                new PageRequest(2, Optional.empty(), true));
        Page<GraphExecution> rest = app.executionQueries.list(ada, new ExecutionQuery(null, null),
                new PageRequest(2, all.next(), false));
        Page<GraphExecution> running = app.executionQueries.list(ada,
                new ExecutionQuery(Optional.of(ExecutionStatus.RUNNING), null), new PageRequest(10, Optional.empty(), true));
        Page<GraphExecution> ofGraph = app.executionQueries.list(ada,
                new ExecutionQuery(null, Optional.of(first.graphId())), PageRequest.first(10));

        assertThat(all.items()).extracting(GraphExecution::id).containsExactly(third.id(), second.id());
        assertThat(all.total()).hasValue(3);
        assertThat(rest.items()).extracting(GraphExecution::id).containsExactly(first.id());
        assertThat(rest.next()).isEmpty();
        assertThat(running.items()).extracting(GraphExecution::id).containsExactly(second.id());
        assertThat(running.total()).hasValue(1);
        assertThat(ofGraph.items()).extracting(GraphExecution::id).containsExactly(first.id());
    }
}
