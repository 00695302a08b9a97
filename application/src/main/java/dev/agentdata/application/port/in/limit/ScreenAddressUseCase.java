package dev.agentdata.application.port.in.limit;

import java.util.Optional;

/**
 * Whether a client address spent its quota of failed authentications: then a refusal (so that guessing keys or tokens
 * stays limited), before any credential is looked at. Answered from this server's memory, with no shared call.
 */
public interface ScreenAddressUseCase {
    Optional<QuotaDecision> refusal(String clientAddress);
}
