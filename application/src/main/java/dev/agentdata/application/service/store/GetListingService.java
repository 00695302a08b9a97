package dev.agentdata.application.service.store;

import java.util.Objects;

import dev.agentdata.application.port.in.store.GetListingUseCase;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.user.UserContext;

/** Reads a published listing by slug. */
public final class GetListingService implements GetListingUseCase {
    private final StoreRepository store;
    private final Transactions tx;

    public GetListingService(StoreRepository store, Transactions tx) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
    }

    @Override
    public ListingView get(UserContext actor, String slug) {
        return tx.inTransaction(() -> store.findPublished(slug))
                .orElseThrow(() -> new NotFoundException("listing", slug));
    }
}
