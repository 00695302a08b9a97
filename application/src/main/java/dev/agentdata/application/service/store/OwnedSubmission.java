package dev.agentdata.application.service.store;

import java.util.UUID;

import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** A submission of the actor's, read after locking its listing (which serialises it with reviews and submits). */
record OwnedSubmission(StoreListing listing, StoreSubmission submission) {
    /** @throws NotFoundException when the submission is absent or another user's */
    static OwnedSubmission lock(StoreRepository store, UserContext actor, UUID submissionId) {
        NotFoundException notFound = new NotFoundException("submission", submissionId);
        StoreSubmission found = store.findSubmission(submissionId).orElseThrow(() -> notFound);
        StoreListing listing = store.lockListing(found.listingId())
                .filter(l -> l.ownerId().equals(actor.userId()))
                .orElseThrow(() -> notFound);
        StoreSubmission current = store.findSubmission(submissionId).orElseThrow(() -> notFound);
        return new OwnedSubmission(listing, current);
    }
}
