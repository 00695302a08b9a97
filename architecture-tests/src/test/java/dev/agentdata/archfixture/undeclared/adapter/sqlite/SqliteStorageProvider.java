package dev.agentdata.archfixture.undeclared.adapter.sqlite;

import dev.agentdata.archfixture.undeclared.application.port.out.storage.StoragePorts;
import dev.agentdata.archfixture.undeclared.application.port.out.storage.StorageProvider;

/** Fixture: a storage adapter no table of technologies knows, found by its provider. */
public final class SqliteStorageProvider implements StorageProvider {
    @Override
    public StoragePorts open() {
        return new StoragePorts(new SqliteGadgetRepository(), new LiteGadgetLedger());
    }
}
