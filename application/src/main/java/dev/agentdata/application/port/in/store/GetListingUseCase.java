package dev.agentdata.application.port.in.store;

import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.user.UserContext;

/** Reads one published listing by slug; unpublished or unknown slugs are not found. */
public interface GetListingUseCase {
    ListingView get(UserContext actor, String slug);
}
