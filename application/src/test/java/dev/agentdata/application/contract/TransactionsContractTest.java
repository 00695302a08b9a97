package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.user.User;

/** What every {@link dev.agentdata.application.port.out.Transactions} must do with the repositories of its storage. */
public abstract class TransactionsContractTest extends StorageContractSupport {

    /** Thrown by a unit of work on purpose. */
    private static final class Abort extends RuntimeException {
        Abort() {
            super("abort");
        }
    }

    @Test
    void completedUnitOfWork_commitsEveryChange_andReturnsItsResult() {
        UUID userId = UUID.randomUUID();

        Graph g = storage.transactions().inTransaction(() -> {
            storage.users().insertIfAbsent(User.fromClaims(userId, "tx@example.com", "Tx", T0));
            return newGraph(userId, T0);
        });

        assertThat(storage.users().findById(userId)).isPresent();
        assertThat(storage.graphs().findActive(g.userId(), g.id())).contains(g);
    }

    @Test
    void run_commitsToo() {
        UUID userId = UUID.randomUUID();

        storage.transactions().run(() -> storage.users().insertIfAbsent(User.fromClaims(userId, "run@example.com", null, T0)));

        assertThat(storage.users().findById(userId)).isPresent();
    }

    @Test
    void givenUnitOfWorkThatThrows_everyRepositoryChangeIsRolledBack() {
        User owner = newUser();
        Graph g = newGraph(owner.id(), T0);
        Graph doomed = newGraph(owner.id(), at(1));
        GraphExecution started = newExecution(g, at(2), ExecutionStatus.RUNNING);
        NodeExecution running = newNode(started, at(3), ExecutionStatus.RUNNING);
        NodeExecution queued = newNode(started, at(3), ExecutionStatus.QUEUED);
        GraphExecution e = reload(started);
        GraphExecution doomedRun = newExecution(doomed, at(4));
        List<GraphSummary> summariesBefore = storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items();
        UUID newUserId = UUID.randomUUID();
        Abort abort = new Abort();

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.users().insertIfAbsent(User.fromClaims(newUserId, "new@example.com", "New", at(5)));
            storage.users().update(owner.withProfile("changed@example.com", "Changed", "Europe/Paris", "fr-FR",
                    Map.of("k", "v"), at(5)));
            storage.graphs().insertVersion(graphVersion(g.id(), 2, owner.id(), at(5)));
            storage.graphs().setActiveVersion(g.userId(), g.id(), 1, at(6));
            newGraph(owner.id(), at(6));
            newExecution(g, at(6));
            newNode(e, "out", at(6));
            storage.executions().transitionNode(e.userId(), e.id(), running.id(),
                    new NodeTransition(ExecutionStatus.COMPLETED, at(6), null, null, 5L)).orElseThrow();
            storage.executions().transition(e.userId(), e.id(),
                    GraphTransition.to(ExecutionStatus.CANCELLED, at(7), Map.of("o", "x"), "stop")).orElseThrow();
            storage.graphs().delete(doomed.userId(), doomed.id());
            throw abort;
        })).isSameAs(abort);

        assertThat(storage.users().findById(newUserId)).isEmpty();
        assertThat(storage.users().findById(owner.id())).contains(owner);
        assertThat(storage.graphs().maxVersion(g.userId(), g.id())).hasValue(1);
        assertThat(storage.graphs().findActive(g.userId(), g.id())).contains(g);
        assertThat(storage.graphs().findActive(doomed.userId(), doomed.id())).contains(doomed);
        assertThat(storage.graphs().listByOwner(owner.id(), PageRequest.first(10)).items())
                .containsExactlyElementsOf(summariesBefore);
        assertThat(storage.executions().find(e.userId(), e.id())).contains(e);
        assertThat(nodesOf(e)).containsExactly(running, queued);
        assertThat(storage.executions().find(doomedRun.userId(), doomedRun.id())).contains(doomedRun);
        assertThat(storage.executions().count(new dev.agentdata.application.port.out.ExecutionFilter(
                owner.id(), null, null))).isEqualTo(2);
    }

    @Test
    void givenFreshUserRolledBack_itsEmailIsFreeAgain() {
        UUID first = UUID.randomUUID();

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.users().insertIfAbsent(User.fromClaims(first, "free@example.com", null, T0));
            throw new Abort();
        })).isInstanceOf(Abort.class);

        User other = newUser();
        User taken = storage.users().update(other.withProfile("free@example.com", null, null, null, null, at(1)));
        assertThat(storage.users().findById(other.id())).contains(taken);
    }

    @Test
    void nestedUnitOfWork_joinsTheOuterOne() {
        UUID userId = UUID.randomUUID();

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.transactions().run(() -> storage.users().insertIfAbsent(
                    User.fromClaims(userId, "nested@example.com", null, T0)));
            assertThat(storage.users().findById(userId)).isPresent();
            throw new Abort();
        })).isInstanceOf(Abort.class);

        assertThat(storage.users().findById(userId)).isEmpty();
    }

    @Test
    void afterARollback_theStorageKeepsWorking() {
        User owner = newUser();
        assertThatThrownBy(() -> storage.transactions().run(() -> {
            newGraph(owner.id(), T0);
            throw new Abort();
        })).isInstanceOf(Abort.class);

        Graph g = storage.transactions().inTransaction(() -> newGraph(owner.id(), at(1)));

        assertThat(storage.graphs().countByOwner(owner.id())).isEqualTo(1);
        assertThat(storage.graphs().findActive(g.userId(), g.id())).contains(g);
    }
}
