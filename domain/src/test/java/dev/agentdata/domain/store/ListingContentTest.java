package dev.agentdata.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.testing.RandomCases;

/** Store listing texts: every problem listed with its path; slug length and alphabet as properties. */
class ListingContentTest {
    private static final int TRIES = 1000;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** {@code min} to {@code max} ASCII letters, either case. */
    private static String letters(Random random, int min, int max) {
        StringBuilder s = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    /** 0 to 2 code points: slug characters, other ASCII, or anything up to U+FFFF and beyond. */
    private static String anyShort(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(3);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(3);
            if (kind == 0) {
                s.append("abcz09-".charAt(random.nextInt(7)));
            } else if (kind == 1) {
                s.append((char) (32 + random.nextInt(95)));
            } else {
                int cp = random.nextInt(Character.MAX_CODE_POINT + 1);
                s.appendCodePoint(Character.getType(cp) == Character.SURROGATE ? 'x' : cp);
            }
        }
        return s.toString();
    }
    @Test
    void givenValidFields_validated_returnsContent() {
        ListingContent c = ListingContent.validated("abc-123", "Name", "Sub", "Desc", List.of("writing"));
        assertThat(c.categories()).containsExactly("writing");
    }

    @Test
    void givenSeveralProblems_validated_listsEveryPath() {
        assertThatThrownBy(() -> ListingContent.validated("Bad Slug!", " ", "s".repeat(201), "d".repeat(5001),
                Arrays.asList("ok", "", "ok")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().stream().map(Violation::path).toList())
                .isEqualTo(List.of("slug", "name", "sub_heading", "description", "categories[1]", "categories[2]"));
    }

    @Test
    void slugsOfLowercaseLettersWithinLength_areValid() {
        RandomCases.forAll(TRIES, r -> letters(r, 3, 60), s ->
                assertThat(ListingContent.violations(s.toLowerCase(Locale.ROOT), "n", "", "", List.of())).isEmpty());
    }

    @Test
    void slugsShorterThanThree_areInvalid() {
        RandomCases.forAll(TRIES, ListingContentTest::anyShort, s ->
                assertThat(ListingContent.violations(s, "n", "", "", List.of())).extracting(Violation::path)
                        .contains("slug"));
    }
}
