package dev.agentdata.adapter.http.credit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.credit.CreditTransaction;

/** A credit transaction on the wire. */
public record TransactionResponse(UUID id, long amount, String type, long runningBalance, Instant createdAt,
                                  Map<String, Object> metadata) {
    public static TransactionResponse from(CreditTransaction t) {
        return new TransactionResponse(t.id(), t.amount(), t.type().wireName(), t.runningBalance(), t.createdAt(),
                t.metadata());
    }
}
