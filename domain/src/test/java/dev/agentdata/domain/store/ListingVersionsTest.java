package dev.agentdata.domain.store;

import static dev.agentdata.domain.store.StoreFixtures.ADMIN;
import static dev.agentdata.domain.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ListingVersionsTest {
    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void givenNoVersions_nextVersion_isOne() {
        assertThat(ListingVersions.nextVersion(List.of())).isEqualTo(1);
    }

    @Test
    void givenVersionsOneAndThree_nextVersion_isFour() {
        StoreListing l = StoreFixtures.listing();
        assertThat(ListingVersions.nextVersion(List.of(StoreFixtures.pending(l, 1), StoreFixtures.pending(l, 3))))
                .isEqualTo(4);
    }

    @Test
    void givenPendingAndApproved_supersede_rejectsOnlyThePendingOne() {
        StoreListing l = StoreFixtures.listing();
        StoreSubmission approved = StoreFixtures.pending(l, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreSubmission pending = StoreFixtures.pending(l, 2);
        List<StoreSubmission> changed = ListingVersions.supersede(List.of(approved, pending), 3, T1);
        assertThat(changed).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(pending.id());
            assertThat(s.status()).isEqualTo(SubmissionStatus.REJECTED);
            assertThat(s.reviewerId()).isNull();
            assertThat(s.reviewComment()).contains("version 3");
        });
    }

    @Test
    void givenApproval_afterReview_makesItActive() {
        StoreListing l = StoreFixtures.listing();
        StoreSubmission s = StoreFixtures.pending(l, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T1);
        StoreListing after = ListingVersions.afterReview(l, s, List.of(s), T1);
        assertThat(after.activeSubmissionId()).isEqualTo(s.id());
        assertThat(after.isPublished()).isTrue();
        assertThat(after.updatedAt()).isEqualTo(T1);
    }

    @Test
    void givenActiveVersionRejected_afterReview_fallsBackToNewestOtherApproved() {
        StoreListing l = StoreFixtures.listing();
        StoreSubmission v1 = StoreFixtures.pending(l, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreSubmission v2 = StoreFixtures.pending(l, 2).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreSubmission v3 = StoreFixtures.pending(l, 3).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreListing active = l.withActiveSubmission(v3.id(), T0);
        StoreSubmission rejected = v3.review(ReviewDecision.REJECT, ADMIN, "bad", T1);
        StoreListing after = ListingVersions.afterReview(active, rejected, List.of(v1, v2, rejected), T1);
        assertThat(after.activeSubmissionId()).isEqualTo(v2.id());
    }

    @Test
    void givenOnlyApprovedVersionRejected_afterReview_hidesListing() {
        StoreListing l = StoreFixtures.listing();
        StoreSubmission v1 = StoreFixtures.pending(l, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreListing active = l.withActiveSubmission(v1.id(), T0);
        StoreSubmission rejected = v1.review(ReviewDecision.REJECT, ADMIN, "bad", T1);
        assertThat(ListingVersions.afterReview(active, rejected, List.of(rejected), T1).isPublished()).isFalse();
    }

    @Test
    void givenInactiveVersionRejected_afterReview_keepsActiveVersion() {
        StoreListing l = StoreFixtures.listing();
        StoreSubmission v1 = StoreFixtures.pending(l, 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        StoreListing active = l.withActiveSubmission(v1.id(), T0);
        StoreSubmission v2 = StoreFixtures.pending(l, 2).review(ReviewDecision.REJECT, ADMIN, "no", T1);
        assertThat(ListingVersions.afterReview(active, v2, List.of(v1, v2), T1)).isSameAs(active);
    }
}
