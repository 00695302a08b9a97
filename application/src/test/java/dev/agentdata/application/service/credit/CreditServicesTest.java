package dev.agentdata.application.service.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.credit.GrantCommand;
import dev.agentdata.application.port.in.credit.TopUpCommand;
import dev.agentdata.application.port.in.credit.TopUpResult;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.application.service.TestDoubles;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.user.User;
import dev.agentdata.domain.user.UserContext;

class CreditServicesTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456789Z");
    private final FakeCreditLedger ledger = new FakeCreditLedger();
    private final TestDoubles.DirectTransactions transactions = new TestDoubles.DirectTransactions();
    private final TestDoubles.MovableClock clock = new TestDoubles.MovableClock(T0);
    private final UserContext alice = UserContext.ofToken(UUID.randomUUID(), false);
    private final UserContext admin = UserContext.ofToken(UUID.randomUUID(), true);
    private final TopUpService topUp = new TopUpService(ledger, transactions, TestDoubles.countingIds(), clock);

    @Test
    void topUp_isCreatedOnceThenReplayed() {
        TopUpResult first = topUp.topUp(alice, new TopUpCommand(100, "k-1"));
        TopUpResult again = topUp.topUp(alice, new TopUpCommand(100, "k-1"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.transaction()).isEqualTo(first.transaction());
        assertThat(first.transaction().createdAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
        assertThat(new GetBalanceService(ledger).balance(alice)).isEqualTo(100);
    }

    @Test
    void topUp_reportsEveryBrokenRuleBeforeTouchingTheLedger() {
        assertThatThrownBy(() -> topUp.topUp(alice, new TopUpCommand(0, "k".repeat(129))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("amount", "idempotency_key"));
        assertThatThrownBy(() -> topUp.topUp(alice, new TopUpCommand(-5, "k"))).isInstanceOf(ValidationException.class);
        assertThat(transactions.units).isZero();
    }

    @Test
    void listTransactions_addsTotalOnlyWhenAsked() {
        topUp.topUp(alice, new TopUpCommand(1, "a"));
        topUp.topUp(alice, new TopUpCommand(2, "b"));
        ListTransactionsService list = new ListTransactionsService(ledger);
        assertThat(list.list(alice, PageRequest.first(20)).total()).isEmpty();
        assertThat(list.list(alice, new PageRequest(20, Optional.empty(), true)).total()).hasValue(2);
    }

    @Test
    void autoTopUp_defaultsThenStores() {
        assertThat(new GetAutoTopUpService(ledger).get(alice)).isEqualTo(AutoTopUpConfig.DEFAULT);
        new SetAutoTopUpService(ledger, transactions).set(alice, new AutoTopUpConfig(true, 5, 10L));
        assertThat(new GetAutoTopUpService(ledger).get(alice)).isEqualTo(new AutoTopUpConfig(true, 5, 10L));
    }

    @Test
    void grant_needsAnAdminAndAnExistingUser() {
        UUID target = alice.userId();
        GrantCreditsService grant = new GrantCreditsService(ledger, users(target), transactions, TestDoubles.countingIds(), clock);
        assertThatThrownBy(() -> grant.grant(alice, new GrantCommand(target, 5, "promo")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> grant.grant(admin, new GrantCommand(UUID.randomUUID(), 5, "promo")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> grant.grant(admin, new GrantCommand(target, 0, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("amount", "reason"));
        CreditTransaction tx = grant.grant(admin, new GrantCommand(target, 5, "promo"));
        assertThat(tx.type()).isEqualTo(TransactionType.GRANT);
        assertThat(tx.metadata()).containsEntry("reason", "promo").containsEntry("granted_by", admin.userId().toString());
        assertThat(ledger.balance(target)).isEqualTo(5);
    }

    private static UserRepository users(UUID existing) {
        return new UserRepository() {
            @Override
            public Optional<User> findById(UUID id) {
                return id.equals(existing) ? Optional.of(User.fromClaims(id, "a@example.com", "A", T0)) : Optional.empty();
            }

            @Override
            public User insertIfAbsent(User user) {
                throw new UnsupportedOperationException();
            }

            @Override
            public User update(User user) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
