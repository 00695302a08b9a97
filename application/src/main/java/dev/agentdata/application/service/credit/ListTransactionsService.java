package dev.agentdata.application.service.credit;

import dev.agentdata.application.port.in.credit.ListTransactionsUseCase;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.user.UserContext;

/** Pages through the actor's ledger, newest first, with the total when asked. */
public final class ListTransactionsService implements ListTransactionsUseCase {
    private final CreditLedger ledger;

    public ListTransactionsService(CreditLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Page<CreditTransaction> list(UserContext actor, PageRequest page) {
        Page<CreditTransaction> result = ledger.list(actor.userId(), page);
        return page.includeTotal() ? result.withTotal(ledger.count(actor.userId())) : result;
    }
}
