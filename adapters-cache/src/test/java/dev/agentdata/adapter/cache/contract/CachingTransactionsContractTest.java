package dev.agentdata.adapter.cache.contract;

import dev.agentdata.application.contract.TransactionsContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** Units of work through the cache's Transactions decorator still commit or roll back as a whole. */
class CachingTransactionsContractTest extends TransactionsContractTest {
    @Override
    protected StoragePorts ports() {
        return CachedMemoryStorage.create();
    }
}
