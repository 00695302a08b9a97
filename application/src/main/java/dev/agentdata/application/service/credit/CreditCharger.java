package dev.agentdata.application.service.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.service.execution.NodeCostCharger;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Charges a completed node execution's cost to the execution's owner, then applies auto top-up. Runs inside
 * the caller's unit of work (the node's status change), so a refused charge leaves nothing changed.
 */
public final class CreditCharger implements NodeCostCharger {
    private final CreditLedger ledger;
    private final IdGenerator ids;
    private final Clock clock;

    public CreditCharger(CreditLedger ledger, IdGenerator ids, Clock clock) {
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
    }

    public static String usageKey(UUID nodeExecutionId) {
        return "usage:" + nodeExecutionId;
    }

    public static String autoTopUpKey(UUID graphExecutionId) {
        return "auto-top-up:" + graphExecutionId;
    }

    @Override
    public void chargeCompleted(UUID ownerId, NodeExecution completed) {
        chargeNodeExecution(ownerId, completed.graphExecutionId(), completed.id(), completed.executionCost());
    }

    /**
     * Charges {@code cost} (nothing when 0) to {@code userId}; then, if auto top-up is enabled and the balance is
     * below its threshold, tops up once per graph execution. The top-up is stamped a microsecond after the charge, so
     * "newest first" shows it above the usage whose running balance it follows (equal timestamps would fall back to
     * random ids).
     *
     * @throws InsufficientCreditsException when the balance is lower than the cost
     */
    public void chargeNodeExecution(UUID userId, UUID graphExecutionId, UUID nodeExecutionId, long cost) {
        if (cost < 0) {
            throw new IllegalArgumentException("cost must be >= 0");
        }
        if (cost == 0) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> metadata = Map.of("graph_execution_id", graphExecutionId.toString(),
                "node_execution_id", nodeExecutionId.toString());
        CreditTransaction usage = ledger.append(new LedgerEntry(ids.newId(), userId, -cost, TransactionType.USAGE, now,
                metadata, usageKey(nodeExecutionId))).transaction();
        AutoTopUpConfig config = ledger.autoTopUp(userId);
        if (config.triggeredBy(usage.runningBalance())) {
            topUp(userId, graphExecutionId, config.amount(), now.plus(1, ChronoUnit.MICROS));
        }
    }

    private void topUp(UUID userId, UUID graphExecutionId, long amount, Instant now) {
        try {
            ledger.append(new LedgerEntry(ids.newId(), userId, amount, TransactionType.TOP_UP, now,
                    Map.of("graph_execution_id", graphExecutionId.toString(), "auto_top_up", true),
                    autoTopUpKey(graphExecutionId)));
        } catch (IdempotencyConflictException alreadyToppedUpWithAnotherAmount) {
            // at most once per graph execution, even when the configured amount changed in between
        }
    }
}
