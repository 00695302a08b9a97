package dev.agentdata.domain.store;

import static dev.agentdata.domain.store.StoreFixtures.ADMIN;
import static dev.agentdata.domain.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ConflictException;

class StoreSubmissionTest {
    @Test
    void givenPending_approve_recordsReviewerCommentAndTime() {
        StoreSubmission s = StoreFixtures.pending(StoreFixtures.listing(), 1)
                .review(ReviewDecision.APPROVE, ADMIN, "fine", T0.plusSeconds(5));
        assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(s.reviewerId()).isEqualTo(ADMIN);
        assertThat(s.reviewComment()).isEqualTo("fine");
        assertThat(s.reviewedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void givenApproved_reject_isAllowed() {
        StoreSubmission s = StoreFixtures.pending(StoreFixtures.listing(), 1)
                .review(ReviewDecision.APPROVE, ADMIN, "ok", T0).review(ReviewDecision.REJECT, ADMIN, "no", T0);
        assertThat(s.status()).isEqualTo(SubmissionStatus.REJECTED);
    }

    @Test
    void givenApproved_approveAgain_isConflict() {
        StoreSubmission s = StoreFixtures.pending(StoreFixtures.listing(), 1).review(ReviewDecision.APPROVE, ADMIN, "ok", T0);
        assertThatThrownBy(() -> s.review(ReviewDecision.APPROVE, ADMIN, "ok", T0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approved");
    }

    @Test
    void givenRejected_anyDecision_isConflict() {
        StoreSubmission s = StoreFixtures.pending(StoreFixtures.listing(), 1).review(ReviewDecision.REJECT, ADMIN, "no", T0);
        for (ReviewDecision d : ReviewDecision.values()) {
            assertThatThrownBy(() -> s.review(d, ADMIN, "x", T0)).isInstanceOf(IllegalSubmissionTransitionException.class);
        }
    }

    @Test
    void wireNames_roundTrip() {
        for (SubmissionStatus st : SubmissionStatus.values()) {
            assertThat(SubmissionStatus.fromWireName(st.wireName())).contains(st);
        }
        assertThat(ReviewDecision.fromWireName("maybe")).isEmpty();
        assertThat(ReviewDecision.fromWireName("approve")).contains(ReviewDecision.APPROVE);
    }
}
