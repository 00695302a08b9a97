package dev.agentdata.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.application.port.in.user.UpdatePreferencesCommand;
import dev.agentdata.application.port.in.user.UpdateProfileCommand;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.NotificationPreferences;
import dev.agentdata.domain.user.NotificationType;
import dev.agentdata.domain.user.User;

/** Users use cases, on each storage adapter that runs them. */
public abstract class UserServiceTest extends UseCaseTest {
    private final UUID sub = UUID.randomUUID();

    @Test
    void givenNewSubject_getOrCreate_insertsTheUserFromTheClaims() {
        User u = app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));

        assertThat(u.id()).isEqualTo(sub);
        assertThat(u.email()).isEqualTo("ada@example.com");
        assertThat(u.displayName()).isEqualTo("Ada");
        assertThat(u.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(u.preferences()).isEqualTo(NotificationPreferences.defaults());
        assertThat(app.userRepo.findById(sub)).contains(u);
    }

    @Test
    void givenProfileEdit_getOrCreateWithTheSameClaims_keepsTheEdit() {
        app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));
        app.users.updateProfile(new UpdateProfileCommand(sub, null, "Countess", null, null, null));

        User u = app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));

        assertThat(u.name()).isEqualTo("Countess");
    }

    @Test
    void givenNewClaimValue_getOrCreate_refreshesIt() {
        User first = app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));
        clock.advanceMillis(5);

        User u = app.users.getOrCreate(new TokenClaims(sub, "ada@new.example.com", "Ada"));

        assertThat(u.email()).isEqualTo("ada@new.example.com");
        assertThat(u.updatedAt()).isAfter(first.updatedAt());
        assertThat(app.users.get(sub)).isEqualTo(u);
    }

    @Test
    void unknownUser_get_isNotFound() {
        assertThatThrownBy(() -> app.users.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badEmailZoneAndLocale_updateProfile_listsEveryViolation() {
        app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));

        assertThatThrownBy(() -> app.users.updateProfile(
                new UpdateProfileCommand(sub, "not-an-email", null, "Mars/Olympus", "en_US!!", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactlyInAnyOrder("email", "timezone", "locale"));
        assertThat(app.users.get(sub).email()).isEqualTo("ada@example.com");
    }

    @Test
    void validValues_updateProfile_storesThem() {
        app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));

        User u = app.users.updateProfile(new UpdateProfileCommand(sub, "ada@lovelace.org", "Ada L", "Europe/London",
                "en-GB", Map.of("team", "engines")));

        assertThat(u).extracting(User::email, User::name, User::timezone, User::locale)
                .containsExactly("ada@lovelace.org", "Ada L", "Europe/London", "en-GB");
        assertThat(u.metadata()).isEqualTo(Map.of("team", "engines"));
        assertThat(app.users.get(sub)).isEqualTo(u);
    }

    @Test
    void emailOfAnotherUser_updateProfile_isEmailTaken() {
        app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));
        UUID other = UUID.randomUUID();
        app.users.getOrCreate(new TokenClaims(other, "bob@example.com", "Bob"));

        assertThatThrownBy(() -> app.users.updateProfile(new UpdateProfileCommand(other, "ada@example.com", null, null, null, null)))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void falseSwitches_updatePreferences_stayFalse() {
        app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));

        app.users.updatePreferences(new UpdatePreferencesCommand(sub, 0,
                Map.of(NotificationType.AGENT_RUN, false, NotificationType.DAILY_SUMMARY, false)));
        NotificationPreferences p = app.users.updatePreferences(
                new UpdatePreferencesCommand(sub, null, Map.of(NotificationType.LOW_BALANCE, true)));

        assertThat(p.isEnabled(NotificationType.AGENT_RUN)).isFalse();
        assertThat(p.isEnabled(NotificationType.DAILY_SUMMARY)).isFalse();
        assertThat(p.isEnabled(NotificationType.LOW_BALANCE)).isTrue();
        assertThat(p.maxEmailsPerDay()).isZero();
        assertThat(app.users.get(sub).preferences()).isEqualTo(p);
    }

    @Test
    void maxEmailsOutOfRange_updatePreferences_isValidationError() {
        app.users.getOrCreate(new TokenClaims(sub, "ada@example.com", "Ada"));

        for (int bad : new int[] {-1, 101}) {
            assertThatThrownBy(() -> app.users.updatePreferences(new UpdatePreferencesCommand(sub, bad, Map.of())))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations().getFirst().path()).isEqualTo("max_emails_per_day"));
        }
    }
}
