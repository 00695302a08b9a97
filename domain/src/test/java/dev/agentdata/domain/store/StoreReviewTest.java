package dev.agentdata.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ValidationException;

class StoreReviewTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void givenScoreOutsideOneToFive_validate_isValidationError(int score) {
        assertThatThrownBy(() -> StoreReview.validate(score, "x")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("score");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5})
    void givenScoreInRange_validate_passes(int score) {
        assertThatCode(() -> StoreReview.validate(score, null)).doesNotThrowAnyException();
    }

    @Test
    void givenNoPreviousReview_ratingDelta_addsOneAndTheScore() {
        assertThat(RatingDelta.of(Optional.empty(), 4)).isEqualTo(new RatingDelta(1, 4));
    }

    @Test
    void givenPreviousReview_ratingDelta_replacesTheScore() {
        StoreReview prev = new StoreReview(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 2, "meh", StoreFixtures.T0, StoreFixtures.T0);
        assertThat(RatingDelta.of(Optional.of(prev), 4)).isEqualTo(new RatingDelta(0, 2));
    }

    @Test
    void mean_isNullWithoutReviews() {
        assertThat(RatingDelta.mean(0, 0)).isNull();
        assertThat(RatingDelta.mean(7, 2)).isEqualTo(3.5);
    }
}
