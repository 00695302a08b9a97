package dev.agentdata.adapter.http.credit;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.credit.TopUpCommand;

/** Body of {@code POST /credits/top-up}: both fields required (400); their values are the service's (422). */
public record TopUpRequest(Long amount, String idempotencyKey) {
    TopUpCommand toCommand() {
        new BadRequestCollector().required("amount", amount).required("idempotency_key", idempotencyKey).check();
        return new TopUpCommand(amount, idempotencyKey);
    }
}
