package dev.agentdata.adapter.http.credit;

import java.util.UUID;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.credit.GrantCommand;

/** Body of {@code POST /admin/credits/{user_id}/grant}: {@code amount} and {@code reason} required. */
public record GrantRequest(Long amount, String reason) {
    GrantCommand toCommand(UUID userId) {
        new BadRequestCollector().required("amount", amount).required("reason", reason).check();
        return new GrantCommand(userId, amount, reason);
    }
}
