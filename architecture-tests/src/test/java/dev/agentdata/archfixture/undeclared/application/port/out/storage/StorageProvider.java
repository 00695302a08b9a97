package dev.agentdata.archfixture.undeclared.application.port.out.storage;

/** Fixture: the storage SPI. */
public interface StorageProvider {
    StoragePorts open();
}
