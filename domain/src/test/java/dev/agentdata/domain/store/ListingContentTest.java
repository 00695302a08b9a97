package dev.agentdata.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class ListingContentTest {
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

    @Property
    void slugsOfLowercaseLettersWithinLength_areValid(@ForAll @AlphaChars @StringLength(min = 3, max = 60) String s) {
        assertThat(ListingContent.violations(s.toLowerCase(java.util.Locale.ROOT), "n", "", "", List.of())).isEmpty();
    }

    @Property
    void slugsShorterThanThree_areInvalid(@ForAll @StringLength(max = 2) String s) {
        assertThat(ListingContent.violations(s, "n", "", "", List.of())).extracting(Violation::path).contains("slug");
    }
}
