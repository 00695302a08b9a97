package dev.agentdata.application.port.in.credit;

import dev.agentdata.domain.user.UserContext;

/** The actor's current credit balance. */
public interface GetBalanceUseCase {
    long balance(UserContext actor);
}
