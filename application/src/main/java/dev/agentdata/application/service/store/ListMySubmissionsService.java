package dev.agentdata.application.service.store;

import java.util.Objects;

import dev.agentdata.application.port.in.store.ListMySubmissionsUseCase;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** Lists the submissions of the actor's listings. */
public final class ListMySubmissionsService implements ListMySubmissionsUseCase {
    private final StoreRepository store;
    private final Transactions tx;

    public ListMySubmissionsService(StoreRepository store, Transactions tx) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
    }

    @Override
    public Page<StoreSubmission> list(UserContext actor, PageRequest page) {
        return tx.inTransaction(() -> {
            Page<StoreSubmission> p = store.listSubmissionsByOwner(actor.userId(), page);
            return page.includeTotal() ? p.withTotal(store.countSubmissionsByOwner(actor.userId())) : p;
        });
    }
}
