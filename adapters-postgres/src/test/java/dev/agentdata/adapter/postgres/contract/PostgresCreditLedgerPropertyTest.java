package dev.agentdata.adapter.postgres.contract;

import java.time.Instant;
import java.util.UUID;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.credit.PostgresCreditLedger;
import dev.agentdata.application.contract.CreditLedgerPropertyContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.user.User;

/**
 * The credit ledger property against Postgres. jqwik does not run JUnit's class callbacks, so the schema is
 * made on first use and dropped at JVM exit.
 */
class PostgresCreditLedgerPropertyTest extends CreditLedgerPropertyContractTest {
    private static PostgresStorage storage;
    private static CreditLedger ledger;

    private static synchronized PostgresStorage storage() {
        if (storage == null) {
            storage = TestDatabase.freshStorage();
            ledger = new PostgresCreditLedger(storage.jdbc());
            PostgresStorage s = storage;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDatabase.dispose(s)));
        }
        return storage;
    }

    @Override
    protected CreditLedger ledger() {
        storage();
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return storage().transactions();
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        storage().users().insertIfAbsent(User.fromClaims(id, id + "@example.com", "Property", Instant.EPOCH));
        return id;
    }
}
