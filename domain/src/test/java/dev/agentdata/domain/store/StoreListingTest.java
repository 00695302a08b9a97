package dev.agentdata.domain.store;

import static dev.agentdata.domain.store.StoreFixtures.GRAPH;
import static dev.agentdata.domain.store.StoreFixtures.OWNER;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.ForbiddenException;

class StoreListingTest {
    private final StoreListing listing = StoreFixtures.listing();

    @Test
    void givenOwnerAndSameGraph_requireAdmits_passes() {
        assertThatCode(() -> listing.requireAdmits(OWNER, GRAPH)).doesNotThrowAnyException();
    }

    @Test
    void givenOtherUser_requireAdmits_isConflict() {
        assertThatThrownBy(() -> listing.requireAdmits(UUID.randomUUID(), GRAPH)).isInstanceOf(ConflictException.class);
    }

    @Test
    void givenOwnersOtherGraph_requireAdmits_isConflict() {
        assertThatThrownBy(() -> listing.requireAdmits(OWNER, UUID.randomUUID())).isInstanceOf(SlugTakenException.class);
    }

    @Test
    void givenCreator_requireReviewableBy_isForbidden() {
        assertThatThrownBy(() -> listing.requireReviewableBy(OWNER)).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> listing.requireReviewableBy(UUID.randomUUID())).doesNotThrowAnyException();
    }

    @Test
    void givenBadSlug_constructor_rejects() {
        assertThatThrownBy(() -> StoreListing.create(UUID.randomUUID(), "Bad Slug!", GRAPH, OWNER, StoreFixtures.T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
