package dev.agentdata.application.port.in.credit;

import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.user.UserContext;

/** An admin gives credits to a user. */
public interface GrantCreditsUseCase {
    CreditTransaction grant(UserContext actor, GrantCommand command);
}
