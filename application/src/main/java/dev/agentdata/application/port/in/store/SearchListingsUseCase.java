package dev.agentdata.application.port.in.store;

import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.user.UserContext;

/** Finds published listings by text and category, in the requested order. */
public interface SearchListingsUseCase {
    Page<ListingView> search(UserContext actor, ListingQuery query, PageRequest page);
}
