package dev.agentdata.application.service.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.user.UserContext;

/** Checks and clock reading shared by the store services. */
final class StoreGuards {
    private StoreGuards() {
    }

    static void requireAdmin(UserContext actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("store review is for admins only");
        }
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
