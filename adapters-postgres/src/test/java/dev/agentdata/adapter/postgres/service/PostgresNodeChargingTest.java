package dev.agentdata.adapter.postgres.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.adapter.postgres.credit.PostgresCreditLedger;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.service.credit.CreditCharger;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Node costs charged on Postgres in the status change's transaction, under concurrency. */
class PostgresNodeChargingTest {
    private static PostgresStorage pg;
    private static WiredServices app;
    private static PostgresCreditLedger ledger;
    private static NodeExecutionService nodes;

    @BeforeAll
    static void start() {
        pg = TestDatabase.freshStorage();
        app = WiredServices.onTestClock(pg.ports());
        ledger = new PostgresCreditLedger(pg.jdbc(), pg.schema());
        nodes = new NodeExecutionService(pg.executions(), pg.transactions(),
                new CreditCharger(ledger, UUID::randomUUID, app.clock), UUID::randomUUID, app.clock);
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(pg);
    }

    private static void fund(UserContext actor, long amount) {
        pg.transactions().run(() -> ledger.append(new LedgerEntry(UUID.randomUUID(), actor.userId(), amount,
                TransactionType.GRANT, app.clock.instant(), Map.of(), null)));
    }

    private static NodeExecution running(UserContext actor, GraphExecution run) {
        NodeExecution n = nodes.add(actor, run.id(), "in", Map.of());
        return nodes.transition(actor, new NodeTransitionCommand(run.id(), n.id(), ExecutionStatus.RUNNING, null, null, null));
    }

    private static NodeExecution complete(UserContext actor, NodeExecution n, long cost) {
        return nodes.transition(actor, new NodeTransitionCommand(n.graphExecutionId(), n.id(), ExecutionStatus.COMPLETED,
                Map.of("out", 1), null, cost));
    }

    @Test
    void costAboveBalance_is402AndTheNodeStaysRunning() {
        UserContext actor = app.newActor();
        fund(actor, 3);
        GraphExecution run = app.startedRun(actor);
        NodeExecution n = running(actor, run);
        assertThatThrownBy(() -> complete(actor, n, 4)).isInstanceOf(InsufficientCreditsException.class);
        NodeExecution stored = pg.executions().findNode(actor.userId(), run.id(), n.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(ledger.balance(actor.userId())).isEqualTo(3);
        assertThat(complete(actor, n, 3).status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(ledger.balance(actor.userId())).isZero();
    }

    @Test
    void autoTopUp_isRecordedOncePerGraphExecution() {
        UserContext actor = app.newActor();
        fund(actor, 6);
        pg.transactions().run(() -> ledger.saveAutoTopUp(actor.userId(), new AutoTopUpConfig(true, 5, 20L)));
        GraphExecution run = app.startedRun(actor);
        complete(actor, running(actor, run), 2);
        complete(actor, running(actor, run), 22);
        assertThat(ledger.balance(actor.userId())).isEqualTo(2);
        List<CreditTransaction> all = ledger.list(actor.userId(), PageRequest.first(100)).items();
        assertThat(all).filteredOn(t -> t.type() == TransactionType.TOP_UP).singleElement()
                .satisfies(t -> assertThat(t.idempotencyKey()).isEqualTo("auto-top-up:" + run.id()));
    }

    @Test
    void thirtyParallelCompletionsOfCostOne_onBalanceOfTwenty_exactlyTwentyArePaid() throws Exception {
        UserContext actor = app.newActor();
        fund(actor, 20);
        GraphExecution run = app.startedRun(actor);
        List<NodeExecution> pending = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pending.add(running(actor, run));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (NodeExecution n : pending) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        complete(actor, n, 1);
                        return true;
                    } catch (InsufficientCreditsException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int paid = 0;
            for (Future<Boolean> f : outcomes) {
                paid += f.get() ? 1 : 0;
            }
            assertThat(paid).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.balance(actor.userId())).isZero();
        List<NodeExecution> stored = pg.executions()
                .listNodes(actor.userId(), run.id(), Optional.empty(), PageRequest.first(100)).orElseThrow().items();
        assertThat(stored).filteredOn(n -> n.status() == ExecutionStatus.COMPLETED).hasSize(20);
        assertThat(stored).filteredOn(n -> n.status() == ExecutionStatus.RUNNING).hasSize(10);
        long sum = ledger.list(actor.userId(), PageRequest.first(100)).items().stream()
                .mapToLong(CreditTransaction::amount).sum();
        assertThat(sum).isZero();
    }
}
