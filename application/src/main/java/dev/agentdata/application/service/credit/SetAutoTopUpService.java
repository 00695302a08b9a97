package dev.agentdata.application.service.credit;

import java.util.Objects;

import dev.agentdata.application.port.in.credit.SetAutoTopUpUseCase;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.user.UserContext;

/** Saves the actor's auto top-up settings. */
public final class SetAutoTopUpService implements SetAutoTopUpUseCase {
    private final CreditLedger ledger;
    private final Transactions transactions;

    public SetAutoTopUpService(CreditLedger ledger, Transactions transactions) {
        this.ledger = ledger;
        this.transactions = transactions;
    }

    @Override
    public AutoTopUpConfig set(UserContext actor, AutoTopUpConfig config) {
        Objects.requireNonNull(config, "config");
        transactions.run(() -> ledger.saveAutoTopUp(actor.userId(), config));
        return config;
    }
}
