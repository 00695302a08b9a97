package dev.agentdata.application.service.store;

import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.user.UserContext;

/** The admin check of the store review use cases. */
final class StoreGuards {
    private StoreGuards() {
    }

    static void requireAdmin(UserContext actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("store review is for admins only");
        }
    }
}
