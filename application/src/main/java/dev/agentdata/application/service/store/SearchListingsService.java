package dev.agentdata.application.service.store;

import java.util.Objects;

import dev.agentdata.application.port.in.store.SearchListingsUseCase;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.user.UserContext;

/** Searches the published listings. */
public final class SearchListingsService implements SearchListingsUseCase {
    private final StoreRepository store;
    private final Transactions tx;

    public SearchListingsService(StoreRepository store, Transactions tx) {
        this.store = Objects.requireNonNull(store);
        this.tx = Objects.requireNonNull(tx);
    }

    @Override
    public Page<ListingView> search(UserContext actor, ListingQuery query, PageRequest page) {
        return tx.inTransaction(() -> {
            Page<ListingView> p = store.searchPublished(query, page);
            return page.includeTotal() ? p.withTotal(store.countPublished(query)) : p;
        });
    }
}
