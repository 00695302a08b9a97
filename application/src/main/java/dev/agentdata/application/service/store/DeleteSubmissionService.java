package dev.agentdata.application.service.store;

import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.store.DeleteSubmissionUseCase;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.store.ListingVersions;
import dev.agentdata.domain.user.UserContext;

/** Deletes the actor's pending or rejected submission, and its listing when no version is left. */
public final class DeleteSubmissionService implements DeleteSubmissionUseCase {
    private final StoreRepository store;
    private final Transactions tx;

    public DeleteSubmissionService(StoreRepository store, Transactions tx) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
    }

    @Override
    public void delete(UserContext actor, UUID submissionId) {
        tx.run(() -> {
            OwnedSubmission owned = OwnedSubmission.lock(store, actor, submissionId);
            owned.submission().requireDeletable();
            boolean last = ListingVersions.emptiedBy(store.listVersions(owned.listing().id()), submissionId);
            store.deleteSubmission(submissionId);
            if (last) {
                store.deleteListing(owned.listing().id());
            }
        });
    }
}
