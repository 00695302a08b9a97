package dev.agentdata.application.port.in.limit;

import dev.agentdata.domain.user.UserContext;

/** Counts one request of an identified caller (a user by token; each API key on its own) against its quota. */
public interface AdmitCallerUseCase {
    QuotaDecision admit(UserContext caller);
}
