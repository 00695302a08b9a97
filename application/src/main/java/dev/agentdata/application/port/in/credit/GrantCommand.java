package dev.agentdata.application.port.in.credit;

import java.util.UUID;

/** Give {@code amount} (> 0) credits to {@code userId}; {@code reason} (required, up to 500 characters) is kept in the metadata. */
public record GrantCommand(UUID userId, long amount, String reason) {
}
