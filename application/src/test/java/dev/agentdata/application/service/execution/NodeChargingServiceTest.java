package dev.agentdata.application.service.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.service.credit.CreditCharger;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Completing a node with a cost charges the owner's credits in the same unit of work as the status change. */
public abstract class NodeChargingServiceTest extends UseCaseTest {
    private final CreditLedger ledger = app.credits;
    private final UserContext ada = app.newActor();

    protected NodeChargingServiceTest() {
        app.charger = new CreditCharger(ledger, app.ids, app.clock);
    }

    private void fund(long amount) {
        app.tx.run(() -> ledger.append(new LedgerEntry(app.ids.newId(), ada.userId(), amount, TransactionType.GRANT,
                app.clock.instant(), Map.of(), null)));
    }

    private NodeExecution complete(GraphExecution e, long cost) {
        clock.advanceMillis(1);
        NodeExecution n = app.nodes.add(ada, e.id(), "in", Map.of());
        app.nodes.transition(ada, new NodeTransitionCommand(e.id(), n.id(), ExecutionStatus.RUNNING, null, null, null));
        return app.nodes.transition(ada, new NodeTransitionCommand(e.id(), n.id(), ExecutionStatus.COMPLETED, null,
                null, cost));
    }

    private CreditTransaction newest() {
        return ledger.list(ada.userId(), PageRequest.first(1)).items().getFirst();
    }

    @Test
    void completedWithCost_chargesUsageToTheOwner() {
        fund(10);
        GraphExecution e = app.startedRun(ada);
        NodeExecution done = complete(e, 4);
        assertThat(ledger.balance(ada.userId())).isEqualTo(6);
        CreditTransaction usage = newest();
        assertThat(usage.type()).isEqualTo(TransactionType.USAGE);
        assertThat(usage.amount()).isEqualTo(-4);
        assertThat(usage.metadata()).containsEntry("graph_execution_id", e.id().toString())
                .containsEntry("node_execution_id", done.id().toString());
    }

    @Test
    void completedWithCostAboveBalance_isRefusedAndNothingChanges() {
        fund(3);
        GraphExecution e = app.startedRun(ada);
        NodeExecution n = app.nodes.add(ada, e.id(), "in", Map.of());
        app.nodes.transition(ada, new NodeTransitionCommand(e.id(), n.id(), ExecutionStatus.RUNNING, null, null, null));
        assertThatThrownBy(() -> app.nodes.transition(ada, new NodeTransitionCommand(e.id(), n.id(),
                ExecutionStatus.COMPLETED, Map.of("out", 1), null, 4L)))
                .isInstanceOf(InsufficientCreditsException.class);
        NodeExecution stored = app.executionRepo.findNode(ada.userId(), e.id(), n.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(stored.executionCost()).isZero();
        assertThat(ledger.balance(ada.userId())).isEqualTo(3);
        assertThat(ledger.count(ada.userId())).isEqualTo(1);
    }

    @Test
    void completedWithoutCost_chargesNothing() {
        GraphExecution e = app.startedRun(ada);
        complete(e, 0);
        assertThat(ledger.count(ada.userId())).isZero();
    }

    @Test
    void autoTopUp_firesAtMostOncePerGraphExecution() {
        fund(6);
        app.tx.run(() -> ledger.saveAutoTopUp(ada.userId(), new AutoTopUpConfig(true, 5, 20L)));
        GraphExecution first = app.startedRun(ada);
        complete(first, 2);
        assertThat(ledger.balance(ada.userId())).isEqualTo(24);
        assertThat(ledger.list(ada.userId(), PageRequest.first(2)).items()).extracting(CreditTransaction::type)
                .containsExactly(TransactionType.TOP_UP, TransactionType.USAGE);
        assertThat(newest().idempotencyKey()).isEqualTo("auto-top-up:" + first.id());
        complete(first, 22);
        assertThat(ledger.balance(ada.userId())).isEqualTo(2);
        GraphExecution second = app.startedRun(ada);
        complete(second, 1);
        assertThat(ledger.balance(ada.userId())).isEqualTo(21);
    }
}
