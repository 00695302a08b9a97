package dev.agentdata.adapter.memory.contract;

import java.util.UUID;

import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.application.contract.CreditLedgerContractTest;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Transactions;

/** The credit ledger contract against the memory adapter. */
class InMemoryCreditLedgerTest extends CreditLedgerContractTest {
    private final MemoryUsers<CreditLedger> memory = new MemoryUsers<>(InMemoryCreditLedger::new);

    @Override
    protected CreditLedger ledger() {
        return memory.adapter();
    }

    @Override
    protected Transactions transactions() {
        return memory.transactions();
    }

    @Override
    protected UUID newUser() {
        return memory.newUser();
    }
}
