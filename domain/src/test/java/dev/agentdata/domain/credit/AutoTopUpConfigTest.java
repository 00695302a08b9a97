package dev.agentdata.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ValidationException;

class AutoTopUpConfigTest {
    @Test
    void default_isDisabledWithZeroThresholdAndNoAmount() {
        assertThat(AutoTopUpConfig.DEFAULT).isEqualTo(new AutoTopUpConfig(false, 0, null));
    }

    @Test
    void negativeThresholdAndNonPositiveAmount_areAllReported() {
        assertThatThrownBy(() -> new AutoTopUpConfig(true, -1, 0L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("threshold", "amount"));
    }

    @Test
    void enabledWithoutAmount_isRejected() {
        assertThatThrownBy(() -> new AutoTopUpConfig(true, 10, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void triggers_onlyWhenEnabledAndBelowThreshold() {
        var c = new AutoTopUpConfig(true, 10, 50L);
        assertThat(c.triggeredBy(9)).isTrue();
        assertThat(c.triggeredBy(10)).isFalse();
        assertThat(new AutoTopUpConfig(false, 10, 50L).triggeredBy(0)).isFalse();
    }
}
