package dev.agentdata.application.service.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.agentdata.application.port.in.store.ReviewListingCommand;
import dev.agentdata.application.port.in.store.ReviewListingUseCase;
import dev.agentdata.application.port.in.store.ReviewOutcome;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.user.UserContext;

/** Writes a user's review of a published listing and adjusts its rating counters in the same unit of work. */
public final class ReviewListingService implements ReviewListingUseCase {
    private final StoreRepository store;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public ReviewListingService(StoreRepository store, Transactions tx, IdGenerator ids, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
        this.ids = Objects.requireNonNull(ids);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ReviewOutcome review(UserContext actor, ReviewListingCommand c) {
        StoreReview.validate(c.score(), c.comments());
        return tx.inTransaction(() -> {
            StoreListing listing = store.findListingBySlug(c.slug()).filter(StoreListing::isPublished)
                    .orElseThrow(() -> new NotFoundException("listing", c.slug()));
            listing.requireReviewableBy(actor.userId());
            store.lockListing(listing.id());
            Instant now = Timestamps.of(clock);
            Optional<StoreReview> previous = store.findReview(listing.id(), actor.userId());
            StoreReview review = previous.map(p -> p.replacedWith(c.score(), c.comments(), now))
                    .orElseGet(() -> new StoreReview(ids.newId(), listing.id(), actor.userId(), c.score(), c.comments(), now, now));
            store.saveReview(review, RatingDelta.of(previous, c.score()));
            return new ReviewOutcome(review, previous.isEmpty());
        });
    }
}
