package dev.agentdata.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "de-DE", "pt-BR", "zh-Hant-TW", "es-419", "fil-PH", "he-IL", "yue", "sr-Latn-RS"})
    void existingLocales_areKnown(String tag) {
        assertThat(LanguageTags.isKnown(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "xx-XX", "zz", "qq-QQ", "en-QQ", "not a locale", "en_US", "!!", "klingon"})
    void malformedOrUnknownTags_areNotKnown(String tag) {
        assertThat(LanguageTags.isKnown(tag)).isFalse();
    }
}
