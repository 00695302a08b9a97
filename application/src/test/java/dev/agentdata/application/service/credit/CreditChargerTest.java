package dev.agentdata.application.service.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.service.TestDoubles;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.credit.TransactionType;

class CreditChargerTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:15:30Z");
    private final FakeCreditLedger ledger = new FakeCreditLedger();
    private final CreditCharger charger = new CreditCharger(ledger, TestDoubles.countingIds(), new TestDoubles.MovableClock(T0));
    private final UUID user = UUID.randomUUID();
    private final UUID execution = UUID.randomUUID();

    private void fund(long amount) {
        ledger.append(new LedgerEntry(UUID.randomUUID(), user, amount, TransactionType.GRANT, T0, Map.of(), null));
    }

    @Test
    void cost_isChargedAsUsageKeyedByNodeExecution() {
        fund(10);
        UUID node = UUID.randomUUID();
        charger.chargeNodeExecution(user, execution, node, 4);
        CreditTransaction usage = ledger.rows.getLast();
        assertThat(usage.amount()).isEqualTo(-4);
        assertThat(usage.idempotencyKey()).isEqualTo("usage:" + node);
        assertThat(usage.metadata()).containsEntry("graph_execution_id", execution.toString());
        assertThat(ledger.balance(user)).isEqualTo(6);
    }

    @Test
    void zeroCost_changesNothing() {
        charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 0);
        assertThat(ledger.rows).isEmpty();
    }

    @Test
    void costAboveBalance_isRefused() {
        fund(3);
        assertThatThrownBy(() -> charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 4))
                .isInstanceOf(InsufficientCreditsException.class);
        assertThat(ledger.balance(user)).isEqualTo(3);
    }

    @Test
    void autoTopUp_firesOncePerGraphExecutionBelowThreshold() {
        fund(10);
        ledger.saveAutoTopUp(user, new AutoTopUpConfig(true, 8, 50L));
        charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 1);
        assertThat(ledger.balance(user)).isEqualTo(9);
        charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 2);
        assertThat(ledger.balance(user)).isEqualTo(57);
        assertThat(ledger.rows.getLast().type()).isEqualTo(TransactionType.TOP_UP);
        assertThat(ledger.rows.getLast().idempotencyKey()).isEqualTo("auto-top-up:" + execution);
        charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 50);
        assertThat(ledger.balance(user)).isEqualTo(7);
        ledger.saveAutoTopUp(user, new AutoTopUpConfig(true, 8, 99L));
        charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 1);
        assertThat(ledger.balance(user)).isEqualTo(6);
        charger.chargeNodeExecution(user, UUID.randomUUID(), UUID.randomUUID(), 1);
        assertThat(ledger.balance(user)).isEqualTo(104);
    }

    @Test
    void disabledAutoTopUp_doesNothing() {
        fund(10);
        ledger.saveAutoTopUp(user, new AutoTopUpConfig(false, 100, 50L));
        charger.chargeNodeExecution(user, execution, UUID.randomUUID(), 1);
        assertThat(ledger.balance(user)).isEqualTo(9);
    }
}
