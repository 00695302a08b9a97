package dev.agentdata.domain.store;

import static dev.agentdata.domain.store.StoreFixtures.ADMIN;
import static dev.agentdata.domain.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;

class SubmissionOwnerChangesTest {
    private final StoreListing listing = StoreFixtures.listing();

    @Test
    void givenPending_edited_replacesContentAndKeepsEverythingElse() {
        StoreSubmission s = StoreFixtures.pending(listing, 2);
        ListingContent next = new ListingContent("New", "Sub", "Desc", List.of("a"));
        StoreSubmission e = s.edited(next);
        assertThat(e.content()).isEqualTo(next);
        assertThat(e).usingRecursiveComparison().ignoringFields("content").isEqualTo(s);
    }

    @Test
    void givenApprovedOrRejected_edited_isConflict() {
        StoreSubmission approved = StoreFixtures.pending(listing, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreSubmission rejected = StoreFixtures.pending(listing, 1).review(ReviewDecision.REJECT, ADMIN, "no", T0);
        for (StoreSubmission s : List.of(approved, rejected)) {
            assertThatThrownBy(() -> s.edited(s.content())).isInstanceOf(SubmissionLockedException.class)
                    .isInstanceOf(ConflictException.class).hasMessageContaining(s.status().wireName());
        }
    }

    @Test
    void givenApproved_requireDeletable_isConflict() {
        StoreSubmission approved = StoreFixtures.pending(listing, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        assertThatThrownBy(approved::requireDeletable).isInstanceOf(SubmissionLockedException.class)
                .hasMessageContaining("approved");
    }

    @Test
    void givenPendingOrRejected_requireDeletable_passes() {
        StoreSubmission pending = StoreFixtures.pending(listing, 1);
        StoreSubmission withdrawn = pending.review(ReviewDecision.APPROVE, ADMIN, "ok", T0)
                .review(ReviewDecision.REJECT, ADMIN, "withdrawn", T0);
        assertThatCode(pending::requireDeletable).doesNotThrowAnyException();
        assertThatCode(withdrawn::requireDeletable).doesNotThrowAnyException();
    }

    @Test
    void patched_replacesOnlyGivenFields() {
        ListingContent c = new ListingContent("Agent", "Does things", "Long text", List.of("writing"));
        assertThat(c.patched("my-agent", null, "Other", null, null))
                .isEqualTo(new ListingContent("Agent", "Other", "Long text", List.of("writing")));
        assertThat(c.patched("my-agent", "Name", null, "", List.of())).isEqualTo(new ListingContent("Name", "Does things", "", List.of()));
        assertThat(c.patched("my-agent", null, null, null, null)).isEqualTo(c);
    }

    @Test
    void patched_reportsEveryBrokenRuleWithPaths() {
        ListingContent c = new ListingContent("Agent", "", "", List.of());
        assertThatThrownBy(() -> c.patched("my-agent", " ", "x".repeat(201), null, Arrays.asList("a", "a", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::path)
                        .containsExactly("name", "sub_heading", "categories[1]", "categories[2]"));
    }

    @Test
    void requireValidPatch_checksOnlyGivenFields() {
        ListingContent.requireValidPatch(null, null, null, null);
        ListingContent.requireValidPatch("Name", "", "", List.of());
        assertThatThrownBy(() -> ListingContent.requireValidPatch("", null, "x".repeat(5001), List.of("")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("name", "description", "categories[0]"));
    }

    @Test
    void emptiedBy_isTrueOnlyForTheLastVersion() {
        StoreSubmission v1 = StoreFixtures.pending(listing, 1);
        StoreSubmission v2 = StoreFixtures.pending(listing, 2);
        assertThat(ListingVersions.emptiedBy(List.of(v1), v1.id())).isTrue();
        assertThat(ListingVersions.emptiedBy(List.of(), v1.id())).isTrue();
        assertThat(ListingVersions.emptiedBy(List.of(v1, v2), v1.id())).isFalse();
    }
}
