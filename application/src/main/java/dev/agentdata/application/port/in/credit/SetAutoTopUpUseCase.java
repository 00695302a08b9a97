package dev.agentdata.application.port.in.credit;

import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.user.UserContext;

/** Replaces the actor's auto top-up settings; returns them as stored. */
public interface SetAutoTopUpUseCase {
    AutoTopUpConfig set(UserContext actor, AutoTopUpConfig config);
}
