package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

/**
 * Random sequences of top-ups, charges, replays and conflicting replays: the balance always equals the
 * ledger's sum and a model's balance, and never goes negative. Runs under jqwik's lifecycle, not JUnit's,
 * so the hooks must set up their fixture lazily.
 */
public abstract class CreditLedgerPropertyContractTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456Z");

    protected abstract CreditLedger ledger();

    protected abstract Transactions transactions();

    protected abstract UUID newUser();

    /** One step: kind 0 top-up, 1 charge, 2 replay of an earlier key, 3 replay with another amount. */
    record Op(int kind, long amount, int pick) {
    }

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(1, 60),
                Arbitraries.integers().between(0, 1000)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 40)
    void balanceEqualsLedgerSumAndNeverGoesNegative(@ForAll("sequences") List<Op> ops) {
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
