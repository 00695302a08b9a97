package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {
    @ParameterizedTest
    @CsvSource({"14d,PT336H", "6h,PT6H", "30m,PT30M", "45s,PT45S", "PT36H,PT36H", "pt1m,PT1M", " 2 d ,PT48H"})
    void givenShortOrIsoText_parse_readsIt(String text, String expected) {
        assertThat(DurationText.parse(text, "age")).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14", "14x", "-1d", "0d", "PT0S", "d"})
    void givenNonsenseOrNonPositive_parse_namesTheSetting(String text) {
        assertThatThrownBy(() -> DurationText.parse(text, "--older-than"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--older-than must be");
    }
}
