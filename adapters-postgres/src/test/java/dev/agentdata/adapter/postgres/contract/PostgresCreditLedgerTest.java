package dev.agentdata.adapter.postgres.contract;

import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.agentdata.adapter.postgres.credit.PostgresCreditLedger;
import dev.agentdata.application.contract.CreditLedgerContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;

/** The credit ledger contract against Postgres (one fresh schema for the class, a fresh user per test). */
class PostgresCreditLedgerTest extends CreditLedgerContractTest {
    @RegisterExtension
    static final UserSchema<CreditLedger> SCHEMA = new UserSchema<>("Credit", PostgresCreditLedger::new);

    @Override
    protected CreditLedger ledger() {
        return SCHEMA.adapter();
    }

    @Override
    protected Transactions transactions() {
        return SCHEMA.transactions();
    }

    @Override
    protected UUID newUser() {
        return SCHEMA.newUser(T0);
    }
}
