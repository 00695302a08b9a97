package dev.agentdata.application.service.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.store.ReviewSubmissionUseCase;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.store.ListingVersions;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** Records an admin's decision and moves the listing's active version (approve: this one; reject: fall back). */
public final class ReviewSubmissionService implements ReviewSubmissionUseCase {
    private final StoreRepository store;
    private final Transactions tx;
    private final Clock clock;

    public ReviewSubmissionService(StoreRepository store, Transactions tx, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public StoreSubmission review(UserContext actor, UUID submissionId, ReviewDecision decision, String comment) {
        StoreGuards.requireAdmin(actor);
        Objects.requireNonNull(decision, "decision");
        return tx.inTransaction(() -> {
            NotFoundException notFound = new NotFoundException("submission", submissionId);
            StoreSubmission found = store.findSubmission(submissionId).orElseThrow(() -> notFound);
            StoreListing listing = store.lockListing(found.listingId()).orElseThrow(() -> notFound);
            StoreSubmission current = store.findSubmission(submissionId).orElseThrow(() -> notFound);
            Instant now = Timestamps.of(clock);
            StoreSubmission reviewed = current.review(decision, actor.userId(), comment, now);
            store.updateSubmission(reviewed);
            StoreListing next = ListingVersions.afterReview(listing, reviewed, store.listVersions(listing.id()), now);
            if (next != listing) {
                store.updateListing(next);
            }
            return reviewed;
        });
    }
}
