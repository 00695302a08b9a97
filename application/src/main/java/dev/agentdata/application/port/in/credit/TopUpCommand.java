package dev.agentdata.application.port.in.credit;

/** Add {@code amount} (> 0) credits once per {@code idempotencyKey} (1 to 128 characters). */
public record TopUpCommand(long amount, String idempotencyKey) {
}
