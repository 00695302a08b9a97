package dev.agentdata.application.port.in.credit;

import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.user.UserContext;

/** Pages through the actor's credit transactions, newest first. */
public interface ListTransactionsUseCase {
    Page<CreditTransaction> list(UserContext actor, PageRequest page);
}
