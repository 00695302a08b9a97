package dev.agentdata.adapter.memory.contract;

import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.application.contract.CreditLedgerPropertyContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;

/** The credit ledger property against the memory adapter (a fresh user per try). */
class InMemoryCreditLedgerPropertyTest extends CreditLedgerPropertyContractTest {
    private final InMemoryDatabase db = new InMemoryDatabase();
    private final CreditLedger ledger = new InMemoryCreditLedger(db);
    private final Transactions transactions = new InMemoryTransactions(db);

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
