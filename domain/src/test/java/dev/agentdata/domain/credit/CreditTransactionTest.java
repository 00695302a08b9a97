package dev.agentdata.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CreditTransactionTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456Z");

    private static CreditTransaction tx(long amount, TransactionType type, long running, String key) {
        return new CreditTransaction(UUID.randomUUID(), UUID.randomUUID(), amount, type, running, NOW, null, key);
    }

    @Test
    void givenUsage_amountMustBeNegative() {
        assertThat(tx(-5, TransactionType.USAGE, 0, null).amount()).isEqualTo(-5);
        assertThatThrownBy(() -> tx(5, TransactionType.USAGE, 5, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTopUpGrantOrRefund_amountMustBePositive() {
        for (TransactionType t : new TransactionType[] {TransactionType.TOP_UP, TransactionType.GRANT, TransactionType.REFUND}) {
            assertThat(tx(1, t, 1, null).type()).isEqualTo(t);
            assertThatThrownBy(() -> tx(-1, t, 0, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tx(0, t, 0, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void negativeRunningBalance_isRejected() {
        assertThatThrownBy(() -> tx(-1, TransactionType.USAGE, -1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idempotencyKey_isLimitedTo128Characters() {
        assertThat(tx(1, TransactionType.TOP_UP, 1, "k".repeat(128)).idempotencyKey()).hasSize(128);
        assertThatThrownBy(() -> tx(1, TransactionType.TOP_UP, 1, "k".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx(1, TransactionType.TOP_UP, 1, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metadata_isCopiedAndNullBecomesEmpty() {
        assertThat(tx(1, TransactionType.TOP_UP, 1, null).metadata()).isEmpty();
        var m = new java.util.HashMap<String, Object>(Map.of("reason", "promo"));
        var t = new CreditTransaction(UUID.randomUUID(), UUID.randomUUID(), 1, TransactionType.GRANT, 1, NOW, m, null);
        m.put("reason", "changed");
        assertThat(t.metadata()).containsEntry("reason", "promo");
    }

    @Test
    void sameRequest_needsSameTypeAndAmount() {
        CreditTransaction t = tx(5, TransactionType.TOP_UP, 5, "k");
        assertThat(t.sameRequest(TransactionType.TOP_UP, 5)).isTrue();
        assertThat(t.sameRequest(TransactionType.TOP_UP, 6)).isFalse();
        assertThat(t.sameRequest(TransactionType.GRANT, 5)).isFalse();
    }

    @Test
    void balanceAfter_refusesNegativeAndOverflowingBalances() {
        assertThat(CreditTransaction.balanceAfter(10, -10)).isZero();
        assertThatThrownBy(() -> CreditTransaction.balanceAfter(10, -11)).isInstanceOf(InsufficientCreditsException.class);
        assertThatThrownBy(() -> CreditTransaction.balanceAfter(Long.MAX_VALUE, 1))
                .isInstanceOf(dev.agentdata.domain.common.ValidationException.class);
    }

    @Test
    void wireNames_roundTrip() {
        for (TransactionType t : TransactionType.values()) {
            assertThat(TransactionType.fromWireName(t.wireName())).contains(t);
        }
        assertThat(TransactionType.TOP_UP.wireName()).isEqualTo("top_up");
        assertThat(TransactionType.fromWireName("TOP_UP")).isEmpty();
    }

    @Test
    void exceptions_carryTheirData() {
        var e = new InsufficientCreditsException(3, 5);
        assertThat(e.balance()).isEqualTo(3);
        assertThat(e.required()).isEqualTo(5);
        assertThat(new IdempotencyConflictException("k")).isInstanceOf(dev.agentdata.domain.common.ConflictException.class)
                .extracting(IdempotencyConflictException::idempotencyKey).isEqualTo("k");
    }
}
