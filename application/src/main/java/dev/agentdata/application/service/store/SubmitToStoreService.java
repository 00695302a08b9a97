package dev.agentdata.application.service.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.agentdata.application.port.in.store.SubmitCommand;
import dev.agentdata.application.port.in.store.SubmitToStoreUseCase;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.store.ListingContent;
import dev.agentdata.domain.store.ListingVersions;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/**
 * Validates the submission, checks the graph version is the actor's, then adds a version to the actor's listing
 * of that slug (superseding a still-pending one) or opens a new listing.
 */
public final class SubmitToStoreService implements SubmitToStoreUseCase {
    private static final int MAX_ATTEMPTS = 3;
    private final StoreRepository store;
    private final GraphRepository graphs;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public SubmitToStoreService(StoreRepository store, GraphRepository graphs, Transactions tx, IdGenerator ids,
                                Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.graphs = Objects.requireNonNull(graphs);
        this.tx = Objects.requireNonNull(tx);
        this.ids = Objects.requireNonNull(ids);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public StoreSubmission submit(UserContext actor, SubmitCommand c) {
        ListingContent content = ListingContent.validated(c.slug(), c.name(), c.subHeading(), c.description(),
                c.categories());
        return tx.inTransaction(() -> {
            graphs.findVersion(actor.userId(), c.graphId(), c.graphVersion())
                    .orElseThrow(() -> new NotFoundException("graph version", c.graphId() + "/" + c.graphVersion()));
            Instant now = Timestamps.of(clock);
            StoreListing listing = listingFor(actor, c, now);
            List<StoreSubmission> versions = store.listVersions(listing.id());
            int version = ListingVersions.nextVersion(versions);
            ListingVersions.supersede(versions, version, now).forEach(store::updateSubmission);
            StoreSubmission submission = StoreSubmission.pending(ids.newId(), listing, c.graphVersion(), version,
                    content, now);
            store.insertSubmission(submission);
            return submission;
        });
    }

    private StoreListing listingFor(UserContext actor, SubmitCommand c, Instant now) {
        for (int attempt = 1; ; attempt++) {
            Optional<StoreListing> listing = lockedListingFor(actor, c, now);
            if (listing.isPresent()) {
                return listing.get();
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new ConflictException("the listing '" + c.slug() + "' changed concurrently; retry the submission");
            }
        }
    }

    /** The locked listing to add the version to; empty when the one found was deleted (its last version) meanwhile. */
    private Optional<StoreListing> lockedListingFor(UserContext actor, SubmitCommand c, Instant now) {
        Optional<StoreListing> bySlug = store.findListingBySlug(c.slug());
        if (bySlug.isEmpty()) {
            StoreListing created = StoreListing.create(ids.newId(), c.slug(), c.graphId(), actor.userId(), now);
            if (store.insertListingIfAbsent(created)) {
                return Optional.of(store.lockListing(created.id()).orElseThrow());
            }
            bySlug = store.findListingBySlug(c.slug());
        }
        if (bySlug.isPresent()) {
            bySlug.get().requireAdmits(actor.userId(), c.graphId());
            return store.lockListing(bySlug.get().id());
        }
        Optional<StoreListing> other = store.findListingByGraph(c.graphId());
        if (other.isEmpty()) {
            return Optional.empty();
        }
        throw new ConflictException("graph " + c.graphId() + " is already listed as '" + other.get().slug() + "'");
    }
}
