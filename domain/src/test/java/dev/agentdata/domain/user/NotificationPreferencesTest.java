package dev.agentdata.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Notification preferences: defaults, bounds, and a false that stays false. */
class NotificationPreferencesTest {

    @Test
    void defaults_areThreeEmailsAndEverySwitchOn() {
        NotificationPreferences d = NotificationPreferences.defaults();

        assertThat(d.maxEmailsPerDay()).isEqualTo(3);
        for (NotificationType t : NotificationType.values()) {
            assertThat(d.isEnabled(t)).as("%s", t).isTrue();
        }
        assertThat(NotificationType.values()).hasSize(10);
    }

    @Test
    void maxEmailsPerDay_acceptsZeroAndHundred() {
        assertThat(new NotificationPreferences(0, Set.of()).maxEmailsPerDay()).isZero();
        assertThat(new NotificationPreferences(100, Set.of()).maxEmailsPerDay()).isEqualTo(100);
    }

    @Test
    void maxEmailsPerDay_outsideZeroToHundred_isRejected() {
        assertThatThrownBy(() -> new NotificationPreferences(-1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_emails_per_day");
        assertThatThrownBy(() -> new NotificationPreferences(101, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_emails_per_day");
        assertThatThrownBy(() -> NotificationPreferences.defaults().with(101, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_falseTurnsOffAndNullMaxKeepsCurrent() {
        NotificationPreferences p = NotificationPreferences.defaults()
                .with(null, Map.of(NotificationType.WEEKLY_SUMMARY, false));

        assertThat(p.isEnabled(NotificationType.WEEKLY_SUMMARY)).isFalse();
        assertThat(p.maxEmailsPerDay()).isEqualTo(3);
    }

    @Test
    void with_emptySwitches_changesNothing() {
        NotificationPreferences p = new NotificationPreferences(5, EnumSet.of(NotificationType.AGENT_RUN));

        assertThat(p.with(null, Map.of())).isEqualTo(p);
    }

    @Test
    void givenAllOff_patchingOnlyMax_keepsAllOff() {
        NotificationPreferences allOff = new NotificationPreferences(3, Set.of());

        NotificationPreferences patched = allOff.with(10, Map.of());

        assertThat(patched.enabled()).isEmpty();
        assertThat(patched.maxEmailsPerDay()).isEqualTo(10);
    }

    @Property
    void with_setsEverySwitchExactlyAndKeepsTheRest(@ForAll Set<NotificationType> initiallyOn,
                                                     @ForAll Map<NotificationType, Boolean> switches,
                                                     @ForAll @IntRange(min = 0, max = 100) int max) {
        NotificationPreferences before = new NotificationPreferences(3, initiallyOn);

        NotificationPreferences after = before.with(max, switches);

        assertThat(after.maxEmailsPerDay()).isEqualTo(max);
        for (NotificationType t : NotificationType.values()) {
            boolean expected = switches.containsKey(t) ? switches.get(t) : initiallyOn.contains(t);
            assertThat(after.isEnabled(t)).as("%s", t).isEqualTo(expected);
        }
    }

    @Property
    void falseSwitches_stayFalseThroughLaterPatchesThatDoNotMentionThem(
            @ForAll Map<NotificationType, Boolean> first, @ForAll Map<NotificationType, Boolean> second) {
        NotificationPreferences p = NotificationPreferences.defaults().with(null, first).with(null, second);

        Map<NotificationType, Boolean> merged = new HashMap<>(first);
        merged.putAll(second);
        merged.forEach((t, on) -> assertThat(p.isEnabled(t)).as("%s", t).isEqualTo(on));
    }

    @Test
    void enabledSet_isUnmodifiable() {
        assertThatThrownBy(() -> NotificationPreferences.defaults().enabled().remove(NotificationType.AGENT_RUN))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
