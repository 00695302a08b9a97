package dev.agentdata.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Display name, claim refresh and profile edits of a user. */
class UserTest {
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private final User ada = User.fromClaims(UUID.randomUUID(), "ada@example.io", "Ada", T0);

    @Test
    void fromClaims_usesDefaults() {
        assertThat(ada.timezone()).isEqualTo("UTC");
        assertThat(ada.locale()).isEqualTo("en-US");
        assertThat(ada.metadata()).isEmpty();
        assertThat(ada.preferences()).isEqualTo(NotificationPreferences.defaults());
        assertThat(ada.createdAt()).isEqualTo(T0);
        assertThat(ada.updatedAt()).isEqualTo(T0);
    }

    @Test
    void givenName_displayName_isTheName() {
        assertThat(ada.displayName()).isEqualTo("Ada");
    }

    @Test
    void givenNoName_displayName_isEmailLocalPart() {
        User noName = User.fromClaims(UUID.randomUUID(), "grace.hopper@navy.mil", null, T0);

        assertThat(noName.displayName()).isEqualTo("grace.hopper");
    }

    @Test
    void givenBlankName_displayName_isEmailLocalPart() {
        User blank = User.fromClaims(UUID.randomUUID(), "bob@x.io", "  ", T0);

        assertThat(blank.displayName()).isEqualTo("bob");
    }

    @Test
    void givenSameClaims_refreshedFromClaims_returnsSameUser() {
        assertThat(ada.refreshedFromClaims("ada@example.io", "Ada", T1)).isSameAs(ada);
    }

    @Test
    void givenProfileEdit_sameClaimsAgain_keepTheEdit() {
        User edited = ada.withProfile("ada@lovelace.org", "Countess", null, null, null, T1);

        User refreshed = edited.refreshedFromClaims("ada@example.io", "Ada", T2);

        assertThat(refreshed).isSameAs(edited);
        assertThat(refreshed.email()).isEqualTo("ada@lovelace.org");
        assertThat(refreshed.name()).isEqualTo("Countess");
    }

    @Test
    void givenProfileEdit_changedNameClaim_overwritesOnlyTheName() {
        User edited = ada.withProfile("ada@lovelace.org", "Countess", null, null, null, T1);

        User refreshed = edited.refreshedFromClaims("ada@example.io", "Augusta Ada", T2);

        assertThat(refreshed.name()).isEqualTo("Augusta Ada");
        assertThat(refreshed.email()).isEqualTo("ada@lovelace.org");
        assertThat(refreshed.claimName()).isEqualTo("Augusta Ada");
        assertThat(refreshed.updatedAt()).isEqualTo(T2);
        assertThat(refreshed.createdAt()).isEqualTo(T0);
    }

    @Test
    void changedEmailClaim_overwritesEmailAndRemembersTheClaim() {
        User refreshed = ada.refreshedFromClaims("ada@new.io", "Ada", T1);

        assertThat(refreshed.email()).isEqualTo("ada@new.io");
        assertThat(refreshed.claimEmail()).isEqualTo("ada@new.io");
        assertThat(refreshed.name()).isEqualTo("Ada");
        assertThat(refreshed.refreshedFromClaims("ada@new.io", "Ada", T2)).isSameAs(refreshed);
    }

    @Test
    void missingClaims_changeNothing() {
        assertThat(ada.refreshedFromClaims(null, null, T1)).isSameAs(ada);
    }

    @Test
    void withProfile_nullFieldsKeepCurrentValues() {
        User edited = ada.withProfile(null, null, "Europe/London", "en-GB", Map.of("k", "v"), T1);

        assertThat(edited.email()).isEqualTo("ada@example.io");
        assertThat(edited.name()).isEqualTo("Ada");
        assertThat(edited.timezone()).isEqualTo("Europe/London");
        assertThat(edited.locale()).isEqualTo("en-GB");
        assertThat(edited.metadata()).isEqualTo(Map.of("k", "v"));
        assertThat(edited.updatedAt()).isEqualTo(T1);
    }

    @Test
    void withPreferences_replacesPreferencesAndStampsUpdate() {
        NotificationPreferences quiet = NotificationPreferences.defaults()
                .with(0, Map.of(NotificationType.AGENT_RUN, false));

        User updated = ada.withPreferences(quiet, T1);

        assertThat(updated.isEnabled(NotificationType.AGENT_RUN)).isFalse();
        assertThat(updated.isEnabled(NotificationType.DAILY_SUMMARY)).isTrue();
        assertThat(updated.updatedAt()).isEqualTo(T1);
    }
}
