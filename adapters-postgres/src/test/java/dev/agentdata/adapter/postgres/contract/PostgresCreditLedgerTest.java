package dev.agentdata.adapter.postgres.contract;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.credit.PostgresCreditLedger;
import dev.agentdata.application.contract.CreditLedgerContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.user.User;

/** The credit ledger contract against Postgres (one fresh schema for the class, a fresh user per test). */
class PostgresCreditLedgerTest extends CreditLedgerContractTest {
    private static PostgresStorage storage;
    private static CreditLedger ledger;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        ledger = new PostgresCreditLedger(storage.jdbc());
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Override
    protected CreditLedger ledger() {
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return storage.transactions();
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        storage.users().insertIfAbsent(User.fromClaims(id, id + "@example.com", "Credit", T0));
        return id;
    }
}
