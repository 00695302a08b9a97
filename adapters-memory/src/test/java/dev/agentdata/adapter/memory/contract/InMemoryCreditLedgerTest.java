package dev.agentdata.adapter.memory.contract;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.application.contract.CreditLedgerContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;

/** The credit ledger contract against the memory adapter. */
class InMemoryCreditLedgerTest extends CreditLedgerContractTest {
    private CreditLedger ledger;
    private Transactions transactions;

    @BeforeEach
    void fresh() {
        InMemoryDatabase db = new InMemoryDatabase();
        ledger = new InMemoryCreditLedger(db);
        transactions = new InMemoryTransactions(db);
    }

    @Override
    protected CreditLedger ledger() {
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UUID newUser() {
        return UUID.randomUUID();
    }
}
