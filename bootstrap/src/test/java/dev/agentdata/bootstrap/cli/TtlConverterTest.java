package dev.agentdata.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

class TtlConverterTest {
    private final TtlConverter converter = new TtlConverter();

    @ParameterizedTest
    @CsvSource({"1h,3600", "30m,1800", "3600s,3600", "2d,172800", "90,90"})
    void lifetimes_areReadWithTheirUnit(String value, long seconds) {
        assertThat(converter.convert(value)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0s", "-1h", "1w", "h", "1.5h"})
    void otherValues_areRejected(String value) {
        assertThatThrownBy(() -> converter.convert(value)).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
