package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ExecutionEventLog.UserEventBatch;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;
import dev.agentdata.domain.execution.ExecutionEvent.Type;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.graph.Graph;

/**
 * What every storage must keep of the execution-event outbox: each change (creation, status change, cascade) has
 * exactly one event written with it, numbered 1, 2, 3, ... per execution without a gap (also under concurrent
 * writers); a change that does not apply or is rolled back leaves none; pruning deletes them; the user stream sees
 * only graph-level events after its cursor.
 */
public abstract class ExecutionEventLogContractTest extends StorageContractSupport {

    private List<ExecutionEvent> eventsOf(GraphExecution e) {
        return storage.events().after(e.userId(), e.id(), 0, 1000).orElseThrow();
    }

    private static List<String> kinds(List<ExecutionEvent> events) {
        return events.stream().map(ev -> ev.seq() + ":" + ev.type().wireName() + ":"
                + (ev.graph() != null ? ev.graph().status() : ev.node().status()).wireName()).toList();
    }

    @Test
    void aLifecycle_hasOneEventPerChange_inSeqOrder_withTheValuesAfterEachChange() {
        Graph g = newGraph(newUser().id(), T0);
        GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
        NodeExecution n = newNode(e, at(2), ExecutionStatus.RUNNING);
        NodeExecution done = storage.executions().transitionNode(e.userId(), e.id(), n.id(),
                new NodeTransition(ExecutionStatus.COMPLETED, at(3), Map.of("r", 1), null, 0L)).orElseThrow().value();
        GraphExecution completed = move(e, ExecutionStatus.COMPLETED, at(4));

        List<ExecutionEvent> events = eventsOf(e);

        assertThat(kinds(events)).containsExactly("1:graph_execution:queued", "2:graph_execution:running",
                "3:node_execution:queued", "4:node_execution:running", "5:node_execution:completed",
                "6:graph_execution:completed");
        assertThat(events.get(4).node()).isEqualTo(done);
        assertThat(events.get(5).graph()).isEqualTo(completed);
        assertThat(events.get(5).endsExecution()).isTrue();
        assertThat(events).allMatch(ev -> ev.executionId().equals(e.id()) && ev.userId().equals(e.userId()));
        assertThat(storage.events().after(e.userId(), e.id(), 4, 1).orElseThrow()).extracting(ExecutionEvent::seq)
                .containsExactly(5L);
    }

    @Test
    void aCascade_writesTheNodeEventsBeforeTheGraphEvent() {
        Graph g = newGraph(newUser().id(), T0);
        GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
        newNode(e, at(2), ExecutionStatus.QUEUED);
        newNode(e, at(2), ExecutionStatus.COMPLETED);
        newNode(e, at(2), ExecutionStatus.RUNNING);
        int before = eventsOf(e).size();

        move(e, ExecutionStatus.CANCELLED, at(5));

        List<ExecutionEvent> cascade = eventsOf(e).subList(before, before + 3);
        assertThat(kinds(cascade)).containsExactly((before + 1) + ":node_execution:cancelled",
                (before + 2) + ":node_execution:cancelled", (before + 3) + ":graph_execution:cancelled");
        assertThat(eventsOf(e)).hasSize(before + 3);
    }

    @Test
    void changesThatDoNotApply_leaveNoEvent() {
        Graph g = newGraph(newUser().id(), T0);
        GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
        NodeExecution n = newNode(e, at(2), ExecutionStatus.RUNNING);
        int before = eventsOf(e).size();

        assertThat(storage.executions().transition(e.userId(), e.id(),
                GraphTransition.to(ExecutionStatus.COMPLETED, at(3), null, null)))
                .isNotInstanceOf(TransitionOutcome.Applied.class);
        assertThat(storage.executions().transitionNode(e.userId(), e.id(), n.id(),
                new NodeTransition(ExecutionStatus.QUEUED, at(3), null, null, null)))
                .isNotInstanceOf(TransitionOutcome.Applied.class);
        assertThat(storage.executions().transition(UUID.randomUUID(), e.id(),
                GraphTransition.to(ExecutionStatus.FAILED, at(3), null, null)))
                .isNotInstanceOf(TransitionOutcome.Applied.class);

        assertThat(eventsOf(e)).hasSize(before);
    }

    @Test
    void aRolledBackUnitOfWork_leavesNeitherTheChangeNorItsEvent() {
        Graph g = newGraph(newUser().id(), T0);
        GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
        NodeExecution n = newNode(e, at(2), ExecutionStatus.RUNNING);
        int before = eventsOf(e).size();

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.executions().transitionNode(e.userId(), e.id(), n.id(),
                    new NodeTransition(ExecutionStatus.COMPLETED, at(3), null, null, 5L)).orElseThrow();
            newNode(e, "out", at(3));
            throw new IllegalStateException("insufficient credits, say");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(eventsOf(e)).hasSize(before);
        assertThat(reload(e).stats().running()).isEqualTo(1);
        newNode(e, "out", at(4));
        assertThat(eventsOf(e)).extracting(ExecutionEvent::seq).last().isEqualTo((long) before + 1);
    }

    @Test
    void concurrentChangesOnOneExecution_getGaplessSeqs_oneEventEach() throws Exception {
        Graph g = newGraph(newUser().id(), T0);
        GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
        AtomicInteger applied = new AtomicInteger(2);
        ConcurrentTasks.race(16, i -> {
            NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), "in", Map.of(), at(2));
            if (storage.executions().addNode(e.userId(), new NodeCreation(n)) instanceof TransitionOutcome.Applied<?>) {
                applied.incrementAndGet();
                for (ExecutionStatus to : List.of(ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED)) {
                    if (storage.executions().transitionNode(e.userId(), e.id(), n.id(), new NodeTransition(to, at(3),
                            null, null, null)) instanceof TransitionOutcome.Applied<?>) {
                        applied.incrementAndGet();
                    }
                }
            }
            return null;
        });

        List<ExecutionEvent> events = eventsOf(e);
        assertThat(events).extracting(ExecutionEvent::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, applied.get()).boxed().toList());
        assertThat(events.stream().filter(ev -> ev.type() == Type.NODE_EXECUTION)).hasSize(16 * 3);
    }

    @Test
    void anotherUsersExecution_hasNoEventsToRead() {
        Graph g = newGraph(newUser().id(), T0);
        GraphExecution e = newExecution(g, at(1));

        assertThat(storage.events().after(UUID.randomUUID(), e.id(), 0, 10)).isEmpty();
        assertThat(storage.events().after(e.userId(), UUID.randomUUID(), 0, 10)).isEmpty();
    }

    @Test
    void theUserStream_startsAtNow_carriesGraphEventsOnly_andSendsEachOnce() {
        UUID user = newUser().id();
        Graph g = newGraph(user, T0);
        newExecution(g, at(1), ExecutionStatus.COMPLETED);
        UserEventCursor now = storage.events().userCursorNow(user);

        GraphExecution e = newExecution(g, at(2), ExecutionStatus.RUNNING);
        newNode(e, at(3), ExecutionStatus.RUNNING);
        newExecution(newGraph(newUser().id(), T0), at(2), ExecutionStatus.RUNNING);
        UserEventBatch first = storage.events().userEventsAfter(user, now);

        assertThat(kinds(first.events())).containsExactly("1:graph_execution:queued", "2:graph_execution:running");
        move(e, ExecutionStatus.FAILED, at(4));
        UserEventBatch second = storage.events().userEventsAfter(user, first.next());
        assertThat(second.events()).extracting(ExecutionEvent::seq).containsExactly(6L);
        assertThat(storage.events().userEventsAfter(user, second.next()).events()).isEmpty();
    }

    @Test
    void aResumedUserStream_missesNothingAfterItsToken() {
        UUID user = newUser().id();
        Graph g = newGraph(user, T0);
        UserEventCursor now = storage.events().userCursorNow(user);
        GraphExecution e = newExecution(g, at(1));
        UserEventBatch seen = storage.events().userEventsAfter(user, now);
        String token = seen.next().token(seen.events().getLast().id());
        move(e, ExecutionStatus.RUNNING, at(2));

        UserEventBatch resumed = storage.events().userEventsAfter(user, UserEventCursor.fromToken(token).orElseThrow());

        assertThat(resumed.events()).extracting(ExecutionEvent::seq).contains(2L);
    }

    @Test
    void pruning_deletesTheEventsWithTheirExecution() {
        UUID user = newUser().id();
        Graph g = newGraph(user, T0);
        GraphExecution old = newExecution(g, at(1), ExecutionStatus.COMPLETED);
        GraphExecution kept = newExecution(g, at(1), ExecutionStatus.RUNNING);

        storage.executionMaintenance().pruneFinishedBatch(at(1).plusSeconds(3600), 10);

        assertThat(storage.events().after(user, old.id(), 0, 10)).isEmpty();
        UserEventBatch all = storage.events().userEventsAfter(user, UserEventCursor.at(0));
        assertThat(all.events()).extracting(ExecutionEvent::executionId).containsOnly(kept.id());
        assertThat(eventsOf(kept)).hasSize(2);
    }

    @Test
    void deletingAGraph_deletesItsExecutions_theirNodes_andTheirEvents() {
        UUID user = newUser().id();
        Graph doomed = newGraph(user, T0);
        Graph other = newGraph(user, T0);
        GraphExecution gone = newExecution(doomed, at(1), ExecutionStatus.RUNNING);
        newNode(gone, "in", at(2));
        GraphExecution kept = newExecution(other, at(1), ExecutionStatus.RUNNING);

        assertThat(storage.graphs().delete(doomed.userId(), doomed.id())).isTrue();

        assertThat(storage.executions().findForOperator(gone.id())).isEmpty();
        assertThat(storage.events().after(user, gone.id(), 0, 10)).isEmpty();
        UserEventBatch all = storage.events().userEventsAfter(user, UserEventCursor.at(0));
        assertThat(all.events()).extracting(ExecutionEvent::executionId).containsOnly(kept.id());
        assertThat(eventsOf(kept)).hasSize(2);
    }
}
