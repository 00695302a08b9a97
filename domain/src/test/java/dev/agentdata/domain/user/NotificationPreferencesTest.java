package dev.agentdata.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.testing.RandomCases;

/** Notification preferences: defaults, bounds, and a false that stays false. */
class NotificationPreferencesTest {
    private static final int TRIES = 1000;

    /** Each notification type in the set with probability one half. */
    private static Set<NotificationType> randomSet(Random random) {
        Set<NotificationType> set = EnumSet.noneOf(NotificationType.class);
        for (NotificationType t : NotificationType.values()) {
            if (random.nextBoolean()) {
                set.add(t);
            }
        }
        return set;
    }

    /** A patch: each type absent, true or false, each equally likely. */
    private static Map<NotificationType, Boolean> randomSwitches(Random random) {
        Map<NotificationType, Boolean> switches = new EnumMap<>(NotificationType.class);
        for (NotificationType t : NotificationType.values()) {
            int pick = random.nextInt(3);
            if (pick > 0) {
                switches.put(t, pick == 1);
            }
        }
        return switches;
    }

    /** Initially enabled types, a patch and a new maximum. */
    private record Patch(Set<NotificationType> initiallyOn, Map<NotificationType, Boolean> switches, int max) {
    }

    /** Two patches in a row. */
    private record TwoPatches(Map<NotificationType, Boolean> first, Map<NotificationType, Boolean> second) {
    }

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

    @Test
    void with_setsEverySwitchExactlyAndKeepsTheRest() {
        RandomCases.forAll(TRIES, r -> new Patch(randomSet(r), randomSwitches(r), r.nextInt(101)), patch -> {
            NotificationPreferences before = new NotificationPreferences(3, patch.initiallyOn());

            NotificationPreferences after = before.with(patch.max(), patch.switches());

            assertThat(after.maxEmailsPerDay()).isEqualTo(patch.max());
            for (NotificationType t : NotificationType.values()) {
                boolean expected = patch.switches().containsKey(t) ? patch.switches().get(t)
                        : patch.initiallyOn().contains(t);
                assertThat(after.isEnabled(t)).as("%s", t).isEqualTo(expected);
            }
        });
    }

    @Test
    void falseSwitches_stayFalseThroughLaterPatchesThatDoNotMentionThem() {
        RandomCases.forAll(TRIES, r -> new TwoPatches(randomSwitches(r), randomSwitches(r)), patches -> {
            NotificationPreferences p = NotificationPreferences.defaults().with(null, patches.first())
                    .with(null, patches.second());

            Map<NotificationType, Boolean> merged = new HashMap<>(patches.first());
            merged.putAll(patches.second());
            merged.forEach((t, on) -> assertThat(p.isEnabled(t)).as("%s", t).isEqualTo(on));
        });
    }

    @Test
    void enabledSet_isUnmodifiable() {
        assertThatThrownBy(() -> NotificationPreferences.defaults().enabled().remove(NotificationType.AGENT_RUN))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
