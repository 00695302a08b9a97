package dev.agentdata.adapter.postgres.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.ops.TimeoutStuckExecutionsService;
import dev.agentdata.domain.common.DomainException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** The sweeper against live completions on Postgres: every run ends exactly once, nothing is overwritten. */
class PostgresSweepRaceTest {
    private static final PostgresStorage STORAGE = TestDatabase.freshStorage();
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @AfterAll
    static void dispose() {
        TestDatabase.dispose(STORAGE);
    }

    @Test
    void givenStuckRunsCompletingWhileTheSweepRuns_eachEndsOnceAndCompletionsAreNeverOverwritten() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UUID user = Fixtures.newUser(STORAGE);
        Graph g = Fixtures.graph(UUID.randomUUID(), 1, user, 2, NOW.minus(Duration.ofDays(1)));
        STORAGE.transactions().run(() -> STORAGE.graphs().insertVersion(g));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            GraphExecution e = Fixtures.execution(g, user, NOW.minus(Duration.ofHours(8)));
            STORAGE.transactions().run(() -> {
                STORAGE.executions().create(e);
                STORAGE.executions().transition(user, e.id(),
                        GraphTransition.to(ExecutionStatus.RUNNING, NOW.minus(Duration.ofHours(7)), null, null));
            });
            ids.add(e.id());
        }
        var sweeper = new TimeoutStuckExecutionsService(new PostgresExecutionMaintenance(STORAGE.dataSource(), STORAGE.schema()),
                STORAGE.executions(), clock);
        var transitions = new ExecutionTransitionService(STORAGE.executions(), clock);
        UserContext owner = UserContext.ofToken(user, false);
        AtomicInteger completed = new AtomicInteger();

        CompletableFuture<Void> completer = CompletableFuture.runAsync(() -> {
            for (UUID id : ids.reversed()) {
                try {
                    transitions.transition(owner, new TransitionCommand(id, ExecutionStatus.COMPLETED, null, null));
                    completed.incrementAndGet();
                } catch (DomainException alreadyTimedOut) {
                    // the sweeper got there first: a 409 for the client, as for any other race
                }
            }
        });
        SweepResult sweep = sweeper.timeoutStuck(Duration.ofHours(6), Duration.ofHours(24));
        completer.join();

        List<GraphExecution> after = ids.stream().map(id -> STORAGE.executions().find(user, id).orElseThrow()).toList();
        long timedOut = after.stream().filter(e -> e.status() == ExecutionStatus.TIMEOUT).count();
        assertThat(after).allMatch(e -> e.status() == ExecutionStatus.TIMEOUT || e.status() == ExecutionStatus.COMPLETED);
        assertThat(timedOut).isEqualTo(sweep.timedOut());
        assertThat(completed.get() + timedOut).isEqualTo(ids.size());
        assertThat(after).filteredOn(e -> e.status() == ExecutionStatus.COMPLETED)
                .allMatch(e -> e.errorMessage() == null);
    }
}
