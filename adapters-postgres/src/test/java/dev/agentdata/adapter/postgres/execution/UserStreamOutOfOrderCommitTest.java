package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.ExecutionEventLog.UserEventBatch;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;

/**
 * Global event ids are handed out before commit, so a transaction can commit after one that took a higher id. The
 * user stream must still deliver its event: here a slow unit of work takes id n, a quick change takes n+1 and
 * commits first, a reader sees only n+1; a cursor "after n+1" would lose n forever, the stream's must not.
 */
class UserStreamOutOfOrderCommitTest {
    private static PostgresStorage storage;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void anEventCommittedAfterAHigherId_isStillDelivered() throws Exception {
        UUID user = Fixtures.newUser(storage);
        Graph graph = Fixtures.graph(UUID.randomUUID(), 1, user, 2, at(0));
        storage.graphs().insertVersion(graph);
        UserEventCursor cursor = storage.ports().events().userCursorNow(user);
        GraphExecution slow = Fixtures.execution(graph, user, at(1));
        GraphExecution quick = Fixtures.execution(graph, user, at(2));
        CountDownLatch slowWrote = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);

        CompletableFuture<Void> slowUnit = CompletableFuture.runAsync(() -> storage.transactions().run(() -> {
            storage.executions().create(slow);
            slowWrote.countDown();
            await(mayCommit);
        }));
        await(slowWrote);
        storage.executions().create(quick);
        List<ExecutionEvent> delivered = new ArrayList<>();
        UserEventBatch first = storage.ports().events().userEventsAfter(user, cursor);
        delivered.addAll(first.events());
        mayCommit.countDown();
        slowUnit.get(10, TimeUnit.SECONDS);
        UserEventBatch second = storage.ports().events().userEventsAfter(user, first.next());
        delivered.addAll(second.events());
        delivered.addAll(storage.ports().events().userEventsAfter(user, second.next()).events());

        assertThat(first.events()).extracting(ExecutionEvent::executionId).containsExactly(quick.id());
        long slowId = eventIdOf(slow);
        assertThat(slowId).as("the slow writer took the lower id").isLessThan(first.events().getFirst().id());
        assertThat(delivered).extracting(ExecutionEvent::executionId).containsExactly(quick.id(), slow.id());
    }

    private static long eventIdOf(GraphExecution e) throws Exception {
        try (Connection c = storage.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                storage.schema().sql("SELECT id FROM {schema}.execution_events WHERE execution_id = ?"))) {
            ps.setObject(1, e.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
