package dev.agentdata.application.service.credit;

import dev.agentdata.application.port.in.credit.GetBalanceUseCase;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.domain.user.UserContext;

/** Reads the actor's balance. */
public final class GetBalanceService implements GetBalanceUseCase {
    private final CreditLedger ledger;

    public GetBalanceService(CreditLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public long balance(UserContext actor) {
        return ledger.balance(actor.userId());
    }
}
