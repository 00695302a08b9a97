package dev.agentdata.application.port.in.credit;

import dev.agentdata.domain.user.UserContext;

/** Adds credits to the actor's balance, exactly once per idempotency key. */
public interface TopUpUseCase {
    TopUpResult topUp(UserContext actor, TopUpCommand command);
}
