package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.LedgerAppend;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.testing.RandomCases;

/**
 * Random sequences of top-ups, charges, replays and conflicting replays: the balance always equals the
 * ledger's sum and a model's balance, and never goes negative.
 */
public abstract class CreditLedgerPropertyContractTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456Z");

    protected abstract CreditLedger ledger();

    protected abstract Transactions transactions();

    protected abstract UUID newUser();

    /** One step: kind 0 top-up, 1 charge, 2 replay of an earlier key, 3 replay with another amount. */
    record Op(int kind, long amount, int pick) {
    }

    /** 1 to 30 steps. */
    private static List<Op> sequence(Random random) {
        List<Op> ops = new ArrayList<>();
        int size = 1 + random.nextInt(30);
        for (int i = 0; i < size; i++) {
            ops.add(new Op(random.nextInt(4), 1 + random.nextInt(60), random.nextInt(1001)));
        }
        return ops;
    }

    @Test
    void balanceEqualsLedgerSumAndNeverGoesNegative() {
        RandomCases.forAll(40, CreditLedgerPropertyContractTest::sequence, this::checkSequence);
    }

    private void checkSequence(List<Op> ops) {
        UUID user = newUser();
        long model = 0;
        List<String> keys = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if ((op.kind() == 2 || op.kind() == 3) && keys.isEmpty()) {
                continue;
            }
            switch (op.kind()) {
                case 0, 1 -> {
                    long amount = op.kind() == 0 ? op.amount() : -op.amount();
                    String key = "key-" + i;
                    if (model + amount < 0) {
                        assertThatThrownBy(() -> append(user, amount, key)).isInstanceOf(InsufficientCreditsException.class);
                    } else {
                        LedgerAppend a = append(user, amount, key);
                        assertThat(a.replayed()).isFalse();
                        model += amount;
                        created++;
                        assertThat(a.transaction().runningBalance()).isEqualTo(model);
                        keys.add(key);
                        amounts.add(amount);
                    }
                }
                case 2 -> {
                    int j = op.pick() % keys.size();
                    LedgerAppend a = append(user, amounts.get(j), keys.get(j));
                    assertThat(a.replayed()).isTrue();
                }
                default -> {
                    int j = op.pick() % keys.size();
                    long other = amounts.get(j) > 0 ? amounts.get(j) + 1 : amounts.get(j) - 1;
                    assertThatThrownBy(() -> append(user, other, keys.get(j)))
                            .isInstanceOf(IdempotencyConflictException.class);
                }
            }
            long balance = ledger().balance(user);
            assertThat(balance).isEqualTo(model).isNotNegative();
        }
        assertThat(sum(user)).isEqualTo(ledger().balance(user));
        assertThat(ledger().count(user)).isEqualTo(created);
    }

    private LedgerAppend append(UUID user, long amount, String key) {
        TransactionType type = amount < 0 ? TransactionType.USAGE : TransactionType.TOP_UP;
        return transactions().inTransaction(() -> ledger().append(
                new LedgerEntry(UUID.randomUUID(), user, amount, type, T0, Map.of(), key)));
    }

    private long sum(UUID user) {
        long total = 0;
        PageRequest page = PageRequest.first(100);
        while (true) {
            Page<CreditTransaction> p = ledger().list(user, page);
            total += p.items().stream().mapToLong(CreditTransaction::amount).sum();
            if (p.next().isEmpty()) {
                return total;
            }
            page = new PageRequest(100, p.next(), false);
        }
    }
}
