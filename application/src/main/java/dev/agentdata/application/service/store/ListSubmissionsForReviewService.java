package dev.agentdata.application.service.store;

import java.util.Objects;
import java.util.Optional;

import dev.agentdata.application.port.in.store.ListSubmissionsForReviewUseCase;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;
import dev.agentdata.domain.user.UserContext;

/** The admin review queue. */
public final class ListSubmissionsForReviewService implements ListSubmissionsForReviewUseCase {
    private final StoreRepository store;
    private final Transactions tx;

    public ListSubmissionsForReviewService(StoreRepository store, Transactions tx) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
    }

    @Override
    public Page<StoreSubmission> list(UserContext actor, Optional<SubmissionStatus> status, PageRequest page) {
        StoreGuards.requireAdmin(actor);
        return tx.inTransaction(() -> {
            Page<StoreSubmission> p = store.listSubmissions(status, page);
            return page.includeTotal() ? p.withTotal(store.countSubmissions(status)) : p;
        });
    }
}
