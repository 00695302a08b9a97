package dev.agentdata.adapter.postgres.contract;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.agentdata.adapter.postgres.credit.PostgresCreditLedger;
import dev.agentdata.application.contract.CreditLedgerPropertyContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;

/** The credit ledger property against Postgres (one fresh schema for the class, a fresh user per try). */
class PostgresCreditLedgerPropertyTest extends CreditLedgerPropertyContractTest {
    @RegisterExtension
    static final UserSchema<CreditLedger> SCHEMA = new UserSchema<>("Property", PostgresCreditLedger::new);

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
        return SCHEMA.newUser(Instant.EPOCH);
    }
}
