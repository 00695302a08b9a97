package dev.agentdata.application.port.in.credit;

import dev.agentdata.domain.credit.CreditTransaction;

/** The top-up transaction, and whether this request created it ({@code false}: a replay of its key). */
public record TopUpResult(CreditTransaction transaction, boolean created) {
}
