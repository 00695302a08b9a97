package dev.agentdata.application.service.credit;

import dev.agentdata.application.port.in.credit.GetAutoTopUpUseCase;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.user.UserContext;

/** Reads the actor's auto top-up settings (the defaults before any were saved). */
public final class GetAutoTopUpService implements GetAutoTopUpUseCase {
    private final CreditLedger ledger;

    public GetAutoTopUpService(CreditLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public AutoTopUpConfig get(UserContext actor) {
        return ledger.autoTopUp(actor.userId());
    }
}
