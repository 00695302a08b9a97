package dev.agentdata.adapter.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which {@code Content-Type} values say JSON in UTF-8. */
class JsonMediaTypeTest {
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "APPLICATION/JSON", " application/json ", "application/json;",
            "application/json; charset=utf-8", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\"",
            "application/json; version=2; charset=utf-8"})
    void jsonInUtf8_isAccepted(String value) {
        assertThat(JsonMediaType.accepts(List.of(value))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*/*", "application/*", "text/plain", "text/json", "application/jsonx",
            "application/problem+json", "application/x-www-form-urlencoded", "application/json; charset=latin1",
            "application/json; charset=utf-16", "application/json; charset=utf8", "application/json; charset",
            "application/json; =utf-8", "json"})
    void anythingElse_isNot(String value) {
        assertThat(JsonMediaType.accepts(List.of(value))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noneOrSeveralValues_areNot() {
        assertThat(JsonMediaType.accepts(List.of())).isFalse();
        assertThat(JsonMediaType.accepts(List.of("application/json", "application/json"))).isFalse();
    }
}
