package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.LedgerAppend;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.credit.TransactionType;

/** The behaviour every {@link CreditLedger} adapter must show, concurrency included. */
public abstract class CreditLedgerContractTest {
    protected static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456Z");

    protected abstract CreditLedger ledger();

    protected abstract Transactions transactions();

    /** A user the ledger may hold credits for (stored wherever the adapter needs it). */
    protected abstract UUID newUser();

    protected static LedgerEntry entry(UUID user, long amount, TransactionType type, String key, Instant at) {
        return new LedgerEntry(UUID.randomUUID(), user, amount, type, at.truncatedTo(ChronoUnit.MICROS),
                Map.of("note", "n" + amount), key);
    }

    protected LedgerAppend append(UUID user, long amount, TransactionType type, String key) {
        return transactions().inTransaction(() -> ledger().append(entry(user, amount, type, key, T0)));
    }

    protected List<CreditTransaction> all(UUID user) {
        List<CreditTransaction> out = new ArrayList<>();
        PageRequest page = PageRequest.first(100);
        while (true) {
            Page<CreditTransaction> p = ledger().list(user, page);
            out.addAll(p.items());
            if (p.next().isEmpty()) {
                return out;
            }
            page = new PageRequest(100, p.next(), false);
        }
    }

    protected long ledgerSum(UUID user) {
        return all(user).stream().mapToLong(CreditTransaction::amount).sum();
    }

    @Test
    void newUser_hasZeroBalanceNoTransactionsAndDefaultAutoTopUp() {
        UUID u = newUser();
        assertThat(ledger().balance(u)).isZero();
        assertThat(ledger().list(u, PageRequest.first(20)).items()).isEmpty();
        assertThat(ledger().count(u)).isZero();
        assertThat(ledger().autoTopUp(u)).isEqualTo(AutoTopUpConfig.DEFAULT);
    }

    @Test
    void append_movesBalanceAndRecordsRunningBalance() {
        UUID u = newUser();
        LedgerAppend first = append(u, 100, TransactionType.TOP_UP, "k1");
        LedgerAppend second = transactions().inTransaction(
                () -> ledger().append(entry(u, -30, TransactionType.USAGE, null, T0.plusSeconds(1))));
        assertThat(first.replayed()).isFalse();
        assertThat(first.transaction().runningBalance()).isEqualTo(100);
        assertThat(second.transaction().runningBalance()).isEqualTo(70);
        assertThat(ledger().balance(u)).isEqualTo(70);
        CreditTransaction stored = all(u).get(1);
        assertThat(stored).isEqualTo(first.transaction());
        assertThat(stored.metadata()).containsEntry("note", "n100");
        assertThat(stored.createdAt()).isEqualTo(T0);
    }

    @Test
    void usageBeyondBalance_isRefusedAndChangesNothing() {
        UUID u = newUser();
        append(u, 10, TransactionType.GRANT, null);
        assertThatThrownBy(() -> append(u, -11, TransactionType.USAGE, "u1"))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                    assertThat(e.balance()).isEqualTo(10);
                    assertThat(e.required()).isEqualTo(11);
                });
        assertThat(ledger().balance(u)).isEqualTo(10);
        assertThat(all(u)).hasSize(1);
        assertThat(append(u, -10, TransactionType.USAGE, "u1").transaction().runningBalance()).isZero();
    }

    @Test
    void replayedKey_returnsFirstTransactionAndChangesNothing() {
        UUID u = newUser();
        CreditTransaction first = append(u, 100, TransactionType.TOP_UP, "k-1").transaction();
        LedgerAppend again = append(u, 100, TransactionType.TOP_UP, "k-1");
        assertThat(again.replayed()).isTrue();
        assertThat(again.transaction()).isEqualTo(first);
        assertThat(ledger().balance(u)).isEqualTo(100);
        assertThat(ledger().count(u)).isEqualTo(1);
    }

    @Test
    void replayedKeyWithOtherAmount_isAConflictAndTheUnitOfWorkStaysUsable() {
        UUID u = newUser();
        append(u, 100, TransactionType.TOP_UP, "k-1");
        LedgerAppend after = transactions().inTransaction(() -> {
            assertThatThrownBy(() -> ledger().append(entry(u, 50, TransactionType.TOP_UP, "k-1", T0)))
                    .isInstanceOf(IdempotencyConflictException.class);
            assertThatThrownBy(() -> ledger().append(entry(u, 100, TransactionType.GRANT, "k-1", T0)))
                    .isInstanceOf(IdempotencyConflictException.class);
            assertThatThrownBy(() -> ledger().append(entry(u, -500, TransactionType.USAGE, null, T0)))
                    .isInstanceOf(InsufficientCreditsException.class);
            return ledger().append(entry(u, 5, TransactionType.TOP_UP, "k-2", T0));
        });
        assertThat(after.transaction().runningBalance()).isEqualTo(105);
        assertThat(ledger().balance(u)).isEqualTo(105);
    }

    @Test
    void topUpBeyondTheLargestBalance_isAValidationErrorAndChangesNothing() {
        UUID u = newUser();
        append(u, Long.MAX_VALUE, TransactionType.TOP_UP, null);
        assertThatThrownBy(() -> append(u, 1, TransactionType.TOP_UP, "over"))
                .isInstanceOf(dev.agentdata.domain.common.ValidationException.class);
        assertThat(ledger().balance(u)).isEqualTo(Long.MAX_VALUE);
        assertThat(ledger().count(u)).isEqualTo(1);
    }

    @Test
    void keys_belongToOneUser() {
        UUID a = newUser();
        UUID b = newUser();
        append(a, 10, TransactionType.TOP_UP, "same");
        assertThat(append(b, 20, TransactionType.TOP_UP, "same").replayed()).isFalse();
        assertThat(ledger().balance(a)).isEqualTo(10);
        assertThat(ledger().balance(b)).isEqualTo(20);
    }

    @Test
    void failedUnitOfWork_leavesLedgerAndBalanceUnchanged() {
        UUID u = newUser();
        append(u, 10, TransactionType.TOP_UP, null);
        assertThatThrownBy(() -> transactions().run(() -> {
            ledger().append(entry(u, 5, TransactionType.TOP_UP, "rolled-back", T0));
            ledger().saveAutoTopUp(u, new AutoTopUpConfig(true, 5, 50L));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ledger().balance(u)).isEqualTo(10);
        assertThat(all(u)).hasSize(1);
        assertThat(ledger().autoTopUp(u)).isEqualTo(AutoTopUpConfig.DEFAULT);
        assertThat(append(u, 7, TransactionType.TOP_UP, "rolled-back").replayed()).isFalse();
    }

    @Test
    void list_isNewestFirstWithKeysetPages() {
        UUID u = newUser();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant at = i < 3 ? T0.plusSeconds(i) : T0.plusSeconds(10);
            LedgerEntry e = entry(u, i + 1, TransactionType.TOP_UP, null, at);
            transactions().run(() -> ledger().append(e));
            ids.add(e.id());
        }
        Page<CreditTransaction> p1 = ledger().list(u, PageRequest.first(2));
        assertThat(p1.next()).isPresent();
        Page<CreditTransaction> p2 = ledger().list(u, new PageRequest(2, p1.next(), false));
        Page<CreditTransaction> p3 = ledger().list(u, new PageRequest(2, p2.next(), false));
        assertThat(p3.next()).isEmpty();
        List<CreditTransaction> seen = new ArrayList<>(p1.items());
        seen.addAll(p2.items());
        seen.addAll(p3.items());
        UUID newerTie = ids.get(3).toString().compareTo(ids.get(4).toString()) > 0 ? ids.get(3) : ids.get(4);
        UUID olderTie = newerTie.equals(ids.get(3)) ? ids.get(4) : ids.get(3);
        assertThat(seen).extracting(CreditTransaction::id)
                .containsExactly(newerTie, olderTie, ids.get(2), ids.get(1), ids.get(0));
        assertThat(ledger().count(u)).isEqualTo(5);
        assertThat(ledger().list(newUser(), PageRequest.first(2)).items()).isEmpty();
    }

    @Test
    void exactlyFullPage_hasNoNextCursorOrAnEmptyNextPage() {
        UUID u = newUser();
        append(u, 1, TransactionType.TOP_UP, null);
        append(u, 2, TransactionType.TOP_UP, null);
        Page<CreditTransaction> p = ledger().list(u, PageRequest.first(2));
        assertThat(p.items()).hasSize(2);
        if (p.next().isPresent()) {
            assertThat(ledger().list(u, new PageRequest(2, p.next(), false)).items()).isEmpty();
        }
    }

    @Test
    void autoTopUp_isSavedAndReplaced() {
        UUID u = newUser();
        transactions().run(() -> ledger().saveAutoTopUp(u, new AutoTopUpConfig(true, 10, 50L)));
        assertThat(ledger().autoTopUp(u)).isEqualTo(new AutoTopUpConfig(true, 10, 50L));
        transactions().run(() -> ledger().saveAutoTopUp(u, new AutoTopUpConfig(false, 0, null)));
        assertThat(ledger().autoTopUp(u)).isEqualTo(new AutoTopUpConfig(false, 0, null));
    }

    @Test
    void fiftyParallelChargesOfOne_onBalanceOfTwenty_exactlyTwentySucceed() throws Exception {
        UUID u = newUser();
        append(u, 20, TransactionType.TOP_UP, "seed");
        AtomicInteger refused = new AtomicInteger();
        List<Optional<LedgerAppend>> results = ConcurrentTasks.race(50, i -> {
            try {
                return Optional.of(append(u, -1, TransactionType.USAGE, "charge-" + i));
            } catch (InsufficientCreditsException e) {
                refused.incrementAndGet();
                return Optional.empty();
            }
        });
        long succeeded = results.stream().filter(Optional::isPresent).count();
        assertThat(succeeded).isEqualTo(20);
        assertThat(refused.get()).isEqualTo(30);
        assertThat(ledger().balance(u)).isZero();
        assertThat(ledgerSum(u)).isEqualTo(ledger().balance(u));
        assertThat(all(u)).extracting(CreditTransaction::runningBalance).doesNotHaveDuplicates();
    }

    @Test
    void twentyParallelTopUpsWithOneKey_recordOneTransaction() throws Exception {
        UUID u = newUser();
        List<LedgerAppend> results = ConcurrentTasks.race(20, i -> append(u, 25, TransactionType.TOP_UP, "once"));
        assertThat(results).extracting(r -> r.transaction().id()).containsOnly(results.getFirst().transaction().id());
        assertThat(results).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(ledger().count(u)).isEqualTo(1);
        assertThat(ledger().balance(u)).isEqualTo(25);
    }
}
