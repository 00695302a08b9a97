package dev.agentdata.application.port.in.credit;

import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.user.UserContext;

/** The actor's auto top-up settings. */
public interface GetAutoTopUpUseCase {
    AutoTopUpConfig get(UserContext actor);
}
