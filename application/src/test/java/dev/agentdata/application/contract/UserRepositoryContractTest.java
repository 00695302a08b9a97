package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.NotificationPreferences;
import dev.agentdata.domain.user.NotificationType;
import dev.agentdata.domain.user.User;

/** What every {@link dev.agentdata.application.port.out.UserRepository} must do. */
public abstract class UserRepositoryContractTest extends StorageContractSupport {

    @Test
    void insertIfAbsent_storesANewUser_findByIdReturnsIt() {
        User user = User.fromClaims(UUID.randomUUID(), "ada@example.com", "Ada", T0);

        User stored = storage.users().insertIfAbsent(user);

        assertThat(stored).isEqualTo(user);
        assertThat(storage.users().findById(user.id())).contains(user);
    }

    @Test
    void givenStoredUser_insertIfAbsent_returnsTheStoredOneUnchanged() {
        User first = User.fromClaims(UUID.randomUUID(), "ada@example.com", "Ada", T0);
        storage.users().insertIfAbsent(first);

        User again = storage.users().insertIfAbsent(User.fromClaims(first.id(), "ada@example.com", "Other", at(5)));

        assertThat(again).isEqualTo(first);
        assertThat(storage.users().findById(first.id())).contains(first);
    }

    @Test
    void unknownId_findById_isEmpty() {
        assertThat(storage.users().findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void newUserWithAnotherUsersEmail_insertIfAbsent_throwsEmailTaken_andStoresNothing() {
        User ada = newUser();
        UUID bob = UUID.randomUUID();

        assertThatThrownBy(() -> storage.users().insertIfAbsent(
                User.fromClaims(bob, ada.email().toUpperCase(java.util.Locale.ROOT), "Bob", T0)))
                .isInstanceOf(EmailTakenException.class);
        assertThat(storage.users().findById(bob)).isEmpty();
    }

    @Test
    void eightConcurrentFirstRequests_insertIfAbsent_allGetTheSameStoredUser() throws Exception {
        UUID id = UUID.randomUUID();
        AtomicInteger n = new AtomicInteger();

        List<User> results = race(8, () -> storage.users().insertIfAbsent(
                User.fromClaims(id, "same@example.com", "Name " + n.incrementAndGet(), T0)));

        assertThat(results).hasSize(8);
        assertThat(results).allSatisfy(u -> assertThat(u).isEqualTo(results.getFirst()));
        assertThat(storage.users().findById(id)).contains(results.getFirst());
    }

    @Test
    void update_replacesEveryField_includingFalsePreferences() {
        User user = newUser();
        NotificationPreferences prefs = user.preferences()
                .with(0, Map.of(NotificationType.AGENT_RUN, false, NotificationType.DAILY_SUMMARY, false));
        User changed = user.withProfile("new@example.com", "New Name", "Europe/Berlin", "de-DE",
                Map.of("team", "blue", "tags", List.of("a", "b")), at(10)).withPreferences(prefs, at(11));

        User returned = storage.users().update(changed);

        assertThat(returned).isEqualTo(changed);
        User read = storage.users().findById(user.id()).orElseThrow();
        assertThat(read).isEqualTo(changed);
        assertThat(read.isEnabled(NotificationType.AGENT_RUN)).isFalse();
        assertThat(read.preferences().maxEmailsPerDay()).isZero();
    }

    @Test
    void givenEmailOfAnotherUser_update_throwsEmailTaken_andChangesNothing() {
        User ada = newUser();
        User bob = newUser();

        assertThatThrownBy(() -> storage.users().update(bob.withProfile(ada.email(), "Bob", null, null, null, at(3))))
                .isInstanceOf(EmailTakenException.class);

        assertThat(storage.users().findById(bob.id())).contains(bob);
        assertThat(storage.users().findById(ada.id())).contains(ada);
    }

    @Test
    void givenEmailOfAnotherUserInOtherCase_update_throwsEmailTaken() {
        User ada = newUser();
        User bob = newUser();

        assertThatThrownBy(() -> storage.users().update(
                bob.withProfile(ada.email().toUpperCase(java.util.Locale.ROOT), null, null, null, null, at(3))))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void givenOwnEmailInOtherCase_update_keepsIt() {
        User ada = newUser();

        User shouted = storage.users().update(
                ada.withProfile(ada.email().toUpperCase(java.util.Locale.ROOT), null, null, null, null, at(3)));

        assertThat(storage.users().findById(ada.id())).contains(shouted);
    }

    @Test
    void givenFreedEmail_update_mayTakeIt() {
        User ada = newUser();
        User bob = newUser();
        String old = ada.email();
        storage.users().update(ada.withProfile("ada-new@example.com", null, null, null, null, at(1)));

        User bobWithOld = storage.users().update(bob.withProfile(old, null, null, null, null, at(2)));

        assertThat(storage.users().findById(bob.id())).contains(bobWithOld);
    }

    @Test
    void givenOwnEmail_update_keepsIt() {
        User ada = newUser();

        User renamed = storage.users().update(ada.withProfile(ada.email(), "Renamed", null, null, null, at(1)));

        assertThat(storage.users().findById(ada.id())).contains(renamed);
    }
}
